import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, isGitFolderName, isInside } from '../../src/deploy/copy-tree.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'bloglint-copy-tree-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.split(path.sep).join('/')).sort();
}

describe('copyTree', () => {
  it('copies files and folders; skips FIFOs; follows a publish folder that is itself a symlink', async () => {
    const real = path.join(root, 'real-site');
    mkdirSync(path.join(real, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(real, 'a', 'b', 'c.txt'), 'c');
    writeFileSync(path.join(real, 'top.txt'), 'top');
    execFileSync('mkfifo', [path.join(real, 'pipe')]);
    const linkedRoot = path.join(root, 'linked-site');
    symlinkSync(real, linkedRoot);
    symlinkSync(path.join(real, 'top.txt'), path.join(real, 'absolute-inside.txt'));

    const target = path.join(root, 'out1');
    mkdirSync(target);
    const lines: string[] = [];
    const result = await copyTree(linkedRoot, target, { log: (line) => lines.push(line), concurrency: 2 });
    expect(result.files).toBe(3);
    expect(result.skipped).toEqual([{ path: 'pipe', reason: 'special-file' }]);
    expect(lines).toEqual(['Skipped pipe: not a regular file, folder or symlink']);
    expect(listFiles(target)).toEqual(['a', 'a/b', 'a/b/c.txt', 'absolute-inside.txt', 'top.txt']);
    expect(readFileSync(path.join(target, 'absolute-inside.txt'), 'utf8')).toBe('top');
  });

  it('never follows a symlink out, even through a symlinked folder chain', async () => {
    const site = path.join(root, 'site2');
    const outside = path.join(root, 'outside2');
    mkdirSync(site);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'passwd'), 'secret');
    symlinkSync('../outside2/passwd', path.join(site, 'p'));
    symlinkSync('/etc', path.join(site, 'etc'));
    writeFileSync(path.join(site, 'ok.txt'), 'ok');
    const target = path.join(root, 'out2');
    mkdirSync(target);
    const result = await copyTree(site, target);
    expect(result.skipped.map((s) => [s.path, s.reason]).sort()).toEqual([
      ['etc', 'symlink-outside'],
      ['p', 'symlink-outside'],
    ]);
    expect(listFiles(target)).toEqual(['ok.txt']);
  });
});

describe('path predicates', () => {
  it('isInside', () => {
    expect(isInside('/a/site/x', '/a/site')).toBe(true);
    expect(isInside('/a/site', '/a/site')).toBe(true);
    expect(isInside('/a/site-other/x', '/a/site')).toBe(false);
    expect(isInside('/a/x', '/a/site')).toBe(false);
    expect(isInside('/a/site/..x', '/a/site')).toBe(true);
  });

  it('isGitFolderName', () => {
    expect(['.git', '.GIT', '.Git'].every(isGitFolderName)).toBe(true);
    expect(['.github', 'git', '.gitignore'].some(isGitFolderName)).toBe(false);
  });
});
