import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { FrontMatter } from '../parse/front-matter.js';
import { readSourceFile, DEFAULT_READ_LIMITS, type ReadLimits, type ReadResult } from '../parse/source-file.js';
import { loadAndScan, loadBatch, type LoadedDocument, type LoadJob } from './load-document.js';
import { ThreadedLoader, workerCount } from './parse-workers.js';
import { primeScanLazily } from './document-scan.js';
import { FileList } from './file-list.js';
import { fnmatch, fnmatchRegExp } from './fnmatch.js';
import { parseJekyllConfig, sourcePrefixOf, type JekyllConfig } from './jekyll-config.js';
import { detectJekyllMajor } from './jekyll-version.js';
import { parsePostFilename } from './permalink.js';
import { MARKDOWN_EXT, MAY_HAVE_FRONT_MATTER, POST_EXT } from './extensions.js';
import { startWalk, type TreeWalk } from './tree-walk.js';
import { dropEarlyWalk } from './walk-thread.js';
import { sortProblems, walkTree, type WalkProblem } from './walk.js';
import type { SiteCache } from './site-cache.js';
import { PublishedUrls } from './published-urls.js';
import { activePlugins, generatedTarget, pluginPages, type PluginName } from './plugin-pages.js';
import type { Timings } from './timing.js';
import { detectTheme, type ThemeInfo } from '../themes/index.js';

/** What a source document is to Jekyll. */
export type DocumentKind = 'post' | 'draft' | 'page' | 'document';

/** A post, draft, page or collection document: read, with front matter parsed and its URL computed. */
export interface SiteDocument {
  /** Root-relative POSIX source path. */
  path: string;
  kind: DocumentKind;
  /** Collection label (`posts` for posts and drafts). */
  collection?: string;
  read: ReadResult;
  /** Undefined when the file has no front matter or could not be read. */
  frontMatter: FrontMatter | undefined;
  /** Front matter merged over `_config.yml` defaults: what Jekyll's `page` sees. */
  data: Record<string, unknown>;
  /** Output URL without baseurl, percent-decoded; undefined when not published. */
  url: string | undefined;
  /** Why it is not published or has no URL (future date, `published: false`, invalid date, ...). */
  unpublished?: string;
  /** A post's or dated document's date (ms since the epoch), as its URL used it. */
  date?: number;
  /** True for markdown sources (their body is parsed for references). */
  isMarkdown: boolean;
  /** Top-level front-matter keys that carry a value (a cheap scan, the same in every mode). */
  keys: string[];
  /** Only the head was read and only URL-deciding keys parsed (a link target in an `--only` run). */
  partial?: boolean;
  /** Deepest markdown nesting followed for this document (`max-nesting`; default 100). */
  maxNesting?: number;
}

/** A published output path and where it comes from. */
export interface Target {
  url: string;
  /** The source path, or for a page a plugin generates, the plugin (`jekyll-feed`). */
  path: string;
  kind: DocumentKind | 'static' | 'generated';
}

/** The whole site, read once and shared by every rule. */
export interface Site {
  root: string;
  config: JekyllConfig;
  jekyllMajor: 3 | 4;
  /** Every file found below the root (root-relative), published or not, sorted. */
  files: FileList;
  /** Why a file that exists is not published (`excluded by exclude: …`, `folder starting with _`). */
  unpublished: Map<string, string>;
  /** Output URL (decoded, no baseurl) -> target. Directory URLs are present with and without `index.html`. */
  urls: PublishedUrls;
  /** Source path -> document. */
  documents: Map<string, SiteDocument>;
  posts: SiteDocument[];
  problems: WalkProblem[];
  /** True when the site has its own Ruby plugins (paths may be rewritten by them). */
  hasPlugins: boolean;
  /** The theme whose rules resolve image paths, and why. */
  theme: ThemeInfo;
  /** The plugins whose generated pages are published (`plugin-pages.ts`), and how many each made. */
  pluginPages: Partial<Record<PluginName, number>>;
  /** The site-index cache it was read with (`--cache`), to be saved by the run. */
  cache?: SiteCache;
}

