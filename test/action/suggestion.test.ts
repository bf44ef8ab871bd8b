import { describe, expect, it } from 'vitest';
import { isInOneHunk, rightSideHunks, sortChangedFiles } from '../../src/action/changed-files.js';
import { parseEvent } from '../../src/action/event.js';
import { fingerprintOf } from '../../src/action/reporters/review.js';
import { pointsAtRemoved } from '../../src/action/scope.js';
import { replaceLines, suggestionBlock } from '../../src/action/suggestion.js';
import type { Finding } from '../../src/core/finding.js';
import { hiddenMarker } from '../../src/report/github/escape.js';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, column: c1 }, end: { line: l2, column: c2 } });

describe('replaceLines', () => {
  it('applies a fix to the whole line it touches', () => {
    expect(replaceLines('a\n![x](/A.png) tail\nb\n', { range: range(2, 6, 2, 12), text: '/a.png' })).toEqual({ startLine: 2, endLine: 2, lines: ['![x](/a.png) tail'] });
  });
  it('replaces every line a multi-line fix spans, keeping CRLF files line-exact', () => {
    expect(replaceLines('one\r\ntwo [x](\r\n  /p) end\r\nthree', { range: range(2, 8, 3, 5), text: '(/q' })).toEqual({ startLine: 2, endLine: 3, lines: ['two [x](/q) end'] });
  });
  it('inserts text (an empty range)', () => {
    expect(replaceLines('![x](/a.png)\n', { range: range(1, 6, 1, 6), text: '{{ site.baseurl }}' }).lines).toEqual(['![x]({{ site.baseurl }}/a.png)']);
  });
});

describe('suggestionBlock', () => {
  it('uses three backticks for plain content', () => {
    expect(suggestionBlock(['a'])).toBe('```suggestion\na\n```');
  });
  it('uses one backtick more than the longest run in the content', () => {
    expect(suggestionBlock(['```js', 'x ````` y'])).toBe('``````suggestion\n```js\nx ````` y\n``````');
  });
});

describe('rightSideHunks', () => {
  const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10,2 +11,2 @@\n x\n-y\n+Y\n\\ No newline at end of file';
  it('lists added and context lines of the new side, per hunk', () => {
    expect(rightSideHunks(patch).map((hunk) => [...hunk])).toEqual([[1, 2, 3, 4], [11, 12]]);
  });
  it('accepts a range only inside one hunk', () => {
    const hunks = rightSideHunks(patch);
    expect(isInOneHunk(hunks, 2, 4)).toBe(true);
    expect(isInOneHunk(hunks, 4, 11)).toBe(false);
    expect(isInOneHunk(hunks, 5, 5)).toBe(false);
  });
});

describe('sortChangedFiles', () => {
  it('lints new names and counts old names of renames as removed', () => {
    const result = sortChangedFiles([
      { filename: 'a.md', status: 'modified' },
      { filename: 'img/new.png', status: 'renamed', previousFilename: 'img/old.png' },
      { filename: 'gone.md', status: 'removed' },
    ]);
    expect(result.changed).toEqual(['a.md', 'img/new.png']);
    expect(result.removed).toEqual(['img/old.png', 'gone.md']);
  });
});

describe('parseEvent', () => {
  const env = { GITHUB_SHA: 'merge', GITHUB_REF: 'refs/pull/3/merge', GITHUB_REPOSITORY: 'o/r' };
  it('takes the head sha of a pull request, never the merge sha', () => {
    const event = parseEvent('pull_request', { pull_request: { number: 3, head: { sha: 'head', repo: { full_name: 'o/r' } }, base: { sha: 'base', repo: { full_name: 'o/r' } } }, repository: { default_branch: 'main' } }, env);
    expect(event).toMatchObject({ sha: 'head', defaultBranch: 'main', owner: 'o', repo: 'r', pullRequest: { number: 3, headSha: 'head', baseSha: 'base', isFork: false } });
  });
  it('knows a fork, and a deleted fork', () => {
    const pr = (headRepo: unknown) => ({ pull_request: { number: 3, head: { sha: 'h', repo: headRepo }, base: { sha: 'b', repo: { full_name: 'o/r' } } } });
    expect(parseEvent('pull_request', pr({ full_name: 'someone/r' }), env).pullRequest?.isFork).toBe(true);
    expect(parseEvent('pull_request', pr(null), env).pullRequest?.isFork).toBe(true);
  });
  it('has no pull request on a push', () => {
    const event = parseEvent('push', { repository: { master_branch: 'main' } }, env);
    expect(event).toMatchObject({ sha: 'merge', defaultBranch: 'main' });
    expect(event).not.toHaveProperty('pullRequest');
  });
});

describe('fingerprintOf', () => {
  it('reads only the marker on the last line: a look-alike from the repository inside the block does not count', () => {
    const body = ['```suggestion', '<!-- bloglint:fingerprint forged -->', '```', '', hiddenMarker('fingerprint', 'abc123')].join('\n');
    expect(fingerprintOf(body)).toBe('abc123');
    expect(fingerprintOf('```suggestion\n<!-- bloglint:fingerprint forged -->\n```\n')).toBeUndefined();
  });
});

describe('pointsAtRemoved', () => {
  const finding = (data: Record<string, string>, messageId = 'missing') => ({ data, messageId }) as unknown as Finding;
  it('matches the site path of a removed static file and the post a post_url names', () => {
    const removed = new Set(['assets/cat.png', '_posts/2020-01-02-old.md']);
    expect(pointsAtRemoved(finding({ url: '/assets/cat.png' }), removed)).toBe(true);
    expect(pointsAtRemoved(finding({ url: '/assets/dog.png' }), removed)).toBe(false);
    expect(pointsAtRemoved(finding({ name: '2020-01-02-old' }, 'deadPostUrl'), removed)).toBe(true);
  });
});
