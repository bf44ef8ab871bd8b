import type { ErrorObject, ValidateFunction } from 'ajv';
import { defineRule, type RuleContext } from '../core/rule.js';
import type { FmEntry, FmNode, FrontMatter } from '../parse/front-matter.js';

/** A field type for `types:` in the rule's options. */
export type FieldType = 'string' | 'string[]' | 'number' | 'boolean' | 'date' | 'list' | 'map';

export interface ValidFrontMatterOptions {
  /** Field -> expected type, checked on posts (`tags: string[]`, `date: date`, `comments: boolean`). */
  types: Record<string, FieldType>;
  /** A compiled JSON Schema validator for the whole front matter (the config loader compiles `schema:`). */
  schema?: ValidateFunction;
}

const FIELD_TYPES: FieldType[] = ['string', 'string[]', 'number', 'boolean', 'date', 'list', 'map'];

/**
 * ## valid-front-matter
 *
 * **What it reports.** A front-matter block that opens but never closes, is not valid YAML (at
 * the exact line and column of the error), is not a mapping, or repeats a key; and, when
 * configured, fields of the wrong type (`types:`) or data that fails a JSON Schema (`schema:`).
 *
 * **Why.** Jekyll does not stop on a YAML error: it logs it and publishes the post with *no*
 * front matter, under the build day's date (so at another URL, without layout or title). An
 * unclosed block becomes part of the post's text. A repeated key silently keeps the last value.
 *
 * **Options.** `types` (map of field to `string`, `string[]`, `number`, `boolean`, `date`,
 * `list`, `map`; default none), `schema` (path of a JSON Schema file, relative to the root).
 *
 * **Fix.** None automatic.
 */
export const validFrontMatter = defineRule<ValidFrontMatterOptions>({
  id: 'valid-front-matter',
  description: 'Front matter must be a closed block of valid YAML mapping, without repeated keys, with the configured field types.',
  severity: 'error',
  fixable: false,
  defaultOptions: { types: {} },
  messages: {
    unclosed: 'The front matter opened on line 1 is never closed with `---`: Jekyll treats the whole file as text. Add a `---` line after the last field.',
    yamlError: 'Front matter is not valid YAML: {message}. Jekyll publishes this post without its front matter, under the build date. Fix the YAML.',
    duplicateKey: 'Key `{key}` appears more than once in the front matter; Jekyll keeps only the last value. Remove one.',
    notAMapping: 'Front matter must be a mapping of `key: value` lines, not a {kind}.',
    wrongType: '`{field}` should be {expected}, not {actual}.',
    schema: 'Front matter{path} {message} (JSON Schema).',
  },
  validateOptions(options) {
    const problems: string[] = [];
    const types = options.types;
    if (types !== undefined && (typeof types !== 'object' || types === null || Array.isArray(types))) problems.push('`types` must be a map of field name to type');
    else if (types) {
      for (const [field, type] of Object.entries(types)) {
        if (!FIELD_TYPES.includes(type as FieldType)) problems.push(`\`types.${field}\` is \`${String(type)}\`; expected one of ${FIELD_TYPES.join(', ')}`);
      }
    }
    return problems;
  },
  check(context) {
    const fm = context.doc.frontMatter;
    if (!fm) return;
    if (!fm.block.closed) {
      context.report({ messageId: 'unclosed', start: 0, end: 3 });
      return;
    }
    for (const error of fm.errors) {
      context.report({ messageId: 'yamlError', data: { message: error.message.replace(/\s+at line \d+, column \d+:?$/, '') }, start: error.start, end: Math.max(error.start, error.end) });
    }
    for (const duplicate of fm.duplicateKeys) {
      const key = duplicateKeyAt(context.doc.read.ok ? context.doc.read.text : '', duplicate.start);
      context.report({ messageId: 'duplicateKey', data: { key }, start: duplicate.start, end: duplicate.start + key.length, key });
    }
    if (fm.notAMapping) context.report({ messageId: 'notAMapping', data: { kind: 'list or a single value' }, start: fm.block.yamlStart, end: fm.block.yamlEnd });
    if (context.doc.kind !== 'post' && context.doc.kind !== 'draft') return;
    // The tree only places a finding: asked for then, not before (a large run parses it again).
    checkTypes(context, fm);
    if (context.options.schema) checkSchema(context, fm, context.options.schema);
  },
  examples: [
    { name: 'ok', text: '---\ntitle: Fine\ntags: [a, b]\n---\nBody\n', options: { types: { tags: 'string[]' } }, expect: [] },
    { name: 'yaml-error', text: '---\ntitle: "broken\nlayout: post\n---\nBody\n', expect: ['2:8-2:15 yamlError'] },
    { name: 'tab-indent', text: '---\ntags:\n\t- a\n---\nBody\n', expect: ['3:1-3:2 yamlError'] },
    { name: 'unclosed', text: '---\ntitle: never closed\n\nBody\n', expect: ['1:1-1:4 unclosed'] },
    { name: 'duplicate-key', text: '---\ntitle: One\ntitle: Two\n---\nBody\n', expect: ['3:1-3:6 duplicateKey'] },
    { name: 'wrong-type', text: '---\ntitle: T\ncomments: "yes"\n---\nBody\n', options: { types: { comments: 'boolean' } }, expect: ['3:11-3:16 wrongType'] },
  ],
});

