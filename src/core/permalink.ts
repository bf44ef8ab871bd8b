/**
 * The output URL of a post, draft, page or collection document, computed the way
 * Jekyll 4.3 computes it (`Jekyll::Document#url`, `Jekyll::Page#url`, `Jekyll::URL`,
 * `Jekyll::Drops::UrlDrop`). Pure: no file-system access.
 *
 * URLs are returned **unescaped** (decoded): `/dev log/한국어/c++/x.html`, where Jekyll's
 * `page.url` is `/dev%20log/%ED%95%9C...`. Links are percent-decoded before lookup, and the
 * built file sits at the unescaped path (`Document#destination` unescapes the URL).
 *
 * Verified against `jekyll build` (4.3.1) by test/fixtures/jekyll-urls (see
 * scripts/jekyll-fixtures.sh). Differences from Jekyll 3.10 (GitHub Pages) are noted inline.
 */

import { YamlDay } from '../parse/yaml-schema.js';

/** The `_config.yml` keys that affect URLs. */
export interface JekyllUrlConfig {
  /** A style name (`date`, `pretty`, `ordinal`, `weekdate`, `none`) or a template. Default `date`. */
  permalink?: string;
  /** IANA zone. Unset means the build machine's zone; we assume UTC (GitHub Actions and Pages). */
  timezone?: string | null;
  /** Collections, as a map or a list of labels. */
  collections?: Record<string, { output?: boolean; permalink?: string } | null> | string[];
  /** Folder holding `_posts`, `_drafts` and `_<collection>` folders. Default ''. */
  collections_dir?: string;
  /** Comma-separated markdown extensions. Default `markdown,mkdown,mkdn,mkd,md`. */
  markdown_ext?: string;
}

/** What {@link outputUrl} needs to know about one source file. */
export interface UrlInput {
  kind: 'post' | 'draft' | 'page' | 'document';
  /** Root-relative POSIX source path, e.g. `devlog/_posts/Event&Seminar/2019-02-23-x.md`. */
  relativePath: string;
  /** Collection label for kind `document` (posts and drafts are collection `posts`). */
  collection?: string;
  /** The file's front matter already merged with `_config.yml` defaults (see `applyDefaults`). */
  frontMatter: Record<string, unknown>;
  config: JekyllUrlConfig;
  /** File mtime: the date of a draft with no date in its name or front matter (Jekyll --drafts). */
  mtime?: Date;
  /** Build time: the date Jekyll gives an undated collection document. */
  buildTime?: Date;
}

/** A computed URL, or the error Jekyll would raise. */
export type UrlResult =
  | {
      /** Unescaped URL, e.g. `/2019/02/23/hello.html`, `/blog/`, `/noext/x` */
      url: string;
      /** Unescaped path of the written file inside `_site`, e.g. `blog/index.html`. */
      outputPath: string;
      /** The document date (posts, drafts, documents). */
      date?: Date;
      /** `page.categories` (unique, original case); empty for pages. */
      categories: string[];
      /** `page.slug` before slugification (front matter `slug` or the file name's slug). */
      slug?: string;
    }
  | { error: string };

/** `Jekyll::Document::DATE_FILENAME_MATCHER`; the `(?>.+/)*?` prefix means "start or after the last `/`". */
const DATE_FILENAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;

/**
 * Split a post file name the way Jekyll's `DATE_FILENAME_MATCHER` does. Files in `_posts`
 * that do not match are not posts at all (Jekyll skips them silently).
 * @param name A file name or a path (only the part after the last `/` is dated).
 * @returns `{date: '2019-02-23', slug: 'x', ext: '.md'}`, or undefined.
 */
export function parsePostFilename(name: string): { date: string; slug: string; ext: string } | undefined {
  const match = DATE_FILENAME.exec(name) ?? DATE_FILENAME.exec(name.slice(name.lastIndexOf('/') + 1));
  return match ? { date: match[1]!, slug: match[2]!, ext: match[3]! } : undefined;
}