/** Options for reading a site. */
export interface SiteOptions {
  limits?: ReadLimits;
  /** Force the Jekyll major version instead of detecting it from the Gemfile. */
  jekyllMajor?: 3 | 4;
  /** "Now", for future-dated posts (tests pin it). */
  now?: Date;
  /** `theme:` from .bloglint.yml (`auto` detects it). */
  theme?: string;
  /** Parse worker threads: undefined decides by size, 1 means none (`--workers`). */
  workers?: number;
  /** Parse every document's references while loading (a full run); false for `--only`. */
  prescan?: boolean;
  /** Documents that will be linted (`--only`): the others are read only as far as their front matter. */
  only?: ReadonlySet<string>;
  /**
   * `only`, known later (the Action's pull-request files, listed by GitHub's API while the site is
   * read): until it is, documents are read as link targets, and those it names are then read
   * again whole. Undefined when it comes means the whole site after all: `WholeSiteAfterAll`.
   */
  onlyLater?: Promise<ReadonlySet<string> | undefined>;
  /** Where the phases' times are recorded. */
  timings?: Timings;
  /**
   * Opens the site-index cache (`--cache`) for the scope it is given (what decides URLs, read
   * once `_config.yml` is): link targets' heads are found there, every document's is recorded.
   */
  cacheFor?: (scope: unknown) => SiteCache;
}

/** Thrown by `buildSite` when `onlyLater` comes without files: the run must read the whole site. */
export class WholeSiteAfterAll extends Error {
  constructor() {
    super('the files to check were not known: the whole site is read instead');
  }
}

/**
 * Reads the site below `root`: `_config.yml`, the file tree, every document's front matter and
 * output URL, and the index of published URLs. Nothing is written.
 */
export async function buildSite(root: string, options: SiteOptions = {}): Promise<Site> {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  // A full run scans every document as it is loaded and lets its text go (bounded memory); an
  // `--only` run reads link targets only as far as their front matter, as the walk finds them:
  // the walk then goes to a thread from the start (`startWalk`).
  const scan = options.prescan ?? false;
  // A whole-site run after all (a pull request whose files are unknown) lets the entry's walk go.
  if (scan) dropEarlyWalk();
  const walking = scan ? undefined : startWalk(root);
  try {
    return await readSite(root, options, limits, scan, walking);
  } finally {
    walking?.close();
  }
}

