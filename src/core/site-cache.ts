import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrontMatter, FrontMatterBlock, YamlProblem } from '../parse/front-matter.js';
import type { FileStamp } from '../parse/source-file.js';
import { YamlDay } from '../parse/yaml-schema.js';
import { VERSION } from '../version.js';
import { readGitIndex, type GitIndex } from './git-index.js';

/**
 * The site-index cache (`--cache`): what each document's head gave the site index (its front
 * matter's URL keys, its top-level keys, its URL or why it is not published), kept between runs
 * so that a pull request's run (`--only`) need not parse 10,000 other posts' front matter, and on
 * a machine where the files did not change, need not even open them.
 *
 * An entry is found again in one of three ways, all exact:
 * - by **stamp** (size, modification and change times, inode, as git's index does), without
 *   reading the file. A stamp is kept only for files last changed more than `RACY_MS` before the
 *   run that read them: a file changed within the timestamps' granularity of a read could keep its
 *   stamp (git's "racy clean" problem), so such a file is checked by content the next time;
 * - by **git blob**, without reading the file either: an entry records the blob id git's index
 *   gave the file when it was read, and on another checkout (a CI runner, `actions/cache`) the
 *   index gives the same id for the same content, trusted only where the file's stat data are
 *   the index's own and not racily clean (git-index.ts);
 * - by **content**: the head is read (a few kilobytes) and its SHA-1 compared, so a cache restored
 *   on a fresh checkout of a folder git does not track still serves.
 *
 * Everything in the file is untrusted input (a cache restored in CI may have been written by any
 * earlier run): a file that does not parse, belongs to another version of bloglint or another
 * configuration, or holds an entry of the wrong shape is ignored (wholly or that entry), never
 * trusted half-way. It is written to a temporary file and renamed over the old one, so a run that
 * stops half-way leaves the previous cache, never half of a new one.
 */
export const CACHE_FORMAT = 3;

/** Files changed this recently before a run are not trusted by stamp (see above). */
export const RACY_MS = 2000;

/** The default cache file, below the site root (Jekyll never publishes a dot folder; bloglint never walks this one). */
export const DEFAULT_CACHE_FILE = '.bloglint-cache/site-index.json';

/**
 * The default cache file below `root`, or why it cannot be used: its folder must not be a
 * symlink, since a checkout could point it anywhere and the run would write there.
 */
export function defaultCacheFile(root: string): { file: string } | { refused: string } {
  const folder = path.join(root, path.dirname(DEFAULT_CACHE_FILE));
  if (lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return { refused: `${path.dirname(DEFAULT_CACHE_FILE)} is a symlink; bloglint neither reads nor writes a cache through it (remove it, or name a file with --cache-location)` };
  }
  return { file: path.join(root, DEFAULT_CACHE_FILE) };
}

/**
 * Caches larger than this are not read (a planted file must not exhaust memory): 10,000 documents
 * take 2.7 MB, so this is room for about 200,000.
 */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** Modification and change times (ms) and inode of a file, as recorded. */
export type Stamp = [mtimeMs: number, ctimeMs: number, ino: number];

/** One document's head, as the site index needs it. */
export interface HeadEntry {
  /** SHA-1 (base64, 27 characters) of the head: the file's bytes through the front matter's closing line (`scanHead`). */
  h: string;
  /** File size in bytes. */
  s: number;
  /** The file starts with a byte-order mark. */
  b: boolean;
  /** `[mtimeMs, ctimeMs, ino]` (with the size `s`), when the file was old enough to be trusted by stamp. */
  t?: Stamp;
  /** The git blob id (SHA-1, base64, 27 characters) of the content the entry was made from, when git's index gave one. */
  g?: string;
  /** The front matter, with only the keys that decide the URL (null: none). */
  f: CachedFrontMatter | null;
  /** Top-level front-matter keys that carry a value, then those the `_config.yml` defaults add. */
  k: string[];
  /** Output URL (when published, the future aside). */
  u: string | null;
  /** Why it is not published, unless only because it is dated in the future. */
  w: string | null;
  /** The post's date (ms since the epoch), for the future check made against each run's "now". */
  d: number | null;
}

