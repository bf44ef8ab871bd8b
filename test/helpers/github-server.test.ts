import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  addArtifact,
  addIssueComment,
  addPullRequest,
  addReviewComment,
  diffLines,
  fakeSha,
  openApiSource,
  startGitHubServer,
  type GitHubServer,
  type PullRequest,
} from './github-server.js';

const OWNER = 'octo-org';
const REPO = 'blog';
const TOKEN = 'ghs_loopbacktoken';

/** A two-hunk patch: RIGHT lines 1-4 and 20-22, LEFT lines 1-3 and 19-21. */
const PATCH = [
  '@@ -1,3 +1,4 @@',
  ' ---',
  '-title: Old',
  '+title: New',
  '+layout: post',
  ' ---',
  '@@ -19,3 +20,3 @@ permalink',
  ' Some text',
  '-![cat](/assets/cat.png)',
  '+![cat](/assets/Cat.png)',
  ' More text',
].join('\n');

let server: GitHubServer;
let pr: PullRequest;

function client(options: Record<string, unknown> = {}) {
  return getOctokit(TOKEN, { baseUrl: server.url, ...options });
}

const repo = { owner: OWNER, repo: REPO };

beforeEach(async () => {
  server = await startGitHubServer({ owner: OWNER, repo: REPO });
  pr = addPullRequest(server.state, {
    number: 7,
    files: [
      { filename: '_posts/2024-01-01-hello.md', status: 'modified', patch: PATCH },
      { filename: 'assets/new.png', status: 'added' },
      { filename: '_posts/renamed.md', status: 'renamed', previous_filename: '_posts/old.md', patch: '@@ -1 +1 @@\n-a\n+b' },
    ],
  });
});

afterEach(async () => {
  await server.close();
});

describe('the OpenAPI fixture', () => {
  it('names its source package and holds every operation the action uses', () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/github/openapi-operations.json', import.meta.url), 'utf8')) as {
      operations: Record<string, { method: string; path: string }>;
    };
    expect(openApiSource.package).toBe('@octokit/openapi');
    expect(openApiSource.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(fixture.operations).sort()).toEqual(
      [
        'actions/download-artifact',
        'actions/list-workflow-run-artifacts',
        'checks/create',
        'checks/update',
        'issues/create-comment',
        'issues/delete-comment',
        'issues/list-comments',
        'issues/update-comment',
        'pulls/create-review',
        'pulls/delete-review-comment',
        'pulls/get',
        'pulls/list-files',
        'pulls/list-review-comments',
        'pulls/list-reviews',
        'repos/get',
      ].sort(),
    );
    expect(fixture.operations['pulls/list-files']).toMatchObject({ method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files' });
  });
});

describe('the webhook payload fixtures', () => {
  const read = (name: string): Record<string, any> => JSON.parse(readFileSync(new URL(`../fixtures/github/payloads/${name}`, import.meta.url), 'utf8'));

  it('hold one real example per event/action, as SOURCE.json lists them', () => {
    const source = read('SOURCE.json') as { package: string; version: string; picked: Record<string, { event: string; action: string | null }> };
    expect(source.package).toBe('@octokit/webhooks-examples');
    expect(Object.keys(source.picked).sort()).toEqual(['pull_request.opened.json', 'pull_request.synchronize.json', 'push.json', 'workflow_run.completed.json']);
    for (const [name, { action }] of Object.entries(source.picked)) {
      expect(read(name).action, name).toBe(action ?? undefined);
    }
    expect(read('pull_request.synchronize.json')).toMatchObject({ before: expect.any(String), after: expect.any(String), pull_request: { head: { sha: expect.any(String) } } });
    expect(read('workflow_run.completed.json')).toMatchObject({ workflow_run: { status: 'completed', pull_requests: [expect.objectContaining({ number: expect.any(Number) })] } });
  });
});

describe('diffLines', () => {
  it('lists the new and old line numbers a patch shows, and the diff positions', () => {
    const lines = diffLines(PATCH);
    expect([...lines.RIGHT]).toEqual([1, 2, 3, 4, 20, 21, 22]);
    expect([...lines.LEFT]).toEqual([1, 2, 3, 19, 20, 21]);
    expect(lines.positions).toBe(10);
  });
});

