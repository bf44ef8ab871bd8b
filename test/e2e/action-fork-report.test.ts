/**
 * Fork pull requests, the two-workflow way, end to end through the built dist/index.js: a
 * `pull_request` run with a read-only token writes the JSON report (with the pull request it is
 * about); a `workflow_run` job with a write token posts it in `mode: report`, after verifying it
 * as untrusted data. Also: `pull_request_target` reads `.bloglint.yml` from the base commit.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPullRequest, fakeSha, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { createBlogRepo, pullRequestPayload, runAction, seedPullRequest, useActionSandbox, workflowRunPayload, type BlogRepo, type Sandbox } from '../action/harness.js';
import { NAVER, NEW_POST } from '../action/harness.js';

let server: GitHubServer;
let box: Sandbox;

useActionSandbox((s, b) => {
  server = s;
  box = b;
});

const FORK = 'contributor/blog';
const NEW = '_posts/2024-05-01-new-post.md';

/** The fork's pull request: a new post with three findings, a line appended to a post with four. */
function forkPullRequest(repo: BlogRepo): string {
  return repo.commit('Add a post, touch the hackathon post', { [NEW]: NEW_POST, [NAVER]: `${repo.read(NAVER)}An added closing line.\n` });
}

/** Seeds the fork's pull request (contributor/blog:topic → main) from the repository's real diff. */
function openForkPullRequest(target: GitHubServer, repo: BlogRepo, head: string): void {
  seedPullRequest(target, repo, head, { headRepo: FORK });
}

/** Run 2: the `workflow_run` job on the base checkout (the default branch), posting `reportFile`. */
function postReport(repo: BlogRepo, reportFile: string, run: { headSha: string; pullRequests?: number[] }) {
  repo.git(['checkout', '-q', 'main']);
  return runAction({
    box,
    server,
    workspace: repo.dir,
    eventName: 'workflow_run',
    payload: workflowRunPayload(server, { headSha: run.headSha, headRepo: FORK, ...(run.pullRequests ? { pullRequests: run.pullRequests } : {}) }),
    sha: repo.baseSha,
    ref: 'refs/heads/main',
    inputs: { mode: 'report', 'report-file': reportFile },
  });
}

/** A valid report of the fork's pull request, written by hand (one finding with a fix, in the diff). */
function handReport(head: string): Record<string, any> {
  const fix = { line: 9, column: 10, endLine: 9, endColumn: 49, text: '{{ site.baseurl }}/assets/img/Photo.PNG' };
  return {
    version: 1,
    findings: [
      {
        file: NEW,
        line: 9,
        column: 10,
        endLine: 9,
        endColumn: 49,
        rule: 'no-missing-image',
        messageId: 'caseMismatch',
        severity: 'error',
        message: 'Image `/assets/img/photo.png` does not match the case of the file `/assets/img/Photo.PNG`.',
        fix,
        fingerprint: '245a6896cdb5528c129d',
      },
    ],
    summary: { errors: 1, warnings: 0, infos: 0, fixable: 1, filesChecked: 2 },
    pullRequest: { number: 7, headSha: head },
  };
}

function writeReport(name: string, report: unknown): string {
  const file = path.join(box.root, name);
  writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report, null, 2));
  return file;
}

const writes = () => server.requests.filter((request) => request.method !== 'GET');

