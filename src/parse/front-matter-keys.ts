/**
 * Cheap looks at a front-matter block without a full YAML parse, for documents that are only
 * needed as link targets (`--only`, `scope: changed`): which top-level keys carry a value, and
 * the text of just the entries that decide a URL.
 */

import { detach } from './source-file.js';

const KEY_LINE = /^([A-Za-z0-9_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const EMPTY_VALUES = new Set(['', '~', 'null', 'Null', 'NULL', '""', "''", '[]', '{}']);

interface Entry {
  key: string;
  inline: string;
  lines: string[];
}

let lastYaml: string | undefined;
let lastEntries: Entry[] | undefined;

/**
 * Splits block-style YAML into its top-level entries; undefined when the shape is not plain block
 * style. The last answer is kept: a document's keys and URL values are asked of the same text.
 */
function topLevelEntries(yaml: string): Entry[] | undefined {
  if (yaml === lastYaml) return lastEntries;
  lastEntries = splitEntries(yaml);
  lastYaml = yaml;
  return lastEntries;
}

function splitEntries(yaml: string): Entry[] | undefined {
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
    .map((e) => detach(e.key));
}

/**
 * The YAML text of only the given top-level keys, or undefined when the block is not plain block
 * style or uses anchors, aliases or merge keys (then the caller parses it whole).
 */
export function entriesText(yaml: string, keys: ReadonlySet<string>): string | undefined {
  const entries = topLevelEntries(yaml);
  if (!entries) return undefined;
  const picked = entries.filter((e) => keys.has(e.key));
  const text = picked.map((e) => e.lines.join('\n')).join('\n');
  if (/(^|[\s:[{,-])[&*][^\s]/.test(text) || /<<\s*:/.test(text)) return undefined;
  return text;
}

/** Plain scalars that YAML 1.1 (Psych) reads as something other than a string. */
const NOT_A_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0x[\da-fA-F_]+|0o?[0-7_]+|[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?|\d{4}-\d\d?-\d\d?.*)$/;
/** A plain scalar on one line that YAML reads as the string itself. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$|^[-?:][^\s,[\]{}#][^#]*$/;

function plainString(text: string): string | undefined {
  const value = text.trim();
  if (value === '' || !PLAIN.test(value) || NOT_A_STRING.test(value) || /:\s|\s#/.test(value)) return undefined;
  return value;
}

/**
 * The values of the given keys when each is a one-line plain string or a one-line flow list of
 * plain strings (`categories: [Event&Seminar, ML]`), which is most front matter; undefined as soon
 * as one is anything else (quotes, dates, numbers, block lists...), and the caller parses YAML.
 */
export function simpleValues(yaml: string, keys: ReadonlySet<string>): Record<string, unknown> | undefined {
  const entries = topLevelEntries(yaml);
  if (!entries) return undefined;
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!keys.has(entry.key)) continue;
    if (entry.lines.slice(1).some((l) => l.trim() !== '' && !/^\s*#/.test(l))) return undefined;
    const inline = entry.inline;
    if (inline.startsWith('[')) {
      if (!inline.endsWith(']')) return undefined;
      const inner = inline.slice(1, -1).trim();
      if (inner === '') {
        out[entry.key] = [];
        continue;
      }
      const items = inner.split(',').map(plainString);
      if (items.some((i) => i === undefined)) return undefined;
      out[entry.key] = (items as string[]).map(detach);
    } else {
      const value = plainString(inline);
      if (value === undefined) return undefined;
      out[entry.key] = detach(value);
    }
  }
  return out;
}
