import { Document, isScalar } from 'yaml';
import type { FmEntry, FmMap, FmNode, FmScalar, FmSeq, FrontMatter, FrontMatterBlock } from './front-matter.js';
import { EMPTY_VALUE_FIRST, inlineHasValue } from './front-matter-keys.js';
import { intern, keep } from './source-file.js';
import { psychTags } from './yaml-schema.js';

/**
 * The fast front-matter parser: a hand-written reader for the small part of YAML that Jekyll front
 * matter uses, about ten times faster than the `yaml` library's `parseDocument` + `toJS`. It
 * returns exactly the `FrontMatter` that `parseFrontMatterWithYaml` (the oracle, in
 * front-matter.ts) returns, same `data` (key order, `Date`s, `null`s) and same `tree` (every
 * offset), or `undefined` ("decline") when the text leaves the subset or anything is doubtful; the
 * caller then runs the `yaml` library. Declining is always safe, a different result is a bug:
 * test/parse/front-matter-fast.test.ts compares the two on hand-written and generated inputs.
 *
 * The subset (everything else declines):
 * - a block mapping at indent 0, its keys plain `[A-Za-z_][A-Za-z0-9_-]*` followed by `:` and a
 *   space, a tab or the end of the line; no duplicate keys, no keys that YAML 1.1 reads as a
 *   boolean or null (`y`, `no`, `null`...), no `__proto__`/`constructor`/`prototype`;
 * - values on the key's line: one-line plain scalars (no `: `, no `:` at the end, no indicator
 *   character at the start), one-line single-quoted scalars, one-line double-quoted scalars
 *   without a backslash, one-line flow sequences of such scalars (no nesting, no `:` or `#`), and
 *   block scalars `|`/`>` with optional `-`/`+` chomping whose content lines all sit at the
 *   indentation of the first one (no indentation digit, no leading blank line, no more-indented
 *   line, not even a blank one);
 * - values on the following lines: a more-indented block mapping (recursively the same), or a
 *   block sequence (its `-` more indented than the key or at the key's indent) whose items are
 *   one-line scalars, flow sequences or `- key: value` mappings (recursively the same, at the
 *   column of their first key); `key:` followed by nothing is null. No empty item (`-` alone),
 *   no block scalar and no list directly in an item;
 * - blank lines, full-line comments at any indent, and ` # comments` after values and after a
 *   bare `key:`;
 * - LF or CRLF line ends; no lone CR, no tab in an indentation (not even of a blank line), no
 *   control characters, no last line of spaces without a line break;
 * - at most 64 levels of nesting, keys of at most 1,000 characters.
 *
 * Plain scalars are resolved with the library's own YAML 1.1 tags (`tag.test`, then
 * `tag.resolve`), in the order `composeScalar` tries them, so booleans, nulls, integers,
 * sexagesimals, floats and timestamps come out as the library makes them.
 *
 * Offsets follow the library's CST rules (yaml/dist/parse/lexer.js, parser.js, compose/*): a
 * scalar's span is its text (quotes included, trailing blanks excluded; a block scalar from its
 * `|`/`>` to after its last content line, or its last trailing blank line with `+`); an empty
 * value sits after the `:` and the blanks that follow it; a collection starts at its first key or
 * `-` and ends where its last value ends (its `range[2]`), a value on one line ending after its
 * line break. Blank and comment lines after a value are where the library's parser puts them: a
 * comment line indented more than the collection right after a flow value (or after such
 * comments and blank lines) extends that value; other trailing lines stay in the innermost
 * collection (and extend its end up to the next content token) when one of them is a comment
 * indented at least as much as that collection (which is not at indent 0), else they move to the
 * parent and are checked again there; after an empty value they stay with it, and extend it the
 * same way when one is a comment and the mapping ends there.
 */
