/**
 * The Action end to end: the built dist/index.js, run as a runner runs it, on the example blog in
 * a real git repository, against the loopback GitHub server (which validates every request
 * against GitHub's OpenAPI description). Every test asserts that no request broke it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addIssueComment, addReviewComment, fakeSha, type GitHubServer } from '../helpers/github-server.js';
import { fingerprintOf } from '../../src/action/reporters/review.js';
import { createBlogRepo, pullRequestPayload, pushPayload, runAction, seedPullRequest, TEST_TOKEN, useActionSandbox, type BlogRepo, type Sandbox } from '../action/harness.js';
import { NAVER, NEW_POST } from '../action/harness.js';

let server: GitHubServer;
let box: Sandbox;

useActionSandbox((s, b) => {
  server = s;
  box = b;
});

/** Seeds the pull request topic → main in the server from the repository's real diff. */
function openPullRequest(repo: BlogRepo, headSha: string, number = 7, headRepo?: string) {
  return seedPullRequest(server, repo, headSha, { number, ...(headRepo ? { headRepo } : {}) });
}

function runOnPullRequest(repo: BlogRepo, headSha: string, options: { number?: number; inputs?: Record<string, string>; headRepo?: string; env?: Record<string, string> } = {}) {
  const number = options.number ?? 7;
  return runAction({
    box,
    server,
    workspace: repo.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload(server, { number, headSha, baseSha: repo.baseSha, ...(options.headRepo ? { headRepo: options.headRepo } : {}) }),
    sha: fakeSha(`merge:${headSha}`),
    ref: `refs/pull/${number}/merge`,
    ...(options.inputs ? { inputs: options.inputs } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
}

/** A push of the repository's base commit to main. */
function runOnPushToMain(repo: BlogRepo, inputs: Record<string, string>, env?: Record<string, string>) {
  return runAction({
    box,
    server,
    workspace: repo.dir,
    eventName: 'push',
    payload: pushPayload(server, { ref: 'refs/heads/main', after: repo.baseSha, before: fakeSha('before') }),
    sha: repo.baseSha,
    ref: 'refs/heads/main',
    inputs,
    ...(env ? { env } : {}),
  });
}

const requestsOf = (operationId: string) => server.requests.filter((request) => request.operationId === operationId);

describe('the Action on a pull request', () => {
  it('a clean pull request: success check run on the head sha, no review, no comment, exit 0', async () => {
    const repo = createBlogRepo(box);
    const head = repo.commit('Edit the clean post', {
      '_posts/2020-01-15-clean.md': `${repo.read('_posts/2020-01-15-clean.md')}\nOne more clean paragraph.\n`,
    });
    openPullRequest(repo, head);
    const result = await runOnPullRequest(repo, head);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain(TEST_TOKEN);
    // The token reaches no log line, output, summary, report or SARIF file.
    expect(result.stderr + result.summary + JSON.stringify(result.outputs)).not.toContain(TEST_TOKEN);
    for (const file of [result.outputs.report, result.outputs.sarif]) {
      expect(file).toBeTruthy();
      expect(readFileSync(file!, 'utf8')).not.toContain(TEST_TOKEN);
    }
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', 'files-checked': '1', deployed: 'false' });
    expect(JSON.parse(readFileSync(result.outputs['report']!, 'utf8')).findings).toEqual([]);
    expect(JSON.parse(readFileSync(result.outputs['sarif']!, 'utf8')).version).toBe('2.1.0');
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]).toMatchObject({ name: 'bloglint', head_sha: head, status: 'completed', conclusion: 'success' });
    expect(server.state.reviews).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
    expect(result.summary).toContain('### ✅ bloglint: no problems in 1 file');
  });
});


/** A pull request that adds a post with three findings and appends a line to a post with four. */
function pullRequestWithFindings(repo: BlogRepo): string {
  return repo.commit('Add a post, touch the hackathon post', {
    '_posts/2024-05-01-new-post.md': NEW_POST,
    [NAVER]: `${repo.read(NAVER)}An added closing line.\n`,
  });
}

describe('the Action on a pull request with findings', () => {
  it('annotates the check run, suggests the fixes in one review, comments once, fails the step', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    openPullRequest(repo, head);
    const result = await runOnPullRequest(repo, head);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::bloglint found 7 errors and 0 warnings (fail-on: error).');
    expect(result.outputs).toMatchObject({ errors: '7', warnings: '0', 'files-checked': '2' });
    // Each phase's time for step debug logging: the walk was the one the entry (dist/index.js) started,
    // and the site was read while the pull request's files were listed (then waited for, if at all).
    expect(result.stdout).toMatch(/^::debug::bloglint: 7 findings \(config \d+ ms, walk \(on a thread the entry started; waited\) \d+ ms, .*files to check \(waited\) \d+ ms, .*lint \d+ ms\); Node v\d+/m);

    // One check run, on the head sha (not the merge sha), every annotation at its line and columns.
    expect(server.state.checkRuns).toHaveLength(1);
    const run = server.state.checkRuns[0]!;
    expect(run).toMatchObject({ head_sha: head, status: 'completed', conclusion: 'failure', annotationBatches: 1 });
    expect(run.output.title).toBe('7 errors, 0 warnings');
    expect(run.output.annotations.map((a) => `${a.path}:${a.start_line}:${a.start_column}-${a.end_line}:${a.end_column} ${a.annotation_level} ${a.title}`)).toEqual([
      '_posts/2024-05-01-new-post.md:9:10-9:49 failure no-missing-image',
      '_posts/2024-05-01-new-post.md:11:8-11:28 failure no-missing-image',
      '_posts/2024-05-01-new-post.md:13:9-13:45 failure no-missing-image',
      `${NAVER}:9:20-9:46 failure no-missing-image`,
      `${NAVER}:14:7-14:67 failure no-dead-related-post`,
      `${NAVER}:19:21-19:69 failure no-missing-image`,
      `${NAVER}:20:21-20:89 failure no-missing-image`,
    ]);

    // One COMMENT review on the head sha with three suggested changes (the two others are outside the diff).
    expect(server.state.reviews).toHaveLength(1);
    expect(server.state.reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: head });
    const comments = server.state.reviewComments;
    expect(comments.map((c) => `${c.path}:${c.line} ${c.side}`)).toEqual([
      '_posts/2024-05-01-new-post.md:9 RIGHT',
      '_posts/2024-05-01-new-post.md:11 RIGHT',
      `${NAVER}:19 RIGHT`,
    ]);
    expect(comments[0]!.body).toBe(
      [
        "**bloglint** `no-missing-image` (error): Image \\`{{ site.baseurl }}/assets/img/photo.png\\` does not match the case of the file \\`/assets/img/Photo.PNG\\`: GitHub Pages serves from a case\\-sensitive disk, so \\`/assets/img/photo.png\\` is missing there. Use \\`/assets/img/Photo.PNG\\`.",
        'Fix (safe; `bloglint --fix` applies the same edit):',
        '```suggestion\n![photo]({{ site.baseurl }}/assets/img/Photo.PNG) and some text.\n```',
        `The file this points to, \`assets/img/Photo.PNG\`:\n\n![assets/img/Photo.PNG](https://github.com/octo-org/blog/blob/${head}/assets/img/Photo.PNG?raw=true)`,
        '<!-- bloglint:fingerprint 245a6896cdb5528c129d -->',
      ].join('\n\n'),
    );
    expect(comments[1]!.body).toContain('Suggested, not applied by `--fix` (you decide): Use \\`/blog/assets/img/cat.png\\`\n\n```suggestion\n![cat](/blog/assets/img/cat.png)\n```');
    expect(comments[1]!.body).toContain(`![assets/img/cat.png](https://github.com/octo-org/blog/blob/${head}/assets/img/cat.png?raw=true)`);
    expect(comments[2]!.body).toContain('```suggestion\n![Full-width image]({{ site.baseurl }}/assets/img/devlog/event/NaverVisionAIHack/1.png)<br>\n```');

    // One sticky comment and the job summary: the same table, locations linked at the head sha.
    expect(server.state.issueComments).toHaveLength(1);
    const sticky = server.state.issueComments[0]!.body;
    expect(sticky.startsWith('<!-- bloglint:sticky-comment -->\n### ❌ bloglint: 7 errors, 0 warnings in 2 files\n')).toBe(true);
    for (const text of [sticky, result.summary]) {
      expect(text).toContain('| [`no-missing-image`](https://github.com/bloglint/bloglint#no-missing-image) | 6 |');
      expect(text).toContain('| [`no-dead-related-post`](https://github.com/bloglint/bloglint#no-dead-related-post) | 1 |');
      expect(text).toContain(`| [\`_posts/2024-05-01-new-post.md:9\`](https://github.com/octo-org/blog/blob/${head}/_posts/2024-05-01-new-post.md#L9) | error | \`no-missing-image\` |`);
      expect(text).toContain(`(https://github.com/octo-org/blog/blob/${head}/devlog/_posts/Event%26Seminar/2019-03-01-NAVERVisionAIHack-final.md#L14) | error | \`no-dead-related-post\` |`);
      expect(text).toContain('**Suggested changes not in the review**');
      expect(text).toContain('#L9) (fix): the line becomes `  background: url(\'/assets/img/sidebar-bg.gif\') center/cover`');
    }
  });
});

