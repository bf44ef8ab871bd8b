// The benchmark's growth rows: what each added post cost between two corpus sizes.

/**
 * What each added post cost, between consecutive sizes (sorted): a cost linear in posts gives the
 * same figures on every row, whatever the fixed start-up; a step quadratic in posts (or in broken
 * references, with `--defect-every 1`) makes them grow with the size.
 */
export function growth(sizes) {
  const sorted = [...sizes].sort((a, b) => a.posts - b.posts);
  const rows = [];
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (b.posts === a.posts) continue;
    const added = b.posts - a.posts;
    const per = (x, y, scale) => (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y) ? undefined : +(((y - x) * scale) / added).toFixed(1));
    rows.push({ from: a.posts, to: b.posts, wallUsPerPost: per(a.wallS, b.wallS, 1e6), cpuUsPerPost: per(a.cpuS, b.cpuS, 1e6), rssKBPerPost: per(a.rssMB, b.rssMB, 1024) });
  }
  return rows;
}
