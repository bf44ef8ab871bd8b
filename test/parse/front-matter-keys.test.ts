import { describe, expect, it } from 'vitest';
import { keysWithValues } from '../../src/parse/front-matter-keys.js';

/** The first implementation, kept as the oracle: entries split into lines, each line tested with regular expressions. */
function oracle(yaml: string): string[] | undefined {
  const KEY_LINE = /^([A-Za-z0-9_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
  const EMPTY = new Set(['', '~', 'null', 'Null', 'NULL', '""', "''", '[]', '{}']);
  const entries: { key: string; inline: string; lines: string[] }[] = [];
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
    entries.push({ key: m[1]!, inline: (m[2] ?? '').replace(/(?:^|\s+)#.*$/, '').trim(), lines: [line] });
  }
  return entries.filter((e) => !EMPTY.has(e.inline) || e.lines.slice(1).some((l) => l.trim() !== '' && !/^\s*#/.test(l))).map((e) => e.key);
}

describe('front-matter keys without a YAML parse', () => {
  it('lists top-level keys that carry a value', () => {
    expect(keysWithValues('title: A\ndescription: >\n  folded\nimage:\nempty: ""\ntags: []\n# c: 1\nnested:\n  a: 1\n')).toEqual(['title', 'description', 'nested']);
    expect(keysWithValues('{a: 1}\n')).toBeUndefined();
  });

  it('counts no empty value, however it is written, and counts what only looks empty', () => {
    const empty = 'a: null\nb: Null\nc: NULL\nd: ~\ne: ""\nf: \'\'\ng: []\nh: {}\ni: null # c\nj:   []   \n';
    expect(keysWithValues(empty)).toEqual([]);
    const full = 'a: nul\nb: nulls\nc: "~"\nd: [ ]\ne: "" x\nf: ~~\ng: # only a comment\nh: [] #c\ni: a#b\nj: "#"\n';
    expect(keysWithValues(full)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'i', 'j']);
    // A comment alone after the key is no value (null to YAML), unless lines below give one.
    expect(keysWithValues('g: # only a comment\nh:\t# tab, then a comment\nk: # a list below\n  - x\n')).toEqual(['k']);
  });

  it('reads an indented line before any key, or a line that is no key, as not plain block style', () => {
    expect(keysWithValues('  a: 1\nb: 2\n')).toBeUndefined();
    expect(keysWithValues('a: 1\n- b\n')).toBeUndefined();
    expect(keysWithValues('# c\n\nb: 2\n')).toEqual(['b']);
  });

  it('agrees with the first implementation on generated blocks (Unicode blanks, CR, comments, empty values)', () => {
    const pieces = ['title: 제목', 'image:', 'empty: ""', "q: ''", 'n: ~', 'z: null', 'tags: []', 'm: {}', 'x: 1 # note', 'y: # only a comment', '  - item', '  # indented comment', '', '   ', '\t', '\u00a0x', '\u00a0', '\u3000# wide', '\ufeffk: v', '# top comment', 'dash-key: v', '9: nine', '_u: v', 'bad key: v', 'a:b', 'a :  v', 'v: a\u2028b', '- list', '{a: 1}', 'k:\tv', '  nested: 1', 'k: v # c', 'k:  # c', 'k: "x" # c', 'p: a\u2029', 'x-y_z :', '\ta: 1', ' # indented first'];
    const breaks = ['\n', '\r\n', '\r'];
    let state = 7;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state % n;
    };
    let defined = 0;
    for (let round = 0; round < 3000; round++) {
      let yaml = '';
      const lines = 1 + next(8);
      for (let i = 0; i < lines; i++) yaml += pieces[next(pieces.length)]! + breaks[next(breaks.length)]!;
      const expected = oracle(yaml);
      if (expected) defined++;
      expect(keysWithValues(yaml), JSON.stringify(yaml)).toEqual(expected);
    }
    // Both outcomes were exercised.
    expect(defined).toBeGreaterThan(300);
    expect(defined).toBeLessThan(2700);
  });
});
