import { DEFAULT_YAML_LIMITS, findFrontMatter, parseFrontMatter, type FmMap, type FrontMatter, type FrontMatterBlock } from '../parse/front-matter.js';
import { valuedKeysOf } from '../parse/front-matter-fast.js';
import { keysWithValues } from '../parse/front-matter-keys.js';
import { absolutePath, keep, readSourceFileSync, readSourceHeads, releasedTextFile, type FileStamp, type HeadRead, type HeadRequest, type ReadLimits, type ReadResult } from '../parse/source-file.js';
import { applyDefaults, defaultsForFile } from './front-matter-defaults.js';
import { MARKDOWN_EXT } from './extensions.js';
import type { JekyllConfig } from './jekyll-config.js';
import { outputUrl } from './permalink.js';
import type { DocumentKind, SiteDocument } from './site.js';
import { scanDocument, type DocumentScan } from './document-scan.js';
import { cachedFrontMatter, frontMatterOf, trustedStamp, type HeadEntry, type SiteCache } from './site-cache.js';

/** What loading one document needs: plain data, so a worker thread can do it too. */
export interface LoadJob {
  root: string;
  /** Root-relative path, and the same path relative to the site source. */
  file: string;
  rel: string;
  kind: DocumentKind;
  collection: string | undefined;
  /** Read only the front matter, and keep only the keys that decide the URL (a link target, not linted). */
  headOnly?: boolean;
  /**
   * Work out what the site cache keeps of this document (`--cache`), with the file's stamp when it
   * was last changed before this time (ms since the epoch; see `RACY_MS` in site-cache.ts).
   */
  stampsBefore?: number;
}

/** The parts of the Jekyll config that decide a document's URL (structured-clone safe). */
export type UrlConfig = Pick<JekyllConfig, 'defaults' | 'permalink' | 'timezone' | 'collections' | 'future'>;

/**
 * Documents taken through the stages together: link-target heads 50 (16 and 50 did as well as
 * 200, which peaked 40-50 MB higher in four runs of five), whole documents that are scanned 4
 * (their texts and scans are larger: 8 and 16 were up to 0.1 s faster on 10,000 posts but peaked
 * 10-20 MB higher, near the 300 MB bound). Measured in docs/benchmark.md, eighth round.
 */
const STAGE_BATCH = 50;
const SCAN_STAGE_BATCH = 4;

/**
 * Loads documents: reads each post, draft, page or collection document, parses its front matter,
 * applies `_config.yml` defaults, computes its output URL as Jekyll does (or why it is not
 * published) and, when `scan` is set (a full run: every document is linted or a link target),
 * parses its references and lets its text go: from then on the scan answers the rules, and the
 * text is read again only for a document with a finding. This bounds memory on large blogs
 * (docs/benchmark.md). With the site cache, a link target's head is first looked up there (by
 * stamp, then by content once read), and when a job asks for it, what the cache keeps of the
 * document is worked out too (a whole read and a head read hash the same bytes: `scanHead`).
 *
 * The work goes stage by stage over the batch (every read, then every front matter, then every
 * URL, then every scan), not document by document: the same calls in another order, which ran
 * a pull request's 10,000 link-target heads in about two thirds of the time on the benchmark
 * (docs/benchmark.md, eighth round). Documents are independent, so the results are the same.
 */
export function loadBatch(jobs: readonly LoadJob[], config: UrlConfig, limits: ReadLimits, now: Date, scan: boolean, cache?: HeadLookup): LoadedDocument[] {
  const size = scan ? SCAN_STAGE_BATCH : STAGE_BATCH;
  if (jobs.length <= size) return loadStaged(jobs, config, limits, now, scan, cache);
  const loaded: LoadedDocument[] = [];
  for (let at = 0; at < jobs.length; at += size) loaded.push(...loadStaged(jobs.slice(at, at + size), config, limits, now, scan, cache));
  return loaded;
}