/** `Jekyll::Configuration::STYLE_TO_PERMALINK`. (`weekdate` is new in Jekyll 4; 3.10 treats it as a literal template.) */
const STYLE_TO_PERMALINK: Record<string, string> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};

/**
 * `Jekyll::Utils.add_permalink_suffix`. Note `weekdate` is not in Jekyll's list, so with
 * `permalink: weekdate` pages and collection documents get no suffix at all (`/about`,
 * written to `about.html`): checked with jekyll build.
 */
function addPermalinkSuffix(template: string, style: string): string {
  if (style === 'pretty') return `${template}/`;
  if (style === 'date' || style === 'ordinal' || style === 'none') return `${template}:output_ext`;
  return template + (style.endsWith('/') ? '/' : '') + (style.endsWith(':output_ext') ? ':output_ext' : '');
}

/** Slugify modes of `Jekyll::Utils.slugify`. */
export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii';

const SLUGIFY_REPLACE: Record<SlugifyMode, RegExp> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
};

/**
 * `Jekyll::Utils.slugify` (modes raw, default, pretty, ascii; not `latin`, which needs I18n).
 * @param value The string to slugify.
 * @param mode Which characters become `-`.
 * @param cased Keep upper-case letters.
 * @returns The slug: runs of other characters become one `-`, a leading/trailing `-` is dropped.
 */
export function slugify(value: string, mode: SlugifyMode = 'default', cased = false): string {
  const slug = isSlug(value, mode) ? value : value.replace(SLUGIFY_REPLACE[mode], '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}

/**
 * True when slugifying would leave `value` as it is (case aside): every character kept, but a `-`
 * between two kept ones (the run it forms is replaced by one `-`). Decided by character codes
 * for ASCII and Hangul syllables (letters, `\p{L}`), the usual post names; any other character
 * leaves it to the expressions.
 */
function isSlug(value: string, mode: SlugifyMode): boolean {
  if (mode === 'raw' || value === '') return false;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x2d) {
      if (i === 0 || i === n - 1 || value.charCodeAt(i + 1) === 0x2d) return false;
      continue;
    }
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) continue;
    if (c >= 0xac00 && c <= 0xd7a3) {
      if (mode === 'ascii') return false;
      continue;
    }
    if (mode === 'pretty' && c < 0x80 && PRETTY_KEPT.includes(value[i]!)) continue;
    return false;
  }
  return true;
}

/** The ASCII punctuation `pretty` keeps (`SLUGIFY_REPLACE.pretty`). */
const PRETTY_KEPT = "._~!$&'()+,;=@";

const HTML_EXTENSIONS = ['.html', '.xhtml', '.htm'];

/** Ruby `File.extname`: '' for dotfiles and names without a dot. */
function extname(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}