export interface CachedFrontMatter {
  block: FrontMatterBlock;
  /** The URL keys' data, dates tagged (see `encodeData`). */
  data: Record<string, unknown>;
  errors: YamlProblem[];
  duplicateKeys: YamlProblem[];
  notAMapping: boolean;
}

/**
 * What the cache file holds: the documents' paths (sorted) and, in the same order, their heads as
 * rows (`HeadRow`): compact, because a cold CI runner pays for every byte it reads and parses.
 */
interface CacheFile {
  bloglint: 'site-index';
  format: number;
  scope: string;
  /** Front-matter key names, referred to by index from `keyLists`. */
  keys: string[];
  /**
   * The documents' key lists, each once (most posts of a blog have the same keys), as indexes
   * into `keys`; a row refers to its list by index.
   */
  keyLists: number[][];
  files: string[];
  heads: HeadRow[];
}

/**
 * A `HeadEntry` as a row: `[h, s, b, t, f, k, u, w, d, g]`, with `b` as 0/1, `t` as
 * `[mtimeMs, ctimeMs, ino]` or 0, `f` as `[yamlStart, yamlEnd, bodyStart, closed, data, errors?,
 * duplicateKeys?, notAMapping?]` or 0, `k` as an index into `keyLists`, `u`/`w`/`d`/`g` as 0 when
 * null or absent.
 */
type HeadRow = [string, number, 0 | 1, Stamp | 0, FmRow | 0, number, string | 0, string | 0, number | 0, string | 0];
type FmRow = [number, number, number, 0 | 1, Record<string, unknown>, YamlProblem[]?, YamlProblem[]?, 1?];

/** How the cache went this run (for `--verbose` and the benchmark). */
export interface CacheStats {
  file: string;
  /** Why the file on disk was not used, if it was not. */
  ignored?: string;
  /** Documents found unread (by stamp, by git blob), found once their head was read (by content), and read and parsed. */
  byStamp: number;
  byGitBlob: number;
  byContent: number;
  read: number;
}

/** How the cache served, counted (`--verbose`, the Action's log). */
export function describeCache(stats: CacheStats): string {
  return `${stats.byStamp} documents unchanged (not read), ${stats.byGitBlob} found by git blob (not read), ${stats.byContent} found by content, ${stats.read} read and parsed`;
}

/** How a cache is opened besides its file and scope. */
export interface CacheOptions {
  /** False: stamps are neither used nor recorded (every file is checked by git blob or content). */
  stamps?: boolean;
  /** The site root (absolute, real): its git index, if any, recognises documents by blob id. */
  gitRoot?: string;
}

export class SiteCache {
  /** Entries read from disk, by root-relative path. */
  private readonly old: Map<string, HeadEntry>;
  /** Entries for the documents of this run: what is written back. */
  private readonly current = new Map<string, HeadEntry>();
  private changed = false;
  readonly stats: CacheStats;
  /** The git index, read when first needed (`null`: not yet; `undefined`: none to be had). */
  #git: GitIndex | undefined | null = null;

  private constructor(
    readonly file: string,
    private readonly scope: string,
    old: Map<string, HeadEntry>,
    ignored: string | undefined,
    /** When this run started: files changed after `runStart - RACY_MS` get no stamp. */
    private readonly runStart: number,
    /** False: stamps are neither used nor recorded (every file is checked by git blob or by content). */
    private readonly stamps: boolean,
    private readonly gitRoot: string | undefined,
  ) {
    this.old = old;
    this.stats = { file, ...(ignored ? { ignored } : {}), byStamp: 0, byGitBlob: 0, byContent: 0, read: 0 };
  }

