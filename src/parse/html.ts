import { Tokenizer } from 'htmlparser2';
import { decodeHTMLAttribute } from 'entities/decode';
import type { Anchor, Comment, Reference } from './reference.js';

/** What the HTML scanner found. Offsets are into the full file text. */
export interface HtmlScan {
  references: Reference[];
  anchors: Anchor[];
  comments: Comment[];
}

/** Attributes that carry a URL, by tag; `*` applies to every tag. */
const URL_ATTRIBUTES: Record<string, Record<string, 'image' | 'link' | 'srcset'>> = {
  img: { src: 'image', srcset: 'srcset', 'data-src': 'image', 'data-srcset': 'srcset' },
  source: { src: 'image', srcset: 'srcset' },
  video: { poster: 'image', src: 'link' },
  audio: { src: 'link' },
  track: { src: 'link' },
  input: { src: 'image' },
  a: { href: 'link' },
  area: { href: 'link' },
  link: { href: 'link' },
  iframe: { src: 'link' },
  embed: { src: 'link' },
  object: { data: 'link' },
};

/**
 * Scans raw HTML (a block or an inline tag inside markdown) with a real HTML tokenizer
 * (htmlparser2) and returns the URLs in `src`, `srcset`, `href`, `poster` and inline
 * `style="...url(...)"`, `id`/`name` anchors and comments, each with its exact span.
 * Tag and attribute names are case-insensitive; either quote style or none works.
 * `masked` is the HTML with Liquid masked; `original` the same span unmasked; `offset` where it starts in the file.
 */
export function scanHtml(masked: string, original: string, offset: number): HtmlScan {
  const references: Reference[] = [];
  const anchors: Anchor[] = [];
  const comments: Comment[] = [];
  let tag = '';
  let attrName = '';
  let valueStart = -1;
  let valueEnd = -1;

  const finishAttribute = (): void => {
    if (!attrName) return;
    const start = valueStart;
    const end = valueEnd;
    const name = attrName;
    attrName = '';
    valueStart = valueEnd = -1;
    if (start < 0) return;
    const raw = original.slice(start, end);
    // Split and search the masked text (Liquid is one opaque word there), take values from the original.
    const maskedValue = masked.slice(start, end);
    const kind = URL_ATTRIBUTES[tag]?.[name];
    if (kind === 'srcset') {
      for (const candidate of splitSrcset(maskedValue)) {
        const candidateRaw = raw.slice(candidate.start, candidate.end);
        references.push(reference('image', candidateRaw, start + candidate.start + offset, start + candidate.end + offset, name));
      }
    } else if (kind) {
      references.push(reference(kind, raw, start + offset, end + offset, name));
    } else if (name === 'style') {
      for (const url of findCssUrls(maskedValue)) references.push(reference('image', raw.slice(url.start, url.end), start + url.start + offset, start + url.end + offset, 'style'));
    }
    if (name === 'id' || (name === 'name' && tag === 'a')) {
      anchors.push({ id: decodeHTMLAttribute(raw), start: start + offset, end: end + offset });
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = masked.slice(start, end).toLowerCase();
      },
      onattribname(start, end) {
        finishAttribute();
        attrName = masked.slice(start, end).toLowerCase();
      },
      onattribdata(start, end) {
        if (valueStart < 0) valueStart = start;
        valueEnd = end;
      },
      onattribentity() {},
      onattribend(_quote, end) {
        if (valueStart < 0 && _quote !== 0) valueStart = valueEnd = end - (_quote === 1 ? 0 : 1);
        finishAttribute();
      },
      onopentagend() {
        finishAttribute();
        tag = '';
      },
      onselfclosingtag() {
        finishAttribute();
        tag = '';
      },
      oncomment(start, end, endOffset) {
        comments.push({ text: original.slice(start, end - endOffset), start: start + offset, end: Math.min(end + 1, original.length) + offset });
      },
      oncdata() {},
      onclosetag() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
      onend() {},
    },
  );
  tokenizer.write(masked);
  tokenizer.end();
  return { references, anchors, comments };
}

function reference(kind: 'image' | 'link', raw: string, start: number, end: number, context: string): Reference {
  return { kind, source: 'html', raw, value: decodeHTMLAttribute(raw), start, end, context };
}

/**
 * A tag without attributes (`<br>`, `</p>`, `<hr/>`): no path, id or comment in it, so the
 * markdown extractors do not hand it to `scanHtml` (prose ends many lines with `<br>`).
 */
export const BARE_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*[ \t]*\/?>$/;

/** A `<` anywhere that does not start a bare tag (`BARE_TAG`, unanchored). */
export const NOT_A_BARE_TAG = new RegExp(`<(?!${BARE_TAG.source.slice('^<'.length, -'$'.length)})`);

/**
 * Splits a `srcset` value into its URL candidates (the URL part only, without the width or density
 * descriptor), following the HTML spec's parsing rules: a URL runs to the next whitespace, and a
 * trailing comma ends it.
 */
export function splitSrcset(value: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  const n = value.length;
  const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (i < n) {
    while (i < n && (isSpace(value[i]) || value[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(value[i])) i++;
    let end = i;
    let trailingComma = false;
    while (end > start && value[end - 1] === ',') {
      end--;
      trailingComma = true;
    }
    if (end > start) out.push({ start, end });
    if (trailingComma) continue;
    // Skip the descriptor up to the next comma (outside parentheses).
    let depth = 0;
    while (i < n) {
      const c = value[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) break;
      i++;
    }
  }
  return out;
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;

/** Finds CSS `url(...)` values in a text, with the span of the URL inside the parentheses and quotes. */
export function findCssUrls(text: string): { raw: string; start: number; end: number }[] {
  const out: { raw: string; start: number; end: number }[] = [];
  CSS_URL.lastIndex = 0;
  for (let m = CSS_URL.exec(text); m; m = CSS_URL.exec(text)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const inner = m[0].indexOf(raw, 4);
    const start = m.index + (inner >= 0 ? inner : 4);
    if (raw !== '') out.push({ raw, start, end: start + raw.length });
  }
  return out;
}
