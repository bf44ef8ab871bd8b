/**
 * The token never appears in argv, a log line, an error message, or any file of the temporary
 * repository (its `.git/config` included); it reaches git only through GIT_CONFIG_* variables.
 *
 * A `git` shim on PATH records every git process's argv and GIT_* environment, and copies the
 * temp repository's git dir after every command, so the checks cover what git was really given
 * and what was really on disk at each step (the temp folder itself is gone after the deploy).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../src/deploy/deploy.js';
import { authConfig, buildGitEnv, createGit } from '../../src/deploy/git.js';
import { basicCredential, createRedactor, REDACTED } from '../../src/deploy/redact.js';
import { createGitSandbox, type GitSandbox } from './git-sandbox.js';

const TOKEN = 'ghs_FAKEt0kenFAKEt0kenFAKEt0ken1234';
const SECRET_FORMS = [TOKEN, basicCredential(TOKEN), `x-access-token:${TOKEN}`];
const FAKE_HTTPS_REMOTE = 'https://127.0.0.1:1/owner/blog.git';

let box: GitSandbox;
let trace: { trace: string; env: string };
let snapshots: string;
beforeAll(() => {
  box = createGitSandbox();
  trace = box.installShim();
  snapshots = path.join(box.root, 'snapshots');
});
afterAll(() => box.dispose());
afterEach(() => {
  delete process.env.BLOGLINT_TEST_SNAPSHOT;
  expect(box.leftovers()).toEqual([]);
});

/** Run a deploy that must fail, returning its error. */
async function deployError(options: Parameters<typeof deploy>[0]): Promise<Error> {
  try {
    await deploy(options);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the deploy to fail');
}

function containsSecret(text: string): boolean {
  return SECRET_FORMS.some((form) => text.includes(form));
}

/** Start recording: fresh argv/env traces and a fresh snapshot folder. */
function record(name: string): string {
  writeFileSync(trace.trace, '');
  writeFileSync(trace.env, '');
  const dir = path.join(snapshots, name);
  mkdirSync(dir, { recursive: true });
  process.env.BLOGLINT_TEST_SNAPSHOT = dir;
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile());
}

/** Everything a leak could hide in: argv of every git process, and every file git left in the temp repo. */
function expectNoLeak(snapshotDir: string): void {
  const argv = readFileSync(trace.trace, 'utf8');
  expect(argv.length).toBeGreaterThan(0);
  expect(containsSecret(argv)).toBe(false);
  const files = filesUnder(snapshotDir);
  expect(files.some((file) => file.endsWith(`${path.sep}config`))).toBe(true);
  for (const file of files) expect(containsSecret(readFileSync(file, 'latin1')), file).toBe(false);
}

