import MarkdownIt, { type StateInline, type Token } from 'markdown-it';
import { decodeString } from 'micromark-util-decode-string';
import { BARE_TAG, NOT_A_BARE_TAG } from './html.js';
import type { MarkdownScan } from './markdown.js';
import type { Reference } from './reference.js';

/**
 * The fast markdown extractor: markdown-it (a CommonMark parser, about ten times faster than
 * micromark here) with its link, image, reference and inline-HTML rules wrapped to record where
 * each destination sits. markdown-it gives inline positions only relative to a block's content,
 * so every recorded span is mapped back to the source and then verified against the source text;
 * when a span cannot be mapped exactly (tabs expanded in an indent, an unusual container), this
 * returns undefined and the caller uses the micromark extractor (`scanMarkdown`), which is also
 * the oracle this one is tested against (test/parse/markdown-fast.test.ts).
 */
/** markdown-it stops nesting here; deeper content is not parsed (reported by `readable-file`). */
export const MAX_NESTING = 100;

export function scanMarkdownFast(masked: string, original: string, offset: number, maxNesting = MAX_NESTING): MarkdownScan | undefined {
  let normalized = masked.includes('\r') ? masked.replace(/\r\n?/g, '\n') : masked;
  if (normalized.includes('\0')) normalized = normalized.replace(/\0/g, '\uFFFD');
  const recorder: Recorder = { inline: undefined, spans: [], definitions: [], usages: [] };
  current = recorder;
  let tokens: Token[];
  try {
    tokens = parserFor(maxNesting).parse(normalized, {});
  } finally {
    current = undefined;
  }
  const lines = lineStarts(normalized);
  const toSource = masked.length === normalized.length ? (o: number) => o : sourceOffsetMapper(masked, lines);

  const references: Reference[] = [];
  const html: { start: number; end: number }[] = [];
  const headings: MarkdownScan['headings'] = [];

  for (const span of recorder.spans) {
    const mapped = mapInline(span.inline, span.start, span.end, normalized, lines);
    if (!mapped) return undefined;
    const start = toSource(mapped.start);
    const end = toSource(mapped.end);
    if (span.kind === 'html') {
      html.push({ start: start + offset, end: end + offset });
      continue;
    }
    const raw = original.slice(start, end);
    references.push({ kind: span.kind, source: 'markdown', raw, value: decodeString(raw), start: start + offset, end: end + offset, context: span.kind === 'image' ? 'markdown image' : 'markdown link' });
  }

  const kinds = new Map<string, 'image' | 'link'>();
  for (const usage of recorder.usages) if (kinds.get(usage.label) !== 'image') kinds.set(usage.label, usage.kind);
  const seen = new Set<string>();
  for (const def of recorder.definitions) {
    if (seen.has(def.label)) continue;
    seen.add(def.label);
    const kind = kinds.get(def.label);
    if (!kind) continue;
    const start = toSource(def.start);
    const end = toSource(def.end);
    const raw = original.slice(start, end);
    references.push({ kind, source: 'markdown', raw, value: decodeString(raw), start: start + offset, end: end + offset, context: kind === 'image' ? 'markdown image definition' : 'markdown link definition' });
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'html_block' && token.map) {
      const [first, last] = token.map;
      const start = lines[first]! + indentOf(normalized, lines[first]!);
      const end = lineEnd(normalized, lines, last - 1);
      html.push({ start: toSource(start) + offset, end: toSource(end) + offset });
    } else if (token.type === 'heading_open' && token.map) {
      const inline = tokens[i + 1];
      if (!inline || inline.type !== 'inline') continue;
      const mapped = mapInline(inline, 0, inline.content.length, normalized, lines);
      if (!mapped) return undefined;
      const start = toSource(mapped.start);
      const end = toSource(mapped.end);
      headings.push({ raw: original.slice(start, end), start: start + offset, end: end + offset });
    }
  }
  references.sort((a, b) => a.start - b.start);
  html.sort((a, b) => a.start - b.start);
  const deepest = tokens.reduce((max, t) => Math.max(max, t.level), 0);
  return { references, html, headings, ...(deepest >= maxNesting - 2 ? { tooDeep: maxNesting } : {}) };
}

interface Span {
  kind: 'image' | 'link' | 'html';
  inline: Token;
  /** Offsets in the inline token's content. */
  start: number;
  end: number;
}

interface Recorder {
  inline: Token | undefined;
  spans: Span[];
  /** Definitions, offsets in the normalized source. */
  definitions: { label: string; start: number; end: number }[];
  usages: { label: string; kind: 'image' | 'link' }[];
}

let current: Recorder | undefined;

/**
 * What this extractor notes on an inline token (in its `meta`, which markdown-it leaves to
 * plugins: no weak table outlives the parse). `paragraph`: the token is a paragraph's, whose
 * content lines are their source lines' ends, trimmed (a table cell is the middle of a line, an
 * ATX heading loses its closing `#`s). `lineMap`: where each content line starts in the content
 * and in the source, built once (null when it cannot be built).
 */
interface InlineNotes {
  paragraph?: boolean;
  lineMap?: { bases: number[]; contentStarts: number[] } | null;
}

