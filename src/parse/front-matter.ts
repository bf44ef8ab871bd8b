import { isMap, isScalar, isSeq, isAlias, parseDocument, type Node as YamlNode } from 'yaml';
import { detach } from './source-file.js';
import { parseFrontMatterFast, type FastOptions } from './front-matter-fast.js';
import { psychTags } from './yaml-schema.js';

/** Where the front-matter block sits in a file's text (offsets, BOM excluded). */
export interface FrontMatterBlock {
  /** Offset where the YAML text starts (after the opening `---` line). */
  yamlStart: number;
  /** Offset where the YAML text ends (start of the closing line). */
  yamlEnd: number;
  /** Offset where the body starts (after the closing line), or the end of the text when unclosed. */
  bodyStart: number;
  /** False when the block opens but no `---`/`...` line closes it. */
  closed: boolean;
}

/** A YAML value with the source span of the value itself (offsets into the file text). */
export type FmNode = FmScalar | FmMap | FmSeq;

export interface FmScalar {
  kind: 'scalar';
  value: unknown;
  /** Span of the scalar as written, quotes included. */
  start: number;
  end: number;
  style: 'plain' | 'single' | 'double' | 'block';
}

export interface FmEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: FmNode | undefined;
}

export interface FmMap {
  kind: 'map';
  entries: FmEntry[];
  start: number;
  end: number;
}

export interface FmSeq {
  kind: 'seq';
  items: (FmNode | undefined)[];
  start: number;
  end: number;
}

/** A YAML problem at a place in the file. */
export interface YamlProblem {
  message: string;
  code: string;
  start: number;
  end: number;
}

/** Parsed front matter. `data` is the plain value Jekyll would see (empty when the YAML is broken). */
export interface FrontMatter {
  block: FrontMatterBlock;
  data: Record<string, unknown>;
  tree: FmMap | undefined;
  errors: YamlProblem[];
  /** Keys given twice in one mapping: Psych keeps the last value, so the data is still used. */
  duplicateKeys: YamlProblem[];
  /** The YAML is valid but its top level is not a mapping (a list, a string). */
  notAMapping: boolean;
}

/** Limits that keep hostile YAML from exhausting memory. */
export interface YamlLimits {
  maxAliasCount: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100 };

const OPEN_LINE = /^---[ \t]*(?:\r\n|\n|\r|$)/;
const CLOSE_LINE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds the front-matter block the way Jekyll does (`Document::YAML_FRONT_MATTER_REGEXP`): the file
 * starts with a `---` line and the block ends at the first following line that is `---` or `...`.
 * Returns undefined when the file has no front matter.
 */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const open = OPEN_LINE.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  let lineStart = yamlStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // Only a line starting with `-` or `.` can close the block: no other line is cut out and tested.
    const first = text.charCodeAt(lineStart);
    if ((first === 0x2d || first === 0x2e) && CLOSE_LINE.test(text.slice(lineStart, contentEnd))) {
      return { yamlStart, yamlEnd: lineStart, bodyStart: Math.min(lineEnd + 1, text.length), closed: true };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return { yamlStart, yamlEnd: text.length, bodyStart: text.length, closed: false };
}

/**
 * Parses a front-matter block as YAML 1.1 (what Jekyll's Psych reads: `yes`/`no` booleans,
 * timestamps), with duplicate keys and alias bombs reported as problems, and every value's span.
 * The common subset of front matter is read by a hand-written parser (front-matter-fast.ts); it
 * declines anything else, which the `yaml` library then parses.
 */
export function parseFrontMatter(text: string, block: FrontMatterBlock, limits: YamlLimits = DEFAULT_YAML_LIMITS, options: FastOptions = {}): FrontMatter {
  let fast: FrontMatter | undefined;
  try {
    // The fast parser copies the values it keeps out of the text (unless told its caller does).
    fast = parseFrontMatterFast(text, block, options);
  } catch {
    // A bug in the fast path must not cost the user a run: the library parses it (the tests call
    // the fast path directly, so such a bug still fails them).
    fast = undefined;
  }
  if (fast) return fast;
  // The library's values are cut from the text: cut them from a copy of the head only, so that
  // what is kept of the front matter does not keep the whole post's text alive once it is released.
  const head = block.yamlEnd < text.length ? detach(text.slice(0, block.yamlEnd)) : text;
  return parseFrontMatterWithYaml(head, block, limits);
}

/**
 * `parseFrontMatter` with the `yaml` library only: the fallback of the fast parser, and the oracle
 * it is tested against.
 */