function loadStaged(jobs: readonly LoadJob[], config: UrlConfig, limits: ReadLimits, now: Date, scan: boolean, cache: HeadLookup | undefined): LoadedDocument[] {
  const loaded: LoadedDocument[] = new Array<LoadedDocument>(jobs.length);
  const reads: (Reading | undefined)[] = new Array<Reading | undefined>(jobs.length);
  readStage(jobs, config, limits, now, cache).forEach((read, i) => {
    // A hit is among the cache's entries for this run already (`unread`, `byContent`), and its
    // text was never held.
    if ('doc' in read) loaded[i] = read;
    else reads[i] = read;
  });
  const parsed: (Parsing | undefined)[] = reads.map((read) => read && frontMatterStage(read, config, limits));
  for (let i = 0; i < jobs.length; i++) if (parsed[i]) loaded[i] = urlStage(parsed[i]!, config, now);
  // The scan joins what the URL stage gave (the cache's entry and stamp, if any).
  for (let i = 0; i < jobs.length; i++) {
    if (!parsed[i]) continue;
    const placed = loaded[i]!;
    const scanned = scanIfAsked(parsed[i]!.job, parsed[i]!.doc, limits, scan);
    if (placed.entry) scanned.entry = placed.entry;
    if (placed.stamp) scanned.stamp = placed.stamp;
    loaded[i] = scanned;
  }
  return loaded;
}

/** One document: `loadBatch` of one. */
export function loadAndScan(job: LoadJob, config: UrlConfig, limits: ReadLimits, now: Date, scan: boolean, cache?: HeadLookup): LoadedDocument {
  return loadBatch([job], config, limits, now, scan, cache)[0]!;
}

/** A document read (its head, for a link target), not yet parsed. */
interface Reading {
  job: LoadJob;
  read: HeadRead;
  /** Only its head was read. */
  partial: boolean;
}

/** A document whose front matter is parsed, not yet placed at its URL. */
interface Parsing extends Reading {
  doc: SiteDocument;
  parsed: FrontMatter | undefined;
}

/**
 * Reads each document, or its head for a link target (link targets' heads together:
 * `readSourceHeads`); a link target the site cache knows comes back loaded.
 */
function readStage(jobs: readonly LoadJob[], config: UrlConfig, limits: ReadLimits, now: Date, cache: HeadLookup | undefined): (Reading | LoadedDocument)[] {
  const out = new Array<Reading | LoadedDocument>(jobs.length);
  const heads: number[] = [];
  jobs.forEach((job, i) => {
    if (job.headOnly && cache) {
      const hit = cache.unread(job.file, absolutePath(job.root, job.file));
      if (hit) {
        out[i] = { doc: fromEntry(job, hit, config, limits, now), scan: undefined };
        return;
      }
    }
    if (job.headOnly) heads.push(i);
    else out[i] = { job, read: readSourceFileSync(job.root, job.file, limits, { forCache: job.stampsBefore !== undefined }), partial: false };
  });
  const requests = heads.map((i): HeadRequest => {
    const { root, file, stampsBefore } = jobs[i]!;
    const knownHead = cache ? (hash: string, size: number, hasBom: boolean): boolean => cache.hasHead(file, hash, size, hasBom) : undefined;
    return { root, relativePath: file, options: knownHead ? { forCache: stampsBefore !== undefined, knownHead } : { forCache: stampsBefore !== undefined } };
  });
  readSourceHeads(requests, limits).forEach((head, k) => {
    const job = jobs[heads[k]!]!;
    out[heads[k]!] = head.ok && head.known ? { doc: fromEntry(job, cache!.byContent(job.file, head.stamp), config, limits, now), scan: undefined } : { job, read: head, partial: head.ok };
  });
  return out;
}

/** Parses a read document's front matter and makes the document, its defaults applied. */
function frontMatterStage({ job, read, partial }: Reading, config: UrlConfig, limits: ReadLimits): Parsing {
  const { file, rel, kind, collection } = job;
  const block = read.ok ? findFrontMatter(read.text) : undefined;
  // A link target keeps only its URL keys: its other values are not copied out of its head.
  const parsed = read.ok && block ? parseBlock(read.text, block, limits, !partial) : undefined;
  const frontMatter = parsed && partial ? urlKeysOf(parsed, true) : parsed;
  const defaults = defaultsOf(job, config);
  const data = applyDefaults(defaults, frontMatter?.data ?? {});
  // The fast parser found them while parsing; else one more pass over the block.
  const valued = parsed && valuedKeysOf(parsed);
  const own = (valued !== undefined ? valued : keysWithValues(read.ok && block?.closed ? read.text.slice(block.yamlStart, block.yamlEnd) : '')) ?? Object.keys(parsed?.data ?? {});
  const keys = keysOf(own, defaults);
  // Field by field, not with conditional spreads: this runs for every document of the site.
  const doc: SiteDocument = { path: file, kind, read, frontMatter, data, url: undefined, isMarkdown: MARKDOWN_EXT.test(rel), keys };
  if (collection) doc.collection = collection;
  if (limits.maxNesting) doc.maxNesting = limits.maxNesting;
  if (partial) doc.partial = true;
  return { job, read, partial, doc, parsed };
}