function notesOf(token: Token): InlineNotes {
  return (token.meta ??= {}) as InlineNotes;
}

const parsers = new Map<number, MarkdownIt>();

/** One configured parser per nesting limit (normally just the default). */
function parserFor(maxNesting: number): MarkdownIt {
  let parser = parsers.get(maxNesting);
  if (!parser) parsers.set(maxNesting, (parser = createParser(maxNesting)));
  return parser;
}

function createParser(maxNesting: number): MarkdownIt {
  const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  (parser.options as { maxNesting?: number }).maxNesting = maxNesting;
  // We read destinations from the source, never from the tokens: skip markdown-it's URL
  // normalisation (percent-encoding, punycode) and validation, a tenth of its parse time here.
  parser.normalizeLink = (url: string) => url;
  parser.normalizeLinkText = (url: string) => url;
  parser.validateLink = () => true;
  parser.disable(['replacements', 'smartquotes', 'linkify'], true);
  // The source is normalised before parsing (line endings, NUL), exactly as this rule would:
  // skip its two passes over every post (its newline pattern matches every line, so it copied
  // the whole text each time).
  parser.core.ruler.at('normalize', () => {});
  const helpers = parser.helpers;
  const normalizeReference = parser.utils.normalizeReference;

  // Know which inline token is being parsed, to map inline offsets back to source lines. Only
  // links, images and inline HTML are read from inline tokens (headings are taken from the
  // source), so content that cannot hold one is not parsed at all: most prose.
  parser.core.ruler.at('inline', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== 'inline') continue;
      if (!mayHoldInlineReference(token.content)) {
        token.children ??= [];
        continue;
      }
      if (tokens[i - 1]?.type === 'paragraph_open') notesOf(token).paragraph = true;
      if (current) current.inline = token;
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
    }
  });

  for (const name of ['link', 'image'] as const) {
    const original = ruleFn(parser.inline.ruler, name);
    parser.inline.ruler.at(name, (state, silent) => {
      const start = state.pos;
      const ok = original(state, silent);
      if (!ok || silent || !current?.inline) return ok;
      const labelStart = name === 'image' ? start + 1 : start;
      const labelEnd = helpers.parseLinkLabel(state, labelStart, name === 'link');
      if (labelEnd < 0) return ok;
      let pos = labelEnd + 1;
      if (state.src.charCodeAt(pos) === 0x28 /* ( */) {
        pos++;
        while (pos < state.posMax && /[ \t\n]/.test(state.src[pos]!)) pos++;
        const res = helpers.parseLinkDestination(state.src, pos, state.posMax);
        if (res.ok) {
          const angle = state.src.charCodeAt(pos) === 0x3c /* < */;
          const destStart = angle ? pos + 1 : pos;
          const destEnd = angle ? res.pos - 1 : res.pos;
          if (destEnd > destStart) current.spans.push({ kind: name, inline: current.inline, start: destStart, end: destEnd });
          return ok;
        }
      }
      let label = state.src.slice(labelStart + 1, labelEnd);
      if (state.src.charCodeAt(labelEnd + 1) === 0x5b /* [ */) {
        const close = helpers.parseLinkLabel(state, labelEnd + 1);
        if (close > labelEnd + 2) label = state.src.slice(labelEnd + 2, close);
      }
      current.usages.push({ label: normalizeReference(label), kind: name });
      return ok;
    });
  }

  const htmlInline = ruleFn(parser.inline.ruler, 'html_inline');
  parser.inline.ruler.at('html_inline', (state, silent) => {
    const start = state.pos;
    const ok = htmlInline(state, silent);
    if (ok && !silent && current?.inline && !BARE_TAG.test(state.src.slice(start, state.pos))) current.spans.push({ kind: 'html', inline: current.inline, start, end: state.pos });
    return ok;
  });

  const reference = ruleFn(parser.block.ruler, 'reference') as unknown as BlockRule;
  parser.block.ruler.at('reference', ((state, startLine, endLine, silent) => {
    const ok = reference(state, startLine, endLine, silent);
    if (!ok || silent || !current) return ok;
    const src = state.src;
    const begin = state.bMarks[startLine]! + state.tShift[startLine]!;
    const max = state.eMarks[state.line - 1]!;
    let pos = begin + 1;
    while (pos < max && src[pos] !== ']') pos += src[pos] === '\\' ? 2 : 1;
    const label = normalizeReference(src.slice(begin + 1, pos));
    pos += 2; // `]:`
    while (pos < max && /[ \t\n]/.test(src[pos]!)) pos++;
    const res = helpers.parseLinkDestination(src, pos, max);
    if (res.ok) {
      const angle = src.charCodeAt(pos) === 0x3c;
      current.definitions.push({ label, start: angle ? pos + 1 : pos, end: angle ? res.pos - 1 : res.pos });
    }
    return ok;
  }) as BlockRule as never);
  return parser;
}

/**
 * False when inline parsing could find nothing we record: a link or image needs `[`, inline HTML
 * that carries a path, an id or a comment and an autolink need a `<` that is not a bare tag.
 */
