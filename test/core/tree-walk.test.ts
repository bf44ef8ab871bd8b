import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWalk, TreeWalk } from '../../src/core/tree-walk.js';
import { dropEarlyWalk, startEarlyWalk, takeEarlyWalk, WalkThread } from '../../src/core/walk-thread.js';
import { sortProblems, walkTree, type WalkResult } from '../../src/core/walk.js';

/**
 * The walk on a thread (`startWalk`, dist/tree-worker.js in the bundle) gives the files and
 * problems of `walkTree`, in pieces: on a tree with every kind of entry the walk treats apart,
 * in small and large pieces, without a thread, and when the thread fails half-way.
 */

let dir = '';
let root = '';
let worker: URL;
let failing: URL;
let hanging: URL;

async function bundle(entry: { file: string } | { contents: string }, out: string): Promise<URL> {
  const outfile = path.join(dir, out);
  await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: 'ts' } }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return pathToFileURL(outfile);
}

beforeAll(async () => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'bloglint-tree-walk-')));
  root = path.join(dir, 'site');
  const outside = path.join(dir, 'outside');
  mkdirSync(path.join(outside, 'secret'), { recursive: true });
  writeFileSync(path.join(outside, 'secret', 'x.md'), 'x');
  const files = ['_config.yml', '_posts/2020-01-02-a.md', '_posts/2020-01-03-b.md', 'a-b/x.png', 'a.md', 'ab/y.png', 'assets/img/1.png', 'assets/img/2.png', 'z/가/나.md', '.git/HEAD', 'node_modules/m/index.js', 'real/inner.md'];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  for (let k = 0; k < 40; k++) {
    mkdirSync(path.join(root, 'many', String(k)), { recursive: true });
    writeFileSync(path.join(root, 'many', String(k), 'f.txt'), String(k));
  }
  mkdirSync(path.join(root, 'empty'));
  symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
  symlinkSync(path.join(root, 'a.md'), path.join(root, 'linked-file.md'));
  symlinkSync(path.join(outside, 'secret'), path.join(root, 'out-dir'));
  symlinkSync(path.join(outside, 'secret', 'x.md'), path.join(root, 'out-file.md'));
  symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.md'));
  symlinkSync('..', path.join(root, 'real', 'loop'));
  // A name that is not UTF-8, and a FIFO (neither a file nor a folder: not listed).
  writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), 'bad');
  execFileSync('mkfifo', [path.join(root, 'pipe')]);
  worker = await bundle({ file: 'src/core/tree-worker.ts' }, 'tree-worker.mjs');
  // A walk thread that gives its first two pieces and then fails.
  failing = await bundle(
    {
      contents: `import { parentPort, workerData } from 'node:worker_threads';
import { walkFolders } from './src/core/walk.ts';
let pieces = 0;
walkFolders(workerData.root, workerData.flushAt, (piece) => {
  if (++pieces > 2) throw new Error('the walk thread fails');
  parentPort.postMessage(piece);
});`,
    },
    'failing-worker.mjs',
  );
  // A walk thread that never ends on its own.
  hanging = await bundle({ contents: 'setInterval(() => {}, 1000);' }, 'hanging-worker.mjs');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(walk: TreeWalk): Promise<{ pieces: number; result: WalkResult; threaded: boolean }> {
  const result: WalkResult = { files: [], problems: [] };
  let pieces = 0;
  for await (const piece of walk) {
    pieces++;
    result.files.push(...piece.files);
    result.problems.push(...piece.problems);
  }
  walk.close();
  sortProblems(result.problems);
  return { pieces, result, threaded: walk.threaded };
}