/** Ruby `File.basename(path, '.*')`. */
function basenameWithoutExt(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/**
 * `Jekyll::Renderer#output_ext`: the extension of a front-matter `permalink` (unless it ends
 * in `/`), else the converter's: markdown -> `.html`, Sass -> `.css`, anything else unchanged.
 */
function outputExt(sourceExt: string, permalink: string | undefined, config: JekyllUrlConfig): string {
  if (permalink && !permalink.endsWith('/')) {
    const ext = extname(permalink);
    if (ext) return ext;
  }
  const ext = sourceExt.toLowerCase();
  if (markdownExtensions(config.markdown_ext ?? 'markdown,mkdown,mkdn,mkd,md').includes(ext)) return '.html';
  if (ext === '.scss' || ext === '.sass') return '.css';
  return sourceExt;
}

const markdownExtensionLists = new Map<string, string[]>();

/** `markdown_ext` as extensions (`.md`), split once per distinct setting. */
function markdownExtensions(setting: string): string[] {
  let list = markdownExtensionLists.get(setting);
  if (!list) {
    list = setting.split(',').map((e) => `.${e.trim().toLowerCase()}`);
    if (markdownExtensionLists.size < 100) markdownExtensionLists.set(setting, list);
  }
  return list;
}

/** `Jekyll::URL#sanitize_url`: `..` -> `/`, drop `./`, squeeze `/`, force a leading `/`. */
export function sanitizeUrl(url: string): string {
  // Most URLs have nothing to clean: with no `..`, `./` or `//` in them, the passes would only
  // squeeze the `//` that the added `/` makes before a leading one.
  if (!url.includes('..') && !url.includes('./') && !url.includes('//')) return url.startsWith('/') ? url : `/${url}`;
  return `/${url}`.replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');
}

/** Ruby `String#split` with no argument: whitespace-separated words. */
function splitWords(value: string): string[] {
  return value.split(/\s+/).filter((word) => word !== '');
}

/** Ruby `Array(x)`. */
function toArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Ruby `to_s` for YAML scalars. */
function rubyString(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * `Document#categories_from_path`: the folders above the special folder (`es/_posts` gives
 * `es`); folders below it (`_posts/es/`) are not categories. The special folder is found by
 * its first occurrence anywhere in the path (`%r!_posts.*!`).
 */
function categoriesFromPath(relativePath: string, specialDir: string): string[] {
  if (relativePath.startsWith(specialDir)) return [];
  const at = relativePath.indexOf(specialDir);
  const above = at === -1 ? relativePath : relativePath.slice(0, at);
  const basename = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return above.split('/').filter((dir) => dir !== '' && dir !== specialDir && dir !== basename);
}

/**
 * `Document#merge_categories!` then `#populate_categories`: path categories united with the
 * front-matter `categories` (a string is split on whitespace), then a singular `category`
 * (kept whole, even with spaces) is appended; when it is absent `categories` is appended again.
 */
function documentCategories(pathCategories: string[], fm: Record<string, unknown>): string[] {
  const own = fm.categories;
  // Most posts: no `category`, and `categories` absent, a string or a list of strings: the path's
  // then the front matter's, each once (what the general case below gives them).
  if (fm.category === undefined || fm.category === null) {
    if (own === undefined || own === null) return pathCategories.length < 2 ? pathCategories : [...new Set(pathCategories)];
    if (typeof own === 'string') return [...new Set([...pathCategories, ...splitWords(own)])];
    if (Array.isArray(own) && own.every((c) => typeof c === 'string')) return [...new Set([...pathCategories, ...(own as string[])])];
  }
  const merged: unknown[] = [...pathCategories, ...(typeof own === 'string' ? splitWords(own) : toArray(own))];
  const singular = fm.category ?? undefined;
  const plural = typeof own === 'string' ? splitWords(own) : toArray(own);
  const all = [...merged, ...(singular !== undefined ? toArray(singular) : plural)]
    .flat(Infinity)
    .filter((c) => c !== null && c !== undefined)
    .map(rubyString);
  return [...new Set(all)];
}

/** A post's categories as Jekyll gives them to `site.categories`: the folders above `_posts`, then the front matter's. */
export function postCategories(relativePath: string, fm: Record<string, unknown>): string[] {
  return documentCategories(categoriesFromPath(relativePath, '_posts'), fm);
}

/**
 * A post's tags as Jekyll gives them to `site.tags` (`Utils.pluralized_array_from_hash`): a
 * singular `tag`, whole, else `tags` (a string is split on whitespace; another scalar gives
 * none). Only strings: a plugin fed a number fails or skips it.
 */
export function postTags(fm: Record<string, unknown>): string[] {
  const singular = fm.tag;
  const plural = fm.tags;
  const value = singular !== undefined && singular !== null && singular !== false ? singular : typeof plural === 'string' ? splitWords(plural) : Array.isArray(plural) ? plural : [];
  return [value].flat(Infinity).filter((tag): tag is string => typeof tag === 'string');
}

/** The calendar day of an instant (ms since the epoch) in the site's `timezone` (UTC without one). */
export function wallDate(ms: number, timezone: string | undefined): { year: number; month: number; day: number } {
  const { year, month, day } = wallClock(new Date(ms), typeof timezone === 'string' && timezone !== '' ? timezone : 'UTC');
  return { year, month, day };
}

/** Wall-clock fields of an instant in a time zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): WallClock {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    // The common case (no `timezone:`, GitHub's runners): no Intl formatting needed.
    return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate(), hour: instant.getUTCHours(), minute: instant.getUTCMinutes(), second: instant.getUTCSeconds() };
  }
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given fields (overflowing days roll over). */
function zonedInstant(f: WallClock, timeZone: string): Date {
  const guess = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return new Date(guess);
  const offsetAt = (t: number): number => {
    const w = wallClock(new Date(t), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t;
  };
  const first = offsetAt(guess);
  const second = offsetAt(guess - first);
  return new Date(guess - second);
}

const DATE_TEXT =
  /^(\d{1,4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[-+]\d{2}(?::?\d{2})?)?$/;

/**
 * `Jekyll::Utils.parse_date` (`Time.parse(input).localtime`) for the formats blogs use:
 * `YYYY-MM-DD`, an optional ` HH:MM[:SS]` or `THH:MM[:SS]` (minutes and seconds of one digit
 * too, as `Time.parse` reads `10:5:0`), an optional `Z`/`±HH[:MM]`.
 * Like Ruby: a 2-digit year is 19xx (69-99) or 20xx; a day of 29-31 past the month's end
 * rolls over (`2019-02-30` is 2 March); day 0 or 32, month 0 or 13 are invalid. Without an
 * offset the time is read in the site time zone.
 */
function parseDate(input: string, timeZone: string): Date | 'invalid' | 'unsupported' {
  const m = DATE_TEXT.exec(input.trim());
  if (!m) return 'unsupported';
  let year = Number(m[1]);
  if (m[1]!.length <= 2) year += year < 69 ? 2000 : 1900;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return 'invalid';
  if (hour === 24 && (minute > 0 || second > 0)) return 'invalid';
  const zone = m[7];
  if (zone === undefined) return zonedInstant({ year, month, day, hour, minute, second }, timeZone);
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = /^[-+]/.test(zone) ? Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3).replace(':', '') || 0) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - sign * offset * 60_000);
}

/** Psych's timestamp pattern (`Psych::ScalarScanner::TIME`), without a zone. */
const PSYCH_ZONELESS_TIMESTAMP = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?$/;

/**
 * The value Jekyll sees for an **unquoted** YAML `date:` scalar. Psych reads a full
 * timestamp without a zone (`date: 2019-03-12 08:05:09`) as UTC, while the same text
 * quoted is a string that `Time.parse` reads in the site time zone (checked with jekyll
 * build, `timezone: Asia/Seoul`: 08:05 unquoted gives 17:05 local). Call this when the
 * front-matter parser reports a plain scalar; pass quoted values through unchanged.
 * @param text The scalar's source text.
 * @returns A `Date` for a zoneless timestamp, else the text.
 */
export function plainYamlDate(text: string): string | Date {
  const trimmed = text.trim();
  if (!PSYCH_ZONELESS_TIMESTAMP.test(trimmed)) return text;
  const [date, time] = trimmed.split(/[Tt]|\s+/) as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, sec] = time.split(':').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, Math.floor(sec), Math.round((sec % 1) * 1000)));
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The date placeholders of `Jekyll::Drops::UrlDrop` (Ruby `strftime`). */
const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'i_day', 'i_month', 'short_month', 'long_month', 'short_year', 'w_year', 'week', 'w_day', 'short_day', 'long_day', 'y_day']);