async function readSite(root: string, options: SiteOptions, limits: ReadLimits, scan: boolean, walking: TreeWalk | undefined): Promise<Site> {
  const configFile = await firstExisting(root, ['_config.yml', '_config.yaml']);
  const configText = configFile ? await readConfigText(root, configFile) : '';
  const config = parseJekyllConfig(configFile, configText);
  const jekyllMajor = options.jekyllMajor ?? (await detectJekyllMajor(root));
  options.timings?.mark('config');
  const sourcePrefix = sourcePrefixOf(config);
  const now = options.now ?? new Date();
  const walk = walking ? undefined : await walkTree(root);
  if (walk) options.timings?.mark('walk');
  const cache = options.cacheFor?.({ source: config.source, urls: { defaults: config.defaults, permalink: config.permalink, timezone: config.timezone, collections: config.collections, future: config.future }, jekyllMajor, limits: { maxFileBytes: limits.maxFileBytes, maxYamlAliases: limits.maxYamlAliases ?? null } });
  if (cache) options.timings?.mark('open cache');
  const site: Site = {
    root,
    config,
    jekyllMajor,
    files: new FileList(walk?.files),
    unpublished: new Map(),
    urls: new PublishedUrls(),
    documents: new Map(),
    posts: [],
    problems: walk?.problems ?? [],
    hasPlugins: false,
    theme: { profile: undefined, reason: '', uncertain: false },
    pluginPages: {},
    ...(cache ? { cache } : {}),
  };
  const pending: (() => Promise<void>)[] = [];
  const readmes: { file: string; rel: string }[] = [];
  const jobs: LoadJob[] = [];
  const classifyFile = (file: string): void => {
    if (sourcePrefix && !file.startsWith(sourcePrefix)) return;
    const rel = file.slice(sourcePrefix.length);
    const role = classify(rel, config);
    if (role.kind === 'unpublished') {
      site.unpublished.set(file, role.reason);
      return;
    }
    if (role.kind === 'static') {
      if (MAY_HAVE_FRONT_MATTER.test(rel)) {
        pending.push(() =>
          startsWithFrontMatter(path.join(root, file)).then((hasFm) => {
            // GitHub Pages runs jekyll-optional-front-matter: markdown without front matter is a page too
            // (and without that plugin it is copied as is, so both URLs are accepted).
            if (!hasFm && MARKDOWN_EXT.test(rel)) addTarget(site, { url: `/${rel}`, path: file, kind: 'static' });
            // That plugin leaves README, LICENSE and the like as they are (copied, not rendered);
            // a README may become its folder's index page (jekyll-readme-index, at the end).
            if (!hasFm && MARKDOWN_EXT.test(rel) && isRepositoryFile(rel, config)) {
              if (isReadme(rel)) readmes.push({ file, rel });
              return;
            }
            // Run once the walk is read, when `only` is known.
            if (hasFm || MARKDOWN_EXT.test(rel)) return registerLoaded(site, loadAndScan({ root, file, rel, kind: 'page', collection: undefined, headOnly: only ? !only.has(file) : false, ...(cache ? { stampsBefore: cache.stampsBefore } : {}) }, site.config, limits, now, false, cache));
            addTarget(site, { url: `/${rel}`, path: file, kind: 'static' });
          }),
        );
      } else site.urls.addStatic(rel, file);
      return;
    }
    if (role.kind === 'collection-static') {
      if (role.output) addTarget(site, { url: `/${role.collection}/${role.inner}`, path: file, kind: 'static' });
      else site.unpublished.set(file, `is in the collection \`${role.collection}\`, which is not output`);
      return;
    }
    const job: LoadJob = { root, file, rel, kind: role.kind, collection: role.collection, headOnly: only ? !only.has(file) : speculating() };
    if (cache) job.stampsBefore = cache.stampsBefore;
    jobs.push(job);
  };
  // `--only` runs stay on one thread unless asked: reading 10,000 heads on two threads was
  // measured no faster (1.45 s against 1.3–1.55 s; the heads are cheap, the hand-off is not).
  let threads = scan ? 0 : workerCount(options.workers, 0);
  // The files to lint, when known. While `onlyLater` is pending on one thread, every document is
  // read as a link target (`speculating`), and those it names are read again whole once it comes.
  let only = options.only;
  const speculating = (): boolean => only === undefined && options.onlyLater !== undefined;
  if (options.onlyLater) {
    if (walking && threads === 1) {
      void options.onlyLater.then(
        (files) => {
          only = files;
        },
        () => {},
      );
    } else {
      only = await options.onlyLater;
      if (!only) throw new WholeSiteAfterAll();
    }
  }
  // On one thread, the documents of each piece of the walk are loaded as it comes (while the walk
  // thread lists the next folders), and registered once every static file is, in the order of
  // the file list: the same site as when they are loaded after the walk.
  const early: LoadedDocument[] = [];
  const earlyJobs: LoadJob[] = [];
  if (walking) {
    let waiting = 0;
    let classifying = 0;
    let loading = 0;
    let last = performance.now();
    for await (const piece of walking) {
      const t0 = performance.now();
      waiting += t0 - last;
      for (const file of piece.files) {
        site.files.push(file);
        classifyFile(file);
      }
      // A piece has at most `flushAt` files but any number of problems: not spread into one call.
      for (const problem of piece.problems) site.problems.push(problem);
      const t1 = performance.now();
      if (threads === 1) {
        early.push(...loadBatch(jobs, site.config, limits, now, scan, cache));
        earlyJobs.push(...jobs.splice(0));
      }
      // While the files to check are asked for, let the request's I/O in after each piece: the
      // walk's pieces come faster than they are loaded, so the loop would otherwise not yield.
      if (speculating()) await new Promise<void>((resolve) => setImmediate(resolve));
      last = performance.now();
      classifying += t1 - t0;
      loading += last - t1;
    }
    sortProblems(site.problems);
    const parts: [string, number][] = [[walking.threaded ? `walk (on a thread${walking.early ? ' the entry started' : ''}; waited)` : 'walk', waiting], ['classify', classifying], ['load', loading]];
    if (options.onlyLater) {
      const t0 = performance.now();
      if (!only) only = await options.onlyLater;
      if (!only) throw new WholeSiteAfterAll();
      parts.push(['files to check (waited)', performance.now() - t0]);
    }
    // Documents read as link targets before `only` came, which it names: read again, whole.
    if (options.onlyLater && only) for (let i = 0; i < early.length; i++) if (earlyJobs[i]!.headOnly && only.has(earlyJobs[i]!.file)) early[i] = loadAndScan({ ...earlyJobs[i]!, headOnly: false }, site.config, limits, now, scan, cache);
    options.timings?.markParts(parts);
  } else for (const file of walk!.files) classifyFile(file);
  site.hasPlugins = site.files.hasUnder('_plugins/');
  site.theme = detectTheme(root, config, site.files, options.theme ?? 'auto', site.hasPlugins);
  await runPool(pending, 32);
  if (!walking) options.timings?.mark('classify');
  if (threads === 0) threads = workerCount(options.workers, jobs.length);
  const loader = threads > 1 ? new ThreadedLoader(root, config, limits, now, scan, threads) : undefined;
  for (const loaded of early) registerLoaded(site, loaded);
  if (loader) {
    loader.add(jobs);
    const loaded = await loader.finish();
    // In the order of the sorted file list, as on one thread: the same site whatever the threads.
    for (const job of jobs) registerLoaded(site, loaded.get(job.file) ?? loadAndScan(job, site.config, limits, now, scan, cache));
  } else for (const loaded of loadBatch(jobs, site.config, limits, now, scan, cache)) registerLoaded(site, loaded);
  options.timings?.mark(loader ? `load (${loader.threads} threads)` : walking ? 'register' : 'load');
  site.posts = [...site.documents.values()].filter((d) => d.kind === 'post').sort((a, b) => (a.path < b.path ? -1 : 1));
  // What the plugins generate comes after every file and document, which keep their URLs.
  const plugins = await activePlugins(root, config, jekyllMajor);
  if (plugins.size > 0) {
    const counted = (plugin: PluginName): void => {
      site.pluginPages[plugin] = (site.pluginPages[plugin] ?? 0) + 1;
    };
    for (const page of pluginPages(site, plugins)) {
      addTarget(site, generatedTarget(page));
      counted(page.plugin);
    }
    // jekyll-readme-index 0.3.0 (GitHub Pages'): a README without front matter in a folder
    // without an index page is rendered as that folder's index.
    if (plugins.has('jekyll-readme-index') && readmeIndexEnabled(config) && readmes.length > 0) {
      const indexed = indexedFolders(site);
      for (const readme of readmes) {
        const url = `/${readme.rel.slice(0, readme.rel.lastIndexOf('/') + 1)}`;
        if (indexed.has(url.toLowerCase())) continue;
        const loaded = loadAndScan({ root, file: readme.file, rel: readme.rel, kind: 'page', collection: undefined, headOnly: only ? !only.has(readme.file) : false }, site.config, limits, now, false);
        loaded.doc.url = url;
        registerLoaded(site, loaded);
        counted('jekyll-readme-index');
      }
    }
    options.timings?.mark('plugin pages');
  }
  return site;
}

