/**
 * A cheap look at a front-matter block without a YAML parse: which top-level keys carry a value
 * (what `required-front-matter` learns a blog's conventions from), the same for a document read
 * whole and for a link target read only as far as its front matter.
 */

import { intern } from './source-file.js';

const KEY_LINE = /^([A-Za-z0-9_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const EMPTY_VALUES = new Set(['', '~', 'null', 'Null', 'NULL', '""', "''", '[]', '{}']);

const LINE_BREAK = /\r\n|\n|\r/;
const HASH = 35;

/**
 * Top-level keys that carry a value (inline, or on indented lines below the key); undefined when
 * the block is not plain block style (a line that is neither a `key:`, an indented line, a blank
 * line nor a comment). One pass, no array per entry: it runs for every document of a site.
 */
export function keysWithValues(yaml: string): string[] | undefined {
  const keys: string[] = [];
  let key: string | undefined;
  let hasValue = false;
  for (const line of yaml.split(LINE_BREAK)) {
    const c = line.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      const m = KEY_LINE.exec(line);
      if (!m) return undefined;
      if (key !== undefined && hasValue) keys.push(intern(key));
      key = m[1]!;
      hasValue = !EMPTY_VALUES.has((m[2] ?? '').replace(/\s+#.*$/, '').trim());
      continue;
    }
    // A comment or a blank line belongs to the entry above (or to none) and is no value.
    if (c === HASH || line.trim() === '' || /^\s*#/.test(line)) continue;
    // An indented line is part of the entry above: a value.
    if (!/^\s/.test(line) || key === undefined) return undefined;
    hasValue = true;
  }
  if (key !== undefined && hasValue) keys.push(intern(key));
  return keys;
}
