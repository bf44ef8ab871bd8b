import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_NODE } from '../helpers/test-node.js';

/**
 * The built entries (dist/cli.js, dist/index.js) start Node again on their main module with a
 * smaller young generation for a whole-site run, where Node can replace its process
 * (src/launch/relaunch.ts). `--verbose` names the flags the run had.
 */

const CLI = path.resolve('dist/cli.js');
const EXAMPLE = path.resolve('examples/blog');
const canExec = spawnSync(TEST_NODE, ['-p', 'typeof process.execve'], { encoding: 'utf8' }).stdout.trim() === 'function';

/**
 * A stand-in for `process.execve` where Node has none (Node 20): the same arguments and
 * environment run as a child, and this process exits with its status. It shows what the entry asks
 * Node to start; the real replacement is run where TEST_NODE has it (npm run test:node24).
 */
const EMULATED_EXECVE = `data:text/javascript,${encodeURIComponent(
  "import { spawnSync } from 'node:child_process'; process.execve = (file, args, env) => { process.stderr.write('execve ' + JSON.stringify(args.slice(1)) + '\\n'); const r = spawnSync(file, args.slice(1), { env, stdio: 'inherit' }); process.exit(r.status ?? 1); };",
)}`;
const FAILING_EXECVE = `data:text/javascript,${encodeURIComponent("process.execve = () => { throw new Error('not on this platform'); };")}`;

function run(args: string[], options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(TEST_NODE, [...(options.nodeArgs ?? []), CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', ...options.env }, timeout: 60_000, killSignal: 'SIGKILL' });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function nodeLine(stderr: string): string {
  return /^ {2}node: (.*)$/m.exec(stderr)?.[1] ?? '(no node line)';
}

const reference = run([EXAMPLE, '--format', 'json']);

describe('the entry relaunching Node for a whole-site run', () => {
  it('gives the same report and exit code however the run was started', () => {
    expect(reference.code).toBe(1);
    expect(JSON.parse(reference.stdout).findings.length).toBeGreaterThan(10);
    const emulated = run([EXAMPLE, '--format', 'json'], { nodeArgs: ['--import', EMULATED_EXECVE] });
    const failing = run([EXAMPLE, '--format', 'json'], { nodeArgs: ['--import', FAILING_EXECVE] });
    const chosen = run([EXAMPLE, '--format', 'json'], { env: { NODE_OPTIONS: '--max-semi-space-size=4' } });
    for (const other of [emulated, failing, chosen]) {
      expect(other.code).toBe(1);
      expect(other.stdout).toBe(reference.stdout);
    }
  });

  it('asks Node for the main module with the young-generation flag, its own flags and the arguments kept', () => {
    const r = run([EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null'], { nodeArgs: ['--import', EMULATED_EXECVE, '--no-warnings'] });
    const asked = JSON.parse(/^execve (.*)$/m.exec(r.stderr)![1]!) as string[];
    expect(asked.slice(0, 3)).toEqual(['--import', EMULATED_EXECVE, '--no-warnings']);
    expect(asked.slice(3)).toEqual(['--max-semi-space-size=8', path.resolve('dist/cli-main.js'), EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null']);
    expect(nodeLine(r.stderr)).toMatch(/ --max-semi-space-size=8$/);
    expect(r.code).toBe(1);
  });

  it('does not relaunch for --only, or over a size chosen in NODE_OPTIONS, or where exec fails', () => {
    const only = run([EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null', '--only', path.join(EXAMPLE, '_posts/2020-06-01-links.md')], { nodeArgs: ['--import', EMULATED_EXECVE] });
    expect(only.stderr).not.toMatch(/^execve /m);
    expect(nodeLine(only.stderr)).not.toContain('semi-space');
    const chosen = run([EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null'], { nodeArgs: ['--import', EMULATED_EXECVE], env: { NODE_OPTIONS: '--max-semi-space-size=4' } });
    expect(chosen.stderr).not.toMatch(/^execve /m);
    const failing = run([EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null'], { nodeArgs: ['--import', FAILING_EXECVE] });
    expect(nodeLine(failing.stderr)).not.toContain('semi-space');
  });

  it('starts the walk of an --only run in the entry, which the run takes over; a run that stops first ends as before', () => {
    const post = path.join(EXAMPLE, '_posts/2020-06-01-links.md');
    const only = run([EXAMPLE, '--verbose', '--format', 'json', '--only', post]);
    expect(only.stderr).toMatch(/walk \(on a thread the entry started; waited\) \d+ ms/);
    expect(only.code).toBe(1);
    // A usage error before the walk: exit 2 with the message, the entry's thread not waited for.
    const refused = run([EXAMPLE, '--only', post, '--config', path.join(EXAMPLE, 'no-such-config.yml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^bloglint: cannot read the config file .*no-such-config\.yml \(ENOENT\); check the --config path\.$/m);
    // The root given after the posts, relative: the same root, so the same walk.
    const relative = spawnSync(TEST_NODE, [CLI, '--verbose', '--only', '_posts/2020-06-01-links.md', '--format', 'json', '.'], { cwd: EXAMPLE, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(relative.stderr).toMatch(/walk \(on a thread the entry started; waited\)/);
    expect(relative.stdout).toBe(only.stdout);
  });

  it.runIf(canExec)('replaces the process where Node can (process.execve): the flag is on, the exit code kept', () => {
    const r = run([EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null']);
    expect(nodeLine(r.stderr)).toMatch(/ --max-semi-space-size=8$/);
    expect(r.code).toBe(1);
    const clean = run([path.resolve('test/fixtures/jekyll-evidence/front-matter-errors'), '--fail-on', 'never', '--format', 'json']);
    expect(clean.code).toBe(0);
  });

  it.runIf(!canExec)('runs in its own process where Node cannot exec (this Node has no process.execve)', () => {
    const r = run([EXAMPLE, '--verbose', '--format', 'json', '--output', '/dev/null']);
    expect(nodeLine(r.stderr)).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(r.code).toBe(1);
  });

  it('relaunches the Action for a whole-site lint (push), not for a pull request', () => {
    // The Action writes its report files under RUNNER_TEMP.
    const temp = mkdtempSync(path.join(os.tmpdir(), 'bloglint-relaunch-'));
    const action = (event: string): { stderr: string; stdout: string; status: number | null } =>
      spawnSync(TEST_NODE, ['--import', EMULATED_EXECVE, path.resolve('dist/index.js')], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GITHUB_EVENT_NAME: event, GITHUB_WORKSPACE: process.cwd(), RUNNER_TEMP: temp, INPUT_PATH: 'examples/blog', INPUT_REPORTERS: 'annotations' },
        timeout: 60_000,
      });
    const push = action('push');
    expect(JSON.parse(/^execve (.*)$/m.exec(push.stderr)![1]!)).toEqual(['--import', EMULATED_EXECVE, '--max-semi-space-size=8', path.resolve('dist/action-main.js')]);
    expect(push.stdout).toMatch(/^::error file=examples\/blog\/_posts\//m);
    expect(push.status).toBe(1);
    const pull = action('pull_request');
    expect(pull.stderr).not.toMatch(/^execve /m);
    expect(pull.stdout).toMatch(/^::error file=examples\/blog\/_posts\//m);
    rmSync(temp, { recursive: true, force: true });
  });
});
