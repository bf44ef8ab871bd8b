import { describe, expect, it } from 'vitest';
import { classifyPush, parsePushStatus } from '../../src/deploy/push-status.js';

const REF = 'refs/heads/gh-pages';
const out = (line: string): string => `To /srv/blog.git\n${line}\nDone\n`;

describe('parsePushStatus / classifyPush', () => {
  it.each([
    ['*\tabc:refs/heads/gh-pages\t[new branch]', 'pushed'],
    [' \tabc:refs/heads/gh-pages\t1111111..2222222', 'pushed'],
    ['+\tabc:refs/heads/gh-pages\t1111111...2222222 (forced update)', 'pushed'],
    ['!\tabc:refs/heads/gh-pages\t[rejected] (fetch first)', 'race'],
    ['!\tabc:refs/heads/gh-pages\t[rejected] (non-fast-forward)', 'race'],
    ['!\tabc:refs/heads/gh-pages\t[rejected] (stale info)', 'race'],
    ['!\tabc:refs/heads/gh-pages\t[remote rejected] (failed to update ref)', 'race'],
    ['!\tabc:refs/heads/gh-pages\t[remote rejected] (pre-receive hook declined)', 'refused'],
    ['!\tabc:refs/heads/gh-pages\t[remote rejected] (protected branch hook declined)', 'refused'],
    ['!\tabc:refs/heads/gh-pages\t[rejected] (hook declined)', 'refused'],
  ])('%s → %s', (line, outcome) => {
    expect(classifyPush(parsePushStatus(out(line), REF))).toBe(outcome);
  });

  it('ignores other refs and treats a missing status as refused', () => {
    expect(parsePushStatus(out('*\tabc:refs/heads/other\t[new branch]'), REF)).toBeUndefined();
    expect(classifyPush(undefined)).toBe('refused');
    expect(parsePushStatus(out('!\tabc:refs/heads/gh-pages\t[rejected] (fetch first)'), REF)).toEqual({ flag: '!', summary: '[rejected] (fetch first)' });
  });
});