export function parseFrontMatterFast(text: string, block: FrontMatterBlock, options: FastOptions = {}): FrontMatter | undefined {
  const { yamlStart, yamlEnd } = block;
  if (yamlEnd <= yamlStart) return undefined;
  if (!precheck(text, yamlStart, yamlEnd)) return undefined;
  try {
    const parser = new FastParser(text, yamlStart, yamlEnd, options.keepStrings ?? true);
    const parsed = parser.document();
    const result: FrontMatter = { block, data: parsed.data, tree: parsed.tree, errors: [], duplicateKeys: [], notAMapping: false };
    valuedKeys.set(result, parser.plainBlockStyle ? parser.valued : null);
    return result;
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

/**
 * The top-level keys that carry a value, as `keysWithValues` (front-matter-keys.ts) finds them in
 * the same text, for front matter the fast parser read (undefined for any other); null where
 * `keysWithValues` finds no plain block style (a top-level list item at column 0). The parser
 * meets every line anyway: a second pass over each of a pull request's 10,000 heads is saved.
 */
export function valuedKeysOf(fm: FrontMatter): string[] | null | undefined {
  return valuedKeys.get(fm);
}

const valuedKeys = new WeakMap<FrontMatter, string[] | null>();

/** How the fast parser's result is used. */
export interface FastOptions {
  /**
   * Copy string values out of the text (default), so that they do not keep it alive. False when
   * the caller keeps only a few values and copies those itself (a link target's URL keys).
   */
  keepStrings?: boolean;
}

/** Thrown (and caught above) when the input leaves the subset. */
const DECLINE = new Error('front matter outside the fast subset');

function decline(): never {
  throw DECLINE;
}

/** Characters the fast path leaves to the library: controls, NEL, line/paragraph separators, BOM, non-characters. */
const ODD_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** A lone CR, or a tab in an indentation (possibly of a blank line). */
const LONE_CR_OR_TAB_INDENT = /\r(?!\n)|(?:^|\n) *\t/;

function precheck(text: string, start: number, end: number): boolean {
  const yaml = start === 0 && end === text.length ? text : text.slice(start, end);
  // Most front matter has no CR and no tab at all: two native searches instead of the expression.
  return !ODD_CHARACTER.test(yaml) && !((yaml.includes('\r') || yaml.includes('\t')) && LONE_CR_OR_TAB_INDENT.test(yaml));
}

// ---------------------------------------------------------------------------------------------
// Scalar resolution: the library's YAML 1.1 schema, used the way compose-scalar.js uses it.

interface ScalarTagLike {
  default?: boolean | 'key';
  test?: RegExp;
  collection?: string;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}

const RESOLVER = new Document(undefined, { version: '1.1', customTags: psychTags, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: false });
/** The tags `findScalarTagByTest` considers for a value (not a key), in its order. */
const VALUE_TAGS = (RESOLVER.schema.tags as ScalarTagLike[]).filter((tag) => tag.default === true && !tag.collection && tag.test instanceof RegExp);
/** Keys are also tested against `default: 'key'` tags (the `<<` merge key). */
const KEY_TAGS = (RESOLVER.schema.tags as ScalarTagLike[]).filter((tag) => (tag.default === true || tag.default === 'key') && !tag.collection && tag.test instanceof RegExp);
const RESOLVE_OPTIONS = RESOLVER.options;

/**
 * The first characters of a plain scalar that any of those tags can match (their `test`s, listed
 * in test/parse/front-matter-fast.test.ts, which fails if the library's change): `~`, the
 * letters of null, booleans and exponents, signs, digits, `.` and `<` (the merge key). Any other
 * plain scalar is a string, without trying a dozen expressions on it.
 */
const TAGGED_FIRST = new Set([...'~NnYyTtOoFfEe+-.<0123456789'].map((c) => c.charCodeAt(0)));

/** The value of a plain scalar, as the library resolves it; declines where the library would report an error. */
function resolvePlain(source: string): unknown {
  if (source.length > 0 && !TAGGED_FIRST.has(source.charCodeAt(0))) return source;
  const common = COMMON_PLAIN.get(source);
  return common !== undefined ? common.value : resolveByTags(source);
}

/** `resolvePlain` of a scalar that a tag may match: the tags tried in order. */
function resolveByTags(source: string): unknown {
  for (const tag of VALUE_TAGS) {
    if (!tag.test!.test(source)) continue;
    let failed = false;
    let resolved: unknown;
    try {
      resolved = tag.resolve(source, () => (failed = true), RESOLVE_OPTIONS);
    } catch {
      decline();
    }
    if (failed) decline();
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return source;
}

/**
 * Plain scalars that recur in most front matter (`comments: true`), resolved once, by the tags,
 * when this module loads (the boolean tag builds a node for each, 0.3 µs a value).
 */
const COMMON_PLAIN = new Map(['true', 'false'].map((source) => [source, { value: resolveByTags(source) }]));

/** True when a plain key is a string for the library (not `yes`, `null`, `<<`...). */
function isStringKey(source: string): boolean {
  if (source.length > 0 && !TAGGED_FIRST.has(source.charCodeAt(0))) return true;
  // `title`, `tags`, `excerpt`... recur in every post: tested once each.
  let known = stringKeys.get(source);
  if (known === undefined) {
    known = !KEY_TAGS.some((tag) => tag.test!.test(source));
    if (stringKeys.size < 4096 && source.length <= 64) stringKeys.set(source, known);
  }
  return known;
}

const stringKeys = new Map<string, boolean>();

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------------------------
// The parser.

/** Trailing blank/comment lines that the innermost collection passed on to its parent (see the top comment). */
interface Pending {
  /** Where those lines end (with the next content line's indentation). */
  end: number;
  /** The largest indent of a comment among them, -1 when there is none. */
  maxCommentIndent: number;
}

interface Parsed<T> {
  node: T;
  data: unknown;
  /** The library's `range[2]` of the collection. */
  end: number;
  pending: Pending | undefined;
}

const MAX_DEPTH = 64;
const MAX_KEY_LENGTH = 1000;

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class FastParser {
  private readonly text: string;
  private readonly limit: number;
  /** Per line: start offset, end of its content (before `\r\n`/`\n`), start of the next line. */
  private readonly lineStart: number[] = [];
  private readonly contentEnd: number[] = [];
  private readonly nextStart: number[] = [];
  /** Per line: number of leading spaces, or -1 for a blank line; `-2` until computed. */
  private readonly indents: number[] = [];
  private readonly lineCount: number;
  /** The current line. */
  private line = 0;
  /** Top-level keys that carry a value (`valuedKeysOf`), and whether the block is plain block style to `keysWithValues`. */
  readonly valued: string[] = [];
  plainBlockStyle = true;

  constructor(
    text: string,
    start: number,
    end: number,
    private readonly keepStrings: boolean,
  ) {
    this.text = text;
    this.limit = end;
    let pos = start;
    while (pos < end) {
      let nl = text.indexOf('\n', pos);
      if (nl === -1 || nl >= end) nl = -1;
      const lineEnd = nl === -1 ? end : nl;
      this.lineStart.push(pos);
      this.contentEnd.push(lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
      this.nextStart.push(nl === -1 ? end : nl + 1);
      this.indents.push(-2);
      pos = nl === -1 ? end : nl + 1;
    }
    this.lineCount = this.lineStart.length;
    // A last line of spaces without a line break is no blank line to the lexer (it ends no block scalar).
    const last = this.lineCount - 1;
    if (this.nextStart[last] === this.contentEnd[last] && this.contentEnd[last]! > this.lineStart[last]! && this.indent(last) === -1) decline();
  }

  private scalar(value: unknown, start: number, end: number, style: FmScalar['style']): FmScalar {
    // Values outlive the text they were cut from (the whole front matter would stay in memory).
    return { kind: 'scalar', value: this.keepStrings && typeof value === 'string' ? keep(value) : value, start, end, style };
  }

  /** Leading spaces of line `i`, or -1 when it is blank (spaces only). */
  private indent(i: number): number {
    let cached = this.indents[i]!;
    if (cached !== -2) return cached;
    const start = this.lineStart[i]!;
    const end = this.contentEnd[i]!;
    let p = start;
    while (p < end && this.text.charCodeAt(p) === SPACE) p++;
    cached = p === end ? -1 : p - start;
    this.indents[i] = cached;
    return cached;
  }

  /** A blank or comment line (not content). */
  private isTrivia(i: number): boolean {
    const indent = this.indent(i);
    return indent === -1 || this.text.charCodeAt(this.lineStart[i]! + indent) === HASH;
  }

  private isSeqItem(i: number, indent: number): boolean {
    const p = this.lineStart[i]! + indent;
    if (this.text.charCodeAt(p) !== DASH) return false;
    return p + 1 === this.contentEnd[i] || this.text.charCodeAt(p + 1) === SPACE || this.text.charCodeAt(p + 1) === TAB;
  }

  document(): { data: Record<string, unknown>; tree: FmMap } {
    while (this.line < this.lineCount && this.isTrivia(this.line)) this.line++;
    if (this.line >= this.lineCount || this.indent(this.line) !== 0) decline();
    const map = this.map(0, 0);
    if (this.line !== this.lineCount) decline();
    return { data: map.data as Record<string, unknown>, tree: map.node };
  }

  /** Whether a key (`[A-Za-z_][A-Za-z0-9_-]*`, then `:` and a blank or the end of the line) starts at `p`. */
  private keyAt(p: number, lineEnd: number): boolean {
    return this.keyEnd(p, lineEnd) !== -1;
  }

  /** The end of the key starting at `p` (before its `:`), or -1 when no key starts there. */
  private keyEnd(p: number, lineEnd: number): number {
    const text = this.text;
    let c = text.charCodeAt(p);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
    let q = p + 1;
    for (; q < lineEnd; q++) {
      c = text.charCodeAt(q);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === DASH)) break;
    }
    if (q >= lineEnd || text.charCodeAt(q) !== COLON) return -1;
    if (q + 1 < lineEnd && text.charCodeAt(q + 1) !== SPACE && text.charCodeAt(q + 1) !== TAB) return -1;
    return q;
  }

  /** The block mapping whose first key is on the current line, at column `indent`. */
  private map(indent: number, depth: number): Parsed<FmMap> {
    if (depth > MAX_DEPTH) decline();
    const text = this.text;
    const entries: FmEntry[] = [];
    const data: Record<string, unknown> = {};
    const seen = new Set<string>();
    const mapStart = this.lineStart[this.line]! + indent;
    let valueEnd = mapStart;
    let pending: Pending | undefined;
    for (;;) {
      const i = this.line;
      const lineEnd = this.contentEnd[i]!;
      const keyStart = this.lineStart[i]! + indent;
      const keyEnd = this.keyEnd(keyStart, lineEnd);
      if (keyEnd === -1) decline();
      let p = keyEnd + 1;
      const key = intern(text.slice(keyStart, keyEnd));
      if (key.length > MAX_KEY_LENGTH || FORBIDDEN_KEYS.has(key) || seen.has(key) || !isStringKey(key)) decline();
      seen.add(key);
      while (p < lineEnd && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;

      let value: FmNode;
      let jsValue: unknown;
      pending = undefined;
      // What `keysWithValues` counts as a value: the text after `key:` (not a comment), else lines
      // below the key.
      let valued = depth === 0 && p < lineEnd && (!EMPTY_VALUE_FIRST.has(text.charCodeAt(p)) || inlineHasValue(text.slice(p, lineEnd)));
      if (p === lineEnd || text.charCodeAt(p) === HASH) {
        // Nothing (but maybe a comment) after `key:`: a nested collection, or null. The lines up
        // to the next content line stay with the empty value (its `sep` tokens): when one of them
        // is a comment and the mapping ends here, the empty value's range[2], hence the mapping's
        // end, reaches the next content token (parser.js `blockMap`, compose-node.js `composeEmptyNode`).
        let hasComment = p < lineEnd;
        let j = i + 1;
        for (; j < this.lineCount && this.isTrivia(j); j++) if (this.indent(j) !== -1) hasComment = true;
        const next = j < this.lineCount ? this.indent(j) : -1;
        this.line = j;
        if (next > indent || (next === indent && this.isSeqItem(j, next))) {
          if (depth === 0 && next === 0) this.plainBlockStyle = false;
          valued = true;
          const child = this.isSeqItem(j, next) ? this.seq(next, depth + 1) : this.map(next, depth + 1);
          value = child.node;
          jsValue = child.data;
          valueEnd = child.end;
          pending = child.pending;
        } else {
          jsValue = resolvePlain('');
          value = this.scalar(jsValue, p, p, 'plain');
          valueEnd = !hasComment || next === indent ? p : next === -1 ? this.limit : this.lineStart[j]! + next;
        }
      } else {
        const c0 = text.charCodeAt(p);
        let flowValue = true;
        if (c0 === 124 /* | */ || c0 === 62 /* > */) {
          const blockScalar = this.blockScalar(p, indent);
          value = blockScalar.node;
          jsValue = blockScalar.node.value;
          valueEnd = blockScalar.end;
          flowValue = false;
        } else {
          const inline = this.inlineValue(p);
          value = inline.node;
          jsValue = inline.data;
          valueEnd = this.nextStart[i]!;
          this.line = i + 1;
        }
        const trivia = this.trailingTrivia(indent, flowValue, valueEnd);
        valueEnd = trivia.valueEnd;
        pending = trivia.pending;
        if (value.kind === 'seq') value.end = valueEnd;
      }
      entries.push({ key, keyStart, keyEnd, value });
      data[key] = jsValue;
      if (valued && depth === 0) this.valued.push(key);

      if (this.line >= this.lineCount) break;
      const next = this.indent(this.line);
      if (next === indent) continue;
      if (next < indent) break;
      decline();
    }
    return this.close({ kind: 'map', entries, start: mapStart, end: 0 }, data, indent, valueEnd, pending);
  }

  /** The block sequence whose first `-` is on the current line, at `indent`. */
  private seq(indent: number, depth: number): Parsed<FmSeq> {
    if (depth > MAX_DEPTH) decline();
    const text = this.text;
    const items: FmNode[] = [];
    const data: unknown[] = [];
    const seqStart = this.lineStart[this.line]! + indent;
    let valueEnd = seqStart;
    let pending: Pending | undefined;
    for (;;) {
      const i = this.line;
      const lineEnd = this.contentEnd[i]!;
      let p = this.lineStart[i]! + indent + 1;
      // `- ` then spaces; `-` alone (an empty item) and a tab after it are left to the library.
      while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
      if (p === lineEnd || text.charCodeAt(p) === TAB || p === this.lineStart[i]! + indent + 1) decline();
      const c0 = text.charCodeAt(p);
      if (c0 === HASH || c0 === 124 || c0 === 62) decline();
      if (this.keyAt(p, lineEnd)) {
        // `- key: value`: a block mapping whose indent is the column of its first key.
        const child = this.map(p - this.lineStart[i]!, depth + 1);
        valueEnd = child.end;
        pending = child.pending;
        items.push(child.node);
        data.push(child.data);
      } else {
        const inline = this.inlineValue(p);
        this.line = i + 1;
        const trivia = this.trailingTrivia(indent, true, this.nextStart[i]!);
        valueEnd = trivia.valueEnd;
        pending = trivia.pending;
        if (inline.node.kind === 'seq') inline.node.end = valueEnd;
        items.push(inline.node);
        data.push(inline.data);
      }

      if (this.line >= this.lineCount) break;
      const next = this.indent(this.line);
      if (next === indent && this.isSeqItem(this.line, next)) continue;
      if (next <= indent) break;
      decline();
    }
    return this.close({ kind: 'seq', items, start: seqStart, end: 0 }, data, indent, valueEnd, pending);
  }

  /** Where a popped collection ends, and which trailing lines move on to its parent (parser.js `pop`). */
  private close<T extends FmMap | FmSeq>(node: T, data: unknown, indent: number, valueEnd: number, pending: Pending | undefined): Parsed<T> {
    if (pending && this.line < this.lineCount) pending.end = this.lineStart[this.line]! + this.indent(this.line);
    if (pending && indent !== 0 && pending.maxCommentIndent >= indent) {
      node.end = pending.end;
      return { node, data, end: pending.end, pending: undefined };
    }
    node.end = valueEnd;
    return { node, data, end: valueEnd, pending };
  }

  /**
   * Consumes the blank and comment lines after a value of the collection at `indent` (parser.js
   * `blockMap`/`blockSequence` on newline, space and comment tokens). `flowValue`: the value is a
   * flow scalar or flow collection, whose `end` tokens take more-indented comment lines.
   */
  private trailingTrivia(indent: number, flowValue: boolean, valueEnd: number): { valueEnd: number; pending: Pending | undefined } {
    let pending: Pending | undefined;
    let hasComment = false;
    let end = valueEnd;
    while (this.line < this.lineCount && this.isTrivia(this.line)) {
      const i = this.line;
      const lineIndent = this.indent(i);
      if (lineIndent === -1) {
        pending ??= { end: 0, maxCommentIndent: -1 };
        pending.end = this.nextStart[i]!;
      } else if (lineIndent > indent && !hasComment && flowValue) {
        end = this.nextStart[i]!;
        pending = undefined;
      } else {
        pending ??= { end: 0, maxCommentIndent: -1 };
        pending.end = this.nextStart[i]!;
        pending.maxCommentIndent = Math.max(pending.maxCommentIndent, lineIndent);
        hasComment = true;
      }
      this.line++;
    }
    return { valueEnd: end, pending };
  }

  /** A value on one line starting at `p` (in a block mapping or after `- `): quoted, flow sequence or plain. */
  private inlineValue(p: number): { node: FmNode; data: unknown } {
    const text = this.text;
    const lineEnd = this.contentEnd[this.line]!;
    const c0 = text.charCodeAt(p);
    if (c0 === 39 /* ' */ || c0 === 34 /* " */) {
      const quoted = this.quoted(p, lineEnd);
      this.expectLineEnd(quoted.node.end, lineEnd);
      return { node: quoted.node, data: quoted.node.value };
    }
    if (c0 === 91 /* [ */) return this.flowSeq(p, lineEnd);
    // A plain scalar: up to ` #` or the end of the line.
    if (!plainStartOk(text, p, lineEnd, false)) decline();
    let last = p;
    for (let q = p; q < lineEnd; q++) {
      const c = text.charCodeAt(q);
      if (c === SPACE || c === TAB) {
        if (text.charCodeAt(q + 1) === HASH) break;
        continue;
      }
      if (c === COLON && (q + 1 === lineEnd || text.charCodeAt(q + 1) === SPACE || text.charCodeAt(q + 1) === TAB)) decline();
      last = q;
    }
    const source = text.slice(p, last + 1);
    const node = this.scalar(resolvePlain(source), p, last + 1, 'plain');
    return { node, data: node.value };
  }

  /** After a quoted scalar or a flow collection: only blanks, then maybe a comment. */
  private expectLineEnd(p: number, lineEnd: number): void {
    const text = this.text;
    let q = p;
    while (q < lineEnd && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB)) q++;
    if (q < lineEnd && !(q > p && text.charCodeAt(q) === HASH)) decline();
  }

  /** A one-line quoted scalar at `p`; a double-quoted one without escapes. */
  private quoted(p: number, lineEnd: number): { node: FmScalar } {
    const text = this.text;
    if (text.charCodeAt(p) === 39) {
      let close = text.indexOf("'", p + 1);
      while (close !== -1 && close < lineEnd && text.charCodeAt(close + 1) === 39) close = text.indexOf("'", close + 2);
      if (close === -1 || close >= lineEnd) decline();
      const value = text.slice(p + 1, close).replace(/''/g, "'");
      return { node: this.scalar(value, p, close + 1, 'single') };
    }
    const close = text.indexOf('"', p + 1);
    if (close === -1 || close >= lineEnd) decline();
    const value = text.slice(p + 1, close);
    if (value.includes('\\')) decline();
    return { node: this.scalar(value, p, close + 1, 'double') };
  }

  /** A one-line flow sequence of scalars at `p` (its end is set by the caller). */
  private flowSeq(p: number, lineEnd: number): { node: FmSeq; data: unknown[] } {
    const text = this.text;
    const items: FmNode[] = [];
    const data: unknown[] = [];
    let q = p + 1;
    for (;;) {
      while (q < lineEnd && text.charCodeAt(q) === SPACE) q++;
      if (q >= lineEnd) decline();
      const c = text.charCodeAt(q);
      if (c === 93 /* ] */) {
        q++;
        break;
      }
      let item: FmScalar;
      if (c === 39 || c === 34) {
        item = this.quoted(q, lineEnd).node;
        q = item.end;
      } else {
        if (!plainStartOk(text, q, lineEnd, true)) decline();
        let last = q;
        let r = q;
        for (; r < lineEnd; r++) {
          const d = text.charCodeAt(r);
          if (d === 44 /* , */ || d === 93 /* ] */) break;
          if (d === 91 || d === 123 || d === 125 || d === HASH || d === COLON || d === TAB) decline();
          if (d !== SPACE) last = r;
        }
        const value = resolvePlain(text.slice(q, last + 1));
        item = this.scalar(value, q, last + 1, 'plain');
        q = r;
      }
      items.push(item);
      data.push(item.value);
      while (q < lineEnd && text.charCodeAt(q) === SPACE) q++;
      if (q >= lineEnd) decline();
      const d = text.charCodeAt(q);
      if (d === 44) {
        q++;
        continue;
      }
      if (d === 93) {
        q++;
        break;
      }
      decline();
    }
    this.expectLineEnd(q, lineEnd);
    return { node: { kind: 'seq', items, start: p, end: 0 }, data };
  }

  /**
   * A block scalar whose header (`|`, `>`, optional `-`/`+`) is at `p` on the current line, the
   * value of an entry of the mapping at `indent`. Leaves the current line after its last line.
   */
  private blockScalar(p: number, indent: number): { node: FmScalar; end: number } {
    const text = this.text;
    const headerLine = this.line;
    const headerEnd = this.contentEnd[headerLine]!;
    const folded = text.charCodeAt(p) === 62;
    let q = p + 1;
    let chomp = '';
    const c1 = text.charCodeAt(q);
    if (c1 === DASH || c1 === 43 /* + */) {
      chomp = c1 === DASH ? '-' : '+';
      q++;
    }
    this.expectLineEnd(q, headerEnd);
    const first = headerLine + 1;
    if (first >= this.lineCount) decline();
    const contentIndent = this.indent(first);
    if (contentIndent <= indent) decline(); // empty, a leading blank line, or not indented
    let lastContent = first;
    let stop = first + 1;
    for (; stop < this.lineCount; stop++) {
      const lineIndent = this.indent(stop);
      if (lineIndent === -1) {
        if (this.contentEnd[stop]! - this.lineStart[stop]! > contentIndent) decline();
        continue;
      }
      if (lineIndent < contentIndent) break;
      if (lineIndent > contentIndent) decline();
      lastContent = stop;
    }
    const lines: string[] = [];
    for (let i = first; i <= lastContent; i++) {
      lines.push(this.indent(i) === -1 ? '' : text.slice(this.lineStart[i]! + contentIndent, this.contentEnd[i]));
    }
    let value: string;
    if (folded) {
      value = '';
      let sep = '';
      for (const content of lines) {
        if (content === '') {
          if (sep === '\n') value += '\n';
          else sep = '\n';
        } else {
          value += sep + content;
          sep = ' ';
        }
      }
    } else {
      value = lines.join('\n');
    }
    let end: number;
    if (chomp === '+') {
      end = stop < this.lineCount ? this.lineStart[stop]! : this.limit;
      let newlines = 0;
      for (let i = this.contentEnd[lastContent]!; i < end; i++) if (text.charCodeAt(i) === 10) newlines++;
      value += '\n'.repeat(Math.max(1, newlines));
      this.line = stop;
    } else {
      end = this.nextStart[lastContent]!;
      if (chomp === '') value += '\n';
      this.line = lastContent + 1;
    }
    return { node: this.scalar(value, p, trimEnd(text, p, end), 'block'), end };
  }
}

/** Whether a plain scalar may start at `p` (no indicator the fast path leaves to the library). */
function plainStartOk(text: string, p: number, lineEnd: number, inFlow: boolean): boolean {
  const c = text[p];
  switch (c) {
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case "'":
    case '"':
    case '%':
    case '@':
    case '`':
    case '{':
    case '}':
    case '[':
    case ']':
    case ',':
    case '#':
    case '?':
    case ':':
      return false;
    case '-': {
      if (p + 1 >= lineEnd) return false;
      const next = text[p + 1];
      return next !== ' ' && next !== '\t' && !(inFlow && (next === ',' || next === ']' || next === '[' || next === '{' || next === '}'));
    }
    default:
      return true;
  }
}


/** As in front-matter.ts: a range may include trailing blanks; exclude them. */
function trimEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  return e;
}
