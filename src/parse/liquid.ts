/**
 * The small part of Liquid that decides where a path points: `{{ site.baseurl }}`, `{{ site.url }}`,
 * `{{ "x" | relative_url }}`, `absolute_url`, `prepend`/`append`, `{% post_url %}` and `{% link %}`.
 * Anything else is "unresolved": the reference is skipped, never guessed.
 */

/** A Liquid tag or output found in a text. Offsets into that text. */
export interface LiquidSpan {
  start: number;
  end: number;
  kind: 'output' | 'tag';
  /** Text between the delimiters, trimmed (`site.baseurl`, `post_url 2019-01-01-x`). */
  inner: string;
}

/** Marker character that replaces Liquid in the text given to the markdown and HTML parsers. */
export const LIQUID_MASK = '\uE000';

const BLOCK_TAGS_HIDDEN = new Set(['comment', 'highlight']);
const TAG_OR_OUTPUT = /\{\{-?([\s\S]*?)-?\}\}|\{%-?([\s\S]*?)-?%\}/g;
/** The same expression, for `evaluateLiquid`. */
const URL_LIQUID = new RegExp(TAG_OR_OUTPUT.source, 'g');

/**
 * Replaces Liquid in `text` with same-length masks so that parsers see one opaque word and
 * every offset stays valid. `{% comment %}` and `{% highlight %}` blocks are masked whole
 * (their content is neither rendered as links nor meant as paths); `{% raw %}` content is kept
 * as literal text.
 */
export function maskLiquid(text: string): { masked: string; spans: LiquidSpan[] } {
  if (!text.includes('{{') && !text.includes('{%')) return { masked: text, spans: [] };
  const spans: LiquidSpan[] = [];
  const out: Masker = { text, pieces: [], at: 0 };
  let hiddenUntil: { tag: string; start: number } | undefined;
  let inRaw = false;
  TAG_OR_OUTPUT.lastIndex = 0;
  for (let m = TAG_OR_OUTPUT.exec(text); m; m = TAG_OR_OUTPUT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind = m[1] !== undefined ? 'output' : 'tag';
    const inner = (m[1] ?? m[2] ?? '').trim();
    const name = kind === 'tag' ? inner.split(/\s+/)[0] ?? '' : '';
    if (inRaw) {
      if (name === 'endraw') {
        inRaw = false;
        mask(out, start, end);
      }
      continue;
    }
    if (hiddenUntil) {
      if (name === `end${hiddenUntil.tag}`) {
        mask(out, hiddenUntil.start, end);
        hiddenUntil = undefined;
      }
      continue;
    }
    if (name === 'raw') {
      inRaw = true;
      mask(out, start, end);
      continue;
    }
    if (BLOCK_TAGS_HIDDEN.has(name)) {
      hiddenUntil = { tag: name, start };
      continue;
    }
    spans.push({ start, end, kind, inner });
    mask(out, start, end);
  }
  if (hiddenUntil) mask(out, hiddenUntil.start, text.length);
  out.pieces.push(text.slice(out.at));
  return { masked: out.pieces.join(''), spans };
}

/** Builds the masked text from pieces (spans are masked in increasing order). */
interface Masker {
  text: string;
  pieces: string[];
  /** Offset up to which `pieces` covers the text. */
  at: number;
}

function mask(out: Masker, start: number, end: number): void {
  if (start < out.at) start = out.at;
  if (end <= start) return;
  out.pieces.push(out.text.slice(out.at, start));
  // Runs of the mask between the span's line breaks, which stay (a regular-expression replace of
  // each character allocated and cost several times more on a 10,000-post blog).
  let from = start;
  for (let i = start; i < end; i++) {
    const c = out.text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    if (i > from) out.pieces.push(maskRun(i - from));
    out.pieces.push(c === 0x0a ? '\n' : '\r');
    from = i + 1;
  }
  if (end > from) out.pieces.push(maskRun(end - from));
  out.at = end;
}

/** `LIQUID_MASK` `length` times; short runs (most Liquid outputs) are made once. */
function maskRun(length: number): string {
  if (length >= SHORT_RUNS.length) return LIQUID_MASK.repeat(length);
  return (SHORT_RUNS[length] ??= LIQUID_MASK.repeat(length));
}

const SHORT_RUNS: string[] = [];
SHORT_RUNS.length = 128;

/** What Liquid needs to know about the site. */
export interface LiquidSite {
  baseurl: string;
  url: string;
  /** Jekyll major version: from 4.0, `post_url` and `link` include `baseurl`. */
  jekyllMajor: 3 | 4;
  /** URL of the post named by `post_url` (`2019-01-01-x` or `sub/2019-01-01-x`), or undefined. */
  postUrl(name: string): string | undefined;
  /** URL of the document at a root-relative source path (`{% link %}`), or undefined. */
  linkUrl(path: string): string | undefined;
}

/** The result of evaluating a value that may contain Liquid. */
export type LiquidValue =
  | { ok: true; value: string; usedLiquid: boolean; baseurlFromLiquid: boolean }
  | { ok: false; reason: string; tag?: { name: string; argument: string } };

/**
 * Evaluates `raw` (a URL as written, possibly with Liquid) to the string the browser gets.
 * A `post_url`/`link` tag whose target does not exist evaluates to not-ok with `tag` set, so
 * the dead-link rule can report it.
 */
