/**
 * A cheap look at a front-matter block without a YAML parse: which top-level keys carry a value
 * (what `required-front-matter` learns a blog's conventions from), the same for a document read
 * whole and for a link target read only as far as its front matter.
 */

import { intern } from './source-file.js';

const EMPTY_VALUES = new Set(['', '~', 'null', 'Null', 'NULL', '""', "''", '[]', '{}']);

const HASH = 35;
const SPACE = 32;
const TAB = 9;
/** After a key's `:` and blanks: the inline value; `.` stops at U+2028/U+2029, as `KEY_LINE`'s does. */
const LINE_TERMINATOR_INSIDE = /[\u2028\u2029]/;

/**
 * Top-level keys that carry a value (inline, or on indented lines below the key); undefined when
 * the block is not plain block style (a line that is neither a `key:`, an indented line, a blank
 * line nor a comment). One pass over the text by character codes, cutting out only key names and
 * inline values: it runs for every document of a site (test/parse/front-matter-keys.test.ts holds
 * the first, line-splitting implementation as its oracle, with its pattern
 * `^([A-Za-z0-9_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$` for a key line).
 */
export function keysWithValues(yaml: string): string[] | undefined {
  const keys: string[] = [];
  let key: string | undefined;
  let hasValue = false;
  const n = yaml.length;
  const hasCr = yaml.includes('\r');
  for (let pos = 0; pos <= n; ) {
    let end = hasCr ? pos : yaml.indexOf('\n', pos);
    if (end === -1) end = n;
    else if (hasCr) {
      while (end < n) {
        const c = yaml.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
    }
    const next = end < n && yaml.charCodeAt(end) === 13 && yaml.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const c = pos < end ? yaml.charCodeAt(pos) : -1;
    if (isKeyStart(c)) {
      // `KEY_LINE`: the key, blanks, `:`, then the end of the line or blanks and the value.
      let k = pos + 1;
      while (k < end && isKeyChar(yaml.charCodeAt(k))) k++;
      const keyEnd = k;
      while (k < end && (yaml.charCodeAt(k) === SPACE || yaml.charCodeAt(k) === TAB)) k++;
      if (k >= end || yaml.charCodeAt(k) !== 58) return undefined;
      k++;
      let inline = '';
      if (k < end) {
        if (yaml.charCodeAt(k) !== SPACE && yaml.charCodeAt(k) !== TAB) return undefined;
        while (k < end && (yaml.charCodeAt(k) === SPACE || yaml.charCodeAt(k) === TAB)) k++;
        inline = yaml.slice(k, end);
        if (LINE_TERMINATOR_INSIDE.test(inline)) return undefined;
      }
      if (key !== undefined && hasValue) keys.push(intern(key));
      key = yaml.slice(pos, keyEnd);
      hasValue = inlineHasValue(inline);
    } else if (c !== HASH && !((c === SPACE || c === TAB) && key !== undefined && hasValue)) {
      // Not a key, not a comment, and it could still matter: a blank line or a comment belongs
      // to the entry above (or to none) and is no value; an indented line is part of the entry
      // above, a value; anything else is not plain block style.
      const line = yaml.slice(pos, end);
      if (line.trim() !== '' && !/^\s*#/.test(line)) {
        if (!/^\s/.test(line) || key === undefined) return undefined;
        hasValue = true;
      }
    }
    if (end >= n) break;
    pos = next;
  }
  if (key !== undefined && hasValue) keys.push(intern(key));
  return keys;
}

/**
 * Whether what follows a key's `:` and blanks on its line counts as a value: anything but nothing,
 * a comment (`key: # note` is null to YAML) and the empty values (`~`, `null`, `""`, `[]`...), once
 * a ` # comment` is cut off.
 */
export function inlineHasValue(inline: string): boolean {
  if (inline.includes('#')) inline = inline.replace(/(?:^|\s+)#.*$/, '');
  const trimmed = inline.trim();
  // No empty value is longer than four characters: a long value is not looked up (nor hashed).
  return trimmed.length > 4 || !EMPTY_VALUES.has(trimmed);
}

/**
 * The first characters of the empty values (and of a comment): an inline value starting with any
 * other character has a value, whatever follows (a cut-off comment starts after a blank, so the
 * first character stays).
 */
export const EMPTY_VALUE_FIRST = new Set([...'~nN"\'[{#'].map((c) => c.charCodeAt(0)));

/** `[A-Za-z0-9_]`, the first character of a key. */
function isKeyStart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `[\w-]`, the other characters of a key. */
function isKeyChar(c: number): boolean {
  return isKeyStart(c) || c === 45;
}
