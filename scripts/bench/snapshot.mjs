// Snapshots a build for the benchmark: other work may rebuild dist/ while it runs.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The files a CLI build runs from: its entry, and beside it what the entry loads (its main module
 * `cli-main.js`, the chunks in `chunks/`, the walk thread `tree-worker.js`), as root-relative
 * paths, sorted.
 * @param {string} cli the entry file (dist/cli.js, or another build's)
 * @returns {string[]}
 */
export function buildFiles(cli) {
  const dir = path.dirname(cli);
  const files = [path.basename(cli)];
  const main = `${path.basename(cli, '.js')}-main.js`;
  if (existsSync(path.join(dir, main))) files.push(main);
  if (existsSync(path.join(dir, 'tree-worker.js'))) files.push('tree-worker.js');
  const chunks = path.join(dir, 'chunks');
  if (existsSync(chunks) && statSync(chunks).isDirectory()) for (const name of readdirSync(chunks)) files.push(`chunks/${name}`);
  return files.sort();
}

/**
 * Copies a build into `into/<hash>/` (the hash of every file it runs from, names included), and
 * returns the copied entry and the hash (12 hex digits).
 * @param {string} cli the entry file
 * @param {string} into the folder that keeps snapshots
 * @returns {{ cli: string, hash: string }}
 */
export function snapshotBuild(cli, into) {
  const dir = path.dirname(cli);
  const files = buildFiles(cli);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(dir, file))).update('\0');
  const id = hash.digest('hex').slice(0, 12);
  const target = path.join(into, id);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    copyFileSync(path.join(dir, file), path.join(target, file));
  }
  return { cli: path.join(target, path.basename(cli)), hash: id };
}
