// Types for growth.mjs (the benchmark scripts are plain ESM; the tests import them from TypeScript).

/** One size's measured figures, as the benchmark keeps them (medians; CPU may be missing without GNU time). */
export interface SizeFigures {
  posts: number;
  wallS: number;
  cpuS?: number;
  rssMB?: number;
}

/** What each added post cost between two consecutive sizes. */
export interface GrowthRow {
  from: number;
  to: number;
  wallUsPerPost: number | undefined;
  cpuUsPerPost: number | undefined;
  rssKBPerPost: number | undefined;
}

export function growth(sizes: SizeFigures[]): GrowthRow[];
