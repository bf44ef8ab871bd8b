// Types for snapshot.mjs (the benchmark scripts are plain ESM; the tests import them from TypeScript).

/** The files a CLI build runs from, relative to its folder, sorted. */
export function buildFiles(cli: string): string[];

/** Copies a build into `into/<hash>/`; returns the copied entry and the hash. */
export function snapshotBuild(cli: string, into: string): { cli: string; hash: string };
