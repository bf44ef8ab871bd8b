import { describe, expect, it } from 'vitest';
import { defaultThreads } from '../../src/core/parse-workers.js';

describe('threads by default: measured to pay from 2,000 documents on two CPUs or more (docs/benchmark.md)', () => {
  it('one thread for small sites and for --only (no documents to parse)', () => {
    for (const cores of [1, 2, 4, 16]) {
      expect(defaultThreads(0, cores)).toBe(1);
      expect(defaultThreads(1999, cores)).toBe(1);
    }
  });

  it('one thread on one CPU, whatever the size', () => {
    expect(defaultThreads(2000, 1)).toBe(1);
    expect(defaultThreads(100_000, 1)).toBe(1);
  });

  it('one per CPU, up to four, from 2,000 documents (two on this benchmark\'s two CPUs)', () => {
    expect(defaultThreads(2000, 2)).toBe(2);
    expect(defaultThreads(100_000, 2)).toBe(2);
    expect(defaultThreads(2000, 3)).toBe(3);
    expect(defaultThreads(2000, 4)).toBe(4);
    expect(defaultThreads(50_000, 64)).toBe(4);
  });
});
