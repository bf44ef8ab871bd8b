import { isAscii, isUtf8, transcode } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Limits applied when reading a source file. */
export interface ReadLimits {
  /** Largest file read, in bytes. Larger files are reported, not read. */
  maxFileBytes: number;
  /** Most YAML aliases expanded in one front matter (a "billion laughs" block is a finding). */
  maxYamlAliases?: number;
  /** Deepest markdown nesting followed; deeper content is reported, not checked. */
  maxNesting?: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 10 * 1024 * 1024 };

/** Why a file could not be read as text. */
export type UnreadableReason = 'too-large' | 'binary' | 'invalid-utf8' | 'unreadable' | 'outside-root' | 'not-a-file';

/** A source file read as text. `text` has the BOM removed; line endings are kept as they are. */
export interface TextFile {
  ok: true;
  text: string;
  hasBom: boolean;
  bytes: number;
  /** A released file (`releasedTextFile`) lets its text go again once read back; the next access reads it again. */
  release?: () => void;
}

/** A file bloglint refused or failed to read, with a message that says what to do. */
export interface UnreadableFile {
  ok: false;
  reason: UnreadableReason;
  message: string;
}

export type ReadResult = TextFile | UnreadableFile;

/**
 * What tells one version of a file from another without reading it, as git's index does: size,
 * modification and change times, inode. The site cache trusts it only for files older than the run.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * A read that may be only the file's start (`complete`), with, when asked for, the file's stamp
 * and its head's hash; `known` when the text was not decoded because the caller knew the head.
 */
export type HeadRead = ReadResult & { complete?: boolean; stamp?: FileStamp; headHash?: string; known?: true; closed?: boolean };

