import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';

/**
 * What git's index (`.git/index`) says about the files of a checkout: for each tracked file, the
 * blob id of its content and the file's stat data when git last checked it. Where a file's stat
 * data now are exactly those, and the entry is not "racily clean" (changed in the same instant
 * the index was written), the file holds that blob: git itself decides `git status` this way. The
 * site cache uses it to recognise a document on a fresh checkout (every file new to the file
 * system, `actions/cache` restoring the cache) without reading it: a blob id is the same in every
 * checkout of the same content.
 *
 * Read defensively, as untrusted bytes: any index this module does not fully understand (another
 * signature or version, a SHA-256 repository, a split or sparse index, an entry running past the
 * end) is not used at all, and then every document is simply checked by content.
 */
export interface GitIndex {
  /**
   * The blob id (SHA-1, base64, 27 characters) of `file` (site-root-relative) when its current stat data (from
   * `lstat` or `fstat`: size, modification and change times in ms as Node gives them, inode) are
   * those the index recorded and the entry is trustworthy; else undefined.
   */
  blobOf(file: string, stat: StatLike): string | undefined;
  /** Tracked regular files the index lists (in the whole work tree). */
  readonly size: number;
}

/** What `blobOf` compares: the fields of `fs.Stats` (or a recorded stamp) git's index also keeps. */
export interface StatLike {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Indexes larger than this are not read (a 75,000-file checkout's is 9.8 MB). */
const MAX_INDEX_BYTES = 512 * 1024 * 1024;
const ENTRY_FIXED = 62;
const OID = 20;

/**
 * The git index of the repository holding `siteRoot` (found by walking up to a `.git` folder, or
 * a `.git` file naming a worktree's git folder), or undefined when there is none or it cannot be
 * used (see above). `siteRoot` must be absolute and real (symlink-free).
 */
export function readGitIndex(siteRoot: string): GitIndex | undefined {
  try {
    const repo = findRepository(siteRoot);
    if (!repo) return undefined;
    if (isSha256(repo.gitDir)) return undefined;
    const file = path.join(repo.gitDir, 'index');
    // Not blocking on a FIFO planted as the index: only a regular file is opened, and without waiting.
    if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
    const fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    let bytes: Buffer;
    let indexMtimeMs: number;
    try {
      const info = fstatSync(fd);
      if (!info.isFile() || info.size > MAX_INDEX_BYTES || info.size < 12) return undefined;
      indexMtimeMs = info.mtimeMs;
      bytes = Buffer.allocUnsafe(info.size);
      let got = 0;
      while (got < bytes.length) {
        const n = readSync(fd, bytes, got, bytes.length - got, got);
        if (n === 0) return undefined;
        got += n;
      }
    } finally {
      closeSync(fd);
    }
    const prefix = path.relative(repo.workTree, siteRoot).split(path.sep).join('/');
    if (prefix.startsWith('..')) return undefined;
    return parseGitIndex(bytes, prefix === '' ? '' : `${prefix}/`, indexMtimeMs);
  } catch {
    return undefined;
  }
}

/**
 * Parses index bytes (versions 2, 3 and 4). `prefix` is the site root's path in the work tree
 * (`docs/`, or '' at the top); `indexMtimeMs` the index file's modification time, for the racy
 * check. Exported for tests.
 */
export function parseGitIndex(bytes: Buffer, prefix: string, indexMtimeMs: number): GitIndex | undefined {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = bytes.readUInt32BE(8);
  if (count > (bytes.length - 12) / 24) return undefined;
  // Each usable entry: where it starts, and where its name starts and ends in `bytes` (versions 2
  // and 3, whose entries git keeps sorted by name: found by binary search, no string made), or
  // its name (version 4, whose names are compressed against the previous one: found in a map).
  const starts = new Uint32Array(count);
  const nameStarts = new Uint32Array(count);
  const nameEnds = new Uint32Array(count);
  const named = version === 4 ? new Map<string, number>() : undefined;
  let usable = 0;
  const end = bytes.length - OID;
  let at = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_FIXED > end) return undefined;
    const flags = bytes.readUInt16BE(at + 60);
    const extended = (flags & 0x4000) !== 0;
    if (extended && version < 3) return undefined;
    const extendedFlags = extended ? bytes.readUInt16BE(at + 62) : 0;
    const nameStart = at + ENTRY_FIXED + (extended ? 2 : 0);
    let nameEnd: number;
    let next: number;
    let v4Name: Buffer | undefined;
    if (version === 4) {
      // The name is the previous one with its last N bytes removed, then these bytes up to a NUL.
      let p = nameStart;
      if (p >= end) return undefined;
      let c = bytes[p++]!;
      let strip = c & 127;
      while (c & 128) {
        if (p >= end || strip > 0xffffff) return undefined;
        c = bytes[p++]!;
        strip = ((strip + 1) << 7) | (c & 127);
      }
      if (strip > previous.length) return undefined;
      nameEnd = nulAt(bytes, p, end);
      if (nameEnd === -1) return undefined;
      v4Name = Buffer.concat([previous.subarray(0, previous.length - strip), bytes.subarray(p, nameEnd)]);
      previous = v4Name;
      next = nameEnd + 1;
    } else {
      // The name's length is in the flags, unless it is 0xFFF or more.
      const length = flags & 0xfff;
      nameEnd = length < 0xfff ? nameStart + length : nulAt(bytes, nameStart, end);
      if (nameEnd === -1 || nameEnd >= end || bytes[nameEnd] !== 0) return undefined;
      // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
      next = at + ((nameEnd - at + 8) & ~7);
      if (next > end) return undefined;
    }
    const mode = bytes.readUInt32BE(at + 24);
    // A sparse index lists whole folders (mode 040000): not understood here.
    if ((mode & 0o170000) === 0o040000) return undefined;
    const stage = (flags >> 12) & 3;
    const assumeValid = (flags & 0x8000) !== 0;
    const skipWorktree = (extendedFlags & 0x4000) !== 0;
    const intentToAdd = (extendedFlags & 0x2000) !== 0;
    if ((mode & 0o170000) === 0o100000 && stage === 0 && !assumeValid && !skipWorktree && !intentToAdd) {
      if (named) named.set(v4Name!.toString('latin1'), at);
      else {
        starts[usable] = at;
        nameStarts[usable] = nameStart;
        nameEnds[usable] = nameEnd;
        usable++;
      }
    }
    at = next;
  }
  // Extensions: a split index ("link") keeps entries elsewhere, so this file alone is not the
  // index; a sparse one ("sdir") leaves folders out.
  while (at + 8 <= end) {
    const signature = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32BE(at + 4);
    if (signature === 'link' || signature === 'sdir') return undefined;
    at += 8 + size;
  }
  const find = named
    ? (key: Buffer): number | undefined => named.get(key.toString('latin1'))
    : (key: Buffer): number | undefined => {
        let lo = 0;
        let hi = usable - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const order = bytes.compare(key, 0, key.length, nameStarts[mid], nameEnds[mid]);
          if (order === 0) return starts[mid];
          if (order < 0) lo = mid + 1;
          else hi = mid - 1;
        }
        return undefined;
      };
  return new ParsedIndex(bytes, find, named ? named.size : usable, prefix, indexMtimeMs);
}

