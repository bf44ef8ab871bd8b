import { linkSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { walkTree } from '../../src/core/walk.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'bloglint-walk-')));
  roots.push(root);
  return root;
}

/** Every regular file below `root`, found by Node's own recursive listing (no symlinks here). */
function listed(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'));
}

// Names that sort differently as a folder (with its `/`) than as a bare name: `-` and `.` sort
// before `/`, letters and Korean after it; `a` is a prefix of `a-b`, `a.md`, `ab`.
const NAMES = ['a', 'a-b', 'a.md', 'ab', 'A', 'Z.png', '0', '가', '가-나', 'x y', 'a b', '~', 'é', '_posts', '.hidden', 'b.markdown'];

describe('walkTree', () => {
  it('gives every file, sorted as Array#sort sorts them, without sorting the whole list', async () => {
    let seed = 20261128;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 12; round++) {
      const root = tempRoot();
      const make = (folder: string, depth: number): void => {
        for (const name of NAMES) {
          const r = random();
          const at = path.join(folder, name);
          if (r < 0.35) writeFileSync(at, name);
          else if (r < 0.6 && depth < 3) {
            mkdirSync(at);
            make(at, depth + 1);
          }
        }
      };
      make(root, 0);
      const { files, problems } = await walkTree(root);
      expect(problems).toEqual([]);
      expect(files).toEqual([...files].sort());
      expect(files).toEqual(listed(root).sort());
      expect(files.length).toBeGreaterThan(10);
    }
  });

  it('keeps the order with a symlinked folder and a symlinked file among their siblings', async () => {
    const root = tempRoot();
    mkdirSync(path.join(root, 'real'));
    writeFileSync(path.join(root, 'real', 'x.md'), 'x');
    writeFileSync(path.join(root, 'real-file.md'), 'y');
    writeFileSync(path.join(root, 'link.md-z'), 'z');
    symlinkSync(path.join(root, 'real'), path.join(root, 'link'));
    symlinkSync(path.join(root, 'real-file.md'), path.join(root, 'link.md'));
    const { files, problems } = await walkTree(root);
    expect(problems).toEqual([]);
    // `link` is a folder here: `link/x.md` sorts after `link.md` and `link.md-z` ('/' > '.').
    expect(files).toEqual(['link.md', 'link.md-z', 'link/x.md', 'real-file.md', 'real/x.md']);
    expect(files).toEqual([...files].sort());
  });
});

// A tree's files are gathered without spreading a whole list into one call: `push(...files)`
// overflows the stack from about 150,000 files with Node's default stack. Run here with a
// smaller one, on which 10,000 arguments overflow, so that 12,000 files (hard links: one system
// call each) show it.
describe('walkTree on a large tree', () => {
  it('lists 12,000 files on an 80 KB stack', async () => {
    const root = tempRoot();
    const outside = tempRoot();
    writeFileSync(path.join(outside, 'one.png'), '');
    for (let d = 0; d < 12; d++) {
      mkdirSync(path.join(root, 'img', String(d)), { recursive: true });
      for (let f = 0; f < 1000; f++) linkSync(path.join(outside, 'one.png'), path.join(root, 'img', String(d), `${f}.png`));
    }
    const script = path.join(outside, 'walk.mjs');
    await build({
      stdin: { contents: `import { walkTree } from './src/core/walk.ts';\nconst walk = await walkTree(process.argv[2]);\nconsole.log(walk.files.length, walk.problems.length);`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, ['--stack-size=80', script, root], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('12000 0');
  }, 60_000);
});