/**
 * Markdown that jekyll-optional-front-matter leaves alone without front matter
 * (`FILENAME_BLACKLIST`, by the name without its extension, any case), unless `include` names it:
 * never rendered as a page, whatever plugins run.
 */
function isRepositoryFile(rel: string, config: JekyllConfig): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const base = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return REPOSITORY_FILES.has(base.toUpperCase()) && !config.include.includes(rel);
}

const REPOSITORY_FILES = new Set(['README', 'LICENSE', 'LICENCE', 'COPYING', 'CODE_OF_CONDUCT', 'CONTRIBUTING', 'ISSUE_TEMPLATE', 'PULL_REQUEST_TEMPLATE']);

function isReadme(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return name.slice(0, name.lastIndexOf('.')).toLowerCase() === 'readme';
}

function readmeIndexEnabled(config: JekyllConfig): boolean {
  const settings = config.data.readme_index;
  return !(settings !== null && typeof settings === 'object' && (settings as Record<string, unknown>).enabled === false);
}

/**
 * The folders (URLs ending in `/`, lower-cased) that have an index: jekyll-readme-index 0.3.0's
 * `dir_has_index?`, a page or file at the folder's URL or its `index.html`/`.htm`/`.xhtml`/`.xml`,
 * in any case. One pass over the URLs, apart from the questions url-search.ts counts.
 */
