import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { entriesText, keysWithValues, simpleValues } from '../../src/parse/front-matter-keys.js';

const KEYS = new Set(['categories', 'category', 'slug', 'permalink', 'date', 'published']);

/** The YAML library (YAML 1.1, like Psych) is the oracle: the shortcut must agree or decline. */
function oracle(yaml: string): Record<string, unknown> {
  const all = parseDocument(yaml, { version: '1.1' }).toJS() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => KEYS.has(k)));
}

describe('front-matter shortcuts agree with a YAML 1.1 parse, or decline', () => {
  it.each([
    'categories: [Event&Seminar, ML]\ntitle: "x"\n',
    'categories: devlog travel\nslug: my-post\n',
    'category: 한글\npermalink: /:categories/:title/\n',
    'categories: []\n',
    'categories: [yes, no]\n',
    'category: 2019\n',
    'categories:\n  - a\n  - b\n',
    'slug: "quoted"\n',
    'date: 2019-02-23 03:00:00 +0900\n',
    'permalink: /a: b/\n',
    'categories: [a, "b, c"]\n',
    'published: false\n',
    'categories: a # a comment\n',
  ])('%j', (yaml) => {
    const simple = simpleValues(yaml, KEYS);
    if (simple !== undefined) expect(simple).toEqual(oracle(yaml));
    const snippet = entriesText(yaml, KEYS);
    if (snippet !== undefined) expect(oracle(snippet)).toEqual(oracle(yaml));
  });

  it('takes the common cases without YAML', () => {
    expect(simpleValues('categories: [Event&Seminar, ML]\ntitle: "x"\n', KEYS)).toEqual({ categories: ['Event&Seminar', 'ML'] });
    expect(simpleValues('date: 2019-01-01\n', KEYS)).toBeUndefined();
  });

  it('lists top-level keys that carry a value', () => {
    expect(keysWithValues('title: A\ndescription: >\n  folded\nimage:\nempty: ""\ntags: []\n# c: 1\nnested:\n  a: 1\n')).toEqual(['title', 'description', 'nested']);
    expect(keysWithValues('{a: 1}\n')).toBeUndefined();
  });
});
