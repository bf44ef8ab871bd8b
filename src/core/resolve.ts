import path from 'node:path/posix';
import { evaluateLiquid, type LiquidSite } from '../parse/liquid.js';
import type { Reference } from '../parse/reference.js';
import type { Site, SiteDocument, Target } from './site.js';
import { missingUrlAnswers } from './url-search.js';
import { closestUrl } from './closest.js';
import { postIndex, stemOf } from './post-index.js';
import { hasDotSegment, insideBaseurl, otherUnicodeForms, withoutDotSegments } from './url-path.js';

/** Why a local reference does not reach a published file. */
export type BrokenCode = 'missing' | 'caseMismatch' | 'unicodeForm' | 'baseurlMissing' | 'relativeToUrl' | 'unpublished' | 'deadRelativeMarkdown' | 'subpathPrefixesRoot' | 'missingTried';

/** The outcome of resolving one reference against the site. */
export type Resolution =
  | { status: 'skipped'; reason: 'external' | 'liquid' | 'empty' | 'scheme' | 'theme' | 'include'; note?: string }
  | { status: 'ok'; target: Target; fragment: string | undefined }
  | { status: 'same-document'; fragment: string }
  | { status: 'dead-tag'; name: string; argument: string }
  | {
      status: 'broken';
      code: BrokenCode;
      url: string;
      actual?: string;
      closest?: string;
      reason?: string;
      /** The readings tried, when a theme or an uncertain site allowed several. */
      tried?: string;
      fix?: { start: number; end: number; text: string };
      suggestion?: { start: number; end: number; text: string };
    };

/** How a reference is read: body references resolve against the post URL; front-matter ones as themes read them. */
export interface ResolveOptions {
  /** Front-matter fields: themes add `baseurl`, and a relative value may be root- or page-relative. */
  frontMatter?: boolean;
}

const liquidSites = new WeakMap<Site, LiquidSite>();

/** Adapts the site to what Liquid evaluation needs (one adapter per site, not one per reference). */
export function liquidSite(site: Site): LiquidSite {
  let liquid = liquidSites.get(site);
  if (!liquid) liquidSites.set(site, (liquid = newLiquidSite(site)));
  return liquid;
}

function newLiquidSite(site: Site): LiquidSite {
  return {
    baseurl: site.config.baseurl,
    url: site.config.url,
    jekyllMajor: site.jekyllMajor,
    postUrl: (name) => findPostByName(site, name)?.doc.url,
    linkUrl: (p) => {
      const doc = site.documents.get(p);
      if (doc) return doc.url;
      return site.urls.get(`/${p}`)?.url;
    },
  };
}

/**
 * Finds the post a `{% post_url NAME %}` names, as Jekyll's PostComparer does: exactly
 * (`_posts/[dir/]NAME.ext` or `[dir/]_posts/NAME.ext`), or by the deprecated date + slug match.
 */
export function findPostByName(site: Site, name: string): { doc: SiteDocument; exact: boolean; exactName?: string } | undefined {
  const clean = name.trim().replace(/^\/+/, '');
  const m = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(clean);
  if (!m) return undefined;
  const dir = m[1] ?? '';
  const stem = `${m[2]}-${m[3]}`;
  let deprecated: SiteDocument | undefined;
  for (const doc of postIndex(site).byStem.get(stem.toLowerCase()) ?? []) {
    const rel = doc.path;
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    if (stemOf(rel) !== stem) continue;
    if (rel === `_posts/${dir}${base}` || rel === `${dir}_posts/${base}`) return { doc, exact: true };
    if (!deprecated && doc.url) deprecated = doc;
  }
  if (!deprecated) return undefined;
  return { doc: deprecated, exact: false, ...exactPostName(deprecated.path) };
}

/** The exact `post_url` name of a post, when one exists (`_posts/a/x.md` -> `a/x`, `blog/_posts/x.md` -> `blog/x`). */
function exactPostName(rel: string): { exactName?: string } {
  const at = rel.indexOf('_posts/');
  const before = rel.slice(0, at);
  const after = rel.slice(at + '_posts/'.length).replace(/\.[^.]+$/, '');
  if (before === '') return { exactName: after };
  if (!after.includes('/')) return { exactName: `${before}${after}` };
  return {};
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const MARKDOWN_LINK = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown)$/i;