/** Places a parsed document at its URL, and works out what the site cache keeps of it when the job asks. */
function urlStage({ job, read, partial, doc, parsed }: Parsing, config: UrlConfig, now: Date): LoadedDocument {
  const facts = urlFacts(doc, job, config);
  placeAt(doc, facts, config, now);
  if (job.stampsBefore === undefined || !read.ok) return { doc, scan: undefined };
  const cachedFm = parsed ? cachedFrontMatter(partial ? doc.frontMatter! : urlKeysOf(parsed)) : null;
  if (cachedFm === undefined) return { doc, scan: undefined };
  const stamp = trustedStamp(read.stamp, job.stampsBefore);
  const entry: HeadEntry = { h: read.headHash!, s: read.bytes, b: read.hasBom, ...(stamp ? { t: stamp } : {}), f: cachedFm, k: doc.keys, ...facts };
  return { doc, scan: undefined, entry, ...(read.stamp ? { stamp: read.stamp } : {}) };
}

/** A link target rebuilt from its cache entry: nothing read (its text is read if a rule asks). */
function fromEntry(job: LoadJob, entry: HeadEntry, config: UrlConfig, limits: ReadLimits, now: Date): SiteDocument {
  const doc = new CachedDocument(job, entry, config, limits);
  placeAt(doc, entry, config, now);
  return doc;
}

/**
 * A document whose head came from the site cache. Its keys, URL and publication are the entry's;
 * its front matter, data (defaults applied) and released text are made only when a rule first
 * asks (most of a pull request's 10,000 link targets are only looked up by URL), and can be
 * replaced as any document's are (`completeDocument`).
 */
class CachedDocument implements SiteDocument {
  readonly path: string;
  readonly kind: DocumentKind;
  readonly collection?: string;
  url: string | undefined = undefined;
  unpublished?: string;
  date?: number;
  readonly isMarkdown: boolean;
  readonly keys: string[];
  partial?: boolean = true;
  maxNesting?: number;
  #frontMatter: FrontMatter | undefined | null = null;
  #data: Record<string, unknown> | undefined;
  #read: ReadResult | undefined;

  constructor(
    private readonly job: LoadJob,
    private readonly entry: HeadEntry,
    private readonly config: UrlConfig,
    private readonly limits: ReadLimits,
  ) {
    this.path = job.file;
    this.kind = job.kind;
    if (job.collection) this.collection = job.collection;
    this.isMarkdown = MARKDOWN_EXT.test(job.rel);
    this.keys = entry.k;
    if (limits.maxNesting) this.maxNesting = limits.maxNesting;
  }

