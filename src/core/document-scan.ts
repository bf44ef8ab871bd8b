import { walkScalars, type FmScalar } from '../parse/front-matter.js';
import { blockIalId, HeadingIdGenerator, parseHeadingIal } from '../parse/heading-ids.js';
import { findCssUrls, scanHtml } from '../parse/html.js';
import { maskLiquid, tagArgument } from '../parse/liquid.js';
import { maskKramdownExtensions } from '../parse/kramdown-extensions.js';
import { scanMarkdownBody } from '../parse/kramdown-html-markdown.js';
import type { Anchor, Comment, Reference } from '../parse/reference.js';
import type { SiteDocument } from './site.js';
import { detach, intern } from '../parse/source-file.js';
import { completeDocument } from './load-document.js';

/** Everything found in one document's text, parsed once and cached. */
export interface DocumentScan {
  /** Body references (markdown, raw HTML, `post_url`/`link` tags outside them), in text order. */
  body: Reference[];
  /** Front-matter paths (images, CSS `url()`), with the key path as `context`. */
  frontMatter: Reference[];
  anchors: Anchor[];
  /** The HTML comments that may hold a `bloglint-` directive (no others). */
  comments: Comment[];
  /** Offset where the body starts. */
  bodyStart: number;
  /** A parser limit the document hit (nesting depth): reported by `readable-file`. */
  tooDeep?: number;
}

const cache = new WeakMap<SiteDocument, DocumentScan>();
const anchorCache = new WeakMap<SiteDocument, Anchor[]>();

