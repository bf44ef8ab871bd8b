/**
 * A small wrapper around the real git CLI for the deploy engine's temporary repository.
 *
 * Every command runs with an explicit `GIT_DIR` and `GIT_WORK_TREE` (so an inherited `GIT_DIR`,
 * e.g. from a hook, can never point it at the user's repository), a fixed configuration passed
 * through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n` (nothing is written to
 * `.git/config`), `LC_ALL=C` (stable messages to classify) and literal pathspecs.
 * The token, when given, only ever travels in those environment variables.
 */
import { spawn } from 'node:child_process';
import { DeployError } from './deploy-error.js';
import { basicCredential, type Redactor } from './redact.js';

/** One `key=value` pair of git configuration. */
export type GitConfigEntry = readonly [key: string, value: string];

/** How to set up the git wrapper. */
export interface GitRunnerOptions {
  /** The repository's git directory. */
  gitDir: string;
  /** The work tree (the copy of the publish folder). */
  workTree: string;
  /** An empty folder used as `core.hooksPath`, so no global hook runs in the temp repository. */
  hooksDir: string;
  /** The remote URL; used to scope the token's header to its origin. */
  remote: string;
  /** Token for an http(s) remote. */
  token?: string;
  /** Author and committer identity. */
  userName: string;
  userEmail: string;
  /** Applied to every error message. */
  redact: Redactor;
  /** Environment to start from; default `process.env`. */
  baseEnv?: NodeJS.ProcessEnv;
}

/** The outcome of one git command. `stdout` is raw bytes, so `-z` output keeps any file name intact. */
export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Per-command options. */
export interface GitRunOptions {
  /** Written to git's stdin. */
  input?: string | Buffer;
  /** Resolve with a non-zero `code` instead of throwing. */
  allowFailure?: boolean;
}

/** Runs git commands in the temporary repository. */
export interface Git {
  /** Run `git ...args`; throws a redacted `DeployError` on a non-zero exit unless `allowFailure`. */
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
  /** Run and return trimmed stdout as UTF-8 text. */
  text(args: string[], options?: GitRunOptions): Promise<string>;
}

/** Configuration every command gets, independent of the user's global configuration. */
const FIXED_CONFIG: readonly GitConfigEntry[] = [
  ['core.quotePath', 'false'],
  ['core.autocrlf', 'false'],
  ['core.safecrlf', 'false'],
  ['core.fsmonitor', 'false'],
  ['core.longpaths', 'true'],
  ['commit.gpgSign', 'false'],
  ['push.gpgSign', 'false'],
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
  ['fetch.recurseSubmodules', 'false'],
  ['submodule.recurse', 'false'],
];

/** Inherited variables that would redirect git to another repository or change its behaviour. */
const SCRUBBED_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_QUARANTINE_PATH',
  'GIT_REPLACE_REF_BASE',
  'GIT_GRAFT_FILE',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_EDITOR',
];

/**
 * The configuration that carries the token: an `AUTHORIZATION: basic base64(x-access-token:TOKEN)`
 * extra header scoped to the remote's origin (`http.https://host/.extraheader`), so git sends
 * it to that host only.
 *
 * @param remote - The remote URL.
 * @param token - The token; nothing is returned without one.
 * @returns Zero or one config entry; none for a non-http(s) remote (a token cannot help there).
 */
export function authConfig(remote: string, token: string | undefined): GitConfigEntry[] {
  if (!token) return [];
  const origin = httpOrigin(remote);
  if (!origin) return [];
  return [[`http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basicCredential(token)}`]];
}

/**
 * Whether a remote is an http(s) URL (the only kind a token is used for).
 *
 * @param remote - A remote URL or path.
 * @returns `true` for `http://` and `https://` URLs.
 */
export function isHttpRemote(remote: string): boolean {
  return httpOrigin(remote) !== undefined;
}

/**
 * Build the environment every git command of a deploy runs with.
 *
 * @param options - The runner options.
 * @returns A fresh environment object (the base is not modified).
 */
export function buildGitEnv(options: GitRunnerOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...(options.baseEnv ?? process.env) };
  for (const name of SCRUBBED_ENV) delete env[name];
  const entries: GitConfigEntry[] = [
    ...FIXED_CONFIG,
    ['core.hooksPath', options.hooksDir],
    ...authConfig(options.remote, options.token),
  ];
  // Append after any GIT_CONFIG_* the caller's environment already has, rather than replace them.
  const inherited = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
  const start = Number.isInteger(inherited) && inherited > 0 ? inherited : 0;
  entries.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${start + index}`] = key;
    env[`GIT_CONFIG_VALUE_${start + index}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(start + entries.length);
  Object.assign(env, {
    GIT_DIR: options.gitDir,
    GIT_WORK_TREE: options.workTree,
    GIT_LITERAL_PATHSPECS: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_TRACE_REDACT: '1',
    GIT_AUTHOR_NAME: options.userName,
    GIT_AUTHOR_EMAIL: options.userEmail,
    GIT_COMMITTER_NAME: options.userName,
    GIT_COMMITTER_EMAIL: options.userEmail,
    LC_ALL: 'C',
    LANGUAGE: 'C',
  });
  return env;
}

/**
 * Create the git wrapper for one deploy.
 *
 * @param options - Repository folders, remote, token, identity and redactor.
 * @returns A `Git` whose commands all run in the temporary repository.
 */
export function createGit(options: GitRunnerOptions): Git {
  const env = buildGitEnv(options);
  const run = async (args: string[], runOptions: GitRunOptions = {}): Promise<GitResult> => {
    const result = await spawnGit(args, env, options.workTree, runOptions.input);
    if (result.code !== 0 && !runOptions.allowFailure) {
      throw new DeployError(describeFailure(args, result, options.redact));
    }
    return result;
  };
  return {
    run,
    text: async (args, runOptions) => (await run(args, runOptions)).stdout.toString('utf8').trim(),
  };
}

/**
 * Render a failed git command as one redacted message.
 *
 * @param args - The git arguments.
 * @param result - The failed result.
 * @param redact - The redactor.
 * @returns E.g. `git push failed (exit 1): remote: nope`.
 */
export function describeFailure(args: string[], result: GitResult, redact: Redactor): string {
  const stderr = result.stderr
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0 && !line.startsWith('hint:'))
    .join('\n');
  return redact(`git ${args[0] ?? ''} failed (exit ${result.code})${stderr ? `: ${stderr}` : ''}`);
}

function spawnGit(args: string[], env: NodeJS.ProcessEnv, cwd: string, input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => {
      // git may exit before reading all input; the exit code tells what happened.
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new DeployError(
          error.code === 'ENOENT' ? 'git was not found on PATH; install git to deploy' : `could not run git: ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    child.stdin.end(input ?? '');
  });
}

function httpOrigin(remote: string): string | undefined {
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return `${url.protocol}//${url.host}`;
}