  /**
   * Opens the cache file for a site whose index is decided by `scopeParts` (the configuration
   * that decides URLs, the read limits): entries made under another scope or by another build of
   * bloglint are not used. `runStart` decides which files are old enough to be stamped; with
   * `stamps: false` (the Action: every job checks out anew) stamps are neither used nor recorded.
   */
  static open(file: string, scopeParts: unknown, runStart = Date.now(), { stamps = true, gitRoot }: CacheOptions = {}): SiteCache {
    const scope = scopeOf(scopeParts);
    let text: string;
    try {
      const info = lstatSync(file, { throwIfNoEntry: false });
      if (!info) return new SiteCache(file, scope, new Map(), undefined, runStart, stamps, gitRoot);
      if (!info.isFile()) return new SiteCache(file, scope, new Map(), 'it is not a regular file', runStart, stamps, gitRoot);
      if (info.size > MAX_CACHE_BYTES) return new SiteCache(file, scope, new Map(), `it is larger than ${MAX_CACHE_BYTES / 1024 / 1024} MB`, runStart, stamps, gitRoot);
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return new SiteCache(file, scope, new Map(), `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, runStart, stamps, gitRoot);
    }
    const { entries, ignored } = parseCacheFile(text, scope);
    return new SiteCache(file, scope, entries, ignored, runStart, stamps, gitRoot);
  }

  /**
   * The entry for `file` when it is known without reading the file: its stamp is the one recorded,
   * or git's index gives it the blob id recorded (then its stamp is refreshed).
   */
  unread(file: string, absolute: string): HeadEntry | undefined {
    const entry = this.old.get(file);
    const byStamp = this.stamps && entry?.t !== undefined;
    if (!entry || (!byStamp && entry.g === undefined)) return undefined;
    const info = lstatSync(absolute, { throwIfNoEntry: false });
    if (!info || !info.isFile() || info.size !== entry.s) return undefined;
    const t = entry.t;
    if (byStamp && info.mtimeMs === t![0] && info.ctimeMs === t![1] && info.ino === t![2]) {
      this.current.set(file, entry);
      this.stats.byStamp++;
      return entry;
    }
    if (entry.g === undefined || this.gitIndex()?.blobOf(file, info) !== entry.g) return undefined;
    const kept = this.refreshed(file, entry, info, false);
    this.current.set(file, kept);
    this.stats.byGitBlob++;
    return kept;
  }

  /** Whether the head just read (its hash, the file's size, a BOM) is the one recorded for `file`. */
  hasHead(file: string, hash: string, size: number, hasBom: boolean): boolean {
    const entry = this.old.get(file);
    return entry !== undefined && entry.h === hash && entry.s === size && entry.b === hasBom;
  }

  /**
   * The entry for `file`, whose head `hasHead` just recognised, with its stamp and git blob
   * refreshed (the rest of the file may have changed: the head is what the entry depends on).
   */
  byContent(file: string, stamp: FileStamp | undefined): HeadEntry {
    const entry = this.old.get(file)!;
    const kept = this.refreshed(file, entry, stamp, true);
    this.current.set(file, kept);
    this.stats.byContent++;
    return kept;
  }

  /** Records what a document's head gave (a fresh read), with the git blob of what was read (`stamp`: the read's `fstat`). */
  record(file: string, entry: HeadEntry, stamp?: FileStamp): void {
    this.stats.read++;
    const g = stamp ? this.gitIndex()?.blobOf(file, stamp) : undefined;
    const made: HeadEntry = g ? { ...entry, g } : entry;
    // Within one scope the same head gives the same entry: comparing what identifies it is enough.
    const before = this.old.get(file);
    if (!before || before.h !== made.h || before.s !== made.s || before.b !== made.b || !sameStamp(before.t, made.t) || before.g !== made.g) this.changed = true;
    this.current.set(file, made);
  }

  /** `entry` with the file's stamp (when trusted) and, with `blob`, the git blob of the file as it is now. */
  private refreshed(file: string, entry: HeadEntry, stamp: FileStamp | undefined, blob: boolean): HeadEntry {
    const t = trustedStamp(stamp, this.stampsBefore);
    const g = !blob ? entry.g : stamp ? this.gitIndex()?.blobOf(file, stamp) : undefined;
    if (sameStamp(t, entry.t) && g === entry.g) return entry;
    this.changed = true;
    const kept: HeadEntry = { ...entry };
    if (t) kept.t = t;
    else delete kept.t;
    if (g) kept.g = g;
    else delete kept.g;
    return kept;
  }

  /** The git index of the site, read once when first needed. */
  private gitIndex(): GitIndex | undefined {
    if (this.#git === null) this.#git = this.gitRoot === undefined ? undefined : readGitIndex(this.gitRoot);
    return this.#git;
  }

  /** Files last changed before this time (ms) may be trusted by stamp on later runs. */
  get stampsBefore(): number {
    return this.stamps ? this.runStart - RACY_MS : Number.NEGATIVE_INFINITY;
  }

  /**
   * Writes the entries of this run's documents (entries of files that are gone are dropped),
   * unless nothing changed. Atomic: a temporary file renamed over the old one.
   * @returns an error message when the file could not be written (the run is not affected).
   */
  save(): string | undefined {
    const gone = [...this.old.keys()].some((file) => !this.current.has(file));
    if (!this.changed && !gone && this.stats.ignored === undefined) return undefined;
    if (this.current.size === 0 && this.old.size === 0) return undefined;
    const files = [...this.current.keys()].sort();
    const lists = new KeyLists();
    const heads = files.map((file) => toRow(this.current.get(file)!, lists));
    const body: CacheFile = { bloglint: 'site-index', format: CACHE_FORMAT, scope: this.scope, keys: [...lists.keys.keys()], keyLists: lists.lists, files, heads };
    // A name no one can have prepared (a crashed run's leftover, a planted symlink): opened only if new.
    const temporary = `${this.file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const fd = openSync(temporary, 'wx', 0o644);
      try {
        writeSync(fd, JSON.stringify(body));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.file);
      return undefined;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        /* there was no temporary file to remove */
      }
      return `could not write the cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the next run reads every document again`;
    }
  }
}

/** Key names and key lists as a cache file numbers them, each once. */
class KeyLists {
  readonly keys = new Map<string, number>();
  readonly lists: number[][] = [];
  readonly #listIndex = new Map<string, number>();