describe('token: environment, not argv or config files', () => {
  it('authConfig scopes the extra header to the remote origin', () => {
    expect(authConfig('https://github.com/owner/blog.git', TOKEN)).toEqual([
      ['http.https://github.com/.extraheader', `AUTHORIZATION: basic ${basicCredential(TOKEN)}`],
    ]);
    expect(basicCredential(TOKEN)).toBe(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
    expect(authConfig('https://github.com/owner/blog.git', undefined)).toEqual([]);
    expect(authConfig('git@github.com:owner/blog.git', TOKEN)).toEqual([]);
    expect(authConfig('/srv/blog.git', TOKEN)).toEqual([]);
  });

  it('buildGitEnv puts the header in GIT_CONFIG_VALUE_n after inherited entries, and scrubs GIT_DIR', () => {
    const env = buildGitEnv({
      gitDir: '/tmp/w/site/.git',
      workTree: '/tmp/w/site',
      hooksDir: '/tmp/w/no-hooks',
      remote: FAKE_HTTPS_REMOTE,
      token: TOKEN,
      userName: 'bot',
      userEmail: 'bot@example.com',
      redact: (text) => text,
      baseEnv: { PATH: '/bin', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.keep', GIT_CONFIG_VALUE_0: 'me', GIT_DIR: '/home/me/blog/.git', GIT_INDEX_FILE: '/x' },
    });
    expect(env.GIT_CONFIG_KEY_0).toBe('user.keep');
    const count = Number(env.GIT_CONFIG_COUNT);
    const pairs = Array.from({ length: count }, (_, i) => [env[`GIT_CONFIG_KEY_${i}`], env[`GIT_CONFIG_VALUE_${i}`]]);
    expect(pairs).toContainEqual(['http.https://127.0.0.1:1/.extraheader', `AUTHORIZATION: basic ${basicCredential(TOKEN)}`]);
    expect(pairs).toContainEqual(['core.quotePath', 'false']);
    const carriers = Object.entries(env).filter(([, value]) => value !== undefined && containsSecret(value));
    expect(carriers.map(([key]) => key)).toEqual([`GIT_CONFIG_VALUE_${count - 1}`]);
    expect(env.GIT_DIR).toBe('/tmp/w/site/.git');
    expect(env.GIT_INDEX_FILE).toBeUndefined();
  });

  it('git sees the header for the remote only, while the repository config file never has it', async () => {
    const work = path.join(box.root, 'direct');
    mkdirSync(path.join(work, 'site'), { recursive: true });
    mkdirSync(path.join(work, 'hooks'));
    const git = createGit({
      gitDir: path.join(work, 'site', '.git'),
      workTree: path.join(work, 'site'),
      hooksDir: path.join(work, 'hooks'),
      remote: FAKE_HTTPS_REMOTE,
      token: TOKEN,
      userName: 'bot',
      userEmail: 'bot@example.com',
      redact: createRedactor(TOKEN),
    });
    await git.run(['init', '--quiet']);
    expect(await git.text(['config', '--get-urlmatch', 'http.extraheader', FAKE_HTTPS_REMOTE])).toBe(`AUTHORIZATION: basic ${basicCredential(TOKEN)}`);
    const other = await git.run(['config', '--get-urlmatch', 'http.extraheader', 'https://example.com/x.git'], { allowFailure: true });
    expect(other.stdout.toString()).toBe('');
    expect(await git.text(['config', '--show-origin', '--get', 'http.https://127.0.0.1:1/.extraheader'])).toMatch(/^command line:\s+AUTHORIZATION: basic /);
    expect(containsSecret(readFileSync(path.join(work, 'site', '.git', 'config'), 'utf8'))).toBe(false);
  });
});

describe('token: a deploy to an https remote that cannot be reached', () => {
  it('fails with an error and log lines free of the token; argv and every temp repo file are clean', async () => {
    const snapshotDir = record('https-fail');
    const options = box.options({ publishDir: box.folder('token-site', { 'index.html': 'x' }), remote: FAKE_HTTPS_REMOTE, token: TOKEN });
    const failure = await deployError(options);

    expect(failure).toBeInstanceOf(Error);
    expect(failure.message).toMatch(/git ls-remote failed \(exit 128\).*127\.0\.0\.1/s);
    expect(containsSecret(failure.message)).toBe(false);
    expect(containsSecret(String(failure.stack))).toBe(false);
    expect(options.lines.length).toBeGreaterThan(0);
    expect(options.lines.filter(containsSecret)).toEqual([]);
    expectNoLeak(snapshotDir);
    // It did reach git, through the environment of the fetch and ls-remote processes.
    expect(readFileSync(trace.env, 'utf8')).toContain(`=AUTHORIZATION: basic ${basicCredential(TOKEN)}`);
    const argv = readFileSync(trace.trace, 'utf8').split('\n');
    expect(argv.some((line) => line.startsWith('fetch\x1f'))).toBe(true);
    expect(argv.some((line) => line.startsWith('ls-remote\x1f'))).toBe(true);
  });

  it('redacts the token when git echoes it (token in the URL, token printed by the remote)', async () => {
    const urlWithToken = `https://x-access-token:${TOKEN}@127.0.0.1:1/owner/blog.git`;
    const options = box.options({ publishDir: box.folder('token-site', { 'index.html': 'x' }), remote: urlWithToken, token: TOKEN });
    const failure = await deployError(options);
    expect(options.lines[0]).toContain(`of https://${REDACTED}@127.0.0.1:1/owner/blog.git`);
    expect(containsSecret(failure.message)).toBe(false);
    expect(options.lines.filter(containsSecret)).toEqual([]);

    const remote = box.bareRepo('echo');
    writeFileSync(path.join(remote, 'hooks', 'pre-receive'), `#!/bin/sh\necho "token is ${TOKEN}, header ${basicCredential(TOKEN)}" >&2\nexit 1\n`, { mode: 0o755 });
    const echoed = box.options({ publishDir: box.folder('token-site', { 'index.html': 'x' }), remote, token: TOKEN });
    const refused = await deployError(echoed);
    expect(refused.message).toContain(`remote: token is ${REDACTED}, header ${REDACTED}`);
    expect(containsSecret(refused.message)).toBe(false);
    expect(echoed.lines.filter(containsSecret)).toEqual([]);
  });
});

describe('token: a successful deploy with a token', () => {
  it('leaves no trace of the token in the pushed commit, the log, argv or the temp repo', async () => {
    const snapshotDir = record('local-ok');
    const remote = box.bareRepo('token-ok');
    const options = box.options({ publishDir: box.folder('token-site', { 'index.html': 'x' }), remote, token: TOKEN });
    const result = await deploy(options);
    expect(result.pushed).toBe(true);
    expect(options.lines).toContain('The token is not used: the remote is not an http(s) URL');
    expect(options.lines.filter(containsSecret)).toEqual([]);
    expect(containsSecret(box.git(['cat-file', 'commit', 'gh-pages'], remote))).toBe(false);
    expectNoLeak(snapshotDir);
  });
});

describe('createRedactor', () => {
  it.each([
    [`plain ${TOKEN} text`, `plain ${REDACTED} text`],
    [`AUTHORIZATION: basic ${basicCredential(TOKEN)}`, `AUTHORIZATION: basic ${REDACTED}`],
    [`x-access-token:${TOKEN}`, REDACTED],
    ['https://user:pass@example.com/x.git', `https://${REDACTED}@example.com/x.git`],
    ['HTTP://tok@host/x', `HTTP://${REDACTED}@host/x`],
    ['git@github.com:owner/blog.git', 'git@github.com:owner/blog.git'],
    ['nothing secret', 'nothing secret'],
  ])('%s → %s', (input, expected) => {
    expect(createRedactor(TOKEN)(input)).toBe(expected);
  });

  it('redacts URL credentials even without a token', () => {
    expect(createRedactor(undefined)('fatal: https://a:b@h/x')).toBe(`fatal: https://${REDACTED}@h/x`);
  });
});