/**
 * One date placeholder (`DATE_KEYS`) for the wall clock of a date in the site time zone: only the
 * placeholders a template names are worked out (a post's URL names three, usually).
 */
function datePlaceholder(key: string, w: WallClock): string | undefined {
  switch (key) {
    case 'year':
      return pad(w.year, 4);
    case 'month':
      return pad(w.month);
    case 'day':
      return pad(w.day);
    case 'hour':
      return pad(w.hour);
    case 'minute':
      return pad(w.minute);
    case 'second':
      return pad(w.second);
    case 'i_day':
      return String(w.day);
    case 'i_month':
      return String(w.month);
    case 'short_month':
      return LONG_MONTHS[w.month - 1]!.slice(0, 3);
    case 'long_month':
      return LONG_MONTHS[w.month - 1]!;
    case 'short_year':
      return pad(w.year % 100);
  }
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day));
  const weekday = day.getUTCDay();
  const isoWeekday = weekday === 0 ? 7 : weekday;
  // ISO 8601 week: the week (Monday first) holding this week's Thursday.
  const thursday = new Date(day.getTime() + (4 - isoWeekday) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  switch (key) {
    case 'w_year':
      return String(isoYear);
    case 'week':
      return pad(Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000 / 7) + 1);
    case 'w_day':
      return String(isoWeekday);
    case 'short_day':
      return SHORT_DAYS[weekday]!;
    case 'long_day':
      return LONG_DAYS[weekday]!;
    case 'y_day':
      return pad(Math.floor((day.getTime() - Date.UTC(w.year, 0, 1)) / 86_400_000) + 1, 3);
  }
  return undefined;
}