export function mayHoldInlineReference(content: string): boolean {
  return content.includes('[') || NOT_A_BARE_TAG.test(content);
}

type BlockRule = (state: { src: string; bMarks: number[]; tShift: number[]; eMarks: number[]; line: number }, startLine: number, endLine: number, silent: boolean) => boolean;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

function ruleFn(ruler: unknown, name: string): InlineRule {
  const rules = (ruler as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule ${name}`);
  return rule.fn;
}

/** Per inline token: where each content line starts in the content and in the source (built once). */
function lineMapOf(inline: Token, src: string, lines: number[]): { bases: number[]; contentStarts: number[] } | undefined {
  const notes = notesOf(inline);
  const cached = notes.lineMap;
  if (cached !== undefined) return cached ?? undefined;
  let result: { bases: number[]; contentStarts: number[] } | null = null;
  if (inline.map) {
    const content = inline.content;
    const bases: number[] = [];
    const contentStarts: number[] = [];
    let ok = true;
    for (let i = 0, pieceStart = 0; pieceStart <= content.length; i++) {
      let pieceEnd = content.indexOf('\n', pieceStart);
      if (pieceEnd === -1) pieceEnd = content.length;
      const lineIndex = inline.map[0] + i;
      if (lineIndex >= lines.length) {
        ok = false;
        break;
      }
      const lineStart = lines[lineIndex]!;
      const end = lineEnd(src, lines, lineIndex);
      const length = pieceEnd - pieceStart;
      // markdown-it cuts each paragraph line from its source line's end (container prefixes and
      // indentation removed at the start; the paragraph trimmed, so the last line may have lost
      // trailing white space) and changes it nowhere else but at its start (a tab expanded to
      // spaces). So a line that does not start with white space, starts with what its source
      // holds at that point and ends with the source line's last non-blank character is that
      // suffix, without comparing every character (long one-line paragraphs made that a fifth of
      // the markdown time). Other lines are compared in full, then searched.
      let at = -1;
      const last = pieceEnd === content.length ? trimmedEnd(src, lineStart, end) : end;
      if (notes.paragraph === true && length > 0 && last - length >= lineStart && !isJsWhiteSpace(content.charCodeAt(pieceStart)) && src.charCodeAt(last - length) === content.charCodeAt(pieceStart) && src.charCodeAt(last - 1) === content.charCodeAt(pieceEnd - 1)) {
        at = last - length - lineStart;
      }
      if (at < 0 && end - length >= lineStart && sameText(src, end - length, content, pieceStart, length)) at = end - length - lineStart;
      if (at < 0) at = src.slice(lineStart, end).indexOf(content.slice(pieceStart, pieceEnd));
      if (at < 0) {
        ok = false;
        break;
      }
      bases.push(lineStart + at);
      contentStarts.push(pieceStart);
      pieceStart = pieceEnd + 1;
    }
    if (ok) result = { bases, contentStarts };
  }
  notes.lineMap = result;
  return result ?? undefined;
}

/**
 * Maps a span of an inline token's content to normalized-source offsets. Content lines are the
 * source lines of the token's block with container prefixes and indentation removed, so each is
 * found in its source line (as a suffix, else by search); the mapped text must equal the content
 * text, or the mapping is refused.
 */
function mapInline(inline: Token, start: number, end: number, src: string, lines: number[]): { start: number; end: number } | undefined {
  const lineMap = lineMapOf(inline, src, lines);
  if (!lineMap) return undefined;
  const content = inline.content;
  const { bases, contentStarts } = lineMap;
  const map = (o: number): number => {
    const i = lastAtOrBefore(contentStarts, o);
    return bases[i]! + (o - contentStarts[i]!);
  };
  const mappedStart = map(start);
  const mappedEnd = end === start ? mappedStart : map(end - 1) + 1;
  if (mappedEnd - mappedStart !== end - start || !sameText(src, mappedStart, content, start, end - start)) return undefined;
  return { start: mappedStart, end: mappedEnd };
}

/** Where `src.slice(start, end)` ends once trailing white space is trimmed as `String#trim` does. */
function trimmedEnd(src: string, start: number, end: number): number {
  while (end > start && isJsWhiteSpace(src.charCodeAt(end - 1))) end--;
  return end;
}

/** White space as `String#trim` and `\s` see it (markdown-it trims block content with `trim`). */
function isJsWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `a.slice(aStart, aStart + length) === b.slice(bStart, bStart + length)`, without the copies. */
function sameText(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  if (aStart < 0 || aStart + length > a.length || bStart + length > b.length) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineEnd(text: string, starts: number[], index: number): number {
  const next = starts[index + 1];
  return next === undefined ? text.length : next - 1;
}

function indentOf(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === ' ') n++;
  return n;
}

/** Maps offsets of the newline-normalized text back to the text with `\r\n`/`\r` line endings. */
function sourceOffsetMapper(text: string, normalizedStarts: number[]): (o: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return (o: number) => {
    const i = lastAtOrBefore(normalizedStarts, o);
    return starts[i]! + (o - normalizedStarts[i]!);
  };
}

/** Index of the last element of a sorted list that is ≤ `value` (0 when none is). */
function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