describe('re-runs', () => {
  it('after a fix: no duplicate review comments, the fixed one deleted, the sticky comment edited, foreign comments untouched', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    const pr = openPullRequest(repo, head);
    expect((await runOnPullRequest(repo, head)).code).toBe(1);
    const ours = server.state.reviewComments.map((comment) => ({ ...comment }));
    expect(ours).toHaveLength(3);
    const fixedComment = ours.find((comment) => comment.line === 9 && comment.path === '_posts/2024-05-01-new-post.md')!;
    const sticky = { ...server.state.issueComments[0]! };

    // Others comment, one of them imitating our markers.
    const foreignReview = addReviewComment(server.state, { pull_number: 7, path: '_posts/2024-05-01-new-post.md', line: 11, user: 'octocat', body: 'Nice picture!' });
    const imitation = addReviewComment(server.state, {
      pull_number: 7,
      path: '_posts/2024-05-01-new-post.md',
      line: 9,
      user: 'mallory',
      body: `Looks fixed to me\n\n<!-- bloglint:fingerprint ${fingerprintOf(fixedComment.body)} -->`,
    });
    const foreignSticky = addIssueComment(server.state, { issue_number: 7, user: 'mallory', body: '<!-- bloglint:sticky-comment -->\nAll good!' });

    // The author fixes the case of the photo and pushes.
    const head2 = repo.commit('Fix the photo case', {
      '_posts/2024-05-01-new-post.md': NEW_POST.replace('/assets/img/photo.png', '/assets/img/Photo.PNG'),
    });
    pr.head.sha = head2;
    pr.commits.push(head2);
    pr.files = repo.pullRequestFiles(repo.baseSha, head2).map((file) => ({ additions: 0, deletions: 0, changes: 0, sha: fakeSha(file.filename), status: 'modified', ...file }));
    const before = server.requests.length;
    const again = await runOnPullRequest(repo, head2);
    expect(again.code).toBe(1);
    expect(again.outputs['errors']).toBe('6');
    const second = server.requests.slice(before);

    // Review: nothing new to post, the fixed comment deleted, the two others kept once each.
    expect(second.filter((r) => r.operationId === 'pulls/create-review')).toHaveLength(0);
    expect(second.filter((r) => r.operationId === 'pulls/delete-review-comment').map((r) => r.path)).toEqual([
      `/repos/octo-org/blog/pulls/comments/${fixedComment.id}`,
    ]);
    const botComments = server.state.reviewComments.filter((comment) => comment.user.login === 'github-actions[bot]');
    expect(botComments.map((comment) => comment.id).sort()).toEqual(ours.filter((c) => c.id !== fixedComment.id).map((c) => c.id).sort());
    expect(server.state.reviewComments).toContainEqual(foreignReview);
    expect(server.state.reviewComments).toContainEqual(imitation);

    // Sticky comment: edited in place, not duplicated; the imitation is left alone.
    expect(second.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(0);
    expect(second.filter((r) => r.operationId === 'issues/update-comment').map((r) => r.path)).toEqual([`/repos/octo-org/blog/issues/comments/${sticky.id}`]);
    const botSticky = server.state.issueComments.filter((comment) => comment.user.login === 'github-actions[bot]');
    expect(botSticky).toHaveLength(1);
    expect(botSticky[0]!.body).toContain('### ❌ bloglint: 6 errors, 0 warnings in 2 files');
    expect(server.state.issueComments).toContainEqual(foreignSticky);

    // A second check run on the new head.
    expect(server.state.checkRuns.map((run) => `${run.head_sha} ${run.conclusion} ${run.output.annotations.length}`)).toEqual([`${head} failure 7`, `${head2} failure 6`]);
  });

  it('a clean re-run edits the sticky comment to say so', async () => {
    const repo = createBlogRepo(box);
    const head = repo.commit('A post with a typo', { '_posts/2024-05-01-new-post.md': NEW_POST });
    const pr = openPullRequest(repo, head);
    expect((await runOnPullRequest(repo, head)).code).toBe(1);
    expect(server.state.issueComments).toHaveLength(1);
    const head2 = repo.commit('Fix everything', {
      '_posts/2024-05-01-new-post.md': NEW_POST.replace('photo.png', 'Photo.PNG').replace('/blog/images/cat.png', '/blog/assets/img/cat.png').replace(/\n!\[gone\].*\n/, '\n'),
    });
    pr.head.sha = head2;
    pr.commits.push(head2);
    pr.files = repo.pullRequestFiles(repo.baseSha, head2).map((file) => ({ additions: 0, deletions: 0, changes: 0, sha: fakeSha(file.filename), status: 'modified', ...file }));
    const clean = await runOnPullRequest(repo, head2);
    expect(clean.code).toBe(0);
    expect(server.state.issueComments).toHaveLength(1);
    expect(server.state.issueComments[0]!.body).toBe('<!-- bloglint:sticky-comment -->\n### ✅ bloglint: no problems in 1 file\n');
    expect(server.state.reviewComments).toEqual([]);
    expect(server.state.checkRuns.at(-1)).toMatchObject({ head_sha: head2, conclusion: 'success' });
  });
});