/** Resolves a reference found in `doc` against the site. */
export function resolveReference(site: Site, doc: SiteDocument, ref: Reference, options: ResolveOptions = {}): Resolution {
  const result = resolveGeneric(site, doc, ref, options);
  if (result.status !== 'broken' || result.code !== 'missing' || !site.theme.uncertain || ref.kind !== 'image') return result;
  // An uncertain site (own plugins, overridden theme include): accept any plausible reading.
  const written = decodeSafe(splitUrl(ref.value).pathPart);
  if (written.startsWith('/') || /[{}]/.test(written)) return result;
  const readings = [
    { label: 'as the browser resolves it', sitePath: result.url },
    { label: 'site root', sitePath: path.normalize(`/${written}`) },
    { label: 'beside the source file (as jekyll-postfiles-like plugins copy it)', sitePath: clampToRoot(path.join('/', path.dirname(doc.path), written)) },
  ];
  for (const reading of readings.slice(1)) {
    const target = lookup(site, reading.sitePath) ?? lookupSourceFile(site, reading.sitePath);
    if (target) return { status: 'ok', target, fragment: undefined };
  }
  return { ...result, code: 'missingTried', tried: readings.map((r) => `${r.label} → \`${r.sitePath}\``).join('; '), reason: site.theme.uncertainty ?? '' };
}

function resolveGeneric(site: Site, doc: SiteDocument, ref: Reference, options: ResolveOptions): Resolution {
  const evaluated = evaluateLiquid(ref.value, liquidSite(site));
  if (!evaluated.ok) return evaluated.tag ? { status: 'dead-tag', ...evaluated.tag } : { status: 'skipped', reason: 'liquid' };
  // A `post_url`/`link` tag in running text is not a URL the browser loads: it only has to name something.
  if (ref.source === 'liquid-tag' && !ref.context.startsWith('include ')) return { status: 'skipped', reason: 'liquid' };
  let value = evaluated.value.trim();
  if (value === '') return { status: 'skipped', reason: 'empty' };
  if (value.startsWith('#')) return { status: 'same-document', fragment: decodeSafe(value.slice(1)) };
  if (ref.kind === 'image') {
    const themed = resolveWithTheme(site, doc, ref, value);
    if (themed) return themed;
  }
  if (ref.context.startsWith('include ')) return { status: 'skipped', reason: 'include', note: 'include parameters are resolved only with a known theme' };
  const onSite = stripOwnOrigin(value, site.config.url);
  if (onSite !== undefined) value = onSite;
  else if (SCHEME.test(value)) return { status: 'skipped', reason: /^https?:/i.test(value) ? 'external' : 'scheme' };
  else if (value.startsWith('//')) return { status: 'skipped', reason: 'external' };
  const { pathPart, fragment } = splitUrl(value);
  if (pathPart === '') return fragment !== undefined ? { status: 'same-document', fragment } : { status: 'skipped', reason: 'empty' };
  const written = decodeSafe(pathPart);
  const baseurl = site.config.baseurl;

  if (written.startsWith('/')) {
    if (hasDotSegment(written)) return resolveDotted(site, ref, written, fragment, options.frontMatter === true);
    if (baseurl && (written === baseurl || written.startsWith(`${baseurl}/`))) {
      return finish(site, ref, written.slice(baseurl.length) || '/', written, fragment);
    }
    if (baseurl && !options.frontMatter && !evaluated.baseurlFromLiquid) {
      const target = lookup(site, written);
      if (target) {
        return { status: 'broken', code: 'baseurlMissing', url: written, actual: target.url, fix: { start: ref.start, end: ref.start, text: '{{ site.baseurl }}' } };
      }
    }
    return finish(site, ref, written, written, fragment);
  }

  // jekyll-relative-links (on by default on GitHub Pages) rewrites relative links to markdown files
  // into the target document's URL, resolved against the source folder.
  if (ref.kind === 'link' && ref.source === 'markdown' && MARKDOWN_LINK.test(written)) {
    const sourcePath = path.join(path.dirname(doc.path), written);
    const target = site.documents.get(sourcePath);
    if (target?.url) return { status: 'ok', target: { url: target.url, path: target.path, kind: target.kind }, fragment };
    return { status: 'broken', code: 'deadRelativeMarkdown', url: sourcePath, ...(target?.unpublished ? { reason: target.unpublished } : {}), ...closestDocument(site, sourcePath) };
  }

  if (options.frontMatter) {
    // Read from the site root, a theme adds the baseurl (`relative_url`) before the browser drops
    // `.` and `..` segments: `../x.png` asks for `/blog/../x.png`, which is `/x.png`, outside /blog.
    const rootRelative = hasDotSegment(`/${written}`) ? insideBaseurl(withoutDotSegments(`${baseurl}/${written}`), baseurl) : `/${written}`;
    const pageRelative = doc.url ? path.join(urlDir(doc.url), written) : undefined;
    const hit = (rootRelative ? lookup(site, rootRelative) : undefined) ?? (pageRelative ? lookup(site, pageRelative) : undefined);
    if (hit) return { status: 'ok', target: hit, fragment };
    if (rootRelative === undefined) return outsideBaseurl(withoutDotSegments(`${baseurl}/${written}`), baseurl);
    return finish(site, ref, rootRelative, written, fragment);
  }

  // The browser resolves against the served URL, baseurl included: `..` can climb out of the baseurl.
  const base = doc.url ? baseurl + urlDir(doc.url) : `/${path.dirname(doc.path)}/`;
  const served = clampToRoot(path.join(base, written));
  if (doc.url && baseurl && !served.startsWith(`${baseurl}/`)) {
    return { status: 'broken', code: 'missing', url: served, reason: `leaves the site's baseurl ${baseurl}` };
  }
  const resolved = doc.url && baseurl ? served.slice(baseurl.length) : served;
  const result = finish(site, ref, resolved, written, fragment);
  if (result.status === 'broken' && result.code === 'missing') {
    const besideSource = clampToRoot(path.join('/', path.dirname(doc.path), written));
    const target = lookup(site, besideSource);
    if (target) {
      const replacement = baseurl ? `{{ site.baseurl }}${target.url}` : target.url;
      return { status: 'broken', code: 'relativeToUrl', url: resolved, actual: target.url, fix: { start: ref.start, end: ref.start + rawPathLength(ref.raw), text: replacement } };
    }
  }
  return result;
}