/** What a read is asked for besides the text. */
export interface ReadOptions {
  /** Read at most this many bytes (a head read). */
  maxBytes?: number;
  /** Give the file's stamp and its head's hash (`headHash`), for the site cache. */
  forCache?: boolean;
  /**
   * Asked with the head's hash, the file's size and whether it starts with a BOM once the bytes
   * are read and checked (UTF-8, no NUL): true when the caller knows this head (the site cache
   * has it), and the text is then not decoded (`known`, `text` empty).
   */
  knownHead?: (hash: string, size: number, hasBom: boolean) => boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads `relativePath` below `root` as UTF-8 text, safely: never follows a symlink out of the
 * root, never reads more than the size limit, and refuses binary content and invalid UTF-8
 * (Jekyll skips posts that are not valid UTF-8).
 * @param root absolute, real (symlink-free) path of the site root
 * @param relativePath root-relative POSIX path
 */
export async function readSourceFile(root: string, relativePath: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadResult> {
  return readSourceFileSync(root, relativePath, limits);
}

/**
 * The synchronous read behind `readSourceFile`: for thousands of small files already in the page
 * cache, plain system calls are several times faster than the promise API, and a linter has
 * nothing else to do meanwhile.
 */
export function readSourceFileSync(root: string, relativePath: string, limits: ReadLimits = DEFAULT_READ_LIMITS, options: ReadOptions = {}): HeadRead {
  let fd: number | undefined;
  try {
    const opened = openSourceFile(root, relativePath, limits);
    if (!opened.ok) return opened;
    fd = opened.fd;
    // Into one reused buffer: the text is decoded from it, so nothing per file is left to collect.
    const want = options.maxBytes === undefined ? opened.stat.size : Math.min(opened.stat.size, options.maxBytes);
    const buffer = readBuffer(want);
    return finishRead(buffer.subarray(0, readOpened(fd, buffer, 0, want)), opened.stat, options);
  } catch (error) {
    return fail('unreadable', describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An open regular file within the limits, and its `fstat`. */
type OpenedFile = { ok: true; fd: number; stat: Stats };

/**
 * Opens `relativePath` below `root` for reading, or says why not: never through a symlink out of
 * the root, only a regular file within the size limit. The caller closes `fd`; a refusal leaves
 * nothing open. Throws what the file system throws (the caller reports it as unreadable).
 */
function openSourceFile(root: string, relativePath: string, limits: ReadLimits): OpenedFile | UnreadableFile {
  const absolute = absolutePath(root, relativePath);
  let fd: number;
  // Open without following a final symlink (one system call instead of lstat + open for the
  // usual regular file); a symlink is opened only when its real path is inside the root.
  try {
    // Where the platform has no O_NOFOLLOW (Windows), look at the link itself first.
    if (fsConstants.O_NOFOLLOW === undefined && lstatSync(absolute).isSymbolicLink()) throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
    fd = openSync(absolute, OPEN_NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ELOOP' && code !== 'EMLINK') throw error;
    if (!isInside(root, realpathSync(absolute))) {
      return fail('outside-root', 'is a symlink that points outside the site root; bloglint does not follow it (GitHub Pages does not publish it either). Replace it with a real file.');
    }
    fd = openSync(absolute, 'r');
  }
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const refused = !stat.isFile()
    ? fail('not-a-file', 'is not a regular file.')
    : stat.size > limits.maxFileBytes
      ? fail('too-large', `is ${formatBytes(stat.size)}, over the ${formatBytes(limits.maxFileBytes)} limit; it was not checked. Raise \`max-file-size\` in .bloglint.yml if this is intended.`)
      : undefined;
  if (refused) {
    closeSync(fd);
    return refused;
  }
  return { ok: true, fd, stat };
}

/** Reads up to `want` bytes from the start of an open file into `buffer` at `offset`: through the descriptor, never the path again (what was checked is what is read). */
function readOpened(fd: number, buffer: Buffer, offset: number, want: number): number {
  let got = 0;
  while (got < want) {
    const n = readSync(fd, buffer, offset + got, want - got, got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** The read of a file's first `bytes` (all of it, or `maxBytes` of it): checked, hashed when asked, and decoded. */
function finishRead(read: Buffer, stat: Stats, options: ReadOptions): HeadRead {
  const { maxBytes } = options;
  const complete = read.length >= stat.size;
  const bytes = complete ? read : read.subarray(0, completeUtf8Length(read));
  const head = maxBytes === undefined && !options.forCache ? undefined : scanHead(bytes);
  const end = head ? head.end : bytes.length;
  let forCache: { stamp: FileStamp; headHash: string } | undefined;
  if (options.forCache) {
    forCache = { stamp: { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino }, headHash: hashBytes(bytes.subarray(0, end)) };
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    // A known head is checked as `decode` checks it, but not decoded.
    if (options.knownHead && !bytes.subarray(0, 8192).includes(0) && isUtf8(bytes) && options.knownHead(forCache.headHash, stat.size, hasBom)) {
      return { ok: true, text: '', hasBom, bytes: stat.size, complete, ...forCache, known: true };
    }
  }
  // A head is checked whole but decoded only through its front matter: the rest is not read.
  const decoded = decode(bytes, maxBytes === undefined ? bytes.length : end);
  if (!decoded.ok) return decoded;
  // Built field by field: object spread here was a tenth of a pull request's head reading.
  const result: HeadRead = { ok: true, text: decoded.text, hasBom: decoded.hasBom, bytes: stat.size, complete };
  if (forCache) {
    result.stamp = forCache.stamp;
    result.headHash = forCache.headHash;
  }
  if (head && maxBytes !== undefined) result.closed = head.closed;
  return result;
}

/**
 * How many of a file's first bytes hold its front matter (`end`): through the first line that can
 * close a block (`---` or `...`, as `readSourceHead` looks for it), the first line when the file
 * does not start with `---`, else all of them; always a character boundary (just after a
 * newline). And whether these bytes hold all of the front matter (`closed`): true when they do not
 * start with `---`, or hold a closing line (one that reaches their end counts); false when more
 * must be read to find it. The same answer as the closing-line expression on the decoded text that
 * it replaced (test/parse/source-head.test.ts compares them).
 */
export function scanHead(bytes: Uint8Array): { end: number; closed: boolean } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (!(bytes[start] === 0x2d && bytes[start + 1] === 0x2d && bytes[start + 2] === 0x2d)) {
    const newline = bytes.indexOf(0x0a);
    return { end: newline === -1 ? bytes.length : newline + 1, closed: true };
  }
  for (let at = bytes.indexOf(0x0a, start + 3); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
    const c = bytes[at + 1];
    if ((c !== 0x2d && c !== 0x2e) || bytes[at + 2] !== c || bytes[at + 3] !== c) continue;
    let p = at + 4;
    while (bytes[p] === 0x20 || bytes[p] === 0x09) p++;
    if (bytes[p] === 0x0d) p++;
    if (p >= bytes.length) return { end: bytes.length, closed: true };
    if (bytes[p] === 0x0a) return { end: p + 1, closed: true };
  }
  return { end: bytes.length, closed: false };
}

/** `path.join(root, relativePath)`, without the normalising pass for the clean paths the walk gives. */
export function absolutePath(root: string, relativePath: string): string {
  if (path.sep === '/' && relativePath !== '' && !/(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/.test(relativePath)) return root.endsWith('/') ? root + relativePath : `${root}/${relativePath}`;
  return path.join(root, ...relativePath.split('/'));
}

/** SHA-1 of a head's bytes (base64, 27 characters): the site cache's key for what a head gave. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64').slice(0, 27);
}

const OPEN_NO_FOLLOW = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);
let shared = Buffer.allocUnsafe(64 * 1024);

/** The reused read buffer, grown to hold `size` bytes (files above 16 MiB get their own). */
function readBuffer(size: number): Buffer {
  if (size <= shared.length) return shared;
  if (size > 16 * 1024 * 1024) return Buffer.allocUnsafe(size);
  shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
  return shared;
}

/**
 * A text file whose text was let go once it was parsed (on a large blog, keeping every post's
 * text would take hundreds of megabytes) and is read again the first time it is asked for: a
 * finding's line and column, a fix, a suggestion. Everything else comes from the parse results.
 */
export function releasedTextFile(root: string, relativePath: string, limits: ReadLimits, read: { hasBom: boolean; bytes: number }): TextFile {
  return new ReleasedTextFile(root, relativePath, limits, read.hasBom, read.bytes);
}

/** A class, not an object of closures: one per document of a large blog (a closure-built one took 470 bytes, 4.7 MB on 10,000 posts). */
class ReleasedTextFile implements TextFile {
  readonly ok = true;
  #text: string | undefined = undefined;

  constructor(
    private readonly root: string,
    private readonly relativePath: string,
    private readonly limits: ReadLimits,
    readonly hasBom: boolean,
    readonly bytes: number,
  ) {}

  get text(): string {
    if (this.#text === undefined) {
      const again = readSourceFileSync(this.root, this.relativePath, this.limits);
      this.#text = again.ok ? again.text : '';
    }
    return this.#text;
  }

  release(): void {
    this.#text = undefined;
  }
}

/**
 * A copy of `s` that does not keep the string it was cut from alive, in as little memory as its
 * characters need. V8 makes `slice` of a long string a view into its parent, so one reference
 * kept from a post would keep the whole post's text in memory. The copy is made by encoding to
 * UTF-8 and decoding again: a fresh flat string, one byte a character when every character fits
 * (V8 keeps a slice of a post with one Korean word or curly quote at two bytes a character, and
 * `(' ' + s).slice(1)` is a 32-byte view into such a copy). On the 10,000-post benchmark that was
 * 25 MB of a 145 MB heap (docs/benchmark.md). A string with a lone surrogate, which UTF-8 cannot
 * carry, is copied by concatenation instead.
 */
export function detach(s: string): string {
  if (s.length < 13) return s;
  if (s.length * 3 > detachBytes.length || !(s as WellFormedCheck).isWellFormed()) return (' ' + s).slice(1);
  const { written } = utf8Encoder.encodeInto(s, detachBytes);
  return utf8Copy.decode(detachBytes.subarray(0, written));
}

/**
 * One copy of a string that recurs across posts (key names, tags, categories, a front-matter
 * key path): 10,000 posts' dozen keys each were 120,000 strings. Kept for the process, so the
 * table is bounded: 8,192 strings of at most 256 characters (4 MB at worst, for hostile front
 * matter). Once it is full, strings already in it are still found; new ones are only copied.
 */
export function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  const copy = detach(s);
  if (interned.size < 8192 && s.length <= 256) interned.set(copy, copy);
  return copy;
}

/** A string cut from a post, kept in as little memory as it needs: short ones interned, long ones copied flat. */
export function keep(s: string): string {
  return s.length < 13 ? intern(s) : detach(s);
}

const interned = new Map<string, string>();

/** `String#isWellFormed` (ES2024, in Node 20), which TypeScript's ES2022 library does not declare. */
type WellFormedCheck = string & { isWellFormed(): boolean };
const utf8Encoder = new TextEncoder();
const utf8Copy = new TextDecoder('utf-8', { ignoreBOM: true });
const detachBytes = new Uint8Array(48 * 1024);

/**
 * Reads only the start of a file: enough to hold its front matter (chunks until the block closes,
 * or the first chunk when the file has none). For documents that are only link targets.
 * The result's text is the head, decoded only through the front matter's closing line (or the
 * first line when the file has no front matter), though every byte read was checked; `complete`
 * says whether the whole file was read.
 */
export function readSourceHead(root: string, relativePath: string, limits: ReadLimits = DEFAULT_READ_LIMITS, options: Omit<ReadOptions, 'maxBytes'> = {}): HeadRead {
  return readHeadFrom(root, relativePath, limits, options, HEAD_BYTES);
}

/** `readSourceHead` reading `from` bytes first. */
function readHeadFrom(root: string, relativePath: string, limits: ReadLimits, options: Omit<ReadOptions, 'maxBytes'>, from: number): HeadRead {
  for (let size = from; ; size *= 4) {
    const head = readSourceFileSync(root, relativePath, limits, { ...options, maxBytes: size });
    if (holdsFrontMatter(head)) return head;
  }
}

/** What a head read is first: enough for most front matter (a longer one is read again, four times as much each time). */
const HEAD_BYTES = 4096;

/**
 * True when a head read needs no more bytes: refused, known, whole, without front matter, or
 * through its closing line (`closed`, which `scanHead` found in the bytes read).
 */
function holdsFrontMatter(head: HeadRead): boolean {
  return !head.ok || head.known === true || head.complete === true || head.closed !== false;
}

/** One file of `readSourceHeads`. */
export interface HeadRequest {
  root: string;
  relativePath: string;
  options?: Omit<ReadOptions, 'maxBytes'>;
}

/**
 * `readSourceHead` for several files, each result what it gives for that file. The system calls
 * come first, one file after another (open, `fstat`, the first 4 KB into one buffer, close), then
 * every head is checked and decoded: the same work in an order that keeps each part's code in
 * the CPU's caches (docs/benchmark.md, eighth round). A head longer than 4 KB is read again alone.
 */
export function readSourceHeads(requests: readonly HeadRequest[], limits: ReadLimits = DEFAULT_READ_LIMITS): HeadRead[] {
  if (requests.length > HEADS_AT_ONCE) {
    const heads: HeadRead[] = [];
    for (let at = 0; at < requests.length; at += HEADS_AT_ONCE) heads.push(...readSourceHeads(requests.slice(at, at + HEADS_AT_ONCE), limits));
    return heads;
  }
  const slab = headSlab(requests.length);
  const firsts: ({ stat: Stats; length: number } | UnreadableFile)[] = requests.map(({ root, relativePath }, i) => {
    let fd: number | undefined;
    try {
      const opened = openSourceFile(root, relativePath, limits);
      if (!opened.ok) return opened;
      fd = opened.fd;
      return { stat: opened.stat, length: readOpened(fd, slab, i * HEAD_BYTES, Math.min(opened.stat.size, HEAD_BYTES)) };
    } catch (error) {
      return fail('unreadable', describeFsError(error));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  });
  return firsts.map((first, i) => {
    if ('ok' in first) return first;
    const { root, relativePath, options = {} } = requests[i]!;
    let head: HeadRead;
    try {
      head = finishRead(slab.subarray(i * HEAD_BYTES, i * HEAD_BYTES + first.length), first.stat, { forCache: options.forCache, knownHead: options.knownHead, maxBytes: HEAD_BYTES });
    } catch (error) {
      head = fail('unreadable', describeFsError(error));
    }
    return holdsFrontMatter(head) ? head : readHeadFrom(root, relativePath, limits, options, HEAD_BYTES * 4);
  });
}

/** Heads read into the buffer at once (256 KB). */
const HEADS_AT_ONCE = 64;

let slabBuffer = Buffer.allocUnsafe(0);

/** The reused buffer of `readSourceHeads`, room for `count` heads. */
function headSlab(count: number): Buffer {
  if (slabBuffer.length < count * HEAD_BYTES) slabBuffer = Buffer.allocUnsafe(count * HEAD_BYTES);
  return slabBuffer;
}

/** Length of the bytes without a multi-byte sequence cut at the end. */
function completeUtf8Length(bytes: Uint8Array): number {
  let end = bytes.length;
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  const lead = bytes[end - back - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    if (back < need) end = end - back - 1;
  }
  return end;
}

/**
 * Decodes file bytes as UTF-8 text, detecting binary content (a NUL byte in the first 8 KiB) and
 * invalid UTF-8, and removing a BOM. With `decodeLength`, all bytes are checked but only that
 * many decoded (a character boundary).
 */
export function decode(buffer: Uint8Array, decodeLength = buffer.length): ReadResult {
  const probe = buffer.subarray(0, 8192);
  if (probe.includes(0)) return fail('binary', 'is a binary file, not text; it was not checked. Rename it if it is not a post.');
  if (!isUtf8(buffer)) {
    const offset = firstInvalidUtf8(buffer);
    return fail('invalid-utf8', `is not valid UTF-8 (first bad byte on line ${lineOfByte(buffer, offset)}, byte offset ${offset}); Jekyll skips such a post silently. Re-save it as UTF-8.`);
  }
  const text = validUtf8Text(decodeLength < buffer.length ? buffer.subarray(0, decodeLength) : buffer);
  const hasBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hasBom ? text.slice(1) : text, hasBom, bytes: buffer.length };
}

/**
 * Valid UTF-8 bytes as a string, by the fastest of three equivalent ways (test/parse/decode.test.ts):
 * ASCII as Latin-1 (a plain copy); from 1 KB of other text, transcoded to UTF-16 and taken as such
 * (simdutf: 3.5-4.5 times faster than V8's UTF-8 decoder on the benchmark's Korean posts, which was 0.5 s of a
 * 10,000-post run; below 1 KB its fixed cost loses); else `TextDecoder`. V8 stores the result at
 * one byte a character whenever every character fits, whichever way it was made.
 */
export function validUtf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  if (buffer.length >= TRANSCODE_FROM && canTranscode) return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  return utf8.decode(buffer);
}

const TRANSCODE_FROM = 1024;
/** `transcode` needs Node's ICU; a build without it throws, and `TextDecoder` does everything. */
const canTranscode = ((): boolean => {
  try {
    return transcode(Buffer.from('\u00e9\ud83d\ude00', 'utf8'), 'utf8', 'utf16le').toString('utf16le') === '\u00e9\ud83d\ude00';
  } catch {
    return false;
  }
})();

/** True when `target` is `root` or below it. Both must be absolute, normalised paths. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (a plain structural check). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const trailing = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += trailing + 1;
  }
  return 0;
}

/** 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function fail(reason: UnreadableReason, message: string): UnreadableFile {
  return { ok: false, reason, message };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied); check its permissions.';
  if (code === 'ELOOP') return 'is a symlink loop; remove the link.';
  if (code === 'ENOENT') return 'does not exist (a dangling symlink?).';
  return `cannot be read (${code ?? String(error)}).`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * Reads a small settings file of the site (`.bloglint.yml`, `Gemfile.lock`, a JSON Schema) by a
 * root-relative path, only when its real path is inside the root and it is a regular file under
 * `maxBytes`: a link out of the root, `/dev/zero` or a huge file is never read. Returns undefined
 * when there is no such file; throws an Error whose message says why it was refused.
 */
export async function readSettingsFile(root: string, relativePath: string, maxBytes = 1024 * 1024): Promise<string | undefined> {
  const absolute = path.resolve(root, relativePath);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return undefined;
  }
  if (!isInside(root, real)) throw new Error(`\`${relativePath}\` is outside the site root (or links out of it); bloglint reads settings only from inside the site root`);
  const read = await readSourceFile(root, path.relative(root, real).split(path.sep).join('/'), { maxFileBytes: maxBytes });
  if (!read.ok) throw new Error(`\`${relativePath}\` ${read.message}`);
  return read.text;
}