/** Front-matter keys whose string value is an image path, whatever it looks like. */
const IMAGE_KEYS = new Set(['image', 'thumbnail', 'teaser', 'overlay_image', 'og_image', 'cover', 'cover-img', 'cover_image', 'thumbnail-img', 'share-img', 'header-img', 'header_image', 'banner', 'hero', 'feature_image', 'featured_image', 'poster', 'background', 'avatar', 'logo', 'lqip', 'image_path', 'src', 'path']);
/** Keys that are prose or templates, never paths. */
const NOT_PATH_KEYS = new Set(['title', 'description', 'excerpt', 'summary', 'permalink', 'layout', 'alt', 'caption', 'tags', 'categories', 'category', 'related_posts', 'date', 'last_modified_at', 'author', 'redirect_to', 'redirect_from', 'slug', 'lang']);
const IMAGE_VALUE = /^[^\s]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|heic)(?:[?#][^\s]*)?$/i;

/** Parses a readable document once: its body references, anchors, comments and front-matter paths. */
export function scanDocument(doc: SiteDocument): DocumentScan {
  const cached = cache.get(doc);
  if (cached) return cached;
  const later = lazy.get(doc);
  if (later) lazy.delete(doc);
  const result = later ? later() : scan(doc);
  cache.set(doc, result);
  return result;
}

const lazy = new WeakMap<SiteDocument, () => DocumentScan>();

/** Stores a scan made elsewhere that is unpacked only when first asked for. */
export function primeScanLazily(doc: SiteDocument, unpack: () => DocumentScan): void {
  lazy.set(doc, unpack);
}

/** The anchors (`#fragment` targets) of a document: kept after its full scan is released. */
export function anchorsOf(doc: SiteDocument): Anchor[] {
  const anchors = anchorCache.get(doc);
  if (anchors) return anchors;
  // Keep the full scan: when this document is linted later, it is not parsed a second time.
  return scanDocument(doc).anchors;
}

/** Drops a document's cached scan (keeping its anchors), once every rule has seen it: bounds memory on large blogs. */
export function releaseScan(doc: SiteDocument): void {
  const scanned = cache.get(doc);
  if (!scanned) return;
  anchorCache.set(doc, scanned.anchors);
  cache.delete(doc);
}

/** Liquid that writes text: `{{ ... }}` or a `{% ... %}` tag. */
const LIQUID_OUTPUT = /\{\{|\{%/;

/** Whether an anchor's id is made by Liquid at build time (`id="{{ tag | slugify }}"`, a heading Liquid writes). */
export function isComputedAnchor(anchor: Anchor): boolean {
  return LIQUID_OUTPUT.test(anchor.id);
}

function scan(doc: SiteDocument): DocumentScan {
  if (doc.partial) completeDocument(doc);
  const empty: DocumentScan = { body: [], frontMatter: [], anchors: [], comments: [], bodyStart: 0 };
  if (!doc.read.ok) return empty;
  const text = doc.read.text;
  const block = doc.frontMatter?.block;
  const bodyStart = block ? block.bodyStart : 0;
  const body = text.slice(bodyStart);
  const { masked, spans } = maskLiquid(body);
  const references: Reference[] = [];
  const anchors: Anchor[] = [];
  const comments: Comment[] = [];

  const htmlRanges: { start: number; end: number }[] = [];
  let tooDeep: number | undefined;
  if (doc.isMarkdown) {
    // markdown-it first (fast); micromark, the oracle, when a span cannot be mapped exactly; the
    // content of `markdown="1"` HTML blocks as markdown too, as kramdown renders it.
    // kramdown's `{::comment}` renders nothing, `{::nomarkdown}` its content as HTML.
    const kramdown = maskKramdownExtensions(masked);
    const md = scanMarkdownBody(kramdown.markdown, body, bodyStart, doc.maxNesting);
    if (md.tooDeep) tooDeep = md.tooDeep;
    references.push(...md.references);
    htmlRanges.push(...md.html, ...kramdown.raw.map((r) => ({ start: r.start + bodyStart, end: r.end + bodyStart })));
    const ids = new HeadingIdGenerator();
    for (const heading of md.headings) {
      const { text: headingText, id } = parseHeadingIal(heading.raw);
      // A block IAL on the next line (`{: #id}`) sets the id over a `{#id}` and the automatic one.
      const explicit = blockIalId(ialLine(text, heading.start, heading.end)) ?? id;
      // A heading whose text Liquid writes gets its id at build time: kept as written (with its
      // `{{`), which tells the fragment check that this page's ids cannot be known here.
      const computed = explicit === undefined && LIQUID_OUTPUT.test(heading.raw);
      anchors.push({ id: explicit ?? (computed ? heading.raw.trim() : ids.next(headingText)), start: heading.start, end: heading.end });
    }
  } else {
    htmlRanges.push({ start: bodyStart, end: text.length });
  }
  for (const range of htmlRanges) {
    const html = scanHtml(masked.slice(range.start - bodyStart, range.end - bodyStart), text.slice(range.start, range.end), range.start);
    references.push(...html.references);
    anchors.push(...html.anchors);
    // Only a comment that may hold a `bloglint-` directive is kept: posts carry commented-out
    // markdown (3.7 MB of 10,000 posts' scans), and the scan outlives the text.
    for (const c of html.comments) if (c.text.includes('bloglint-')) comments.push(c);
  }
  for (const span of spans) {
    if (span.kind !== 'tag') continue;
    const { name } = tagArgument(span.inner);
    if (name === 'include') {
      references.push(...includeParameters(text, span.start + bodyStart, span.end + bodyStart));
      continue;
    }
    if (name !== 'post_url' && name !== 'link') continue;
    const start = span.start + bodyStart;
    const end = span.end + bodyStart;
    if (references.some((r) => r.start <= start && end <= r.end)) continue;
    const raw = text.slice(start, end);
    references.push({ kind: 'link', source: 'liquid-tag', raw, value: raw, start, end, context: name });
  }
  references.sort((a, b) => a.start - b.start);
  anchors.sort((a, b) => a.start - b.start);
  const fmReferences = frontMatterReferences(doc, text);
  // Scans outlive the text (it is released on large runs): keep no view into it.
  for (const list of [references, fmReferences]) {
    for (const r of list) {
      r.raw = detach(r.raw);
      r.value = r.value === r.raw ? r.raw : detach(r.value);
    }
  }
  for (const a of anchors) a.id = detach(a.id);
  for (const c of comments) c.text = detach(c.text);
  return { body: references, frontMatter: fmReferences, anchors, comments, bodyStart, ...(tooDeep ? { tooDeep } : {}) };
}

const INCLUDE_IMAGE_PARAMS = new Set(['image_path', 'src', 'poster', 'image', 'path']);

/**
 * Image paths passed to theme includes: `{% include figure image_path="/x.png" %}` (Minimal
 * Mistakes), `{% include embed/video.html src='a.mp4' poster='p.png' %}` (Chirpy). Only a theme
 * profile resolves them (context `include <file>.<param>`); without one they are skipped.
 */
function includeParameters(text: string, start: number, end: number): Reference[] {
  const tag = text.slice(start, end);
  const file = /\{%-?\s*include\s+([^\s%]+)/.exec(tag)?.[1];
  if (!file) return [];
  const out: Reference[] = [];
  const param = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = param.exec(tag); m; m = param.exec(tag)) {
    if (!INCLUDE_IMAGE_PARAMS.has(m[1]!)) continue;
    const value = m[2] ?? m[3] ?? '';
    if (value === '') continue;
    const valueStart = start + m.index + m[0].length - value.length - 1;
    out.push({ kind: 'image', source: 'liquid-tag', raw: value, value, start: valueStart, end: valueStart + value.length, context: intern(`include ${file}.${m[1]}`) });
  }
  return out;
}

/** Image paths and CSS `url()`s in front matter, each with the span of the value in the file. */
function frontMatterReferences(doc: SiteDocument, text: string): Reference[] {
  const out: Reference[] = [];
  walkScalars(doc.frontMatter?.tree, (scalar, keyPath) => {
    if (typeof scalar.value !== 'string' || scalar.style === 'block') return;
    const key = lastKey(keyPath);
    if (NOT_PATH_KEYS.has(key) || keyPath.startsWith('related_posts')) return;
    const raw = text.slice(contentStart(scalar), contentEnd(scalar));
    const css = findCssUrls(maskLiquid(raw).masked);
    if (css.length > 0) {
      for (const url of css) {
        const urlRaw = raw.slice(url.start, url.end);
        out.push({ kind: 'image', source: 'front-matter', raw: urlRaw, value: urlRaw, start: contentStart(scalar) + url.start, end: contentStart(scalar) + url.end, context: intern(keyPath) });
      }
      return;
    }
    const value = scalar.value.trim();
    if (value === '' || /\s/.test(value)) return;
    if (IMAGE_VALUE.test(value) || (isImageKey(keyPath) && /^[/.\w{%]/.test(value) && !/^\d+$/.test(value))) {
      out.push({ kind: 'image', source: 'front-matter', raw, value: scalar.value, start: contentStart(scalar), end: contentEnd(scalar), context: intern(keyPath) });
    }
  });
  return out;
}

/** `image`, `header.teaser`, `image.path` (a generic `path`/`src` only under an image-like key). */
function isImageKey(keyPath: string): boolean {
  const keys = keyPath.replace(/\[\d+\]/g, '').split('.');
  const key = keys[keys.length - 1]!;
  if (key === 'path' || key === 'src') return keys.length > 1 && IMAGE_KEYS.has(keys[keys.length - 2]!);
  return IMAGE_KEYS.has(key);
}

function lastKey(keyPath: string): string {
  const trimmed = keyPath.replace(/\[\d+\]$/, '');
  return trimmed.slice(trimmed.lastIndexOf('.') + 1);
}

function contentStart(scalar: FmScalar): number {
  return scalar.style === 'plain' ? scalar.start : scalar.start + 1;
}

function contentEnd(scalar: FmScalar): number {
  return scalar.style === 'plain' ? scalar.end : scalar.end - 1;
}

/**
 * The line where a block IAL for the heading at `start`..`end` would be: the next line, or for a
 * setext heading (no `#` before its text) the line after its underline. '' when there is none.
 */
function ialLine(text: string, start: number, end: number): string {
  let line = lineAfter(text, end);
  const atx = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).includes('#');
  if (!atx && line && SETEXT_UNDERLINE.test(line.text)) line = lineAfter(text, line.end);
  return line?.text ?? '';
}

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The line after the one holding `offset` (its text without the line break, and where it ends). */
function lineAfter(text: string, offset: number): { text: string; end: number } | undefined {
  const end = text.indexOf('\n', offset);
  if (end < 0) return undefined;
  const next = text.indexOf('\n', end + 1);
  const stop = next < 0 ? text.length : next;
  return { text: text.slice(end + 1, stop).replace(/\r$/, ''), end: stop };
}