describe('degraded GitHub', () => {
  it('a fork pull request (every write refused): workflow commands and the summary, said once, exit code 1', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    openPullRequest(repo, head, 7, 'contributor/blog');
    server.denyWrites();
    const result = await runOnPullRequest(repo, head, { headRepo: 'contributor/blog' });
    expect(result.code).toBe(1);
    expect(server.state.checkRuns).toEqual([]);
    expect(server.state.reviews).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
    const refused = server.requests.filter((r) => r.method !== 'GET');
    expect(refused.map((r) => r.operationId)).toEqual(['checks/create', 'pulls/create-review', 'issues/create-comment']);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error file='));
    expect(annotations).toHaveLength(7);
    expect(annotations[0]).toBe(
      '::error file=_posts/2024-05-01-new-post.md,line=9,endLine=9,col=10,endColumn=49,title=no-missing-image::Image `{{ site.baseurl }}/assets/img/photo.png` does not match the case of the file `/assets/img/Photo.PNG`: GitHub Pages serves from a case-sensitive disk, so `/assets/img/photo.png` is missing there. Use `/assets/img/Photo.PNG`.',
    );
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('this pull request comes from a fork, and GitHub gives its workflow a read-only token');
    expect(warnings[0]).toContain('check run: 403 Resource not accessible by integration');
    expect(result.summary).toContain('### ❌ bloglint: 7 errors, 0 warnings in 2 files');
    expect(result.summary).toContain('<sub>Theme: none known, generic Jekyll rules (no theme: or remote\\_theme: bloglint knows, no vendored theme include)</sub>');
    expect(result.summary).toContain('**Suggested changes not in the review**');
    expect(result.summary).toContain('> **Note:** bloglint could not report to GitHub');
    expect(result.stdout).toContain('::error::bloglint found 7 errors and 0 warnings (fail-on: error).');
  });

  it("a fork pull request never runs a remark plugin planted in it, nor switches rules off: the base's config is used (the log says so)", async () => {
    const repo = createBlogRepo(box);
    const marker = path.join(box.root, 'plugin-ran');
    const head = repo.commit('Add a plugin', {
      '.bloglint.yml': 'remark-plugins: [evil-plugin]\nrules:\n  no-missing-image: off\n',
      'node_modules/evil-plugin/package.json': JSON.stringify({ name: 'evil-plugin', type: 'module', main: 'index.js' }),
      'node_modules/evil-plugin/index.js': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default function evil() {}\n`,
      '_posts/2024-05-02-guest.md': '---\ntitle: Guest\n---\nHello. ![gone](/nowhere.png)\n',
    });
    openPullRequest(repo, head, 7, 'contributor/blog');
    const result = await runOnPullRequest(repo, head, { headRepo: 'contributor/blog' });
    expect(existsSync(marker)).toBe(false);
    expect(result.stdout).toContain("bloglint: a fork's pull request:");
    expect(result.stdout).toContain("the checked-out head's config is never used");
    expect(result.code).toBe(1);
    const annotations = server.state.checkRuns.flatMap((run) => run.output?.annotations ?? []);
    expect(annotations.filter((a) => a.path === '_posts/2024-05-02-guest.md').map((a) => [a.start_line, a.title])).toEqual([[4, 'no-missing-image']]);
  });

  it('250 findings: the check run gets every annotation in batches of at most 50', async () => {
    const repo = createBlogRepo(box);
    const lines = Array.from({ length: 250 }, (_, index) => `![missing ${index}](/blog/assets/img/none-${index}.gif)`);
    const head = repo.commit('A post with 250 broken images', {
      '_posts/2024-06-01-many.md': `---\ntitle: Many\ndescription: Broken images.\ntags: [example]\nimage: /assets/img/cat.png\n---\n${lines.join('\n')}\n`,
    });
    openPullRequest(repo, head);
    const result = await runOnPullRequest(repo, head);
    expect(result.code).toBe(1);
    expect(result.outputs['errors']).toBe('250');
    const writes = server.requests.filter((r) => r.operationId === 'checks/create' || r.operationId === 'checks/update');
    const sizes = writes.map((r) => ((r.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length);
    expect(writes.map((r) => r.operationId)).toEqual(['checks/create', 'checks/update', 'checks/update', 'checks/update', 'checks/update']);
    expect(sizes).toEqual([50, 50, 50, 50, 50]);
    const run = server.state.checkRuns[0]!;
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', annotationBatches: 5 });
    expect(new Set(run.output.annotations.map((a) => a.start_line)).size).toBe(250);
    expect(run.output.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 250 }, (_, index) => index + 7));
    const omitted = /_(\d+) more problems not shown; run bloglint locally or see the log for all of them\._/.exec(result.summary);
    expect(Number(omitted?.[1])).toBeGreaterThanOrEqual(50);
  });

  it('a 502 on the check run is retried', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    openPullRequest(repo, head);
    server.failNext({ operationId: 'checks/create' }, 502);
    const result = await runOnPullRequest(repo, head);
    expect(result.code).toBe(1);
    expect(requestsOf('checks/create')).toHaveLength(2);
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]!.output.annotations).toHaveLength(7);
    expect(result.stdout).not.toContain('::warning::');
  });

  it('a rate limit is waited out', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    openPullRequest(repo, head);
    server.rateLimitNext('pulls/list-files', 'primary');
    server.rateLimitNext('pulls/create-review', 'secondary');
    const result = await runOnPullRequest(repo, head);
    expect(result.code).toBe(1);
    expect(requestsOf('pulls/list-files')).toHaveLength(2);
    expect(requestsOf('pulls/create-review')).toHaveLength(2);
    expect(server.state.reviewComments).toHaveLength(3);
    expect(result.stdout).toContain('bloglint: GitHub primary rate limit');
  });

  it('GitHub stays down: bounded retries, findings in the log and the summary, exit code 1', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    openPullRequest(repo, head);
    server.failNext({}, 502, 1000);
    const started = Date.now();
    const result = await runOnPullRequest(repo, head);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(1);
    // list-files: the first try and 3 retries; after that GitHub is not called again.
    expect(server.requests.map((r) => r.operationId)).toEqual(['pulls/list-files', 'pulls/list-files', 'pulls/list-files', 'pulls/list-files']);
    expect(result.stdout).toContain("could not list the pull request's files (502");
    expect(result.stdout).toContain("GitHub's API is unavailable (502");
    expect(result.stdout).toMatch(/^::error file=_posts\/2020-02-01-crlf-post\.md,line=8,/m);
    // The site was read while the files were asked for (each document as a link target); the
    // files unknown, the whole blog was linted again: on its own walk, the entry's let go.
    expect(result.stdout).toMatch(/^::debug::bloglint: \d+ findings \(config \d+ ms, files to check unknown \d+ ms, config \d+ ms, walk \d+ ms, classify/m);
    expect(result.summary).toContain('### ❌ bloglint: 19 errors, 3 warnings in 12 files');
  });
});

describe('a pull request larger than GitHub lists', () => {
  it('GitHub lists at most 3,000 files: when it listed fewer than the pull request changes, the whole blog is checked', async () => {
    const repo = createBlogRepo(box);
    const head = pullRequestWithFindings(repo);
    openPullRequest(repo, head);
    const payload = pullRequestPayload(server, { number: 7, headSha: head, baseSha: repo.baseSha });
    const listed = payload['pull_request']['changed_files'] as number;
    payload['pull_request']['changed_files'] = 3500;
    const result = await runAction({ box, server, workspace: repo.dir, eventName: 'pull_request', payload, sha: fakeSha(`merge:${head}`), ref: 'refs/pull/7/merge' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`the pull request changes 3500 files and GitHub listed ${listed} of them`);
    expect(result.stdout).toContain('bloglint: scope all: checked 15 documents.');
    // As many files as GitHub counts: only those.
    const exact = await runOnPullRequest(repo, head);
    expect(exact.stdout).not.toContain('GitHub listed');
    expect(exact.stdout).not.toContain('scope all');
  });
});

describe('other events and inputs', () => {
  it('a push with scope all: the whole blog, one check run on the pushed sha', async () => {
    const repo = createBlogRepo(box);
    server.state.commits.push(repo.baseSha);
    const result = await runOnPushToMain(repo, { scope: 'all' });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ errors: '16', warnings: '3', 'files-checked': '14' });
    expect(server.requests.map((r) => r.operationId)).toEqual(['checks/create']);
    expect(server.state.checkRuns[0]).toMatchObject({ head_sha: repo.baseSha, conclusion: 'failure' });
    expect(server.state.checkRuns[0]!.output.annotations).toHaveLength(19);
    expect(result.stdout).toContain('bloglint: scope all: checked 14 documents.');
    // A whole-site run walks on its own (no walk thread from the entry).
    expect(result.stdout).toMatch(/^::debug::bloglint: 19 findings \(config \d+ ms, walk \d+ ms, classify/m);
  });

  it('cache: the push run writes the site index, the pull request run reads it (as actions/cache would restore it) with the same result', async () => {
    const repo = createBlogRepo(box);
    server.state.commits.push(repo.baseSha);
    // Old enough to be trusted by stamp (2 s): the Action still records none, as a runner's
    // checkout is new for every job.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const pushed = await runOnPushToMain(repo, { scope: 'all', cache: 'true' });
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toMatch(/bloglint: cache \.bloglint-cache\/site-index\.json: 0 documents unchanged \(not read\), 0 found by git blob \(not read\), 0 found by content, 14 read and parsed\./);
    const file = path.join(repo.dir, '.bloglint-cache', 'site-index.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { files: string[]; heads: unknown[][] };
    expect(saved.files).toContain('_posts/2020-06-01-links.md');
    expect(saved.heads.every((row) => row[3] === 0)).toBe(true);

    const head = repo.commit('Edit hello', { '_posts/2024-01-01-hello.md': '---\ntitle: Hello\n---\nSee [the links post]({% post_url 2020-06-01-links %}) and [a missing one]({% post_url 2020-06-02-nowhere %}).\n' });
    openPullRequest(repo, head);
    const plain = await runOnPullRequest(repo, head, { inputs: { reporters: 'summary' } });
    const cached = await runOnPullRequest(repo, head, { inputs: { reporters: 'summary', cache: 'true' } });
    const sameRun = (a: typeof plain, b: typeof plain): void => {
      expect(a.code).toBe(b.code);
      const { report: reportA, sarif: _a, ...restA } = a.outputs;
      const { report: reportB, sarif: _b, ...restB } = b.outputs;
      expect(restA).toEqual(restB);
      expect(readFileSync(reportA!, 'utf8')).toBe(readFileSync(reportB!, 'utf8'));
    };
    sameRun(cached, plain);
    expect(plain.outputs).toMatchObject({ errors: '2', 'files-checked': '1' });
    expect(readFileSync(plain.outputs.report!, 'utf8')).toContain('2020-06-02-nowhere');
    // The new post is linted (read whole); the 14 documents of the base come from the cache,
    // unread: git's index gives each the blob id the push run recorded.
    expect(cached.stdout).toMatch(/bloglint: cache \.bloglint-cache\/site-index\.json: 0 documents unchanged \(not read\), 14 found by git blob \(not read\), 0 found by content, 1 read and parsed\./);
    // cache-location, relative to the workspace.
    const moved = await runOnPullRequest(repo, head, { inputs: { reporters: 'summary', 'cache-location': 'tmp/index.json' } });
    sameRun(moved, plain);
    expect(existsSync(path.join(repo.dir, 'tmp', 'index.json'))).toBe(true);
    // A checked-out .bloglint-cache that is a symlink is neither read nor written through.
    rmSync(path.join(repo.dir, '.bloglint-cache'), { recursive: true });
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'bloglint-elsewhere-'));
    symlinkSync(elsewhere, path.join(repo.dir, '.bloglint-cache'));
    const linked = await runOnPullRequest(repo, head, { inputs: { reporters: 'summary', cache: 'true' } });
    sameRun(linked, plain);
    expect(linked.stdout).toContain('.bloglint-cache is a symlink; bloglint neither reads nor writes a cache through it');
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(elsewhere, { recursive: true });
  });

  it('a bad input value fails with the input name and the allowed values', async () => {
    const repo = createBlogRepo(box);
    const result = await runOnPullRequest(repo, repo.baseSha, { inputs: { 'fail-on': 'sometimes' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::bloglint: input `fail-on` is `sometimes`; allowed values are error, warning, never.');
    expect(server.requests).toEqual([]);
  });

  it('a pull request that removes or renames images still used by unchanged posts fails', async () => {
    const repo = createBlogRepo(box);
    const head = repo.commit('Remove the cat, rename the photo', { 'assets/img/cat.png': null }, [['assets/img/Photo.PNG', 'assets/img/photo-2.png']]);
    openPullRequest(repo, head);
    const result = await runOnPullRequest(repo, head);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs['report']!, 'utf8')) as { findings: Array<{ file: string; line: number; messageId: string }> };
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.messageId}`)).toEqual([
      '_drafts/an-idea.md:5 missing',
      '_posts/2020-01-15-clean.md:5 missing',
      '_posts/2020-01-15-clean.md:9 missing',
      '_posts/2020-02-01-crlf-post.md:10 missing',
      '_posts/2020-03-01-bom-post.md:8 missing',
      '_posts/2020-04-01-code-and-html.md:19 missing',
      '_posts/2020-04-01-code-and-html.md:20 missing',
      '_posts/2020-05-01-liquid.md:6 missing',
      '_posts/2020-05-01-liquid.md:8 missing',
      '_posts/2020-05-01-liquid.md:9 missing',
      'about.md:8 missing',
    ]);
    expect(result.outputs['files-checked']).toBe('0');
    expect(result.summary).toContain('**Removed files still in use**');
    const cost = /the whole-site pass for their uses took (\d+) ms and found (\d+) uses/.exec(result.stdout);
    expect(cost?.[2]).toBe('11');
    console.log(`whole-site pass for removed files: ${cost?.[1]} ms`);
  });
});

