import { performance } from 'node:perf_hooks';

/**
 * Phase timings of a run (walk, load, lint, ...), kept for `--verbose` and the benchmark: where
 * the time of a run goes, measured rather than guessed.
 */
export class Timings {
  private last = performance.now();
  readonly phases: { name: string; ms: number }[] = [];

  /** Records the time since the previous mark under `name`. */
  mark(name: string): void {
    const now = performance.now();
    this.phases.push({ name, ms: now - this.last });
    this.last = now;
  }

  /** `walk 312 ms, load 4,210 ms, ...` */
  toString(): string {
    return this.phases.map((p) => `${p.name} ${Math.round(p.ms).toLocaleString('en-US')} ms`).join(', ');
  }
}