export function evaluateLiquid(raw: string, site: LiquidSite): LiquidValue {
  if (!raw.includes('{{') && !raw.includes('{%')) return { ok: true, value: raw, usedLiquid: false, baseurlFromLiquid: false };
  let value = '';
  let last = 0;
  let baseurlFromLiquid = false;
  // Its own expression object (not `maskLiquid`'s), made once: nothing called from the loop
  // evaluates Liquid again, so resetting it per call is enough.
  const re = URL_LIQUID;
  re.lastIndex = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    value += raw.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const out = evaluateOutputOnce(m[1].trim(), site);
      if (out === undefined) return { ok: false, reason: `cannot evaluate \`{{ ${m[1].trim()} }}\`` };
      value += out.text;
      baseurlFromLiquid ||= out.addsBaseurl;
    } else {
      const inner = (m[2] ?? '').trim();
      const [name = '', ...rest] = inner.split(/\s+/);
      const argument = rest.join(' ');
      if (name === 'post_url' || name === 'link') {
        const url = name === 'post_url' ? site.postUrl(argument) : site.linkUrl(argument.replace(/^\/+/, ''));
        if (url === undefined) return { ok: false, reason: `${name} target not found`, tag: { name, argument } };
        const withBase = site.jekyllMajor >= 4 ? site.baseurl + url : url;
        baseurlFromLiquid ||= site.jekyllMajor >= 4 && site.baseurl !== '';
        value += withBase;
      } else {
        return { ok: false, reason: `cannot evaluate \`{% ${inner} %}\`` };
      }
    }
  }
  value += raw.slice(last);
  return { ok: true, value, usedLiquid: true, baseurlFromLiquid };
}

/** Parses the argument of a `post_url`/`link` tag found in body text (tags outside URLs). */
export function tagArgument(inner: string): { name: string; argument: string } {
  const [name = '', ...rest] = inner.split(/\s+/);
  return { name, argument: rest.join(' ') };
}

const STRING_LITERAL = /^(?:"([^"]*)"|'([^']*)')/;

const outputs = new WeakMap<LiquidSite, Map<string, { text: string; addsBaseurl: boolean } | undefined>>();
/** Distinct expressions remembered per site: `{{ site.baseurl }}` repeats in every post, a quoted path rarely. */
const MAX_REMEMBERED_OUTPUTS = 4096;

/** `evaluateOutput`, remembered per site (its result depends only on the expression and the site). */
function evaluateOutputOnce(expression: string, site: LiquidSite): { text: string; addsBaseurl: boolean } | undefined {
  let known = outputs.get(site);
  if (!known) outputs.set(site, (known = new Map()));
  if (known.has(expression)) return known.get(expression);
  const out = evaluateOutput(expression, site);
  if (known.size < MAX_REMEMBERED_OUTPUTS) known.set(expression, out);
  return out;
}

/** Evaluates one `{{ ... }}` expression: a literal or `site.baseurl`/`site.url`, then known filters. */
function evaluateOutput(expression: string, site: LiquidSite): { text: string; addsBaseurl: boolean } | undefined {
  const parts = splitFilters(expression);
  if (!parts) return undefined;
  const [head, ...filters] = parts;
  let text = primary(head!, site);
  if (text === undefined) return undefined;
  let addsBaseurl = head === 'site.baseurl' && site.baseurl !== '';
  for (const filter of filters) {
    const [name, arg] = splitFilter(filter);
    const argValue = arg === undefined ? undefined : primary(arg, site);
    switch (name) {
      case 'relative_url':
        text = relativeUrl(text, site.baseurl);
        addsBaseurl ||= site.baseurl !== '';
        break;
      case 'absolute_url':
        text = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : site.url + relativeUrl(text, site.baseurl);
        addsBaseurl ||= site.baseurl !== '';
        break;
      case 'prepend':
        if (argValue === undefined) return undefined;
        text = argValue + text;
        addsBaseurl ||= arg === 'site.baseurl' && site.baseurl !== '';
        break;
      case 'append':
        if (argValue === undefined) return undefined;
        text = text + argValue;
        break;
      case 'strip':
        text = text.trim();
        break;
      default:
        return undefined;
    }
  }
  return { text, addsBaseurl };
}

function primary(token: string, site: LiquidSite): string | undefined {
  const literal = STRING_LITERAL.exec(token);
  if (literal && literal[0].length === token.length) return literal[1] ?? literal[2] ?? '';
  if (token === 'site.baseurl') return site.baseurl;
  if (token === 'site.url') return site.url;
  return undefined;
}

function splitFilters(expression: string): string[] | undefined {
  const parts: string[] = [];
  let current = '';
  let quote = '';
  for (const c of expression) {
    if (quote) {
      if (c === quote) quote = '';
      current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === '|') {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  if (quote) return undefined;
  parts.push(current.trim());
  return parts;
}

function splitFilter(filter: string): [string, string | undefined] {
  const colon = filter.indexOf(':');
  if (colon === -1) return [filter.trim(), undefined];
  return [filter.slice(0, colon).trim(), filter.slice(colon + 1).trim()];
}

/** Jekyll's `relative_url`: baseurl + path, with exactly one slash between, keeping scheme URLs. */
export function relativeUrl(input: string, baseurl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) || input.startsWith('//')) return input;
  const path = input.startsWith('/') ? input : `/${input}`;
  const base = baseurl.replace(/\/+$/, '');
  return `${base}${path}`.replace(/^\/\/+/, '/');
}
