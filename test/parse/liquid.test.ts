import { describe, expect, it } from 'vitest';
import { evaluateLiquid, type LiquidSite } from '../../src/parse/liquid.js';

const site = (baseurl: string): LiquidSite => ({ baseurl, url: 'https://example.org', jekyllMajor: 3, postUrl: () => undefined, linkUrl: () => undefined });

/** Output expressions are remembered per site: the same text must still give each site its own value. */
describe('evaluateLiquid', () => {
  it('gives each site its own baseurl for the same expression, every time', () => {
    const a = site('/blog');
    const b = site('');
    for (let round = 0; round < 3; round++) {
      expect(evaluateLiquid('{{ site.baseurl }}/x.png', a)).toEqual({ ok: true, value: '/blog/x.png', usedLiquid: true, baseurlFromLiquid: true });
      expect(evaluateLiquid('{{ site.baseurl }}/x.png', b)).toEqual({ ok: true, value: '/x.png', usedLiquid: true, baseurlFromLiquid: false });
      expect(evaluateLiquid('{{ "/y.png" | relative_url }}', a)).toMatchObject({ ok: true, value: '/blog/y.png' });
      expect(evaluateLiquid('{{ page.image }}', a)).toMatchObject({ ok: false });
    }
  });

  it('starts each call afresh after one that stopped half-way (an expression it cannot evaluate after a first one)', () => {
    const a = site('/blog');
    expect(evaluateLiquid('{{ site.baseurl }}/a/{{ page.x }}/{{ site.baseurl }}', a)).toMatchObject({ ok: false });
    expect(evaluateLiquid('{{ site.baseurl }}/b.png', a)).toEqual({ ok: true, value: '/blog/b.png', usedLiquid: true, baseurlFromLiquid: true });
    expect(evaluateLiquid('{% post_url 2020-01-01-x %}', a)).toMatchObject({ ok: false, tag: { name: 'post_url', argument: '2020-01-01-x' } });
    expect(evaluateLiquid('x{{ site.baseurl }}', a)).toMatchObject({ ok: true, value: 'x/blog' });
  });

  it('still evaluates expressions beyond the ones it remembers', () => {
    const a = site('/b');
    for (let k = 0; k < 5000; k++) expect(evaluateLiquid(`{{ "/p${k}.png" | relative_url }}`, a)).toMatchObject({ ok: true, value: `/b/p${k}.png` });
    expect(evaluateLiquid('{{ "/p1.png" | relative_url }}', a)).toMatchObject({ ok: true, value: '/b/p1.png' });
  });
});
