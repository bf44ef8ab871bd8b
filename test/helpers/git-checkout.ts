import { statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import type { GitSandbox } from '../deploy/git-sandbox.js';

/** Makes `dir` a repository with everything in it committed (the sandbox's git, so its own identity and no user configuration). */
export function commitAll(box: GitSandbox, dir: string): void {
  box.git(['init', '-q'], dir);
  box.git(['add', '-A'], dir);
  box.git(['commit', '-q', '-m', 'files'], dir);
}

/**
 * A fresh `git clone` of `origin` at `dest`, as a CI runner's checkout is. A checkout of a few
 * files is written within one tick of the file system's clock, index included, so git itself
 * would call every entry racily clean (one of 75,000 files rarely is): the index is dated a
 * second later, as if written after the files had settled.
 */
export function settledClone(box: GitSandbox, origin: string, dest: string): string {
  box.git(['clone', '-q', origin, dest], path.dirname(dest));
  const index = path.join(dest, '.git/index');
  const settled = new Date(statSync(index).mtimeMs + 1000);
  utimesSync(index, settled, settled);
  return dest;
}