export function parseFrontMatterWithYaml(text: string, block: FrontMatterBlock, limits: YamlLimits = DEFAULT_YAML_LIMITS): FrontMatter {
  const yamlText = text.slice(block.yamlStart, block.yamlEnd);
  const base = block.yamlStart;
  const result: FrontMatter = { block, data: {}, tree: undefined, errors: [], duplicateKeys: [], notAMapping: false };
  if (yamlText.trim() === '') return result;
  let doc;
  try {
    doc = parseDocument(yamlText, { version: '1.1', customTags: psychTags, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: false });
  } catch (error) {
    result.errors.push({ message: String((error as Error).message ?? error), code: 'YAML_EXCEPTION', start: base, end: base });
    return result;
  }
  for (const error of doc.errors) {
    const [start, end] = error.code === 'MISSING_CHAR' ? openingQuoteSpan(yamlText, error.pos[0]) ?? error.pos : error.code === 'RESOURCE_EXHAUSTION' ? topLevelEntrySpan(yamlText, error.pos[0]) : error.pos;
    const problem = { message: firstLine(error.message), code: error.code, start: base + notInsideCrlf(yamlText, start), end: base + notInsideCrlf(yamlText, Math.max(start, end)) };
    if (error.code === 'DUPLICATE_KEY') result.duplicateKeys.push(problem);
    // Like Psych, stop at the first syntax error (a 5,000-deep flow would otherwise give dozens).
    else if (result.errors.length === 0) result.errors.push(problem);
  }
  if (result.errors.length > 0) return result;
  const contents = doc.contents as YamlNode | null;
  if (contents && !isMap(contents)) {
    result.notAMapping = true;
    return result;
  }
  try {
    const data = doc.toJS({ maxAliasCount: limits.maxAliasCount }) as unknown;
    result.data = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const at = contents?.range?.[0] ?? 0;
    result.errors.push({ message: firstLine(String((error as Error).message)), code: 'ALIAS_LIMIT', start: base + at, end: base + at });
    return result;
  }
  result.tree = contents ? (toNode(contents, base, yamlText) as FmMap) : undefined;
  return result;
}

function toNode(node: unknown, base: number, source: string): FmNode | undefined {
  if (isAlias(node)) return undefined;
  if (isScalar(node)) {
    const [start, end] = node.range ?? [0, 0];
    const type = node.type;
    const style = type === 'QUOTE_SINGLE' ? 'single' : type === 'QUOTE_DOUBLE' ? 'double' : type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL' ? 'block' : 'plain';
    return { kind: 'scalar', value: node.value, start: base + start, end: base + trimEnd(source, start, end), style };
  }
  if (isMap(node)) {
    const [start, , end] = node.range ?? [0, 0, 0];
    const entries: FmEntry[] = [];
    for (const pair of node.items) {
      const key = pair.key;
      const keyRange = isScalar(key) && key.range ? key.range : [0, 0];
      entries.push({
        key: isScalar(key) ? String(key.value) : String(key),
        keyStart: base + keyRange[0],
        keyEnd: base + keyRange[1],
        value: toNode(pair.value, base, source),
      });
    }
    return { kind: 'map', entries, start: base + start, end: base + end };
  }
  if (isSeq(node)) {
    const [start, , end] = node.range ?? [0, 0, 0];
    return { kind: 'seq', items: node.items.map((item) => toNode(item, base, source)), start: base + start, end: base + end };
  }
  return undefined;
}

/** A plain scalar's range may include trailing spaces before a comment: exclude them. */
function trimEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  return e;
}

/** An offset between a `\r` and its `\n` belongs to the end of that line. */
function notInsideCrlf(text: string, offset: number): number {
  const o = Math.min(Math.max(offset, 0), text.length);
  return o > 0 && text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o;
}

/**
 * An unterminated quoted scalar is reported by the parser where the text ends; Psych (and the
 * author) think of it where the quote opens. Finds the last opening quote before `pos` and
 * returns the span from it to the end of its line.
 */
function openingQuoteSpan(text: string, pos: number): [number, number] | undefined {
  const opening = /(?:^|[:\-[,{]\s*|\s)(["'])/g;
  let found: number | undefined;
  for (let m = opening.exec(text); m && m.index < pos; m = opening.exec(text)) {
    const quoteAt = m.index + m[0].length - 1;
    const lineEnd = text.indexOf('\n', quoteAt);
    const rest = text.slice(quoteAt + 1, lineEnd === -1 ? text.length : lineEnd);
    if (!rest.includes(m[1]!)) found = quoteAt;
  }
  if (found === undefined) return undefined;
  let lineEnd = text.indexOf('\n', found);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return [found, lineEnd];
}

/**
 * Where to report nesting that exhausted the parser's stack: the first line of the top-level
 * entry that holds it. The parser stops wherever its stack runs out, which depends on the thread
 * (a worker's stack is not the main thread's), so its own position would make findings differ
 * with the number of threads.
 */
function topLevelEntrySpan(text: string, pos: number): [number, number] {
  let lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(pos, text.length) - 1)) + 1;
  while (lineStart > 0 && !/^[^\s#]/.test(text.slice(lineStart, lineStart + 1))) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return [lineStart, Math.min(lineEnd, lineStart + 1)];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** Finds a top-level entry of the front-matter tree by key. */
export function getEntry(tree: FmMap | undefined, key: string): FmEntry | undefined {
  return tree?.entries.find((entry) => entry.key === key);
}

/** Walks every scalar of a tree with its dotted key path (`image.path`, `gallery[0].url`). */
export function walkScalars(node: FmNode | undefined, visit: (scalar: FmScalar, keyPath: string) => void, keyPath = ''): void {
  if (!node) return;
  if (node.kind === 'scalar') visit(node, keyPath);
  else if (node.kind === 'map') for (const entry of node.entries) walkScalars(entry.value, visit, keyPath ? `${keyPath}.${entry.key}` : entry.key);
  else node.items.forEach((item, index) => walkScalars(item, visit, `${keyPath}[${index}]`));
}

/**
 * The span of a scalar's content, without quotes: where a fix that replaces the value goes.
 * Returns undefined for block scalars, whose content cannot be replaced by a simple span edit.
 */
export function scalarContentSpan(scalar: FmScalar): { start: number; end: number } | undefined {
  if (scalar.style === 'block') return undefined;
  if (scalar.style === 'plain') return { start: scalar.start, end: scalar.end };
  return { start: scalar.start + 1, end: scalar.end - 1 };
}