function indexedFolders(site: Site): Set<string> {
  const folders = new Set<string>();
  site.urls.forEachTail((_, tail) => {
    const slash = tail.lastIndexOf('/');
    const name = tail.slice(slash + 1);
    if (name === '' || INDEX_NAME.test(name)) folders.add(`/${tail.slice(0, slash + 1)}`.toLowerCase());
  });
  return folders;
}

const INDEX_NAME = /^index\.(?:html?|xhtml|xml)$/i;

type Role =
  | { kind: 'static' }
  | { kind: 'unpublished'; reason: string }
  | { kind: 'post' | 'draft' | 'document'; collection: string }
  | { kind: 'collection-static'; collection: string; output: boolean; inner: string };

/** Decides what Jekyll does with a root-relative source path (Jekyll::EntryFilter, readers). */
export function classify(rel: string, config: JekyllConfig): Role {
  // Folders repeat for every file in them: whether a folder is excluded, and what happens to a
  // plainly named file in it (most files are images in plain folders), is decided once per folder.
  const slash = rel.lastIndexOf('/');
  const folder = slash > 0 ? folderInfoOf(rel, slash, config) : undefined;
  const excluded = folder?.excluded ?? excludedItself(rel, config);
  if (excluded) return { kind: 'unpublished', reason: `is excluded by \`exclude: ${excluded}\` in _config.yml` };
  // A name starting with `_` (`_posts` too), `.`, `#` or `~` is decided the slow way.
  if (!folder || isSpecialAt(rel, slash + 1)) return classifySlowly(rel, rel.split('/'), config);
  if (folder.verdict) return folder.verdict;
  const magic = folder.magic;
  if (magic?.drafts) return POST_EXT.test(rel) ? DRAFT : NOT_A_DRAFT;
  if (magic) return parsePostFilename(rel.slice(magic.innerStart)) && POST_EXT.test(rel) ? POST : NOT_A_POST;
  return classifySlowly(rel, rel.split('/'), config);
}

/**
 * What Jekyll does with `rel`, by the definition (`classifySlowly` after the `exclude` patterns),
 * without the per-folder short cuts of `classify`, which must give the same (tests compare).
 */
export function classifyByDefinition(rel: string, config: JekyllConfig): Role {
  const segments = rel.split('/');
  const excluded = excludedByPrefixes(segments, config);
  if (excluded) return { kind: 'unpublished', reason: `is excluded by \`exclude: ${excluded}\` in _config.yml` };
  return classifySlowly(rel, segments, config);
}

// The roles of a file in a `_posts`/`_drafts` folder, as `classifySlowly` words them.
const POST: Role = { kind: 'post', collection: 'posts' };
const DRAFT: Role = { kind: 'draft', collection: 'posts' };
const NOT_A_POST: Role = { kind: 'unpublished', reason: 'is inside `_posts`, where Jekyll reads only dated posts and publishes nothing else' };
const NOT_A_DRAFT: Role = { kind: 'unpublished', reason: 'is inside `_drafts`, whose non-post files Jekyll does not publish' };