/**
 * A root-relative path with `.` or `..` segments: the browser drops them before it asks (the WHATWG
 * URL parser; `/a/../x.png` is `/x.png`), after the baseurl a theme adds to a front-matter value,
 * so `..` can climb out of the baseurl.
 */
function resolveDotted(site: Site, ref: Reference, written: string, fragment: string | undefined, frontMatter: boolean): Resolution {
  const baseurl = site.config.baseurl;
  const hasBase = baseurl !== '' && (written === baseurl || written.startsWith(`${baseurl}/`));
  const asked = withoutDotSegments(frontMatter && !hasBase ? `${baseurl}${written}` : written);
  const sitePath = insideBaseurl(asked, baseurl);
  if (sitePath === undefined) return outsideBaseurl(asked, baseurl);
  return finish(site, ref, sitePath, written, fragment);
}

/** A path the browser asks for (`.` and `..` dropped) that is outside the site's baseurl. */
function outsideBaseurl(asked: string, baseurl: string): Resolution {
  return { status: 'broken', code: 'missing', url: asked, reason: `is outside the site's baseurl ${baseurl}` };
}

/**
 * Resolves an image the way the site's theme renders it (themes/*.ts). When the site is
 * uncertain (own Ruby plugins, an overridden theme include), a path that resolves under any
 * plausible reading (theme rule, site root, post URL, beside the source file) is accepted, and a
 * broken one says which readings were tried.
 */