  /** The index of the list of these key names. */
  indexOf(names: string[]): number {
    const list = names.map((name) => {
      let index = this.keys.get(name);
      if (index === undefined) this.keys.set(name, (index = this.keys.size));
      return index;
    });
    const id = list.join(',');
    let at = this.#listIndex.get(id);
    if (at === undefined) {
      this.#listIndex.set(id, (at = this.lists.length));
      this.lists.push(list);
    }
    return at;
  }
}

function toRow(e: HeadEntry, lists: KeyLists): HeadRow {
  const t = e.t ?? 0;
  let f: FmRow | 0 = 0;
  if (e.f) {
    const { block, data, errors, duplicateKeys, notAMapping } = e.f;
    f = [block.yamlStart, block.yamlEnd, block.bodyStart, block.closed ? 1 : 0, data];
    if (errors.length > 0 || duplicateKeys.length > 0 || notAMapping) f.push(errors, duplicateKeys, ...(notAMapping ? ([1] as const) : []));
  }
  return [e.h, e.s, e.b ? 1 : 0, t, f, lists.indexOf(e.k), e.u ?? 0, e.w ?? 0, e.d ?? 0, e.g ?? 0];
}

/**
 * The entry a row holds, or undefined when the row is not one (it is then ignored). `keyLists`
 * are the file's key lists as names (undefined: a malformed list, whose rows are dropped);
 * entries share them (never changed).
 */
function fromRow(row: unknown, keyLists: (string[] | undefined)[]): HeadEntry | undefined {
  if (!Array.isArray(row) || row.length !== 10) return undefined;
  const h: unknown = row[0];
  const s: unknown = row[1];
  const b: unknown = row[2];
  const t: unknown = row[3];
  const f: unknown = row[4];
  const k: unknown = row[5];
  const u: unknown = row[6];
  const w: unknown = row[7];
  const d: unknown = row[8];
  const g: unknown = row[9];
  if (g !== 0 && !(typeof g === 'string' && GIT_BLOB.test(g))) return undefined;
  if (typeof h !== 'string' || !isCount(s) || (b !== 0 && b !== 1)) return undefined;
  if (t !== 0 && !isStamp(t)) return undefined;
  const keyList = isCount(k) ? keyLists[k] : undefined;
  if (keyList === undefined) return undefined;
  if ((u !== 0 && !(typeof u === 'string' && u.startsWith('/'))) || (w !== 0 && typeof w !== 'string') || (d !== 0 && !(typeof d === 'number' && Number.isFinite(d)))) return undefined;
  let fm: CachedFrontMatter | null = null;
  if (f !== 0) {
    if (!Array.isArray(f) || f.length < 5 || f.length > 8) return undefined;
    const [yamlStart, yamlEnd, bodyStart, closed, data, errors = [], duplicateKeys = [], notAMapping = 0] = f as unknown[];
    if (!isCount(yamlStart) || !isCount(yamlEnd) || !isCount(bodyStart) || (closed !== 0 && closed !== 1) || (notAMapping !== 0 && notAMapping !== 1)) return undefined;
    if (typeof data !== 'object' || data === null || Array.isArray(data) || !isCachedData(data, 0) || !isProblems(errors) || !isProblems(duplicateKeys)) return undefined;
    fm = { block: { yamlStart, yamlEnd, bodyStart, closed: closed === 1 }, data: data as Record<string, unknown>, errors, duplicateKeys, notAMapping: notAMapping === 1 };
  }
  const entry: HeadEntry = { h, s, b: b === 1, f: fm, k: keyList, u: u === 0 ? null : (u as string), w: w === 0 ? null : (w as string), d: d === 0 ? null : (d as number) };
  if (t !== 0) entry.t = t;
  if (g !== 0) entry.g = g as string;
  return entry;
}

const GIT_BLOB = /^[A-Za-z0-9+/]{27}$/;

function isStamp(t: unknown): t is Stamp {
  return Array.isArray(t) && t.length === 3 && typeof t[0] === 'number' && Number.isFinite(t[0]) && typeof t[1] === 'number' && Number.isFinite(t[1]) && typeof t[2] === 'number' && Number.isFinite(t[2]);
}

/** A front matter as the cache keeps it, or undefined when its data is not plain enough to keep exactly. */
export function cachedFrontMatter(fm: FrontMatter): CachedFrontMatter | undefined {
  const data = encodeData(fm.data);
  if (data === undefined) return undefined;
  return { block: fm.block, data: data as Record<string, unknown>, errors: fm.errors, duplicateKeys: fm.duplicateKeys, notAMapping: fm.notAMapping };
}

/** The front matter an entry gives back (no YAML tree: it is reparsed from the file if a rule asks). */
export function frontMatterOf(cached: CachedFrontMatter): FrontMatter {
  return { block: cached.block, data: decodeData(cached.data) as Record<string, unknown>, tree: undefined, errors: cached.errors, duplicateKeys: cached.duplicateKeys, notAMapping: cached.notAMapping };
}

/** The stamp to record for a file, or undefined when it changed too recently (at or after `before`) to trust. */
export function trustedStamp(stamp: FileStamp | undefined, before: number): Stamp | undefined {
  if (!stamp) return undefined;
  return stamp.mtimeMs < before && stamp.ctimeMs < before ? [stamp.mtimeMs, stamp.ctimeMs, stamp.ino] : undefined;
}

function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]);
}