/** The `exclude` pattern that names this path itself: one combined test first (most files match none). */
function excludedItself(rel: string, config: JekyllConfig): string | undefined {
  const rules = excludeRules(config);
  if (!rules.exact.has(rel) && !rules.any?.test(rel)) return undefined;
  const segments = rel.split('/');
  return excludedByPrefixes(segments, config, segments.length);
}

interface FolderInfo {
  /** The `exclude` pattern that excludes the folder (so everything in it), or null. */
  excluded: string | null;
  /** What Jekyll does with any plainly named file in it, or null when that depends on the file. */
  verdict: Role | null;
  /** How many segments its path has. */
  depth: number;
  /**
   * For a folder at or below `_posts` or `_drafts` (the first of them in its path, with no hidden
   * or underscore folder above it, and only plain folders between): which, and where the path
   * below it starts in the path of a file in the folder (a post's date and title are read there).
   */
  magic: { drafts: boolean; innerStart: number } | null;
}

const folderInfos = new WeakMap<JekyllConfig, Map<string, FolderInfo>>();

/** The last folder asked for: the walk gives a folder's files one after another (sorted), so most files need neither a cut nor a lookup. */
let lastFolder: { config: JekyllConfig; folder: string; info: FolderInfo } | undefined;

/** `folderInfo` of the folder of `rel` (whose last `/` is at `slash`). */
function folderInfoOf(rel: string, slash: number, config: JekyllConfig): FolderInfo {
  const last = lastFolder;
  if (last && last.config === config && last.folder.length === slash && rel.startsWith(last.folder)) return last.info;
  const folder = rel.slice(0, slash);
  const info = folderInfo(folder, config);
  lastFolder = { config, folder, info };
  return info;
}

function folderInfo(folder: string, config: JekyllConfig): FolderInfo {
  let infos = folderInfos.get(config);
  if (!infos) folderInfos.set(config, (infos = new Map()));
  let info = infos.get(folder);
  if (!info) {
    // A folder is excluded when its parent is, or when a pattern names the folder itself: the
    // parent's answer is already known (folders repeat), so one combined test per folder.
    const slash = folder.lastIndexOf('/');
    const parent = slash > 0 ? folderInfo(folder.slice(0, slash), config) : undefined;
    const excluded = parent?.excluded ?? excludedItself(folder, config) ?? null;
    info = { excluded, ...folderRole(folder, slash, parent, config) };
    infos.set(folder, info);
  }
  return info;
}

/**
 * A folder's `verdict`, `depth` and `magic`. A plainly named folder below the level of the
 * collections' folders has its parent's verdict, or magic: its name changes none of the tests of
 * `classifySlowly` (it is no `_posts`, no hidden or underscore name, and leaves the collection
 * head as it is). Most of a blog's folders (one per post's images) are decided so, without a probe.
 */
function folderRole(folder: string, slash: number, parent: FolderInfo | undefined, config: JekyllConfig): Pick<FolderInfo, 'verdict' | 'depth' | 'magic'> {
  const depth = parent ? parent.depth + 1 : 1;
  const plain = !isSpecialAt(folder, slash + 1);
  if (parent?.verdict && plain && parent.depth > collectionsDepthOf(config)) return { verdict: parent.verdict, depth, magic: null };
  if (parent?.magic && plain) return { verdict: null, depth, magic: parent.magic };
  const segments = folder.split('/');
  const name = segments[segments.length - 1]!;
  const above = segments.slice(0, -1);
  const isMagic = (name === '_posts' || name === '_drafts') && above.every((s) => !isSpecial(s, config));
  return { verdict: folderVerdict(segments, config), depth, magic: isMagic ? { drafts: name === '_drafts', innerStart: folder.length + 1 } : null };
}