const usesDateCache = new Map<string, boolean>();

/** Whether a URL template has a date placeholder (a site has one or two templates: decided once each). */
function templateUsesDate(template: string): boolean {
  let uses = usesDateCache.get(template);
  if (uses === undefined) {
    uses = [...template.matchAll(/:([a-z_]+)/g)].some((m) => DATE_KEYS.has(m[1]!.replace(/_$/, '')));
    if (usesDateCache.size < 1000) usesDateCache.set(template, uses);
  }
  return uses;
}

/**
 * `Jekyll::URL#generate_url_from_drop`: every `:[a-z_]+` must name a placeholder (a trailing
 * `_` may be a separator: `:month_:day`), else Jekyll raises.
 */
function fillDropTemplate(template: string, lookup: (key: string) => string | undefined): string | { error: string } {
  let missing: string | undefined;
  let url = '';
  for (const part of compiledTemplate(template)) {
    if (typeof part === 'string') {
      url += part;
      continue;
    }
    let filled: string | undefined;
    for (const key of part.pool) {
      const value = lookup(key);
      // Ruby's `match.sub!(":key", value)`: the value replaces the key's text, the rest of the
      // match (a trailing `_`) stays. Spliced, not `String#replace`d, which reads `$&` or `$$` in
      // a value as a pattern (a post named `2020-01-01-a$$b.md` is `/a$$b/` to Jekyll).
      if (value !== undefined) {
        filled = value + part.match.slice(key.length + 1);
        break;
      }
    }
    if (filled === undefined) {
      missing ??= part.pool.join(' or ');
      filled = part.match;
    }
    url += filled;
  }
  if (missing !== undefined) {
    return { error: `The URL template doesn't have ${missing} keys. Check your permalink template!` };
  }
  return url;
}

/** A URL template split into its text and its `:placeholders` (each with the keys it may name). */
type TemplatePart = string | { match: string; pool: string[] };

const compiledTemplates = new Map<string, TemplatePart[]>();

/** A template's parts, worked out once per template (a site has one or two, used for every post). */
function compiledTemplate(template: string): TemplatePart[] {
  let parts = compiledTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(/:([a-z_]+)/g)) {
    const name = m[1]!;
    parts.push(template.slice(last, m.index), { match: m[0], pool: name.endsWith('_') ? [name, name.slice(0, -1)] : [name] });
    last = m.index! + m[0].length;
  }
  parts.push(template.slice(last));
  if (compiledTemplates.size < 1000) compiledTemplates.set(template, parts);
  return parts;
}

function collectionMeta(config: JekyllUrlConfig, label: string): { output?: boolean; permalink?: string } {
  const collections = config.collections;
  if (Array.isArray(collections)) return {};
  return collections?.[label] ?? {};
}

