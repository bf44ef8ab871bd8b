import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGitIndex, readGitIndex } from '../../src/core/git-index.js';
import { createGitSandbox } from '../deploy/git-sandbox.js';
import { commitAll, settledClone } from '../helpers/git-checkout.js';

/**
 * git's index read directly, against real repositories made and cloned with the git on this
 * machine: every blob id it gives must be the one `git ls-files -s` prints, and any file whose
 * stat data are not the index's own (changed, touched, racily clean) must get none.
 */

const box = createGitSandbox();
afterAll(() => box.dispose());

const git = (cwd: string, ...args: string[]): string => box.git(args, cwd);

const FILES: Record<string, string> = {
  '_config.yml': 'title: t\n',
  '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n본문\n',
  '_posts/Event&Seminar/2020-01-02-한국어 제목.md': '---\ntitle: 한국어\n---\n본문\n',
  'docs/_posts/2020-01-03-c.md': '---\ntitle: C\n---\nbody\n',
  'docs/about.md': '# About\n',
  'assets/img/a b.png': 'not really a png',
};

let repositories = 0;

/** A repository with FILES committed, and a fresh clone of it (a checkout as a CI runner makes one). */
function clonedRepository(files: Record<string, string> = FILES): { origin: string; clone: string } {
  const name = `repo-${++repositories}`;
  const origin = box.folder(`${name}/origin`, files);
  commitAll(box, origin);
  return { origin, clone: settledClone(box, origin, path.join(box.root, name, 'clone')) };
}

/** Each tracked path with its blob id in base64, as `git ls-files -s -z` gives them. */
function listed(repo: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const record of git(repo, 'ls-files', '-s', '-z').split('\0').filter(Boolean)) {
    const [meta, file] = record.split('\t') as [string, string];
    out.set(file, Buffer.from(meta.split(' ')[1]!, 'hex').toString('base64').slice(0, 27));
  }
  return out;
}

