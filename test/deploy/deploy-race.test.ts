/**
 * Two deploys racing for the same branch. A `git` shim on PATH holds the first push until the
 * other deploy's push has finished, so the held push is a real non-fast-forward ("fetch first")
 * and must be retried on the new tip. The bare repository denies non-fast-forward updates, so
 * a force-push would fail the test; its reflog shows every update was a fast-forward.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../src/deploy/deploy.js';
import { createGitSandbox, type GitSandbox } from './git-sandbox.js';

let box: GitSandbox;
let gate: string;
beforeAll(() => {
  box = createGitSandbox();
  gate = box.installShim().gate;
});
afterAll(() => box.dispose());
afterEach(() => {
  delete process.env.BLOGLINT_TEST_PUSH_GATE;
  expect(box.leftovers()).toEqual([]);
});

/** From now on, the first push waits until another push has finished. */
function holdFirstPush(name: string): void {
  process.env.BLOGLINT_TEST_PUSH_GATE = path.join(gate, name);
}

function isAncestor(repo: string, older: string, newer: string): boolean {
  try {
    box.git(['merge-base', '--is-ancestor', older, newer], repo);
    return true;
  } catch {
    return false;
  }
}

describe('deploy: racing deploys', () => {
  it.each([
    { name: 'existing branch', seed: true },
    { name: 'branch created by both at once', seed: false },
  ])('both deploys end up in the history without a force-push ($name)', async ({ seed }) => {
    const remote = box.bareRepo(`race-${seed}`, { 'receive.denyNonFastForwards': 'true' });
    if (seed) await deploy(box.options({ publishDir: box.folder('race-seed', { 'index.html': 'seed', CNAME: 'race.example.com' }), remote, commitMessage: 'Deploy seed' }));
    holdFirstPush(`race-${seed}`);

    const a = box.options({ publishDir: box.folder('race-a', { 'index.html': 'A', 'a.html': 'only in A' }), remote, commitMessage: 'Deploy A', keepFiles: ['*.html'] });
    const b = box.options({ publishDir: box.folder('race-b', { 'index.html': 'B', 'b.html': 'only in B' }), remote, commitMessage: 'Deploy B', keepFiles: ['*.html'] });
    const [resultA, resultB] = await Promise.all([deploy(a), deploy(b)]);

    // Exactly one of them lost the race once and retried on the winner's tip.
    expect([resultA.attempts, resultB.attempts].sort()).toEqual([1, 2]);
    expect(resultA.pushed && resultB.pushed).toBe(true);
    const loser = resultA.attempts === 2 ? a : b;
    const winner = loser === a ? b : a;
    expect(loser.lines.filter((line) => line.startsWith('Push rejected'))).toEqual([
      expect.stringMatching(/^Push rejected \(\[rejected\] \((fetch first|non-fast-forward)\)\).*retrying on the new tip \(attempt 2 of 4\)$/),
    ]);
    expect(winner.lines.filter((line) => line.startsWith('Push rejected'))).toEqual([]);

    const log = box.log(remote);
    const subjects = log.map((entry) => entry.subject);
    expect(subjects.slice(0, 2).sort()).toEqual(['Deploy A', 'Deploy B']);
    expect(subjects.slice(2)).toEqual(seed ? ['Deploy seed'] : []);
    // A straight line: each commit's parent is the next one down.
    log.slice(0, -1).forEach((entry, index) => expect(entry.parents).toEqual([log[index + 1]?.sha]));
    expect(log.at(-1)?.parents).toEqual([]);

    // The reflog of the bare repository: every update was a fast-forward.
    const updates = box.git(['reflog', '--format=%H', 'refs/heads/gh-pages'], remote).split('\n').reverse();
    expect(updates).toHaveLength(seed ? 3 : 2);
    for (let i = 1; i < updates.length; i += 1) expect(isAncestor(remote, updates[i - 1] ?? '', updates[i] ?? '')).toBe(true);

    // The retry re-applied its content on top of the winner: the winner's own page is kept
    // (matched by keepFiles), the loser's index.html is what is live, and CNAME survived.
    const winnerPage = loser === a ? 'b.html' : 'a.html';
    const loserPage = loser === a ? 'a.html' : 'b.html';
    expect(box.files(remote)).toEqual(expect.arrayContaining([winnerPage, loserPage, 'index.html']));
    expect(box.show(remote, 'index.html')).toBe(loser === a ? 'A' : 'B');
    if (seed) expect(box.show(remote, 'CNAME')).toBe('race.example.com');
  });

  it('gives up with a clear error when the branch keeps moving, leaving the remote as the other deploy left it', async () => {
    const remote = box.bareRepo('race-giveup');
    await deploy(box.options({ publishDir: box.folder('giveup-seed', { 'index.html': 'seed' }), remote, commitMessage: 'Deploy seed' }));
    // The remote moves the branch before every push: a post-receive-like competitor, simulated by
    // a pre-receive hook that advances the branch itself (so our expected old value is always stale).
    writeFileSync(
      path.join(remote, 'hooks', 'pre-receive'),
      `#!/bin/sh
unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
tip=$(git rev-parse refs/heads/gh-pages)
next=$(git commit-tree -p "$tip" -m competitor "$tip^{tree}")
git update-ref refs/heads/gh-pages "$next" "$tip"
exit 0
`,
      { mode: 0o755 },
    );
    const options = box.options({ publishDir: box.folder('giveup-site', { 'index.html': 'mine' }), remote, retries: 2, commitMessage: 'Deploy mine' });
    await expect(deploy(options)).rejects.toThrow(/Gave up after 3 push attempt\(s\): gh-pages kept moving/);
    expect(box.log(remote).map((entry) => entry.subject)).toEqual(['competitor', 'competitor', 'competitor', 'Deploy seed']);
    expect(options.lines.filter((line) => line.startsWith('Push rejected'))).toHaveLength(2);
  });
});