function collectionsDepthOf(config: JekyllConfig): number {
  return config.collectionsDir === '' ? 0 : config.collectionsDir.split('/').length;
}

/**
 * What Jekyll does with any plainly named file in this folder, when that does not depend on the
 * file's name (not below `_posts`/`_drafts`, not in a collection); null when it does.
 */
function folderVerdict(folder: string[], config: JekyllConfig): Role | null {
  if (folder.includes('_posts') || folder.includes('_drafts')) return null;
  const probe = classifySlowly([...folder, 'x'].join('/'), [...folder, 'x'], config);
  if (probe.kind === 'static') return probe;
  if (probe.kind === 'unpublished' && !/collection/.test(probe.reason)) {
    const collectionsDepth = config.collectionsDir === '' ? 0 : config.collectionsDir.split('/').length;
    const head = folder[collectionsDepth];
    if (head?.startsWith('_') && config.collections[head.slice(1)]) return null;
    return probe;
  }
  return null;
}

function classifySlowly(rel: string, segments: string[], config: JekyllConfig): Role {
  const postsAt = segments.indexOf('_posts');
  const draftsAt = segments.indexOf('_drafts');
  const magicAt = postsAt >= 0 && (draftsAt < 0 || postsAt < draftsAt) ? postsAt : draftsAt;
  if (magicAt >= 0 && segments.slice(0, magicAt).every((s) => !isSpecial(s, config))) {
    const name = segments[segments.length - 1]!;
    if (isSpecial(name, config) && !isIncluded(name, config)) return { kind: 'unpublished', reason: 'is a hidden or underscore file, which Jekyll ignores' };
    if (segments[magicAt] === '_drafts') return POST_EXT.test(name) ? { kind: 'draft', collection: 'posts' } : { kind: 'unpublished', reason: 'is inside `_drafts`, whose non-post files Jekyll does not publish' };
    const inner = segments.slice(magicAt + 1).join('/');
    if (parsePostFilename(inner) && POST_EXT.test(name)) return { kind: 'post', collection: 'posts' };
    return { kind: 'unpublished', reason: 'is inside `_posts`, where Jekyll reads only dated posts and publishes nothing else' };
  }
  const collectionsDepth = config.collectionsDir === '' ? 0 : config.collectionsDir.split('/').length;
  const head = segments[collectionsDepth];
  const underCollectionsDir = collectionsDepth === 0 || rel.startsWith(`${config.collectionsDir}/`);
  if (underCollectionsDir && head?.startsWith('_') && segments.length > collectionsDepth + 1) {
    const label = head.slice(1);
    const collection = config.collections[label];
    if (collection && label !== 'posts') {
      if (MAY_HAVE_FRONT_MATTER.test(rel)) return { kind: 'document', collection: label };
      return { kind: 'collection-static', collection: label, output: collection.output, inner: segments.slice(collectionsDepth + 1).join('/') };
    }
  }
  for (const segment of segments) {
    if (isSpecial(segment, config) && !isIncluded(segment, config)) {
      return { kind: 'unpublished', reason: `is in \`${segment}\`, and Jekyll does not publish files or folders whose names start with \`_\`, \`.\` or \`#\`` };
    }
  }
  return { kind: 'static' };
}

function isSpecial(name: string, _config: JekyllConfig): boolean {
  return isSpecialAt(name, 0);
}

/** `isSpecial` of the last segment of `path`, which starts at `start`: `.`, `_`, `#`, `~` first, or `~` last. */
function isSpecialAt(path: string, start: number): boolean {
  const first = path.charCodeAt(start);
  return first === 0x2e || first === 0x5f || first === 0x23 || first === 0x7e || path.charCodeAt(path.length - 1) === 0x7e;
}

function isIncluded(name: string, config: JekyllConfig): boolean {
  return config.include.some((pattern) => fnmatch(pattern, name) || name === pattern.replace(/\/+$/, ''));
}

