import { describe, expect, it } from 'vitest';
import { growth } from '../../scripts/bench/growth.mjs';

// The benchmark's evidence that cost grows linearly: per added post, between sizes.
describe('growth', () => {
  it('gives the same cost per added post on every row when the cost is linear, whatever the start-up', () => {
    const linear = [20_000, 1_000, 5_000, 10_000].map((posts) => ({ posts, wallS: 0.3 + posts * 500e-6, cpuS: 0.4 + posts * 600e-6, rssMB: 60 + posts * 0.02 }));
    const rows = growth(linear);
    expect(rows.map((r) => [r.from, r.to])).toEqual([
      [1_000, 5_000],
      [5_000, 10_000],
      [10_000, 20_000],
    ]);
    for (const r of rows) expect(r).toMatchObject({ wallUsPerPost: 500, cpuUsPerPost: 600, rssKBPerPost: 20.5 });
  });

  it('shows a quadratic step as a cost per added post that grows with the size', () => {
    const quadratic = [1_000, 2_000, 4_000].map((posts) => ({ posts, wallS: 0.2 + (posts * posts) / 1e7 }));
    const [a, b] = growth(quadratic);
    expect(a!.wallUsPerPost).toBe(300);
    expect(b!.wallUsPerPost).toBe(600);
    expect(a!.cpuUsPerPost).toBeUndefined();
  });

  it('skips repeated sizes and needs two sizes for a row', () => {
    expect(growth([{ posts: 1_000, wallS: 1 }])).toEqual([]);
    expect(growth([{ posts: 1_000, wallS: 1 }, { posts: 1_000, wallS: 1.1 }])).toEqual([]);
  });
});