describe('a fork pull request, two workflows', () => {
  it('run 1 (read-only) writes the report with the pull request; run 2 (workflow_run, mode report) posts the check run, the review and the sticky comment', async () => {
    const repo = createBlogRepo(box);
    const head = forkPullRequest(repo);

    // Run 1: pull_request from the fork, every write refused.
    const forkServer = await startGitHubServer();
    openForkPullRequest(forkServer, repo, head);
    forkServer.denyWrites();
    const first = await runAction({
      box,
      server: forkServer,
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload(forkServer, { number: 7, headSha: head, baseSha: repo.baseSha, headRepo: FORK }),
      sha: fakeSha(`merge:${head}`),
      ref: 'refs/pull/7/merge',
    });
    expect(forkServer.violations).toEqual([]);
    await forkServer.close();
    expect(first.code).toBe(1);
    expect(forkServer.state.checkRuns).toEqual([]);
    const report = JSON.parse(readFileSync(first.outputs['report']!, 'utf8'));
    expect(report.pullRequest).toEqual({ number: 7, headSha: head });
    expect(report.findings).toHaveLength(7);

    // Run 2: workflow_run on the default branch, with the artifact downloaded.
    const artifact = path.join(box.root, 'artifact-bloglint.json');
    copyFileSync(first.outputs['report']!, artifact);
    openForkPullRequest(server, repo, head);
    const second = await postReport(repo, artifact, { headSha: head });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(`bloglint: mode report: nothing linted; posting 7 findings of pull request #7 at ${head.slice(0, 7)}`);
    expect(second.stdout).toContain('::error::bloglint found 7 errors and 0 warnings (fail-on: error).');
    expect(server.requests.map((r) => r.operationId).filter((id) => id === 'pulls/get' || id === 'pulls/list-files')).toEqual(['pulls/get', 'pulls/list-files']);

    expect(server.state.checkRuns).toHaveLength(1);
    const run = server.state.checkRuns[0]!;
    expect(run).toMatchObject({ head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(run.output.annotations.map((a) => `${a.path}:${a.start_line}:${a.start_column}-${a.end_line}:${a.end_column} ${a.title}`)).toEqual([
      `${NEW}:9:10-9:49 no-missing-image`,
      `${NEW}:11:8-11:28 no-missing-image`,
      `${NEW}:13:9-13:45 no-missing-image`,
      `${NAVER}:9:20-9:46 no-missing-image`,
      `${NAVER}:14:7-14:67 no-dead-related-post`,
      `${NAVER}:19:21-19:69 no-missing-image`,
      `${NAVER}:20:21-20:89 no-missing-image`,
    ]);

    // The review: the same three suggested changes as mode lint, built from the pull request's patch.
    expect(server.state.reviews).toHaveLength(1);
    expect(server.state.reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: head });
    const comments = server.state.reviewComments;
    expect(comments.map((c) => `${c.path}:${c.line} ${c.side}`)).toEqual([`${NEW}:9 RIGHT`, `${NEW}:11 RIGHT`, `${NAVER}:19 RIGHT`]);
    expect(comments[0]!.body).toContain('```suggestion\n![photo]({{ site.baseurl }}/assets/img/Photo.PNG) and some text.\n```');
    expect(comments[0]!.body).toContain('<!-- bloglint:fingerprint 245a6896cdb5528c129d -->');
    expect(comments[1]!.body).toContain('```suggestion\n![cat](/blog/assets/img/cat.png)\n```');
    expect(comments[2]!.body).toContain('```suggestion\n![Full-width image]({{ site.baseurl }}/assets/img/devlog/event/NaverVisionAIHack/1.png)<br>\n```');

    // The sticky comment and the summary; the fix outside the diff (NAVER:9) is listed there.
    expect(server.state.issueComments).toHaveLength(1);
    expect(server.state.issueComments[0]!.body.startsWith('<!-- bloglint:sticky-comment -->\n### ❌ bloglint: 7 errors, 0 warnings in 2 files\n')).toBe(true);
    expect(second.summary).toContain('**Suggested changes not in the review**');
    expect(second.summary).toContain(`(https://github.com/octo-org/blog/blob/${head}/devlog/_posts/Event%26Seminar/2019-03-01-NAVERVisionAIHack-final.md#L9) (fix)`);
  });

  it('fail-on never: the check run is neutral and the step passes', async () => {
    const repo = createBlogRepo(box);
    const head = forkPullRequest(repo);
    openForkPullRequest(server, repo, head);
    repo.git(['checkout', '-q', 'main']);
    const result = await runAction({
      box,
      server,
      workspace: repo.dir,
      eventName: 'workflow_run',
      payload: workflowRunPayload(server, { headSha: head, headRepo: FORK }),
      sha: repo.baseSha,
      ref: 'refs/heads/main',
      inputs: { mode: 'report', 'report-file': writeReport('report.json', handReport(head)), 'fail-on': 'never' },
    });
    expect(result.code).toBe(0);
    expect(server.state.checkRuns[0]).toMatchObject({ head_sha: head, conclusion: 'neutral' });
    expect(server.state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual([`${NEW}:9`]);
  });

  it('a finding in a file the pull request does not touch but the base has (an unchanged post) is accepted; one in a file it removes is not', async () => {
    const repo = createBlogRepo(box);
    const head = repo.commit('Add a post, remove the cat', { [NEW]: NEW_POST, 'assets/img/cat.png': null });
    openForkPullRequest(server, repo, head);
    const report = handReport(head);
    report.findings.push({ ...report.findings[0], file: 'about.md', line: 8, endLine: 8, fix: undefined, fingerprint: '0123456789abcdef0123' }); // no fix: JSON drops it
    const accepted = await postReport(repo, writeReport('report.json', report), { headSha: head });
    expect(accepted.code).toBe(1);
    expect(server.state.checkRuns[0]!.output.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual([`${NEW}:9`, 'about.md:8']);

    report.findings[1].file = 'assets/img/cat.png';
    const before = server.requests.length;
    const rejected = await postReport(repo, writeReport('removed.json', report), { headSha: head });
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('::error::bloglint: a finding is in "assets/img/cat.png", which the pull request removes.');
    expect(server.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('mode report rejects a tampered report: nothing is posted, the step fails naming the problem', () => {
  const cases: Array<[string, (report: Record<string, any>, head: string) => unknown, string]> = [
    ['a path with ..', (r) => ((r.findings[0].file = '../../etc/passwd'), r), 'finding 1: `file` "../../etc/passwd" has a `..`, `.` or empty segment; only relative paths inside the repository are accepted.'],
    ['an absolute path', (r) => ((r.findings[0].file = '/etc/passwd'), r), '`file` "/etc/passwd" is absolute'],
    ['a control character in a path', (r) => ((r.findings[0].file = '_posts/a\u001b[31m.md'), r), 'has a control character'],
    ['a path that is not in the pull request (nor in the base)', (r) => ((r.findings[0].file = '_posts/2099-01-01-not-in-the-pr.md'), r), 'a finding is in "_posts/2099-01-01-not-in-the-pr.md", which is neither a file of the pull request nor a file of the checked-out base.'],
    ['a head sha that is not the triggering run\'s', (r) => ((r.pullRequest.headSha = fakeSha('other')), r), `the report is about commit ${fakeSha('other')}, but the triggering run ran on`],
    ['an unknown field in a finding', (r) => ((r.findings[0].evil = true), r), 'finding 1 has the unknown field "evil"; allowed fields are'],
    ['an unknown top-level field', (r) => ((r.extra = {}), r), 'the report has the unknown field "extra"'],
    ['a wrong field type', (r) => ((r.findings[0].line = '9'), r), '`line` must be an integer from 1 to 10000000, not "9".'],
    ['a message too long', (r) => ((r.findings[0].message = 'x'.repeat(2001)), r), '`message` is 2001 characters long, more than the 2000 allowed.'],
    ['an unknown rule', (r) => ((r.findings[0].rule = 'evil-rule'), r), '`rule` "evil-rule" is not a bloglint rule.'],
    ['version 2', (r) => ((r.version = 2), r), "the report's `version` is 2; only 1 is accepted."],
    ['no pullRequest', (r) => (delete r.pullRequest, r), 'the report lacks the field `pullRequest`.'],
    ['too many findings', (r) => ((r.findings = Array.from({ length: 5001 }, () => r.findings[0])), r), 'the report has 5001 findings, more than the 5000 allowed.'],
    ['an oversized file', (r) => JSON.stringify(r) + ' '.repeat(5 * 1024 * 1024), 'bytes, more than the 5242880 allowed.'],
    ['not JSON', () => '{"version": 1,', 'the report is not valid JSON'],
  ];

  it.each(cases)('%s', async (_name, tamper, message) => {
    const repo = createBlogRepo(box);
    const head = forkPullRequest(repo);
    openForkPullRequest(server, repo, head);
    const result = await postReport(repo, writeReport('report.json', tamper(handReport(head), head)), { headSha: head });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(message);
    expect(result.stdout).toMatch(/^::error::bloglint: /m);
    expect(writes()).toEqual([]);
    expect(server.state.checkRuns).toEqual([]);
    expect(server.state.reviews).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
    expect(result.summary).toBe('');
  });

  it('a report whose head sha matches the run but not the pull request (stale, or another pull request)', async () => {
    const repo = createBlogRepo(box);
    const head = forkPullRequest(repo);
    const other = fakeSha('another head');
    openForkPullRequest(server, repo, head);
    const report = handReport(other);
    const result = await postReport(repo, writeReport('report.json', report), { headSha: other });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::bloglint: pull request #7's head is ${head}, not the report's ${other}: the report is stale or not about this pull request.`);
    expect(server.requests.map((r) => r.operationId)).toEqual(['pulls/get']);
  });

  it('a report naming a pull request the triggering run does not belong to', async () => {
    const repo = createBlogRepo(box);
    const head = forkPullRequest(repo);
    openForkPullRequest(server, repo, head);
    const result = await postReport(repo, writeReport('report.json', handReport(head)), { headSha: head, pullRequests: [8] });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('the report names pull request #7, but the triggering run belongs to #8.');
    expect(server.requests).toEqual([]);
  });

  it('mode report on a pull_request event is refused', async () => {
    const repo = createBlogRepo(box);
    const head = forkPullRequest(repo);
    openForkPullRequest(server, repo, head);
    const result = await runAction({
      box,
      server,
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload(server, { number: 7, headSha: head, baseSha: repo.baseSha, headRepo: FORK }),
      sha: fakeSha(`merge:${head}`),
      ref: 'refs/pull/7/merge',
      inputs: { mode: 'report', 'report-file': writeReport('report.json', handReport(head)) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::bloglint: mode report runs on a workflow_run event (after the pull_request run that wrote the report), not on pull_request.');
    expect(server.requests).toEqual([]);
  });
});

describe('pull_request_target', () => {
  const ALL_OFF = 'rules:\n' + ['no-missing-image', 'no-dead-internal-link', 'no-dead-related-post', 'required-front-matter', 'valid-front-matter', 'post-filename', 'readable-file', 'valid-config'].map((id) => `  ${id}: off\n`).join('');

  function runTarget(repo: BlogRepo, head: string) {
    return runAction({
      box,
      server,
      workspace: repo.dir,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(server, { number: 7, headSha: head, baseSha: repo.baseSha, headRepo: FORK }),
      sha: repo.baseSha,
      ref: 'refs/heads/main',
    });
  }

  it("the head's .bloglint.yml (every rule off) is ignored: the base has none, findings are still reported", async () => {
    const repo = createBlogRepo(box);
    const head = repo.commit('Switch every rule off, add a broken post', { '.bloglint.yml': ALL_OFF, [NEW]: NEW_POST });
    openForkPullRequest(server, repo, head);
    const result = await runTarget(repo, head);
    expect(result.code).toBe(1);
    expect(result.outputs['errors']).toBe('3');
    expect(result.stdout).toContain(`bloglint: pull_request_target: the base commit ${repo.baseSha.slice(0, 7)} has no .bloglint.yml or .bloglint.yaml; linting with the default configuration (the checked-out head's config is never used).`);
  });

  it("the base's .bloglint.yml is used, not the head's", async () => {
    const repo = createBlogRepo(box);
    repo.git(['checkout', '-q', 'main']);
    const base = repo.commit('Base config: missing images are warnings', { '.bloglint.yml': 'rules:\n  no-missing-image: warning\n' });
    repo.git(['checkout', '-q', '-B', 'topic']);
    const head = repo.commit('Switch every rule off, add a broken post', { '.bloglint.yml': ALL_OFF, [NEW]: NEW_POST });
    addPullRequest(server.state, { number: 7, headSha: head, baseSha: base, headRef: 'topic', headRepoFullName: FORK, commits: [head], files: repo.pullRequestFiles(base, head) });
    const result = await runAction({
      box,
      server,
      workspace: repo.dir,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(server, { number: 7, headSha: head, baseSha: base, headRepo: FORK }),
      sha: base,
      ref: 'refs/heads/main',
    });
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '3' });
    expect(result.stdout).toContain(`bloglint: pull_request_target: the configuration comes from the base commit ${base.slice(0, 7)} (.bloglint.yml), not from the checked-out head.`);
  });

  it('a base commit git cannot read: defaults, and the log says so', async () => {
    const repo = createBlogRepo(box);
    const head = repo.commit('Switch every rule off, add a broken post', { '.bloglint.yml': ALL_OFF, [NEW]: NEW_POST });
    const missing = fakeSha('not fetched');
    addPullRequest(server.state, { number: 7, headSha: head, baseSha: missing, headRef: 'topic', headRepoFullName: FORK, commits: [head], files: repo.pullRequestFiles(repo.baseSha, head) });
    const result = await runAction({
      box,
      server,
      workspace: repo.dir,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(server, { number: 7, headSha: head, baseSha: missing, headRepo: FORK }),
      sha: repo.baseSha,
      ref: 'refs/heads/main',
    });
    expect(result.outputs['errors']).toBe('3');
    expect(result.stdout).toContain(`bloglint: pull_request_target: git cannot read the base commit ${missing.slice(0, 7)} in the workspace`);
  });
});
