import { describe, expect, it } from 'vitest';
import { keysWithValues } from '../../src/parse/front-matter-keys.js';

describe('front-matter keys without a YAML parse', () => {
  it('lists top-level keys that carry a value', () => {
    expect(keysWithValues('title: A\ndescription: >\n  folded\nimage:\nempty: ""\ntags: []\n# c: 1\nnested:\n  a: 1\n')).toEqual(['title', 'description', 'nested']);
    expect(keysWithValues('{a: 1}\n')).toBeUndefined();
  });
});