function resolveWithTheme(site: Site, doc: SiteDocument, ref: Reference, value: string): Resolution | undefined {
  const profile = site.theme.profile;
  const themed = profile?.resolve({ site, doc }, ref, value);
  if (!themed) return undefined;
  if ('skip' in themed) return { status: 'skipped', reason: 'theme', note: themed.skip };
  const { pathPart, fragment } = splitUrl(value);
  const written = decodeSafe(pathPart);
  const readings = [...themed.readings];
  if (site.theme.uncertain) {
    const base = site.config.baseurl;
    const rootPath = written.startsWith('/') ? (base && written.startsWith(`${base}/`) ? written.slice(base.length) : written) : `/${written}`;
    readings.push({ label: 'site root', sitePath: path.normalize(rootPath) });
    if (!written.startsWith('/')) {
      if (doc.url) readings.push({ label: 'post URL', sitePath: clampToRoot(path.join(urlDir(doc.url), written)) });
      readings.push({ label: 'beside the source file (as jekyll-postfiles-like plugins copy it)', sitePath: clampToRoot(path.join('/', path.dirname(doc.path), written)) });
    }
  }
  if (readings.length === 0) return undefined;
  for (const reading of readings) {
    const target = lookup(site, reading.sitePath) ?? (site.theme.uncertain ? lookupSourceFile(site, reading.sitePath) : undefined);
    if (target) return { status: 'ok', target, fragment };
  }
  const primary = readings[0]!;
  if (themed.unprefixed) {
    const meant = lookup(site, themed.unprefixed);
    if (meant) {
      const depth = primary.sitePath.split('/').length - themed.unprefixed.split('/').length;
      const relative = `${'../'.repeat(Math.max(0, depth))}${themed.unprefixed.replace(/^\//, '')}`;
      return { status: 'broken', code: 'subpathPrefixesRoot', url: primary.sitePath, actual: meant.url, reason: relative, suggestion: { start: ref.start, end: ref.start + rawPathLength(ref.raw), text: relative } };
    }
  }
  const result = finish(site, ref, primary.sitePath, written, fragment);
  if (result.status === 'broken' && result.code === 'missing' && readings.length > 1) {
    return { ...result, code: 'missingTried', tried: readings.map((r) => `${r.label} → \`${r.sitePath}\``).join('; '), reason: site.theme.uncertainty ?? '' };
  }
  return result;
}

/** A file that exists in the source tree (published or not): plugins may publish what Jekyll alone would not. */
function lookupSourceFile(site: Site, sitePath: string): Target | undefined {
  const rel = sitePath.replace(/^\/+/, '');
  return site.files.has(rel) ? { url: sitePath, path: rel, kind: 'static' } : undefined;
}

/** Looks `sitePath` up and, when it is missing, works out the most useful explanation. */
function finish(site: Site, ref: Reference, sitePath: string, written: string, fragment: string | undefined): Resolution {
  const target = lookup(site, sitePath);
  if (target) return { status: 'ok', target, fragment };
  const other = otherUnicodeForm(site, sitePath);
  if (other) return { status: 'broken', code: 'unicodeForm', url: sitePath, actual: other.url, ...unicodeFix(ref, sitePath, other.url) };
  const answers = missingUrlAnswers(site, sitePath);
  const folded = answers.folded;
  if (folded.length > 0) {
    const actual = folded[0]!;
    return { status: 'broken', code: 'caseMismatch', url: sitePath, actual, ...caseFix(ref, written, sitePath, actual) };
  }
  const sourcePath = sitePath.replace(/^\/+/, '');
  const reason = site.unpublished.get(sourcePath);
  if (reason) return { status: 'broken', code: 'unpublished', url: sitePath, reason };
  const closest = closestUrl(site, sitePath, answers);
  return { status: 'broken', code: 'missing', url: sitePath, ...(closest ? { closest } : {}) };
}

/** The target published under another Unicode form of `sitePath` (`otherUnicodeForms`), if any. */
function otherUnicodeForm(site: Site, sitePath: string): Target | undefined {
  for (const form of otherUnicodeForms(sitePath)) {
    const target = lookup(site, form);
    if (target) return target;
  }
  return undefined;
}

/**
 * A reference not in NFC to a file whose name is: the path as written, composed. Only when that
 * is all that differs and the raw text spells the characters (percent-escapes are left alone). A
 * file named in NFD gets no edit: the file is what should be renamed.
 */
function unicodeFix(ref: Reference, sitePath: string, actual: string): { fix?: { start: number; end: number; text: string } } {
  if (sitePath.normalize('NFC') !== actual || actual.normalize('NFC') !== actual) return {};
  const rawLength = rawPathLength(ref.raw);
  const rawPath = ref.raw.slice(0, rawLength);
  const composed = rawPath.normalize('NFC');
  if (composed === rawPath) return {};
  return { fix: { start: ref.start, end: ref.start + rawLength, text: composed } };
}