const DATE_TAG = '$bloglint-date';

/**
 * Front-matter values as JSON: dates become `{"$bloglint-date": ms}`, days without a time
 * (`YamlDay`) `{"$bloglint-date": ms, "day": true}`. Undefined when a value would not come back
 * the same (a non-finite number, a class instance, a key that is the tag).
 */
export function encodeData(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { [DATE_TAG]: value.getTime(), ...(value instanceof YamlDay ? { day: true } : {}) };
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const encoded = encodeData(item);
      if (encoded === undefined) return undefined;
      out.push(encoded);
    }
    return out;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === DATE_TAG || key === '__proto__') return undefined;
      const encoded = encodeData(item);
      if (encoded === undefined) return undefined;
      out[key] = encoded;
    }
    return out;
  }
  return undefined;
}

function decodeData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeData);
  if (value !== null && typeof value === 'object') {
    const tagged = (value as Record<string, unknown>)[DATE_TAG];
    if (typeof tagged === 'number') return (value as Record<string, unknown>).day === true ? new YamlDay(tagged) : new Date(tagged);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = decodeData(item);
    return out;
  }
  return value;
}

/** The scope an entry is valid in: this build of bloglint, the cache format, and what decides URLs. */
function scopeOf(parts: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify({ format: CACHE_FORMAT, version: VERSION, build: buildId(), parts }))
    .digest('base64');
}