  get frontMatter(): FrontMatter | undefined {
    if (this.#frontMatter === null) this.#frontMatter = this.entry.f ? frontMatterOf(this.entry.f) : undefined;
    return this.#frontMatter;
  }

  set frontMatter(value: FrontMatter | undefined) {
    this.#frontMatter = value;
  }

  get data(): Record<string, unknown> {
    return (this.#data ??= applyDefaults(defaultsOf(this.job, this.config), this.frontMatter?.data ?? {}));
  }

  set data(value: Record<string, unknown>) {
    this.#data = value;
  }

  get read(): ReadResult {
    return (this.#read ??= releasedTextFile(this.job.root, this.job.file, this.limits, { hasBom: this.entry.b, bytes: this.entry.s }));
  }

  set read(value: ReadResult) {
    this.#read = value;
  }
}

function defaultsOf(job: LoadJob, config: UrlConfig): Record<string, unknown> {
  const type = job.kind === 'post' ? 'posts' : job.kind === 'draft' ? 'drafts' : job.kind === 'page' ? 'pages' : job.collection!;
  return defaultsForFile(config.defaults, job.rel, type);
}

/** The document's own keys with a value, then those its `_config.yml` defaults give. */
function keysOf(own: string[], defaults: Record<string, unknown>): string[] {
  const extra = defaultKeys(defaults);
  // A post has a few keys: a scan of the list beats a Set made for every document of the site.
  if (own.length + extra.length > 32) return [...new Set([...own, ...extra])];
  const keys: string[] = [];
  for (const key of own) if (!keys.includes(key)) keys.push(key);
  for (const key of extra) if (!keys.includes(key)) keys.push(key);
  return keys;
}

/** The keys with a value of a document's defaults, once per defaults object (most documents share one: `defaultsForFile`). */
function defaultKeys(defaults: Record<string, unknown>): string[] {
  let keys = keysOfDefaults.get(defaults);
  if (!keys) keysOfDefaults.set(defaults, (keys = Object.entries(defaults).filter(([, v]) => v !== null && v !== '' && v !== undefined).map(([k]) => k)));
  return keys;
}

const keysOfDefaults = new WeakMap<Record<string, unknown>, string[]>();

/** Where a document is published, as the cache keeps it: the future check is made by each run. */
type UrlFacts = Pick<HeadEntry, 'u' | 'w' | 'd'>;

function urlFacts(doc: SiteDocument, job: LoadJob, config: UrlConfig): UrlFacts {
  const why = unpublishedReason(doc, config);
  if (why) return { u: null, w: why, d: null };
  const { kind, rel, collection } = job;
  const result = outputUrl({ kind, relativePath: rel, ...(collection ? { collection } : {}), frontMatter: doc.data, config: { permalink: config.permalink, timezone: config.timezone, collections: config.collections } });
  if ('error' in result) return { u: null, w: result.error, d: null };
  const date = result.date?.getTime();
  return { u: result.url, w: null, d: date !== undefined && Number.isFinite(date) ? date : null };
}

function placeAt(doc: SiteDocument, facts: UrlFacts, config: UrlConfig, now: Date): void {
  if (facts.d !== null) doc.date = facts.d;
  if (facts.w !== null) doc.unpublished = facts.w;
  else if (doc.kind === 'post' && facts.d !== null && facts.d > now.getTime() && !config.future) doc.unpublished = 'is dated in the future';
  else doc.url = facts.u ?? undefined;
}

/** Where a link target's head may be found already parsed: the site cache (main thread only). */
export type HeadLookup = Pick<SiteCache, 'unread' | 'hasHead' | 'byContent'>;

/** A document and, on a full run, its scan. */
export interface LoadedDocument {
  doc: SiteDocument;
  scan: DocumentScan | undefined;
  /** A scan made elsewhere (a parse worker), built when a rule first asks for it. */
  lazyScan?: () => DocumentScan;
  /** What the site cache keeps of it, when the job asked (`stampsBefore`) and it was read. */
  entry?: HeadEntry;
  /** The file's stamp when it was read for `entry` (its `fstat`): the cache asks git's index about it. */
  stamp?: FileStamp;
}

function scanIfAsked(job: LoadJob, doc: SiteDocument, limits: ReadLimits, scan: boolean): LoadedDocument {
  // A link target read only as far as its front matter keeps no text either: 10,000 heads of
  // Korean posts held 80 MB (docs/benchmark.md), and memory is time on a fresh runner.
  if (doc.partial && doc.read.ok) doc.read = releasedTextFile(job.root, job.file, limits, doc.read);
  if (!scan || !doc.read.ok || doc.partial) return { doc, scan: undefined };
  const scanned = scanDocument(doc);
  doc.read = releasedTextFile(job.root, job.file, limits, doc.read);
  releaseTree(doc, limits);
  return { doc, scan: scanned };
}

/**
 * Lets a scanned document's YAML tree go (a tenth of a large run's memory: a node with its span
 * for every value): its front-matter references are in the scan, and the rules ask for the tree
 * only to place a finding, so it is parsed again from the released text the first time it is
 * asked for. The data, errors and duplicate keys are kept.
 */
export function releaseTree(doc: SiteDocument, limits: ReadLimits): void {
  const fm = doc.frontMatter;
  if (!fm || !fm.block.closed) return;
  doc.frontMatter = new ReleasedTreeFrontMatter(fm, doc, limits);
}

/**
 * Front matter whose tree is parsed again when first asked for. A class with the tree behind a
 * getter on its prototype: an accessor defined on each object made 10,000 of them 470 bytes each.
 */
class ReleasedTreeFrontMatter implements FrontMatter {
  readonly block: FrontMatterBlock;
  readonly data: Record<string, unknown>;
  readonly errors: FrontMatter['errors'];
  readonly duplicateKeys: FrontMatter['duplicateKeys'];
  readonly notAMapping: boolean;
  /** `null` until parsed again. */
  #tree: FmMap | undefined | null = null;

  constructor(
    fm: FrontMatter,
    private readonly doc: SiteDocument,
    private readonly limits: ReadLimits,
  ) {
    this.block = fm.block;
    this.data = fm.data;
    this.errors = fm.errors;
    this.duplicateKeys = fm.duplicateKeys;
    this.notAMapping = fm.notAMapping;
  }

  get tree(): FmMap | undefined {
    if (this.#tree === null) this.#tree = this.doc.read.ok ? parseBlock(this.doc.read.text, this.block, this.limits).tree : undefined;
    return this.#tree;
  }

  set tree(value: FmMap | undefined) {
    this.#tree = value;
  }
}

/** A document's front matter without its tree, to send to the main thread (which reparses it if asked). */
export function withoutTree(fm: FrontMatter): FrontMatter {
  return { block: fm.block, data: fm.data, tree: undefined, errors: fm.errors, duplicateKeys: fm.duplicateKeys, notAMapping: fm.notAMapping };
}

/**
 * The keys that decide a document's URL or whether it is published, and what plugins publish
 * from it (plugin-pages.ts: jekyll-archives' and jekyll-feed's tags, jekyll-redirect-from's
 * `redirect_from`, jekyll-paginate's `hidden`).
 */
const URL_KEYS = new Set(['permalink', 'categories', 'category', 'slug', 'date', 'published', 'tags', 'tag', 'redirect_from', 'hidden']);

/**
 * Parses a front-matter block with the configured alias limit. An unclosed block is no front
 * matter to Jekyll: the whole file is content.
 */
function parseBlock(text: string, block: FrontMatterBlock, limits?: ReadLimits, keepStrings = true): FrontMatter {
  const yamlLimits = { maxAliasCount: limits?.maxYamlAliases ?? DEFAULT_YAML_LIMITS.maxAliasCount };
  if (!block.closed) return { block, data: {}, tree: undefined, errors: [], duplicateKeys: [], notAMapping: false };
  return parseFrontMatter(text, block, yamlLimits, { keepStrings });
}

/**
 * What a link target keeps of its front matter: it is parsed whole, because a YAML error anywhere
 * moves the post (Jekyll publishes it under the build date), but only what decides its URL is
 * kept (ten thousand targets' full data would be memory spent for nothing).
 */
function urlKeysOf(fm: FrontMatter, copyStrings = false): FrontMatter {
  const data: Record<string, unknown> = {};
  for (const key of URL_KEYS) if (Object.hasOwn(fm.data, key)) data[key] = copyStrings ? keptValue(fm.data[key]) : fm.data[key];
  return { ...withoutTree(fm), data };
}

/** A value with every string in it copied out of the text it was parsed from (`keep`). */
function keptValue(value: unknown): unknown {
  if (typeof value === 'string') return keep(value);
  if (Array.isArray(value)) return value.map(keptValue);
  // `fromEntries` defines properties: a `__proto__` key stays a key.
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [keep(k), keptValue(v)]));
  return value;
}

function unpublishedReason(doc: SiteDocument, config: UrlConfig): string | undefined {
  if (!doc.read.ok) return doc.read.reason === 'invalid-utf8' ? 'is not valid UTF-8' : 'cannot be read';
  if (doc.kind === 'draft') return 'is a draft';
  // Jekyll logs the YAML error and publishes the post with empty front matter, under the build
  // day's date and the whole file name as slug (test/fixtures/jekyll-evidence/front-matter-errors).
  if (doc.frontMatter && doc.frontMatter.errors.length > 0) return 'has a YAML error, so Jekyll publishes it under the build date at another URL';
  if (doc.data.published === false) return 'has `published: false`';
  if (doc.kind === 'document' && doc.collection && !config.collections[doc.collection]?.output) return `is in the collection \`${doc.collection}\`, which is not output`;
  return undefined;
}

/**
 * Completes a document that was read only as far as its front matter (a link target whose
 * `#fragment` must now be checked): its released text is read again, whole, through the same
 * guarded read (`releasedTextFile`), and its front matter parsed fully.
 */
export function completeDocument(doc: SiteDocument, limits?: ReadLimits): void {
  if (!doc.partial) return;
  doc.partial = false;
  if (!doc.read.ok) return;
  const text = doc.read.text;
  const block = findFrontMatter(text);
  doc.frontMatter = block ? parseBlock(text, block, limits) : undefined;
}