describe('deploy', () => {
  /** A small clean blog, with `_site` built by an earlier step (not committed). */
  function cleanBlog(): BlogRepo {
    const source = path.join(box.root, 'clean-source');
    mkdirSync(path.join(source, '_posts'), { recursive: true });
    writeFileSync(path.join(source, '_config.yml'), 'title: Clean\n');
    writeFileSync(path.join(source, '_posts/2024-01-01-hello.md'), '---\ntitle: Hello\n---\nHello.\n');
    const repo = createBlogRepo(box, source);
    mkdirSync(path.join(repo.dir, '_site'));
    writeFileSync(path.join(repo.dir, '_site/index.html'), '<!doctype html><title>Clean</title>\n');
    return repo;
  }

  it('on a push to the default branch: deploys _site to gh-pages of the (local bare) remote', async () => {
    const repo = cleanBlog();
    const remote = path.join(box.root, 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', remote], { env: box.env });
    server.state.commits.push(repo.baseSha);
    const result = await runOnPushToMain(repo, { deploy: 'true' }, { BLOGLINT_DEPLOY_REMOTE: remote });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const tip = execFileSync('git', ['--git-dir', remote, 'rev-parse', 'gh-pages'], { env: box.env, encoding: 'utf8' }).trim();
    expect(result.outputs).toMatchObject({ deployed: 'true', 'deploy-commit': tip, 'page-url': 'https://octo-org.github.io/blog/' });
    const files = execFileSync('git', ['--git-dir', remote, 'ls-tree', '-r', '--name-only', 'gh-pages'], { env: box.env, encoding: 'utf8' }).trim().split('\n');
    expect(files).toEqual(['.nojekyll', 'index.html']);
    const subject = execFileSync('git', ['--git-dir', remote, 'log', '-1', '--format=%s', 'gh-pages'], { env: box.env, encoding: 'utf8' }).trim();
    expect(subject).toBe(`Deploy ${repo.baseSha} with bloglint`);
    expect(result.summary).toContain(`**Deployed** \`${tip}\` to \`gh-pages\``);
    expect(server.state.checkRuns[0]).toMatchObject({ conclusion: 'success' });
  });

  it('on a pull request: skipped, and the log and the summary say why', async () => {
    const repo = cleanBlog();
    const head = repo.commit('Edit hello', { '_posts/2024-01-01-hello.md': '---\ntitle: Hello\n---\nHello again.\n' });
    openPullRequest(repo, head);
    const result = await runOnPullRequest(repo, head, { inputs: { deploy: 'true' }, env: { BLOGLINT_DEPLOY_REMOTE: path.join(box.root, 'nowhere.git') } });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ deployed: 'false', 'deploy-commit': '', 'page-url': '' });
    expect(result.stdout).toContain('bloglint: Not deploying: event pull_request is not a push to the default branch (set deploy: always to deploy anyway).');
    expect(result.summary).toContain('**Deploy skipped.** Not deploying: event pull\\_request is not a push to the default branch');
  });
});