function duplicateKeyAt(text: string, offset: number): string {
  const m = /^[^:\n]+/.exec(text.slice(offset));
  return m ? m[0].trim().replace(/^["']|["']$/g, '') : '?';
}

function checkTypes(context: RuleContext<ValidFrontMatterOptions>, fm: FrontMatter): void {
  for (const [field, expected] of Object.entries(context.options.types ?? {})) {
    if (!(field in context.doc.data)) continue;
    const value = context.doc.data[field];
    if (matchesType(value, expected)) continue;
    const entry = fm.tree?.entries.find((e) => e.key === field);
    const span = spanOf(entry);
    context.report({
      messageId: 'wrongType',
      data: { field, expected: describeExpected(expected), actual: describeValue(value) },
      start: span.start,
      end: span.end,
      key: field,
    });
  }
}

function checkSchema(context: RuleContext<ValidFrontMatterOptions>, fm: FrontMatter, validate: ValidateFunction): void {
  if (validate(context.doc.data)) return;
  for (const error of (validate.errors ?? []) as ErrorObject[]) {
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = nodeAt(fm.tree, segments);
    const span = node ?? { start: context.doc.frontMatter?.block.yamlStart ?? 0, end: context.doc.frontMatter?.block.yamlStart ?? 0 };
    const where = segments.length > 0 ? ` \`${segments.join('.')}\`` : '';
    context.report({ messageId: 'schema', data: { path: where, message: error.message ?? 'is invalid' }, start: span.start, end: span.end, key: `${error.instancePath} ${error.keyword}` });
  }
}

function nodeAt(tree: FmNode | undefined, segments: string[]): { start: number; end: number } | undefined {
  let node: FmNode | undefined = tree;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.kind === 'map') node = node.entries.find((e) => e.key === segment)?.value;
    else if (node.kind === 'seq') node = node.items[Number(segment)];
    else return undefined;
  }
  return node ? { start: node.start, end: node.end } : undefined;
}

function spanOf(entry: FmEntry | undefined): { start: number; end: number } {
  if (!entry) return { start: 0, end: 0 };
  if (entry.value) return { start: entry.value.start, end: entry.value.kind === 'scalar' ? entry.value.end : entry.value.start };
  return { start: entry.keyStart, end: entry.keyEnd };
}

function matchesType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return value instanceof Date;
    case 'list':
      return Array.isArray(value);
    case 'map':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
  }
}

function describeExpected(type: FieldType): string {
  return { string: 'a string', 'string[]': 'a list of strings', number: 'a number', boolean: 'true or false', date: 'a date (YYYY-MM-DD [HH:MM:SS +ZZZZ])', list: 'a list', map: 'a mapping' }[type];
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} \`${String(value)}\``;
}