/** The first NUL at or after `from` and before `end`, or -1. */
function nulAt(bytes: Buffer, from: number, end: number): number {
  const nul = bytes.indexOf(0, from);
  return nul === -1 || nul >= end ? -1 : nul;
}

class ParsedIndex implements GitIndex {
  constructor(
    private readonly bytes: Buffer,
    /** Where the entry of a work-tree path (as UTF-8 bytes) starts. */
    private readonly find: (key: Buffer) => number | undefined,
    readonly size: number,
    /** The site root's path in the work tree (`docs/`, or ''). */
    private readonly prefix: string,
    private readonly indexMtimeMs: number,
  ) {}

  blobOf(file: string, stat: StatLike): string | undefined {
    const at = this.find(Buffer.from(this.prefix + file, 'utf8'));
    if (at === undefined) return undefined;
    const b = this.bytes;
    const ctimeMs = msFromTimeSpec(b.readUInt32BE(at), b.readUInt32BE(at + 4));
    const mtimeMs = msFromTimeSpec(b.readUInt32BE(at + 8), b.readUInt32BE(at + 12));
    const ino = b.readUInt32BE(at + 20);
    const size = b.readUInt32BE(at + 36);
    // A size of 0 is how git marks an entry it could not trust when it wrote the index (and an
    // empty file is cheap to read anyway). Sizes and inodes are kept modulo 2^32 by git.
    if (size === 0 || size !== stat.size % 2 ** 32 || ino !== stat.ino % 2 ** 32) return undefined;
    if (mtimeMs !== stat.mtimeMs || ctimeMs !== stat.ctimeMs) return undefined;
    // Racily clean: changed no earlier than the index was written, the file could have changed
    // again within the same timestamp. Git then reads the file; so does the caller.
    if (!(mtimeMs < this.indexMtimeMs) || !(ctimeMs < this.indexMtimeMs)) return undefined;
    return b.toString('base64', at + 40, at + 40 + OID).slice(0, 27);
  }
}

/** The milliseconds Node's `fs.Stats` gives for a time of `sec` seconds and `nsec` nanoseconds (same arithmetic, same double). */
function msFromTimeSpec(sec: number, nsec: number): number {
  return sec * 1e3 + nsec / 1e6;
}

/** The work tree and git folder above `start`: a `.git` folder, or a `.git` file saying `gitdir: <path>`. */
function findRepository(start: string): { workTree: string; gitDir: string } | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const info = lstatSync(dotGit, { throwIfNoEntry: false });
    if (info?.isDirectory()) return { workTree: dir, gitDir: dotGit };
    if (info?.isFile() && info.size < 4096) {
      const m = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, 'utf8'));
      return m ? { workTree: dir, gitDir: path.resolve(dir, m[1]!) } : undefined;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A repository whose objects are SHA-256 (`extensions.objectFormat`): its index entries are laid out differently. */
function isSha256(gitDir: string): boolean {
  try {
    return /objectformat\s*=\s*sha256/i.test(readFileSync(path.join(gitDir, 'config'), 'utf8'));
  } catch {
    return false;
  }
}