function permalinkStyle(config: JekyllUrlConfig): string {
  return typeof config.permalink === 'string' && config.permalink !== '' ? config.permalink : 'date';
}

function frontMatterPermalink(fm: Record<string, unknown>): string | undefined {
  return typeof fm.permalink === 'string' && fm.permalink !== '' ? fm.permalink : undefined;
}

function timeZoneOf(config: JekyllUrlConfig): string {
  return typeof config.timezone === 'string' && config.timezone !== '' ? config.timezone : 'UTC';
}

/** `Jekyll::Page#url` and `#destination`. */
function pageUrl(input: UrlInput): UrlResult {
  const { relativePath, frontMatter: fm, config } = input;
  const slash = relativePath.lastIndexOf('/');
  const dir = slash === -1 ? '' : relativePath.slice(0, slash);
  const name = relativePath.slice(slash + 1);
  const ext = extname(name);
  const basename = (ext ? name.slice(0, -ext.length) : name).replace(/\.*$/, '');
  const permalink = frontMatterPermalink(fm);
  const ext_ = outputExt(ext, permalink, config);
  let template: string;
  if (!HTML_EXTENSIONS.includes(ext_)) template = '/:path/:basename:output_ext';
  else if (basename === 'index') template = '/:path/';
  else template = addPermalinkSuffix('/:path/:basename', permalinkStyle(config));
  // `URL#generate_url_from_hash`: plain, sequential substitution; unknown `:keys` stay.
  let url = permalink ?? template;
  for (const [key, value] of [
    ['path', dir],
    ['basename', basename],
    ['output_ext', ext_],
  ] as const) {
    if (!url.includes(':')) break;
    url = url.split(`:${key}`).join(value);
  }
  url = sanitizeUrl(url);
  let outputPath = url.endsWith('/') ? `${url}index` : url;
  if (!outputPath.endsWith(ext_)) outputPath += ext_;
  return { url, outputPath: outputPath.slice(1), categories: [] };
}

