import { describe, expect, it } from 'vitest';
import { detach } from '../../src/parse/source-file.js';

describe('detach: a copy of a string cut from a post, equal to it whatever it holds', () => {
  const post = `---\ntitle: "한국어 제목 ’quotes’"\n---\n${'본문 '.repeat(50)}![a](/assets/img/posts/2019-01-03-busan/1.png) 😀 끝\n`;
  const cases: [string, string][] = [
    ['ASCII cut from a two-byte text', post.slice(post.indexOf('/assets'), post.indexOf('.png') + 4)],
    ['Korean', post.slice(post.indexOf('한국어'), post.indexOf('"', post.indexOf('한국어')))],
    ['an emoji (a surrogate pair)', post.slice(post.indexOf('😀') - 20, post.indexOf('😀') + 2)],
    ['a lone high surrogate at the end', post.slice(post.indexOf('😀') - 20, post.indexOf('😀') + 1)],
    ['a lone low surrogate at the start', `${'😀 끝 '.repeat(8)}`.slice(1)],
    ['a BOM character first', `\uFEFF${'x'.repeat(20)}`],
    ['a NUL and controls', `a\u0000b\u0001c\r\n\t${'d'.repeat(20)}`],
    ['Latin-1 and curly quotes', `café ’x’ «y» ${'é'.repeat(20)}`],
    ['longer than the copy buffer', `${'가나다/'.repeat(9000)}end`],
    ['short (kept as is)', 'abc'],
    ['empty', ''],
  ];
  for (const [name, s] of cases) {
    it(name, () => {
      const copy = detach(s);
      expect(copy).toBe(s);
      expect(copy.length).toBe(s.length);
      expect([...copy].map((c) => c.codePointAt(0))).toEqual([...s].map((c) => c.codePointAt(0)));
    });
  }

  it('gives equal strings on every length around the short-string limit and the buffer size', () => {
    const text = `${'가a'.repeat(40000)}`;
    for (const length of [12, 13, 14, 100, 16383, 16384, 16385, 30000]) {
      const s = text.slice(1, 1 + length);
      expect(detach(s)).toBe(s);
    }
  });
});