let build: string | undefined;

/** A hash of the running bundle: a rebuilt bloglint does not trust what another build cached. */
function buildId(): string {
  if (build === undefined) {
    try {
      build = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url))).digest('base64');
    } catch {
      build = 'unknown';
    }
  }
  return build;
}

/** The entries of a cache file's text for `scope`, and why it was ignored when it was. */
function parseCacheFile(text: string, scope: string): { entries: Map<string, HeadEntry>; ignored?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries: new Map(), ignored: 'it is not valid JSON' };
  }
  const file = parsed as Partial<CacheFile> | null;
  if (!file || typeof file !== 'object' || file.bloglint !== 'site-index') return { entries: new Map(), ignored: 'it is not a bloglint site-index cache' };
  if (file.format !== CACHE_FORMAT) return { entries: new Map(), ignored: `it has format ${String(file.format)}, not ${CACHE_FORMAT}` };
  if (file.scope !== scope) return { entries: new Map(), ignored: 'it was written by another build of bloglint or for another configuration' };
  const { keys, keyLists, files, heads } = file;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string') || !Array.isArray(keyLists) || !Array.isArray(files) || !Array.isArray(heads) || files.length !== heads.length) return { entries: new Map(), ignored: 'its lists are malformed' };
  // A malformed key list is left out: the rows that refer to it are then dropped one by one.
  const names = keyLists.map((list: unknown) => (Array.isArray(list) && list.every((i) => Number.isInteger(i) && i >= 0 && i < keys.length) ? list.map((i: number) => keys[i]!) : undefined));
  const entries = new Map<string, HeadEntry>();
  for (let i = 0; i < files.length; i++) {
    const entry = typeof files[i] === 'string' ? fromRow(heads[i], names) : undefined;
    if (entry) entries.set(files[i]!, entry);
  }
  return { entries };
}

/** Deepest front-matter value the cache takes back (a planted row must not exhaust the stack). */
const MAX_DATA_DEPTH = 32;

/** Whether a row's data is what `encodeData` writes: JSON values, not too deep, no `__proto__` key. */
function isCachedData(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return true;
  if (typeof value !== 'object' || depth >= MAX_DATA_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isCachedData(item, depth + 1));
  return Object.entries(value).every(([key, item]) => key !== '__proto__' && isCachedData(item, depth + 1));
}

function isProblems(value: unknown): value is YamlProblem[] {
  return Array.isArray(value) && value.every((p: YamlProblem) => typeof p === 'object' && p !== null && typeof p.message === 'string' && typeof p.code === 'string' && isCount(p.start) && isCount(p.end));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