/** `Jekyll::Document#url` and `#destination` (posts, drafts, collection documents). */
function documentUrl(input: UrlInput): UrlResult {
  const { kind, frontMatter: fm, config } = input;
  const label = kind === 'document' ? input.collection : 'posts';
  if (!label) return { error: `No collection label for document '${input.relativePath}'.` };
  // Document#relative_path is relative to collections_dir.
  const collectionsDir = (config.collections_dir ?? '').replace(/^\/|\/$/g, '');
  const relativePath =
    collectionsDir && input.relativePath.startsWith(`${collectionsDir}/`)
      ? input.relativePath.slice(collectionsDir.length + 1)
      : input.relativePath;
  const collectionDir = `_${label}`;
  const categories = documentCategories(
    categoriesFromPath(relativePath, kind === 'draft' ? '_drafts' : collectionDir),
    fm,
  );
  const timeZone = timeZoneOf(config);

  // Document#populate_title: slug and date from the file name; front matter wins.
  const dated = parsePostFilename(relativePath);
  const fileSlug = (dated?.slug ?? basenameWithoutExt(relativePath)).replace(/\.*$/, '');
  const slug = fm.slug !== undefined && fm.slug !== null && fm.slug !== false ? rubyString(fm.slug) : fileSlug;

  let date: Date | undefined;
  const dateError = (value: string, source: string): { error: string } => ({
    error: `Invalid date '${value}': Document '${relativePath}' does not have a valid date in the ${source}.`,
  });
  // A day without a time is midnight in the site's time zone (Jekyll parses `date.to_s`).
  if (fm.date instanceof YamlDay) date = zonedInstant({ year: fm.date.getUTCFullYear(), month: fm.date.getUTCMonth() + 1, day: fm.date.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone);
  else if (fm.date instanceof Date) date = fm.date;
  else if (fm.date !== undefined && fm.date !== null && fm.date !== false) {
    const parsed = parseDate(rubyString(fm.date), timeZone);
    if (parsed === 'invalid') return dateError(rubyString(fm.date), 'YAML front matter');
    if (parsed === 'unsupported') {
      return { error: `Unsupported date '${rubyString(fm.date)}' in '${relativePath}': bloglint reads YYYY-MM-DD[ HH:MM[:SS]][ ±HH:MM].` };
    }
    date = parsed;
  } else if (dated) {
    const parsed = parseDate(dated.date, timeZone);
    if (parsed === 'invalid' || parsed === 'unsupported') return dateError(dated.date, 'filename');
    date = parsed;
  } else {
    // Document#date: a draft takes its mtime, anything else the build time.
    date = kind === 'draft' ? input.mtime : input.buildTime;
  }

  const permalink = frontMatterPermalink(fm);
  const meta = collectionMeta(config, label);
  const style = permalinkStyle(config);
  const template =
    permalink ??
    meta.permalink ??
    (label === 'posts' ? STYLE_TO_PERMALINK[style] ?? style : addPermalinkSuffix('/:collection/:path', style));
  const ext = outputExt(extname(relativePath), permalink, config);
  // The wall clock, worked out when the template first names a date (most do: `/:year/:month/:day/`).
  let wall: WallClock | undefined;

  // Jekyll::Drops::UrlDrop
  const lookup = (key: string): string | undefined => {
    switch (key) {
      case 'collection':
        return label;
      case 'name':
        return slugify(basenameWithoutExt(relativePath));
      case 'title':
        return slugify(slug, 'pretty', true);
      case 'slug':
        return slugify(slug);
      case 'categories':
        return categories.length === 1 ? categories[0]!.toLowerCase() : [...new Set(categories.map((c) => c.toLowerCase()))].join('/');
      case 'slugified_categories': // Jekyll >= 4.1 only
        return [...new Set(categories.map((c) => slugify(c)))].join('/');
      case 'output_ext':
        return ext;
      case 'path': // Document#cleaned_relative_path
        return relativePath.slice(0, relativePath.length - extname(relativePath).length).replace(collectionDir, '').replace(/\.*$/, '');
      default:
        if (!DATE_KEYS.has(key) || !date) return undefined;
        wall ??= wallClock(date, timeZone);
        return datePlaceholder(key, wall);
    }
  };
  const usesDate = templateUsesDate(template);
  if (!date && usesDate) {
    return { error: `No date for '${relativePath}': pass mtime (drafts) or buildTime (documents).` };
  }
  const filled = fillDropTemplate(template, lookup);
  if (typeof filled !== 'string') return filled;
  const url = sanitizeUrl(filled);
  let outputPath = url.endsWith('/') ? `${url}index.html` : url;
  if (!url.endsWith('/') && !outputPath.endsWith(ext)) outputPath += ext;
  const result: UrlResult = { url, outputPath: outputPath.slice(1), categories, slug };
  if (date) result.date = date;
  return result;
}

/**
 * Compute the URL Jekyll gives a source file.
 *
 * - Posts and drafts use the site `permalink` (a style or a template), or
 *   `collections.posts.permalink`; collection documents use their collection's `permalink`
 *   or `/:collection/:path` plus the style's suffix; pages use `/:path/:basename` plus the suffix.
 * - A front-matter `permalink` wins, and its extension becomes `:output_ext`.
 * - `:title` is the front-matter `slug` (or the file name's slug) slugified `pretty` and
 *   cased; the front-matter `title` is never used. `:slug` is the same, `default` mode.
 * - `:categories` are the folders above `_posts` plus front-matter categories, lower-cased
 *   but not slugified (spaces, `&`, Korean stay).
 * - Dates are in `config.timezone`; an unset timezone is taken as UTC (GitHub's builders).
 *
 * @param input The file, its merged front matter and the site config.
 * @returns The unescaped URL and output path, or `{error}` with Jekyll's message.
 */
export function outputUrl(input: UrlInput): UrlResult {
  return input.kind === 'page' ? pageUrl(input) : documentUrl(input);
}
