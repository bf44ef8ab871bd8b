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

  /**
   * Records the time since the previous mark as phases measured within it (`parts`, in order):
   * what is left over (none of them) goes to the last one.
   */
  markParts(parts: [string, number][]): void {
    const now = performance.now();
    const measured = parts.reduce((sum, [, ms]) => sum + ms, 0);
    parts.forEach(([name, ms], i) => this.phases.push({ name, ms: i === parts.length - 1 ? ms + Math.max(0, now - this.last - measured) : ms }));
    this.last = now;
  }

  /** `walk 312 ms, load 4,210 ms, ...` */
  toString(): string {
    return this.phases.map((p) => `${p.name} ${Math.round(p.ms).toLocaleString('en-US')} ms`).join(', ');
  }
}