describe('startGitHubServer', () => {
  it('walks every page of pull request files with octokit.paginate, following GitHub-style Link headers', async () => {
    const files = Array.from({ length: 7 }, (_, index) => ({ filename: `_posts/p${index}.md`, status: 'added' as const, patch: `@@ -0,0 +1 @@\n+post ${index}` }));
    addPullRequest(server.state, { number: 8, files });
    const octokit = client();

    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: 8, per_page: 3 });

    expect(listed.map((file) => file.filename)).toEqual(files.map((file) => file.filename));
    const pages = server.requests.filter((request) => request.operationId === 'pulls/list-files');
    expect(pages.map((request) => request.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(pages[1]?.path).toBe(`/repositories/${server.state.repositoryId}/pulls/8/files`);
    expect(server.violations).toEqual([]);
  });

  it('formats Link exactly as GitHub does (prev, next, last, first)', async () => {
    addPullRequest(server.state, { number: 9, files: Array.from({ length: 5 }, (_, index) => ({ filename: `f${index}.md` })) });
    const { headers } = await client().rest.pulls.listFiles({ ...repo, pull_number: 9, per_page: 2, page: 2 });
    const base = `${server.url}/repositories/${server.state.repositoryId}/pulls/9/files`;
    expect(headers.link).toBe(
      `<${base}?per_page=2&page=1>; rel="prev", <${base}?per_page=2&page=3>; rel="next", ` +
        `<${base}?per_page=2&page=3>; rel="last", <${base}?per_page=2&page=1>; rel="first"`,
    );
  });

  it('uses 30 per page by default and at most 100', async () => {
    addPullRequest(server.state, { number: 10, files: Array.from({ length: 130 }, (_, index) => ({ filename: `f${index}.md` })) });
    const octokit = client();
    expect((await octokit.rest.pulls.listFiles({ ...repo, pull_number: 10 })).data).toHaveLength(30);
    expect((await octokit.rest.pulls.listFiles({ ...repo, pull_number: 10, per_page: 500 })).data).toHaveLength(100);
  });

  it('reports a body field the schema does not declare as a violation (422)', async () => {
    const request = client().rest.issues.createComment({ ...repo, issue_number: 7, body: 'hi', sticky: true } as never);
    await expect(request).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual(["issues/create-comment: body/sticky is not a property of the operation's schema (unknown field)"]);
    expect(server.state.issueComments).toEqual([]);
  });

  it('reports an unknown nested field, e.g. inside a check run annotation', async () => {
    const annotation = { path: 'a.md', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm', severity: 'warning' };
    await expect(
      client().rest.checks.create({ ...repo, name: 'bloglint', head_sha: pr.head.sha, output: { title: 't', summary: 's', annotations: [annotation] } } as never),
    ).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual(["checks/create: body/output/annotations/0/severity is not a property of the operation's schema (unknown field)"]);
  });

  it('reports a wrong type and a missing required field as violations', async () => {
    const octokit = client();
    await expect(octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, body: 42 as never })).rejects.toMatchObject({
      status: 422,
    });
    await expect(octokit.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: pr.head.sha } as never)).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual(['issues/create-comment: body/body must be string', "checks/create: body must have required property 'name'"]);
  });

  it('reports a wrong path or query parameter type and an unknown query parameter', async () => {
    const octokit = client();
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: 'seven' as never })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.pulls.listFiles({ ...repo, pull_number: 7, sort: 'name' } as never)).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual(['pulls/get: path parameter pull_number="seven" must be integer', 'pulls/list-files: unknown query parameter sort="name"']);
  });

  it('rejects more than 50 annotations in one request and a bad annotation_level', async () => {
    const octokit = client();
    const annotations = Array.from({ length: 51 }, (_, index) => ({ path: 'a.md', start_line: index + 1, end_line: index + 1, annotation_level: 'warning' as const, message: `m${index}` }));
    await expect(octokit.rest.checks.create({ ...repo, name: 'bloglint', head_sha: pr.head.sha, output: { title: 't', summary: 's', annotations } })).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.checks.create({ ...repo, name: 'bloglint', head_sha: pr.head.sha, output: { title: 't', summary: 's', annotations: [{ ...annotations[0]!, annotation_level: 'error' as never }] } }),
    ).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual([
      'checks/create: body/output/annotations must NOT have more than 50 items',
      'checks/create: body/output/annotations/0/annotation_level must be equal to one of the allowed values ("notice", "warning", "failure")',
    ]);
  });

  it('accumulates annotations over a create and its updates, 50 at a time', async () => {
    const octokit = client();
    const batch = (from: number) => Array.from({ length: 50 }, (_, index) => ({ path: 'a.md', start_line: from + index, end_line: from + index, annotation_level: 'notice' as const, message: 'm' }));
    const created = await octokit.rest.checks.create({ ...repo, name: 'bloglint', head_sha: pr.head.sha, status: 'in_progress', output: { title: 't', summary: 's', annotations: batch(1) } });
    const updated = await octokit.rest.checks.update({ ...repo, check_run_id: created.data.id, conclusion: 'failure', output: { title: 't', summary: 'done', annotations: batch(51) } });
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { summary: 'done', annotations_count: 100 } });
    expect(updated.data.pull_requests.map((entry) => entry.number)).toEqual([7]);
    const [run] = server.state.checkRuns;
    expect(run?.output.annotations).toHaveLength(100);
    expect(run?.annotationBatches).toBe(2);
    expect(server.violations).toEqual([]);
  });

  it('applies GitHub rules the schema does not state: conclusion for completed, columns on one line, known head_sha', async () => {
    const octokit = client();
    await expect(octokit.rest.checks.create({ ...repo, name: 'bloglint', head_sha: pr.head.sha, status: 'completed' })).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.checks.create({
        ...repo,
        name: 'bloglint',
        head_sha: pr.head.sha,
        output: { title: 't', summary: 's', annotations: [{ path: 'a.md', start_line: 1, end_line: 2, start_column: 1, end_column: 3, annotation_level: 'notice', message: 'm' }] },
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.checks.create({ ...repo, name: 'bloglint', head_sha: fakeSha('nowhere') })).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual([
      'checks/create: 422 Conclusion required if status is completed or completed_at is set',
      'checks/create: 422 annotations[0]: start_column and end_column are only allowed when start_line equals end_line',
      `checks/create: 422 No commit found for SHA: ${fakeSha('nowhere')}`,
    ]);
  });

  it('fails the next matching request with failNext, then answers normally', async () => {
    server.failNext({ operationId: 'pulls/get' }, 502);
    const octokit = client();
    await expect(octokit.rest.pulls.get({ ...repo, pull_number: 7 })).rejects.toMatchObject({ status: 502 });
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: 7 });
    expect(data).toMatchObject({ number: 7, head: { sha: pr.head.sha }, base: { ref: 'main' } });
    expect(server.violations).toEqual([]);
  });

  it('lets the retry plugin recover from two 502s', async () => {
    server.failNext({ method: 'GET' }, 502, 2);
    const octokit = getOctokit(TOKEN, { baseUrl: server.url, retry: { retryAfterBaseValue: 1 } } as never, retry as never);
    const { data } = await octokit.rest.repos.get(repo);
    expect(data.full_name).toBe(`${OWNER}/${REPO}`);
    expect(server.requests.filter((request) => request.operationId === 'repos/get')).toHaveLength(3);
  });

  it('answers writes with 403 "Resource not accessible by integration" after denyWrites, reads still work', async () => {
    server.denyWrites();
    const octokit = client();
    await expect(octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'hi' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
      response: { headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' } },
    });
    await expect(octokit.rest.checks.create({ ...repo, name: 'bloglint', head_sha: pr.head.sha })).rejects.toMatchObject({ status: 403 });
    expect((await octokit.rest.pulls.listFiles({ ...repo, pull_number: 7 })).data).toHaveLength(3);
    expect(server.state.issueComments).toEqual([]);
    expect(server.state.checkRuns).toEqual([]);
  });

  it('answers a rate limit that the throttling plugin waits out and retries', async () => {
    server.rateLimitNext('pulls/list-files');
    server.rateLimitNext('pulls/get', 'secondary');
    const seen: string[] = [];
    const octokit = getOctokit(
      TOKEN,
      {
        baseUrl: server.url,
        throttle: {
          onRateLimit: (after: number) => (seen.push(`primary ${after}`), true),
          onSecondaryRateLimit: (after: number) => (seen.push(`secondary ${after}`), true),
        },
      } as never,
      throttling as never,
    );
    expect((await octokit.rest.pulls.listFiles({ ...repo, pull_number: 7 })).data).toHaveLength(3);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 7 })).data.number).toBe(7);
    expect(seen).toEqual([expect.stringMatching(/^primary [01]$/), 'secondary 1']);
    expect(server.requests.map((request) => request.operationId)).toEqual(['pulls/list-files', 'pulls/list-files', 'pulls/get', 'pulls/get']);
  }, 20_000);

  it('answers 422 "Pull request review thread line must be part of the diff" for a line outside the patch', async () => {
    const octokit = client();
    const path = '_posts/2024-01-01-hello.md';
    const outside = octokit.rest.pulls.createReview({ ...repo, pull_number: 7, commit_id: pr.head.sha, event: 'COMMENT', comments: [{ path, line: 10, side: 'RIGHT', body: 'x' }] });
    await expect(outside).rejects.toMatchObject({ status: 422, response: { data: { errors: ['Pull request review thread line must be part of the diff'] } } });
    expect(server.violations).toEqual(['pulls/create-review: 422 Pull request review thread line must be part of the diff']);
    expect(server.state.reviews).toEqual([]);

    server.violations.length = 0;
    const inside = await octokit.rest.pulls.createReview({
      ...repo,
      pull_number: 7,
      commit_id: pr.head.sha,
      event: 'COMMENT',
      body: '',
      comments: [
        { path, line: 21, side: 'RIGHT', body: 'Image `/assets/Cat.png` is not published' },
        { path, start_line: 2, line: 3, body: 'front matter' },
        { path, line: 2, side: 'LEFT', body: 'removed line' },
      ],
    });
    expect(inside.data.state).toBe('COMMENTED');
    expect(server.state.reviewComments.map((comment) => [comment.line, comment.side, comment.user.login])).toEqual([
      [21, 'RIGHT', 'github-actions[bot]'],
      [3, 'RIGHT', 'github-actions[bot]'],
      [2, 'LEFT', 'github-actions[bot]'],
    ]);
    const listed = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: 7 });
    expect(listed[0]).toMatchObject({ path, line: 21, diff_hunk: expect.stringMatching(/^@@ -19,3 \+20,3 @@ permalink\n Some text\n-!\[cat\]\(\/assets\/cat.png\)\n\+!\[cat\]\(\/assets\/Cat.png\)$/) });
    expect(server.violations).toEqual([]);
  });

  it('rejects review comments on files without a patch or outside the pull request, and bot approvals', async () => {
    const octokit = client();
    await expect(octokit.rest.pulls.createReview({ ...repo, pull_number: 7, event: 'COMMENT', comments: [{ path: 'assets/new.png', line: 1, body: 'x' }] })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.pulls.createReview({ ...repo, pull_number: 7, event: 'COMMENT', comments: [{ path: 'nope.md', line: 1, body: 'x' }] })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.pulls.createReview({ ...repo, pull_number: 7, event: 'APPROVE' })).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual([
      "pulls/create-review: 422 Pull request review thread diff hunk can't be blank",
      'pulls/create-review: 422 Path could not be resolved',
      'pulls/create-review: 422 GitHub Actions is not permitted to approve pull requests.',
    ]);
  });

  it('keeps seeded comments by other users while the bot creates, edits and deletes its own', async () => {
    const foreign = addIssueComment(server.state, { issue_number: 7, user: 'octocat', body: 'LGTM' });
    const foreignThread = addReviewComment(server.state, { pull_number: 7, path: '_posts/2024-01-01-hello.md', line: 2, body: 'typo?', user: 'hubot' });
    const octokit = client();

    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- bloglint -->\n2 findings' });
    expect(created.data.user?.login).toBe('github-actions[bot]');
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7 });
    const own = all.filter((comment) => comment.user?.login === 'github-actions[bot]');
    expect(own.map((comment) => comment.id)).toEqual([created.data.id]);
    await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: '<!-- bloglint -->\n0 findings' });
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    const threads = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: 7 });
    expect(threads.map((comment) => comment.user?.login)).toEqual(['hubot']);

    expect(server.state.issueComments).toEqual([foreign]);
    expect(server.state.reviewComments).toEqual([foreignThread]);
    expect(server.violations).toEqual([]);
  });

  it('answers every operation with bodies that match GitHub response schemas', async () => {
    const octokit = client();
    addIssueComment(server.state, { issue_number: 7, body: 'hello' });
    const thread = addReviewComment(server.state, { pull_number: 7, path: '_posts/2024-01-01-hello.md', line: 3, body: 'x', user: 'github-actions[bot]' });
    const artifact = addArtifact(server.state, { run_id: 42, name: 'bloglint-findings', zip: Buffer.from('PK\u0003\u0004fake') });
    addPullRequest(server.state, { number: 11, headRepoFullName: 'forker/blog' });

    expect((await octokit.rest.repos.get(repo)).data).toMatchObject({ full_name: `${OWNER}/${REPO}`, default_branch: 'main', id: server.state.repositoryId });
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 11 })).data).toMatchObject({ head: { repo: { full_name: 'forker/blog', fork: true } } });
    const diff = await octokit.rest.pulls.get({ ...repo, pull_number: 7, mediaType: { format: 'diff' } });
    expect(String(diff.data)).toContain('diff --git a/_posts/old.md b/_posts/renamed.md');
    await octokit.rest.pulls.listReviews({ ...repo, pull_number: 7 });
    await octokit.rest.pulls.createReview({ ...repo, pull_number: 7, commit_id: pr.head.sha });
    expect((await octokit.rest.pulls.listReviews({ ...repo, pull_number: 7 })).data.map((review) => review.state)).toEqual(['PENDING']);
    await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: thread.id });
    await expect(octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: thread.id })).rejects.toMatchObject({ status: 404 });

    const artifacts = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: 42, name: 'bloglint-findings' });
    expect(artifacts.data).toMatchObject({ total_count: 1, artifacts: [{ id: artifact.id, name: 'bloglint-findings', size_in_bytes: 8 }] });
    for (const name of ['a', 'b', 'c']) addArtifact(server.state, { run_id: 42, name, zip: Buffer.from(name) });
    const everyArtifact = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: 42, per_page: 2 });
    expect(everyArtifact.map((entry) => entry.name).sort()).toEqual(['a', 'b', 'bloglint-findings', 'c']);
    const download = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
    expect(Buffer.from(download.data as ArrayBuffer).toString()).toBe('PK\u0003\u0004fake');

    expect(server.violations).toEqual([]);
    expect(server.serverErrors).toEqual([]);
  });

  it('answers 401 without a token and records an unknown route as a violation', async () => {
    const anonymous = await fetch(`${server.url}/repos/${OWNER}/${REPO}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
    await expect(client().request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...repo, pull_number: 7 })).rejects.toMatchObject({ status: 404 });
    await expect(client().rest.repos.get({ owner: 'someone', repo: 'else' })).rejects.toMatchObject({ status: 404 });
    expect(server.violations).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/7/commits: no operation of the OpenAPI description matches (unknown route)`,
      `repos/get: repository someone/else is not the seeded ${OWNER}/${REPO}`,
    ]);
    expect(server.requests.map((request) => request.headers['authorization'])).toEqual([undefined, `token ${TOKEN}`, `token ${TOKEN}`]);
  });
});