interface ExcludeRules {
  /** Each `exclude` pattern with its leading `/` removed (`p`) and also its trailing `/` (`bare`). */
  patterns: { pattern: string; p: string; bare: string }[];
  /** Matches a path when any pattern with a wildcard does, as `fnmatch` reads them (none: undefined). */
  any: RegExp | undefined;
  /** The bare patterns, compared as plain paths: all a pattern without a wildcard matches. */
  exact: Set<string>;
}

const excludeRulesCache = new WeakMap<JekyllConfig, ExcludeRules>();

function excludeRules(config: JekyllConfig): ExcludeRules {
  let rules = excludeRulesCache.get(config);
  if (!rules) {
    const patterns = config.exclude
      .map((pattern) => {
        const p = pattern.replace(/^\/+/, '');
        return { pattern, p, bare: p.replace(/\/+$/, '') };
      })
      .filter(({ bare }) => bare !== '');
    // A pattern without a wildcard matches only itself (`exact`): the regex holds the others, and
    // a blog's `exclude` (Jekyll's defaults, a few names) usually has none, so no path is tested.
    const sources = patterns.filter(({ p }) => /[*?[\\]/.test(p)).flatMap(({ p, bare }) => [fnmatchRegExp(p).source, fnmatchRegExp(bare).source]);
    rules = { patterns, any: sources.length > 0 ? new RegExp(sources.map((r) => `(?:${r})`).join('|'), 's') : undefined, exact: new Set(patterns.map(({ bare }) => bare)) };
    excludeRulesCache.set(config, rules);
  }
  return rules;
}

function excludedByPrefixes(segments: string[], config: JekyllConfig, from = 1): string | undefined {
  const { patterns } = excludeRules(config);
  for (let i = from; i <= segments.length; i++) {
    const prefix = i === segments.length ? segments.join('/') : segments.slice(0, i).join('/');
    for (const { pattern, p, bare } of patterns) {
      if (prefix === bare || fnmatch(p, prefix) || fnmatch(bare, prefix)) {
        if (config.include.includes(prefix)) continue;
        return pattern;
      }
    }
  }
  return undefined;
}

/**
 * Adds a document as loading gave it: to the site, its scan made elsewhere (a worker's, unpacked
 * when asked for; one made on this thread is cached already), and what the site cache keeps of it.
 */
function registerLoaded(site: Site, { doc, lazyScan, entry, stamp }: LoadedDocument): void {
  registerDocument(site, doc);
  if (lazyScan) primeScanLazily(doc, lazyScan);
  if (entry) site.cache?.record(doc.path, entry, stamp);
}

/** Adds a loaded document to the site and its URL to the indexes. */
export function registerDocument(site: Site, doc: SiteDocument): void {
  site.documents.set(doc.path, doc);
  if (doc.url !== undefined) addTarget(site, { url: doc.url, path: doc.path, kind: doc.kind });
}

/** Runs tasks with at most `width` in flight (thousands of concurrent reads only thrash the I/O pool). */
async function runPool(tasks: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
}

/** Registers a published URL (a directory URL also as `…/index.html`); the first source of a URL keeps it. */
function addTarget(site: Site, target: Target): void {
  site.urls.add(target.url, target);
  if (target.url.endsWith('/')) site.urls.add(`${target.url}index.html`, target);
}

async function firstExisting(root: string, names: string[]): Promise<string | undefined> {
  for (const name of names) {
    try {
      const handle = await open(path.join(root, name), 'r');
      await handle.close();
      return name;
    } catch {
      /* try the next */
    }
  }
  return undefined;
}

async function readConfigText(root: string, file: string): Promise<string> {
  const read = await readSourceFile(root, file);
  if (read.ok) return read.text;
  return '';
}

/** True when the file's first line opens front matter (`---`), read without loading the file. */
async function startsWithFrontMatter(absolute: string): Promise<boolean> {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const buffer = Buffer.alloc(8);
    const bytesRead = readSync(fd, buffer, 0, 8, 0);
    let text = buffer.subarray(0, bytesRead).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return /^---[ \t]*(\r?\n|$)/.test(text) || /^---[ \t]*$/.test(text);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
