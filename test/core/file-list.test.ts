import { describe, expect, it } from 'vitest';
import { FileList } from '../../src/core/file-list.js';
import { mulberry32 } from '../../scripts/bench/generate.mjs';

// Paths whose code-unit order differs from a naive one: `-`, `.`, `/` and Korean, an astral
// character (two code units), prefixes of each other, case.
const PARTS = ['a', 'a-b', 'a.md', 'A', 'Z.png', '가', '가-나', '😀', 'é', '_posts', '.hidden', 'b/c', 'b', 'b.markdown', '_plugins/x.rb', 'Event&Seminar'];

function randomPaths(seed: number, count: number): string[] {
  const next = mulberry32(seed);
  const pick = (): string => PARTS[Math.floor(next() * PARTS.length)]!;
  const paths = new Set<string>();
  while (paths.size < count) paths.add(Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join('/'));
  return [...paths];
}

describe('FileList', () => {
  it('answers has, hasUnder and size as a Set of the same paths does, in code-unit order', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const paths = randomPaths(seed, 200);
      const sorted = [...paths].sort();
      const list = new FileList(sorted);
      const set = new Set(sorted);
      expect(list.size).toBe(set.size);
      expect([...list]).toEqual(sorted);
      for (const probe of [...randomPaths(seed + 100, 300), '', 'a/', '_plugins/', '_plugins', 'zzz']) {
        expect(list.has(probe), probe).toBe(set.has(probe));
        expect(list.hasUnder(probe), probe).toBe(sorted.some((path) => path.startsWith(probe)));
      }
    }
  });

  it('still answers when paths come out of order (a Set is made then)', () => {
    const paths = randomPaths(7, 300);
    const list = new FileList(paths);
    const set = new Set(paths);
    for (const probe of randomPaths(8, 300)) expect(list.has(probe), probe).toBe(set.has(probe));
    list.push('added/later');
    expect(list.has('added/later')).toBe(true);
    expect(list.hasUnder('added/')).toBe(true);
    expect([...list.keys()].slice(-1)).toEqual(['added/later']);
  });

  it('iterates as a Set does (values, keys, entries, forEach)', () => {
    const list = new FileList(['a', 'b/c', '가']);
    const seen: [string, string][] = [];
    list.forEach((value, key, owner) => {
      expect(owner).toBe(list);
      seen.push([value, key]);
    });
    expect(seen).toEqual([...list.entries()]);
    expect([...list.values()]).toEqual(['a', 'b/c', '가']);
    expect([...list.keys()]).toEqual(['a', 'b/c', '가']);
  });
});
