/**
 * A cheap look at a front-matter block without a YAML parse: which top-level keys carry a value
 * (what `required-front-matter` learns a blog's conventions from), the same for a document read
 * whole and for a link target read only as far as its front matter.
 */

import { intern } from './source-file.js';

const KEY_LINE = /^([A-Za-z0-9_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const EMPTY_VALUES = new Set(['', '~', 'null', 'Null', 'NULL', '""', "''", '[]', '{}']);

interface Entry {
  key: string;
  inline: string;
  lines: string[];
}

/** Splits block-style YAML into its top-level entries; undefined when the shape is not plain block style. */
function topLevelEntries(yaml: string): Entry[] | undefined {
  const entries: Entry[] = [];
  for (const line of yaml.split(/\r\n|\n|\r/)) {
    if (line.trim() === '' || /^\s*#/.test(line)) {
      entries[entries.length - 1]?.lines.push(line);
      continue;
    }
    if (/^\s/.test(line)) {
      const last = entries[entries.length - 1];
      if (!last) return undefined;
      last.lines.push(line);
      continue;
    }
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    entries.push({ key: m[1]!, inline: (m[2] ?? '').replace(/\s+#.*$/, '').trim(), lines: [line] });
  }
  return entries;
}

/** Top-level keys that carry a value (inline, or on indented lines below the key). */
export function keysWithValues(yaml: string): string[] | undefined {
  const entries = topLevelEntries(yaml);
  if (!entries) return undefined;
  return entries
    .filter((e) => !EMPTY_VALUES.has(e.inline) || e.lines.slice(1).some((l) => l.trim() !== '' && !/^\s*#/.test(l)))
    .map((e) => intern(e.key));
}
