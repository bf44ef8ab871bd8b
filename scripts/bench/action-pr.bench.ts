/**
 * `npm run bench:action`: the built Action (dist/index.js) on a pull request that touches three
 * posts of the benchmark's 10,000-post blog, as a runner runs it (a real git repository of the
 * blog, the event payload, the loopback GitHub server that checks each request against GitHub's
 * OpenAPI description), timed against the CLI's `--only` run on the same checkout, each after the
 * files are read into the page cache. `BENCH_RUNS` runs (default 5); `BLOGLINT_TEST_NODE` names
 * another Node (Node 24, the Action's runtime); `BENCH_ACTIONS` names other builds of the Action
 * (comma-separated paths to their index.js), run in turn in each round. Needs `.bench/blog-10000`
 * (`npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, openSync, closeSync, readSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fakeSha, type GitHubServer } from '../../test/helpers/github-server.js';
import { createBlogRepo, pullRequestPayload, runAction, seedPullRequest, useActionSandbox, type Sandbox } from '../../test/action/harness.js';
import { TEST_NODE } from '../../test/helpers/test-node.js';

const CORPUS = path.resolve('.bench/blog-10000');
/** The pull request's posts: those of `npm run bench`'s pull-request case. */
const POSTS = ['_posts/2015-01-07-풍경-마감-19.md', '_posts/2021-09-23-paper-training-6739.md', 'devlog/_posts/ML/2017-11-08-reading-notes-2859.md'];

let server: GitHubServer;
let box: Sandbox;
useActionSandbox((s, b) => {
  server = s;
  box = b;
});

/** Reads every file below `root` (untimed), as a checkout leaves them in the page cache. */
function warm(root: string): void {
  const buffer = Buffer.allocUnsafe(1 << 20);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '.git') walk(full);
      else if (entry.isFile()) {
        const fd = openSync(full, 'r');
        while (readSync(fd, buffer, 0, buffer.length, null) > 0);
        closeSync(fd);
      }
    }
  };
  walk(root);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it.skipIf(!existsSync(CORPUS))('the Action and the CLI on a pull request touching 3 of 10,000 posts', async () => {
  const repo = createBlogRepo(box, CORPUS);
  const head = repo.commit('Touch three posts', Object.fromEntries(POSTS.map((post) => [post, `${repo.read(post)}\nOne more line.\n`])));
  seedPullRequest(server, repo, head);
  const builds = (process.env.BENCH_ACTIONS ?? 'dist/index.js').split(',').map((file) => path.resolve(file));
  const action = builds.map((): number[] => []);
  const cli: number[] = [];
  const lines: string[] = [];
  for (let k = 0; k < Number(process.env.BENCH_RUNS ?? 5); k++) {
    for (const [b, build] of builds.entries()) {
      warm(repo.dir);
      const started = performance.now();
      const run = await runAction({ box, server, workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(server, { number: 7, headSha: head, baseSha: repo.baseSha }), sha: fakeSha(`merge:${head}`), ref: 'refs/pull/7/merge', action: build });
      action[b]!.push(performance.now() - started);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.outputs['files-checked']).toBe('3');
      expect(JSON.parse(readFileSync(run.outputs['report']!, 'utf8')).findings).toHaveLength(3);
      const phases = run.stdout.split('\n').find((line) => line.startsWith('::debug::bloglint:')) ?? '';
      lines.push(`run ${k + 1}: Action ${path.relative(process.cwd(), build)} ${action[b]![k]!.toFixed(0)} ms; ${phases.replace('::debug::bloglint: ', '')}`);
    }
    warm(repo.dir);
    const started = performance.now();
    const only = spawnSync(TEST_NODE, [path.resolve('dist/cli.js'), repo.dir, '--format', 'json', '--output', path.join(box.root, 'cli.json'), '--only', ...POSTS.map((post) => path.join(repo.dir, post))]);
    cli.push(performance.now() - started);
    expect(only.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(box.root, 'cli.json'), 'utf8')).findings).toHaveLength(3);
    lines.push(`run ${k + 1}: CLI --only ${cli[k]!.toFixed(0)} ms`);
  }
  const ms = (values: number[]): string => `${median(values).toFixed(0)} / ${Math.min(...values).toFixed(0)} ms`;
  const summary = builds.map((build, b) => `Action ${path.relative(process.cwd(), build)} ${ms(action[b]!)}`).join(', ');
  process.stdout.write(`${lines.join('\n')}\nmedian / best: ${summary}, CLI --only ${ms(cli)} (Node ${spawnSync(TEST_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${server.requests.length} requests to the loopback GitHub)\n`);
});
