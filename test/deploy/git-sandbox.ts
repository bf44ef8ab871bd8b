/**
 * Test sandbox for the deploy engine: an isolated HOME and git configuration, local bare
 * repositories as remotes, publish folders from file maps, and an optional `git` shim on PATH
 * that records what each git process was given (argv and GIT_* environment) and can hold the
 * first push until another push has finished (to force a real non-fast-forward race).
 *
 * The engine's git processes inherit `process.env`, so the sandbox sets HOME,
 * GIT_CONFIG_NOSYSTEM and GIT_CONFIG_GLOBAL there (vitest runs each test file in its own process).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDeployOptions, type DeployOptions } from '../../src/deploy/deploy-options.js';

/** One commit of a branch, newest first. */
export interface LogEntry {
  sha: string;
  parents: string[];
  subject: string;
  author: string;
}

/** The sandbox API. */
export interface GitSandbox {
  root: string;
  /** Where deploys make their temp folders (so tests can check it is left empty). */
  tmpRoot: string;
  /** Run git (with the sandbox environment) and return trimmed stdout. */
  git(args: string[], cwd?: string, input?: string): string;
  /** Create a bare repository to deploy to. */
  bareRepo(name: string, config?: Record<string, string>): string;
  /** Write a folder from a `path → content` map. */
  folder(name: string, files: Record<string, string>): string;
  /** Deploy options with the sandbox's tmpRoot and a log collector. */
  options(overrides: Partial<DeployOptions> & Pick<DeployOptions, 'publishDir' | 'remote'>): DeployOptions & { lines: string[] };
  /** Sorted file paths of a branch (NUL-parsed, so any name survives). */
  files(repo: string, branch?: string): string[];
  /** A file's content on a branch. */
  show(repo: string, file: string, branch?: string): string;
  /** Commits of a branch, newest first. */
  log(repo: string, branch?: string): LogEntry[];
  /** The branch's sha, or `undefined` when it does not exist. */
  tip(repo: string, branch?: string): string | undefined;
  /** Entries left in tmpRoot (should be none after every deploy). */
  leftovers(): string[];
  /**
   * Put a recording `git` shim first on PATH; returns the trace file paths and a folder for
   * push gates. With `BLOGLINT_TEST_PUSH_GATE=<new folder>` in the environment, the first
   * `git push` waits until another `git push` has finished. With `BLOGLINT_TEST_SNAPSHOT=<folder>`,
   * a copy of `$GIT_DIR` is saved there after every command that has one.
   */
  installShim(): { trace: string; env: string; gate: string };
  dispose(): void;
}

/**
 * Create a sandbox and point this process's git environment at it.
 *
 * @returns The sandbox; call `dispose()` in `afterAll`.
 */
export function createGitSandbox(): GitSandbox {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bloglint-deploy-test-'));
  const home = path.join(root, 'home');
  const tmpRoot = path.join(root, 'tmp');
  mkdirSync(home);
  mkdirSync(tmpRoot);
  writeFileSync(path.join(home, '.gitconfig'), '');
  const saved = { ...process.env };
  Object.assign(process.env, {
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  });
  const git = (args: string[], cwd = root, input?: string): string =>
    execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, env: process.env, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] }).trim();

  const sandbox: GitSandbox = {
    root,
    tmpRoot,
    git,
    bareRepo(name, config = {}) {
      const repo = path.join(root, `${name}.git`);
      git(['init', '--quiet', '--bare', repo]);
      for (const [key, value] of Object.entries({ 'core.logAllRefUpdates': 'true', ...config })) git(['config', key, value], repo);
      return repo;
    },
    folder(name, files) {
      const dir = path.join(root, name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), content);
      }
      return dir;
    },
    options(overrides) {
      const lines: string[] = [];
      return {
        ...resolveDeployOptions({ commitMessage: 'Deploy abc1234', tmpRoot, log: (line) => lines.push(line), ...overrides }),
        lines,
      };
    },
    files(repo, branch = 'gh-pages') {
      const out = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', branch], { cwd: repo, env: process.env });
      return out.toString('utf8').split('\0').filter(Boolean).sort();
    },
    show(repo, file, branch = 'gh-pages') {
      return execFileSync('git', ['cat-file', 'blob', `${branch}:${file}`], { cwd: repo, env: process.env, encoding: 'utf8' });
    },
    log(repo, branch = 'gh-pages') {
      return git(['log', '--format=%H%x01%P%x01%s%x01%an <%ae>%x02', branch], repo)
        .split('\x02')
        .map((record) => record.trim())
        .filter(Boolean)
        .map((record) => {
          const [sha = '', parents = '', subject = '', author = ''] = record.split('\x01');
          return { sha, parents: parents ? parents.split(' ') : [], subject, author };
        });
    },
    tip(repo, branch = 'gh-pages') {
      try {
        return git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], repo);
      } catch {
        return undefined;
      }
    },
    leftovers() {
      return readdirSync(tmpRoot);
    },
    installShim() {
      const bin = path.join(root, 'shim-bin');
      mkdirSync(bin, { recursive: true });
      const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      const trace = path.join(root, 'git-argv.log');
      const env = path.join(root, 'git-env.log');
      const gate = path.join(root, 'push-gates');
      // argv: one record per process, arguments separated by \x1f. env: every GIT_* variable.
      const script = `#!/bin/sh
{ for a in "$@"; do printf '%s\\037' "$a"; done; printf '\\n'; } >> '${trace}'
env | grep '^GIT_' >> '${env}'
case " $* " in
  *" push "*)
    gate="$BLOGLINT_TEST_PUSH_GATE"
    if [ -n "$gate" ]; then
      mkdir -p "$gate"
      if mkdir "$gate/first" 2>/dev/null; then
        i=0; while [ ! -e "$gate/released" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done
        exec '${realGit}' "$@"
      fi
      '${realGit}' "$@"; rc=$?; touch "$gate/released"; exit $rc
    fi;;
esac
if [ -n "$BLOGLINT_TEST_SNAPSHOT" ] && [ -n "$GIT_DIR" ]; then
  '${realGit}' "$@"; rc=$?
  [ -d "$GIT_DIR" ] && cp -r "$GIT_DIR" "$BLOGLINT_TEST_SNAPSHOT/$(date +%s%N)-$$"
  exit $rc
fi
exec '${realGit}' "$@"
`;
      writeFileSync(path.join(bin, 'git'), script);
      chmodSync(path.join(bin, 'git'), 0o755);
      mkdirSync(gate, { recursive: true });
      process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
      return { trace, env, gate };
    },
    dispose() {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      rmSync(root, { recursive: true, force: true });
    },
  };
  return sandbox;
}
