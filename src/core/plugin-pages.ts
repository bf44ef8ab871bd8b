import { readSettingsFile } from '../parse/source-file.js';
import { sourcePrefixOf, type JekyllConfig } from './jekyll-config.js';
import { postCategories, postTags, slugify, wallDate } from './permalink.js';
import type { Site, SiteDocument, Target } from './site.js';

/**
 * The pages a blog's Jekyll plugins generate, which no file in the repository holds: a link to
 * `/feed.xml`, `/tags/ml/` or `/page2/` works on the published blog, and was reported dead.
 * Each generator is read from the plugin's own source and does what it does:
 *
 * - jekyll-feed 0.17 (`JekyllFeed::Generator`): `feed.path` (default `/feed.xml`), one feed per
 *   `feed.categories` entry (`/feed/<category>.xml`), per `feed.collections` entry
 *   (`/feed/<collection>.xml`, and its categories), and with `feed.tags` one per tag of the posts
 *   made only of `[A-Za-z0-9_]` (`/feed/by_tag/<tag>.xml`, `only`/`except`/`path` honoured);
 * - jekyll-sitemap: `/sitemap.xml` and `/robots.txt`;
 * - jekyll-redirect-from: every `redirect_from` entry of a published document (with a leading
 *   `/`; one without an extension is written as `.html` too), and `/redirects.json`;
 * - jekyll-archives 2.2 (`enabled`, `permalinks`, deep-merged over its defaults): a page per tag
 *   and category of the published posts at `/tag/:name/`, `/category/:name/` (the name slugified
 *   as `Utils.slugify` does), and per year, month and day of their dates;
 * - jekyll-paginate 1.1: with `paginate: N` and an `index.html` page in a folder at or above
 *   `paginate_path`'s, pages 2 to ceil(published posts not `hidden` / N) at `paginate_path`
 *   (default `/page:num`) with `:num` replaced, as folders (`/page2/`).
 *
 * A generated page never replaces a file of the site (the first source of a URL keeps it, as
 * the plugins skip a path the source has).
 */
export type PluginName = (typeof KNOWN_PLUGINS)[number];

const KNOWN_PLUGINS = ['jekyll-feed', 'jekyll-sitemap', 'jekyll-redirect-from', 'jekyll-archives', 'jekyll-paginate', 'jekyll-readme-index'] as const;

/**
 * The plugins of the themes bloglint knows, when the site names the theme gem (`theme:`): Jekyll
 * requires a theme gem's runtime dependencies with it (their gemspecs: minima 2.5, Chirpy,
 * Minimal Mistakes 4; Hydejack 9's brings only jekyll-include-cache: its sites list their plugins
 * in `plugins:`). A `remote_theme` brings none: its plugins must be listed.
 */
const THEME_PLUGINS: Record<string, PluginName[]> = {
  minima: ['jekyll-feed'],
  'jekyll-theme-chirpy': ['jekyll-archives', 'jekyll-paginate', 'jekyll-redirect-from', 'jekyll-sitemap'],
  'minimal-mistakes-jekyll': ['jekyll-feed', 'jekyll-paginate', 'jekyll-sitemap'],
};

/**
 * The known plugins a site runs: listed in `plugins:` (or the old `gems:`), named in its Gemfile
 * or Gemfile.lock, or brought by its theme gem; and jekyll-paginate and jekyll-readme-index under
 * Jekyll 3, where GitHub Pages turns them on by default (`GitHubPages::Plugins::DEFAULT_PLUGINS`;
 * jekyll-readme-index's pages are made in site.ts, from the READMEs the walk set aside). A plugin named but not
 * loaded only costs a finding missed, never a false one.
 */