describe('git index: the blob id of each unchanged file of a checkout', () => {
  it('gives what git ls-files gives, for names with Korean, spaces and &', () => {
    const { clone } = clonedRepository();
    const index = readGitIndex(clone)!;
    expect(index).toBeDefined();
    const expected = listed(clone);
    expect(expected.size).toBe(Object.keys(FILES).length);
    for (const [file, blob] of expected) expect(index.blobOf(file, lstatSync(path.join(clone, file))), file).toBe(blob);
    expect(index.size).toBe(expected.size);
    expect(index.blobOf('_posts/none.md', lstatSync(path.join(clone, '_config.yml')))).toBeUndefined();
  });

  it('takes paths relative to a site in a subfolder (docs/)', () => {
    const { clone } = clonedRepository();
    const index = readGitIndex(path.join(clone, 'docs'))!;
    const expected = listed(clone);
    expect(index.blobOf('about.md', lstatSync(path.join(clone, 'docs/about.md')))).toBe(expected.get('docs/about.md'));
    expect(index.blobOf('docs/about.md', lstatSync(path.join(clone, 'docs/about.md')))).toBeUndefined();
  });

  it('reads index versions 3 (extended flags) and 4 (compressed names), leaving out skip-worktree and intent-to-add entries', () => {
    const { clone } = clonedRepository();
    const expected = listed(clone);
    git(clone, 'update-index', '--skip-worktree', 'docs/about.md');
    writeFileSync(path.join(clone, 'new.md'), 'new\n');
    git(clone, 'add', '-N', 'new.md');
    for (const version of ['3', '4']) {
      git(clone, 'update-index', '--index-version', version);
      expect(readFileSync(path.join(clone, '.git/index')).readUInt32BE(4)).toBe(Number(version));
      const index = readGitIndex(clone)!;
      expect(index, `version ${version}`).toBeDefined();
      for (const [file, blob] of expected) {
        const want = file === 'docs/about.md' ? undefined : blob;
        expect(index.blobOf(file, lstatSync(path.join(clone, file))), `${file}, version ${version}`).toBe(want);
      }
      expect(index.blobOf('new.md', lstatSync(path.join(clone, 'new.md')))).toBeUndefined();
    }
  });

  it('gives nothing for a file changed since the index was written, touched, or changed back to its old size and time', () => {
    const { clone } = clonedRepository();
    const file = '_posts/2020-01-01-a.md';
    const absolute = path.join(clone, file);
    const before = statSync(absolute);
    const exact = lstatSync(absolute, { bigint: true });
    expect(readGitIndex(clone)!.blobOf(file, lstatSync(absolute))).toBeDefined();
    const later = new Date(before.mtimeMs + 5000);
    utimesSync(absolute, later, later);
    expect(readGitIndex(clone)!.blobOf(file, lstatSync(absolute))).toBeUndefined();
    // Same size, modification time put back to the nanosecond (touch -d): only the change time
    // (which no one can set) tells.
    writeFileSync(absolute, '---\ntitle: B\n---\n본문\n');
    const seconds = exact.mtimeNs / 1_000_000_000n;
    execFileSync('touch', ['-d', `@${seconds}.${String(exact.mtimeNs - seconds * 1_000_000_000n).padStart(9, '0')}`, absolute]);
    const after = lstatSync(absolute);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(after.ctimeMs).not.toBe(before.ctimeMs);
    expect(readGitIndex(clone)!.blobOf(file, after)).toBeUndefined();
  });

  it('gives nothing for a racily clean entry (changed no earlier than the index was written)', () => {
    const { clone } = clonedRepository();
    const file = '_posts/2020-01-01-a.md';
    const stat = lstatSync(path.join(clone, file));
    expect(readGitIndex(clone)!.blobOf(file, stat)).toBeDefined();
    // The index dated no later than the file (a millisecond before: utimes takes no exact
    // nanoseconds): git would read the file to be sure.
    utimesSync(path.join(clone, '.git/index'), stat.atime, (stat.mtimeMs - 1) / 1000);
    expect(readGitIndex(clone)!.blobOf(file, stat)).toBeUndefined();
  });

  it('finds the index of a linked worktree (a .git file), and none outside a repository', () => {
    const { origin } = clonedRepository();
    const worktree = path.join(path.dirname(origin), 'worktree');
    git(origin, 'worktree', 'add', '-q', worktree);
    const index = readGitIndex(worktree)!;
    expect(index).toBeDefined();
    expect(index.blobOf('_config.yml', lstatSync(path.join(worktree, '_config.yml')))).toBe(listed(worktree).get('_config.yml'));
    const plain = box.folder('plain', { 'a.md': 'a\n' });
    // A temporary folder may sit below a repository on some machines: only assert when it does not.
    if (!execFileSync('sh', ['-c', 'git rev-parse --is-inside-work-tree 2>/dev/null || true'], { cwd: plain, encoding: 'utf8' }).includes('true')) expect(readGitIndex(plain)).toBeUndefined();
  });

  it('does not wait on an index that is a FIFO, nor use one that is a folder', () => {
    const { clone } = clonedRepository();
    const index = path.join(clone, '.git/index');
    rmSync(index);
    execFileSync('mkfifo', [index]);
    expect(readGitIndex(clone)).toBeUndefined();
    rmSync(index);
    mkdirSync(index);
    expect(readGitIndex(clone)).toBeUndefined();
  });

  it('does not use a split index (its entries live in another file)', () => {
    const { clone } = clonedRepository();
    git(clone, 'update-index', '--split-index');
    expect(readGitIndex(clone)).toBeUndefined();
  });

  it('never throws on damaged bytes: truncated, with flipped bytes, or a huge entry count', () => {
    const { clone } = clonedRepository();
    const bytes = readFileSync(path.join(clone, '.git/index'));
    const future = Date.now() + 86_400_000;
    expect(parseGitIndex(bytes, '', future)).toBeDefined();
    const stat = { size: 12, mtimeMs: 0, ctimeMs: 0, ino: 0 };
    for (let cut = 0; cut < bytes.length; cut += 7) expect(() => parseGitIndex(bytes.subarray(0, cut), '', future)?.blobOf('_config.yml', stat)).not.toThrow();
    let state = 3;
    for (let round = 0; round < 2000; round++) {
      const damaged = Buffer.from(bytes);
      for (let k = 0; k < 3; k++) {
        state = (state * 1103515245 + 12345) >>> 0;
        damaged[state % damaged.length] = state >>> 24;
      }
      expect(() => parseGitIndex(damaged, '', future)?.blobOf('_config.yml', stat)).not.toThrow();
    }
    const huge = Buffer.from(bytes);
    huge.writeUInt32BE(0xffffffff, 8);
    expect(parseGitIndex(huge, '', future)).toBeUndefined();
    const wrong = Buffer.from(bytes);
    wrong.write('DIRX', 0, 'latin1');
    expect(parseGitIndex(wrong, '', future)).toBeUndefined();
  });
});
