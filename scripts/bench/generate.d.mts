// Types for generate.mjs (the benchmark scripts are plain ESM; the tests import them from TypeScript).

/** One injected defect: where bloglint must report it, and with which rule. */
export interface ExpectedDefect {
  file: string;
  line: number;
  rule: string;
  kind: string;
  severity: 'error' | 'warning';
}

/** What `generateBlog` wrote, as stored in `expected.json`. */
export interface GeneratedBlog {
  generator: number;
  seed: number;
  posts: number;
  defectEvery: number;
  files: number;
  bytes: number;
  defects: ExpectedDefect[];
}

export const GENERATOR_VERSION: number;
export const DEFECT_KINDS: { kind: string; rule: string; severity: 'error' | 'warning' }[];
export function mulberry32(seed: number): () => number;
export function generateBlog(options: { posts: number; outDir: string; seed?: number; defectEvery?: number }): GeneratedBlog;
export function parseSizes(argv: string[], fallback?: number[]): number[];
