/**
 * End-to-end harness for the Action: a real example blog in a temporary git repository, the real
 * webhook payloads adapted to it, and the built `dist/index.js` run as a child process with the
 * environment a GitHub runner sets (`INPUT_FAIL-ON` style names, every input of action.yml with
 * its default, `GITHUB_*`, `RUNNER_TEMP`), talking to the loopback GitHub server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addPullRequest, startGitHubServer, type GitHubServer, type PullRequestFileInit } from '../helpers/github-server.js';
import { TEST_NODE } from '../helpers/test-node.js';

export const ACTION = path.resolve('dist/index.js');
export const EXAMPLE = path.resolve('examples/blog');
const PAYLOADS = path.resolve('test/fixtures/github/payloads');

/** The token the tests pass; it must never appear unmasked in the log. */
export const TEST_TOKEN = 'ghs_bloglintTestToken0123456789abcdef';

/** The inputs of action.yml with their defaults, as the runner passes them. */
export function actionInputs(): Record<string, { default?: string }> {
  const doc = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  return doc.inputs;
}

/** A temporary sandbox: HOME with an empty git config, a runner temp folder, the workspace. */
export interface Sandbox {
  root: string;
  home: string;
  env: Record<string, string>;
  dispose(): void;
}

export function createSandbox(): Sandbox {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bloglint-action-')));
  const home = path.join(root, 'home');
  mkdirSync(home);
  writeFileSync(path.join(home, '.gitconfig'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    LANG: 'C.UTF-8',
  };
  return { root, home, env, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** A blog in a git repository: `main` holds the base commit, `topic` the pull request's commits. */
export interface BlogRepo {
  dir: string;
  baseSha: string;
  git(args: string[]): string;
  /** Writes (string) or deletes (null) files, commits everything, returns the new sha. */
  commit(message: string, changes: Record<string, string | null>, renames?: Array<[string, string]>): string;
  read(file: string): string;
  /** The pull request files GitHub would list for base...head, from the real `git diff`. */
  pullRequestFiles(base: string, head: string): PullRequestFileInit[];
}

export function createBlogRepo(box: Sandbox, source = EXAMPLE, name = 'workspace'): BlogRepo {
  const dir = path.join(box.root, name);
  cpSync(source, dir, { recursive: true });
  const git = (args: string[]): string =>
    execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: dir, env: box.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'base']);
  const baseSha = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', '-b', 'topic']);
  return {
    dir,
    baseSha,
    git,
    commit(message, changes, renames = []) {
      for (const [from, to] of renames) {
        mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
        git(['mv', from, to]);
      }
      for (const [file, content] of Object.entries(changes)) {
        const abs = path.join(dir, file);
        if (content === null) rmSync(abs);
        else {
          mkdirSync(path.dirname(abs), { recursive: true });
          writeFileSync(abs, content);
        }
      }
      git(['add', '-A']);
      git(['commit', '-q', '-m', message]);
      return git(['rev-parse', 'HEAD']);
    },
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    pullRequestFiles(base, head) {
      const raw = git(['diff', '--name-status', '-M', '-z', base, head]).split('\0').filter(Boolean);
      const files: PullRequestFileInit[] = [];
      for (let index = 0; index < raw.length; ) {
        const code = raw[index++]!;
        const status = code[0]!;
        const from = raw[index++]!;
        const to = status === 'R' || status === 'C' ? raw[index++]! : from;
        const diff = git(['diff', '-M', '-U3', base, head, '--', ...(from === to ? [to] : [from, to])]);
        const hunkStart = diff.indexOf('\n@@');
        const patch = hunkStart >= 0 ? diff.slice(hunkStart + 1) : undefined;
        const names: Record<string, PullRequestFileInit['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied' };
        files.push({
          filename: to,
          status: names[status] ?? 'modified',
          ...(status === 'R' ? { previous_filename: from } : {}),
          ...(patch !== undefined ? { patch } : {}),
        });
      }
      return files;
    },
  };
}

/** What one run of the Action produced. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Options of {@link runAction}. */
export interface RunOptions {
  box: Sandbox;
  server: GitHubServer;
  workspace: string;
  eventName: string;
  payload: unknown;
  /** `GITHUB_SHA`: the merge commit on pull requests, the pushed commit on pushes. */
  sha: string;
  ref: string;
  /** Inputs by their action.yml name (`fail-on`), over the defaults. */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The built action to run (default: dist/index.js; the Action's benchmark compares builds). */
  action?: string;
}

let runCounter = 0;

/** Runs the built action once, like a runner step. */
export function runAction(options: RunOptions): Promise<ActionRun> {
  runCounter += 1;
  const runDir = path.join(options.box.root, `run-${runCounter}`);
  const temp = path.join(runDir, 'temp');
  mkdirSync(temp, { recursive: true });
  const eventPath = path.join(runDir, 'event.json');
  const outputPath = path.join(runDir, 'output');
  const summaryPath = path.join(runDir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const { owner, repo } = options.server.state;
  const env: Record<string, string> = {
    ...options.box.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    BLOGLINT_RETRY_BASE_MS: '5',
  };
  for (const [name, spec] of Object.entries(actionInputs())) {
    const value = options.inputs?.[name] ?? (spec.default === '${{ github.token }}' ? TEST_TOKEN : (spec.default ?? ''));
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  Object.assign(env, options.env ?? {});
  return new Promise((resolve, reject) => {
    const child = spawn(TEST_NODE, [options.action ?? ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') });
    });
  });
}

/** Parses a `GITHUB_OUTPUT` file (`name<<DELIMITER` blocks and `name=value` lines). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (index++; index < lines.length && lines[index] !== heredoc[2]; index++) value.push(lines[index]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return outputs;
}

function loadPayload(name: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(PAYLOADS, name), 'utf8'));
}

/** Points a payload's repository objects at the test repository. */
function adaptRepository(repository: Record<string, any>, fullName: string, defaultBranch: string): void {
  const [owner, name] = fullName.split('/') as [string, string];
  repository['full_name'] = fullName;
  repository['name'] = name;
  repository['owner']['login'] = owner;
  repository['default_branch'] = defaultBranch;
  if ('master_branch' in repository) repository['master_branch'] = defaultBranch;
  repository['fork'] = false;
}

/** The real `pull_request.<action>` payload, adapted: number, shas, head and base repositories. */
export function pullRequestPayload(
  server: GitHubServer,
  pr: { number: number; headSha: string; baseSha: string; headRepo?: string; action?: 'opened' | 'synchronize' },
): Record<string, any> {
  const payload = loadPayload(`pull_request.${pr.action ?? 'opened'}.json`);
  const fullName = `${server.state.owner}/${server.state.repo}`;
  const headRepo = pr.headRepo ?? fullName;
  payload['number'] = pr.number;
  const request = payload['pull_request'];
  request['number'] = pr.number;
  request['head']['sha'] = pr.headSha;
  request['head']['ref'] = 'topic';
  request['base']['sha'] = pr.baseSha;
  request['base']['ref'] = server.state.defaultBranch;
  adaptRepository(request['base']['repo'], fullName, server.state.defaultBranch);
  adaptRepository(request['head']['repo'], headRepo, server.state.defaultBranch);
  request['head']['repo']['fork'] = headRepo !== fullName;
  // As GitHub counts them, when the server holds the pull request.
  const known = server.state.pullRequests.find((candidate) => candidate.number === pr.number);
  if (known) request['changed_files'] = known.files.length;
  adaptRepository(payload['repository'], fullName, server.state.defaultBranch);
  return payload;
}

/** The real `push` payload, adapted: ref, before/after shas, repository. */
export function pushPayload(server: GitHubServer, push: { ref: string; after: string; before: string }): Record<string, any> {
  const payload = loadPayload('push.json');
  payload['ref'] = push.ref;
  payload['after'] = push.after;
  payload['before'] = push.before;
  payload['head_commit'] = payload['head_commit'] ? { ...payload['head_commit'], id: push.after } : null;
  adaptRepository(payload['repository'], `${server.state.owner}/${server.state.repo}`, server.state.defaultBranch);
  return payload;
}

/**
 * The real `workflow_run.completed` payload, adapted to the run that triggered it: the event it
 * ran for, its head sha and branch, and the pull requests GitHub lists for it (none for a fork).
 */
export function workflowRunPayload(
  server: GitHubServer,
  run: { headSha: string; event?: string; pullRequests?: number[]; headRepo?: string },
): Record<string, any> {
  const payload = loadPayload('workflow_run.completed.json');
  const fullName = `${server.state.owner}/${server.state.repo}`;
  const triggering = payload['workflow_run'];
  triggering['event'] = run.event ?? 'pull_request';
  triggering['head_sha'] = run.headSha;
  triggering['head_branch'] = 'topic';
  triggering['pull_requests'] = (run.pullRequests ?? []).map((number) => ({ number, id: number, url: `${server.url}/repos/${fullName}/pulls/${number}` }));
  adaptRepository(triggering['repository'], fullName, server.state.defaultBranch);
  adaptRepository(triggering['head_repository'], run.headRepo ?? fullName, server.state.defaultBranch);
  adaptRepository(payload['repository'], fullName, server.state.defaultBranch);
  return payload;
}

/** A new post with three findings (a case mismatch with a fix, a missing image, a missing GIF), shared by the pull request tests. */
export const NEW_POST = `---
title: A new post
description: With a few mistakes.
tags: [example]
image: /assets/img/cat.png
---
# A new post

![photo]({{ site.baseurl }}/assets/img/photo.png) and some text.

![cat](/blog/images/cat.png)

![gone](/blog/assets/img/nothing-like-it.gif)
`;
/** A real-world post of the example blog (Korean, `&` in its folder) with four findings. */
export const NAVER = 'devlog/_posts/Event&Seminar/2019-03-01-NAVERVisionAIHack-final.md';

/**
 * Registers the hooks every end-to-end Action test file needs: the built action must exist, each
 * test gets a fresh loopback GitHub server and sandbox (handed to `use`), and after each test the
 * server must have seen no request that breaks GitHub's OpenAPI description.
 */
export function useActionSandbox(use: (server: GitHubServer, box: Sandbox) => void): void {
  let server: GitHubServer;
  let box: Sandbox;
  beforeAll(() => {
    if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run build` first (CI builds before testing).');
  });
  beforeEach(async () => {
    server = await startGitHubServer();
    box = createSandbox();
    use(server, box);
  });
  afterEach(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
    box.dispose();
  });
}

/** Seeds pull request `number` (topic → main) in the server from the repository's real diff. */
export function seedPullRequest(server: GitHubServer, repo: BlogRepo, headSha: string, options: { number?: number; headRepo?: string } = {}) {
  return addPullRequest(server.state, {
    number: options.number ?? 7,
    headSha,
    baseSha: repo.baseSha,
    headRef: 'topic',
    ...(options.headRepo ? { headRepoFullName: options.headRepo } : {}),
    commits: [headSha],
    files: repo.pullRequestFiles(repo.baseSha, headSha),
  });
}