/** The published target of a site path, trying what a static server tries (`/x/` -> `/x/index.html`, `/x` -> `/x.html`). */
export function lookup(site: Site, sitePath: string): Target | undefined {
  const direct = site.urls.get(sitePath);
  if (direct) return direct;
  if (sitePath.endsWith('/')) return site.urls.get(`${sitePath}index.html`);
  return site.urls.get(`${sitePath}.html`) ?? site.urls.get(`${sitePath}/`);
}

/**
 * The fix for a case mismatch: rewrite, in the raw text, the tail of the path that differs.
 * Only when the raw text spells the path literally (no percent-encoding in the changed part).
 */
function caseFix(ref: Reference, written: string, sitePath: string, actual: string): { fix?: { start: number; end: number; text: string } } {
  if (actual.length !== sitePath.length) return {};
  let common = 0;
  while (common < written.length && common < sitePath.length && written[written.length - 1 - common]!.toLowerCase() === sitePath[sitePath.length - 1 - common]!.toLowerCase()) common++;
  const suffixStart = sitePath.length - common;
  let firstDiff = -1;
  for (let i = 0; i < sitePath.length; i++) {
    if (sitePath[i] !== actual[i]) {
      firstDiff = i;
      break;
    }
  }
  if (firstDiff < suffixStart) return {};
  const tail = sitePath.slice(firstDiff);
  const newTail = actual.slice(firstDiff);
  const rawLength = rawPathLength(ref.raw);
  const rawPath = ref.raw.slice(0, rawLength);
  if (!rawPath.endsWith(tail)) return {};
  return { fix: { start: ref.start + rawLength - tail.length, end: ref.start + rawLength, text: newTail } };
}

/** Length of the path part of a raw reference (before `?` or `#` outside Liquid). */
function rawPathLength(raw: string): number {
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if ((c === '{' && (raw[i + 1] === '{' || raw[i + 1] === '%'))) depth++;
    else if ((c === '}' || c === '%') && raw[i + 1] === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '?' || c === '#')) return i;
  }
  return raw.length;
}

function closestDocument(site: Site, sourcePath: string): { closest?: string } {
  const name = sourcePath.slice(sourcePath.lastIndexOf('/') + 1);
  const matches = (postIndex(site).byStem.get(stemOf(name).toLowerCase()) ?? []).filter((d) => d.url);
  return matches.length === 1 ? { closest: matches[0]!.path } : {};
}

function splitUrl(value: string): { pathPart: string; fragment: string | undefined } {
  const hash = value.indexOf('#');
  const beforeHash = hash === -1 ? value : value.slice(0, hash);
  const fragment = hash === -1 ? undefined : decodeSafe(value.slice(hash + 1));
  const query = beforeHash.indexOf('?');
  return { pathPart: query === -1 ? beforeHash : beforeHash.slice(0, query), fragment };
}

/** Removes the site's own origin (`url` in _config.yml) from an absolute URL; undefined when it is not on the site. */
function stripOwnOrigin(value: string, siteUrl: string): string | undefined {
  if (!siteUrl || !/^https?:\/\//i.test(value)) return undefined;
  const own = ownOrigin(siteUrl);
  const candidate = value.replace(/^https?:/i, '');
  if (!candidate.toLowerCase().startsWith(own)) return undefined;
  const rest = candidate.slice(own.length);
  if (rest === '') return '/';
  return rest.startsWith('/') || rest.startsWith('?') || rest.startsWith('#') ? rest : undefined;
}

let lastOrigin: { siteUrl: string; own: string } | undefined;

/** `url` without its scheme, lower-cased (worked out once per site, not per reference). */
function ownOrigin(siteUrl: string): string {
  if (lastOrigin?.siteUrl !== siteUrl) lastOrigin = { siteUrl, own: siteUrl.replace(/^https?:/i, '').toLowerCase() };
  return lastOrigin.own;
}

/** Percent-decodes, leaving malformed sequences as written. */
export function decodeSafe(text: string): string {
  // Nothing to decode (most paths): the same string, not a copy of it.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%[0-9a-f]{2}/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

function urlDir(url: string): string {
  return url.endsWith('/') ? url : url.slice(0, url.lastIndexOf('/') + 1);
}

function clampToRoot(p: string): string {
  let out = p;
  while (out.startsWith('/../')) out = out.slice(3);
  if (out === '/..') return '/';
  return out.startsWith('/') ? out : `/${out}`;
}