export async function activePlugins(root: string, config: JekyllConfig, jekyllMajor: 3 | 4): Promise<Set<PluginName>> {
  // Installed with the site's bundle: the Gemfile, its lock, the theme gem's dependencies.
  const bundled = new Set<string>();
  for (const [file, gem] of [
    ['Gemfile', /^\s*gem\s+["']([\w.-]+)["']/gm],
    ['Gemfile.lock', /^ {4}([\w.-]+) \(/gm],
  ] as const) {
    const text = await readSettingsFile(root, file).catch(() => undefined);
    if (text) for (const m of text.matchAll(gem)) bundled.add(m[1]!);
  }
  for (const plugin of config.theme ? (THEME_PLUGINS[config.theme] ?? []) : []) bundled.add(plugin);
  const named = new Set<string>([...config.plugins, ...bundled]);
  if (jekyllMajor === 3) {
    named.add('jekyll-paginate');
    named.add('jekyll-readme-index');
    // GitHub Pages' own Jekyll 3 build runs only the plugins it allows (`PLUGIN_WHITELIST`):
    // jekyll-archives, not on it, runs only where the site is built with its bundle.
    if (!bundled.has('jekyll-archives')) named.delete('jekyll-archives');
  }
  return new Set(KNOWN_PLUGINS.filter((plugin) => named.has(plugin)));
}

/** A generated page: published at `url`, made by `plugin`. */
export interface PluginPage {
  url: string;
  plugin: PluginName;
}

/** The pages the site's plugins generate, in the order the plugins run here. */
export function pluginPages(site: Pick<Site, 'config' | 'documents' | 'posts'>, plugins: ReadonlySet<PluginName>): PluginPage[] {
  const pages: PluginPage[] = [];
  const add = (plugin: PluginName, url: string): void => {
    pages.push({ plugin, url: cleanUrl(url) });
  };
  const posts = site.posts.filter((post) => post.url !== undefined);
  const sourcePrefix = sourcePrefixOf(site.config);
  const rel = (doc: SiteDocument): string => (doc.path.startsWith(sourcePrefix) ? doc.path.slice(sourcePrefix.length) : doc.path);
  if (plugins.has('jekyll-feed')) for (const url of feedUrls(site.config, posts)) add('jekyll-feed', url);
  if (plugins.has('jekyll-sitemap')) {
    add('jekyll-sitemap', '/sitemap.xml');
    add('jekyll-sitemap', '/robots.txt');
  }
  if (plugins.has('jekyll-redirect-from')) {
    for (const doc of site.documents.values()) {
      if (doc.url === undefined) continue;
      for (const from of redirectFrom(doc.data.redirect_from)) {
        add('jekyll-redirect-from', from);
        // Written as `<from>.html`: served at both.
        if (!/\.[^/]*$/.test(from) && !from.endsWith('/')) add('jekyll-redirect-from', `${from}.html`);
      }
    }
    add('jekyll-redirect-from', '/redirects.json');
  }
  if (plugins.has('jekyll-archives')) for (const url of archiveUrls(site.config, posts, rel)) add('jekyll-archives', url);
  if (plugins.has('jekyll-paginate')) for (const url of paginatedUrls(site.config, posts, [...site.documents.values()].filter((d) => d.kind === 'page').map(rel))) add('jekyll-paginate', url);
  return pages;
}

/** A leading `/`, no runs of `/` (Jekyll's `URL#sanitize_url`); percent-escapes decoded as the site keeps URLs. */
function cleanUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    /* kept as written */
  }
  return `/${decoded}`.replace(/\/{2,}/g, '/');
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Ruby `Array(x)` of the strings (and numbers) in a YAML value. */
function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value.flat(Infinity) : value === undefined || value === null ? [] : [value];
  return list.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
}

function feedUrls(config: JekyllConfig, posts: SiteDocument[]): string[] {
  const feed = record(config.data.feed);
  const listed = feed.collections;
  const collections: Record<string, Record<string, unknown>> = Array.isArray(listed)
    ? Object.fromEntries(strings(listed).map((name) => [name, {}]))
    : Object.fromEntries(Object.entries(record(listed)).map(([name, meta]) => [name, record(meta)]));
  // `normalize_posts_meta`: the top-level `path` and `categories` are the posts collection's.
  const postsMeta = (collections.posts = { ...(collections.posts ?? {}) });
  postsMeta.path ??= feed.path;
  postsMeta.categories ??= feed.categories;
  const urls: string[] = [];
  for (const [name, meta] of Object.entries(collections)) {
    const prefix = name === 'posts' ? '/feed' : `/feed/${name}`;
    for (const category of new Set(strings(meta.categories))) urls.push(`${prefix}/${category}.xml`);
    urls.push(typeof meta.path === 'string' && meta.path !== '' ? meta.path : `${prefix}.xml`);
  }
  if (feed.tags !== undefined && feed.tags !== null && feed.tags !== false) {
    const options = record(feed.tags);
    const all = [...new Set(posts.flatMap((post) => postTags(post.data)))];
    const except = new Set(strings(options.except));
    const path = typeof options.path === 'string' ? options.path : '/feed/by_tag/';
    for (const tag of options.only !== undefined ? strings(options.only) : all) if (!except.has(tag) && /^[A-Za-z0-9_]+$/.test(tag)) urls.push(`${path}${tag}.xml`);
  }
  return urls;
}

/** jekyll-redirect-from's `redirect_from`: a string or a list of them, each with a leading `/`. */
function redirectFrom(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value.flat(Infinity) : [];
  return list.filter((from): from is string => typeof from === 'string' && from !== '').map((from) => (from.startsWith('/') ? from : `/${from}`));
}

const ARCHIVE_PERMALINKS: Record<string, string> = { year: '/:year/', month: '/:year/:month/', day: '/:year/:month/:day/', tag: '/tag/:name/', category: '/category/:name/' };

function archiveUrls(config: JekyllConfig, posts: SiteDocument[], rel: (doc: SiteDocument) => string): string[] {
  const settings = record(config.data['jekyll-archives']);
  const enabled = settings.enabled;
  const on = (...names: string[]): boolean => enabled === true || enabled === 'all' || (Array.isArray(enabled) && names.some((name) => enabled.includes(name)));
  const permalinks = { ...ARCHIVE_PERMALINKS, ...Object.fromEntries(Object.entries(record(settings.permalinks)).filter(([, v]) => typeof v === 'string')) } as Record<string, string>;
  const fill = (type: string, values: Record<string, string>): string => permalinks[type]!.replace(/:(name|type|year|month|day)/g, (_, key: string) => (key === 'type' ? type : (values[key] ?? '')));
  const urls: string[] = [];
  if (on('tags')) for (const tag of new Set(posts.flatMap((post) => postTags(post.data)))) urls.push(fill('tag', { name: slugify(tag) }));
  if (on('categories')) for (const category of new Set(posts.flatMap((post) => postCategories(rel(post), post.data)))) urls.push(fill('category', { name: slugify(category) }));
  const [years, months, days] = [on('year', 'years'), on('month', 'months'), on('day', 'days')];
  if (years || months || days) {
    const seen = new Set<string>();
    for (const post of posts) {
      if (post.date === undefined) continue;
      const d = wallDate(post.date, config.timezone);
      const parts = { year: String(d.year).padStart(4, '0'), month: String(d.month).padStart(2, '0'), day: String(d.day).padStart(2, '0') };
      for (const [type, wanted] of [['year', years], ['month', months], ['day', days]] as const) {
        const url = wanted ? fill(type, parts) : undefined;
        if (url && !seen.has(url)) {
          seen.add(url);
          urls.push(url);
        }
      }
    }
  }
  return urls;
}

/**
 * jekyll-paginate 1.1: `Pager.pagination_candidate?` (a page named `index.html` whose folder is
 * the folder of `paginate_path` or one above it, up to the source), `Pagination#paginate` (the
 * site's posts without `hidden` ones) and `Pager.paginate_path`.
 */
function paginatedUrls(config: JekyllConfig, posts: SiteDocument[], pages: string[]): string[] {
  const perPage = Number.parseInt(String(config.data.paginate ?? ''), 10);
  if (!(perPage > 0)) return [];
  const format = typeof config.data.paginate_path === 'string' ? config.data.paginate_path : '/page:num';
  if (!format.includes(':num')) return [];
  const pathDir = format.replace(/^\/+/, '').replace(/\/+$/, '').split('/').slice(0, -1).join('/');
  const hasTemplate = pages.some((page) => {
    const slash = page.lastIndexOf('/');
    if (page.slice(slash + 1) !== 'index.html') return false;
    const dir = page.slice(0, Math.max(0, slash));
    return dir === '' || pathDir === dir || pathDir.startsWith(`${dir}/`);
  });
  if (!hasTemplate) return [];
  const shown = posts.filter((post) => post.data.hidden === undefined || post.data.hidden === null || post.data.hidden === false).length;
  const urls: string[] = [];
  for (let page = 2; page <= Math.ceil(shown / perPage); page++) urls.push(`${format.replace(':num', String(page)).replace(/\/+$/, '')}/`);
  return urls;
}

/** The target a generated page is registered as: its plugin in place of a source path (a URL a file of the site has stays the file's). */
export function generatedTarget(page: PluginPage): Target {
  return { url: page.url, path: page.plugin, kind: 'generated' };
}
