import { defineConfig } from 'vitest/config';

/** `npm run bench:action`: the Action's pull request on the benchmark's 10,000-post blog (not part of `npm test`). */
export default defineConfig({
  test: { include: ['scripts/bench/action-pr.bench.ts'], testTimeout: 900_000, hookTimeout: 900_000, pool: 'forks' },
});