describe('the walk on a thread', () => {
  it('gives the files and problems of walkTree, whatever the size of its pieces', async () => {
    const expected = await walkTree(root);
    // The tree has what the walk treats apart: links in and out, a loop, a bad name, skipped folders.
    expect(expected.files).toContain('linked/inner.md');
    expect(expected.files).toContain('linked-file.md');
    expect(expected.files).not.toContain('.git/HEAD');
    expect(expected.problems.map((p) => p.path).sort()).toEqual(['bad-\uFFFD\uFFFD.md', 'dangling.md', 'linked/loop', 'out-dir', 'out-file.md', 'real/loop'].sort());
    for (const flushAt of [1, 7, 1024]) {
      const { pieces, result, threaded } = await collect(new TreeWalk(root, new WalkThread(root, worker, flushAt), false));
      expect(result, `pieces of ${flushAt}`).toEqual(expected);
      expect(threaded).toBe(true);
      expect(pieces).toBe(Math.floor(expected.files.length / flushAt) + 1);
    }
  });

  it('walks on this thread when there is no thread to start (from sources)', async () => {
    const { pieces, result, threaded } = await collect(startWalk(root, undefined));
    expect(result).toEqual(await walkTree(root));
    expect(threaded).toBe(false);
    expect(pieces).toBe(1);
  });

  it('finishes the walk on this thread when the thread fails, without giving a file twice', async () => {
    const expected = await walkTree(root);
    const { pieces, result, threaded } = await collect(new TreeWalk(root, new WalkThread(root, failing, 5), false));
    expect(result).toEqual(expected);
    expect(threaded).toBe(false);
    // Two pieces from the thread, the rest in one.
    expect(pieces).toBe(3);
  });

  it('stops the thread when closed before it is read (what is read then comes from this thread)', async () => {
    const walk = new TreeWalk(root, new WalkThread(root, worker, 1), false);
    walk.close();
    const { result, threaded } = await collect(walk);
    expect(threaded).toBe(false);
    expect(result).toEqual(await walkTree(root));
  });
});

// The entry starts an `--only` run's walk before the main module is loaded (src/launch); the run
// takes it over (`startWalk`) when its root is the same.
describe('the walk the entry started', () => {
  it('is taken over by the run on the same root, nothing lost of what it sent before', async () => {
    const thread = startEarlyWalk(root, worker)!;
    // The whole walk is sent, and the thread gone, before the run listens.
    await new Promise((resolve) => thread.worker.once('exit', resolve));
    const walk = startWalk(root, undefined);
    expect(walk.early).toBe(true);
    const { result, threaded } = await collect(walk);
    expect(threaded).toBe(true);
    expect(result).toEqual(await walkTree(root));
    // Taken once: a second run starts its own.
    expect(takeEarlyWalk(root)).toBeUndefined();
  });

  it('is taken over while it still walks', async () => {
    startEarlyWalk(root, worker);
    const walk = startWalk(root, undefined);
    expect(walk.early).toBe(true);
    const { result, threaded } = await collect(walk);
    expect(threaded).toBe(true);
    expect(result).toEqual(await walkTree(root));
  });

  it('is stopped, not given, when the run resolved another root', async () => {
    const thread = startEarlyWalk(path.join(root, 'many'), hanging)!;
    // (A thread stopped before it is online exits with 0, as one that ends on its own.)
    await new Promise((resolve) => thread.worker.once('online', resolve));
    const exit = new Promise<number | string>((resolve) => {
      thread.worker.once('exit', resolve);
      setTimeout(() => resolve('still running'), 5_000).unref();
    });
    const walk = startWalk(root, worker);
    expect(walk.early).toBe(false);
    const { result, threaded } = await collect(walk);
    expect(threaded).toBe(true);
    expect(result).toEqual(await walkTree(root));
    // Terminated (exit code 1): left alone, it would run on.
    expect(await exit).toBe(1);
  });

  it('is stopped when the run lints the whole site after all (dropEarlyWalk)', async () => {
    const thread = startEarlyWalk(root, hanging)!;
    await new Promise((resolve) => thread.worker.once('online', resolve));
    const exit = new Promise<number | string>((resolve) => {
      thread.worker.once('exit', resolve);
      setTimeout(() => resolve('still running'), 5_000).unref();
    });
    dropEarlyWalk();
    expect(await exit).toBe(1);
    expect(takeEarlyWalk(root)).toBeUndefined();
    dropEarlyWalk(); // nothing left to stop
  });
});
