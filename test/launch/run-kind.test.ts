import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { parseInputs } from '../../src/action/inputs.js';
import { actionRunKind, cliRunKind, realPath } from '../../src/launch/run-kind.js';

const cwd = '/work/blog';

describe('cliRunKind', () => {
  it('is a whole-site lint without --only, help, version, --init or deploy', () => {
    expect(cliRunKind([], cwd)).toEqual({ kind: 'whole-site' });
    expect(cliRunKind(['site', '--format', 'json', '--fix', '--workers', '2', '-o', 'out.json'], cwd)).toEqual({ kind: 'whole-site' });
  });

  it('is an --only run below the root the CLI resolves, however --only is written', () => {
    expect(cliRunKind(['--only', 'a.md'], cwd)).toEqual({ kind: 'only', root: '/work/blog' });
    expect(cliRunKind(['site', '--only', '_posts/a.md', '_posts/b.md'], cwd)).toEqual({ kind: 'only', root: '/work/blog/site' });
    expect(cliRunKind(['--only=a.md,b.md', '/srv/other', '--cache'], cwd)).toEqual({ kind: 'only', root: '/srv/other' });
    // An option's value is not the root.
    expect(cliRunKind(['-o', 'report.json', '--only', 'a.md', '-c', 'x.yml', '../up'], cwd)).toEqual({ kind: 'only', root: '/work/up' });
  });

  it('is other for what lints nothing, and for a command line the CLI refuses', () => {
    for (const argv of [['-h'], ['--help'], ['-v'], ['--version', '--only', 'a.md'], ['--init'], ['deploy', '--dir', '_site'], ['--no-such-flag'], ['site', 'extra.md'], ['--format']]) {
      expect(cliRunKind(argv, cwd), argv.join(' ')).toEqual({ kind: 'other' });
    }
  });

  it('reads the root as the CLI does (parseCliArgs)', () => {
    for (const argv of [['--only', 'a.md'], ['x', '--only', 'a', 'b'], ['--only=a', 'y'], ['-f', 'json', 'z', '--only', 'p.md', '-o', 'o.json']]) {
      const run = cliRunKind(argv, cwd);
      expect(run.kind).toBe('only');
      expect(run.kind === 'only' && run.root).toBe(path.resolve(cwd, parseCliArgs(argv).root));
    }
  });
});

describe('actionRunKind', () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'bloglint-run-kind-')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'real', 'blog'), { recursive: true });
  symlinkSync(path.join(dir, 'real'), path.join(dir, 'workspace'));

  it('lints the whole site with scope all, the changed posts with scope changed (the default on pull requests)', () => {
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: dir }, cwd)).toEqual({ kind: 'whole-site' });
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'pull_request', INPUT_SCOPE: 'ALL' }, cwd)).toEqual({ kind: 'whole-site' });
    // The root below the workspace's real path, as the Action resolves it (src/action/main.ts).
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_WORKSPACE: path.join(dir, 'workspace'), INPUT_PATH: 'blog' }, cwd)).toEqual({ kind: 'only', root: path.join(dir, 'real', 'blog') });
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'changed', GITHUB_WORKSPACE: dir }, cwd)).toEqual({ kind: 'only', root: dir });
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'pull_request_target' }, dir)).toEqual({ kind: 'only', root: dir });
    expect(parseInputs({ GITHUB_EVENT_NAME: 'pull_request_target' }).scope).toBe('changed');
  });

  it('is other for a report run, refused inputs or a workspace that cannot be read', () => {
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'push', INPUT_MODE: 'report', 'INPUT_REPORT-FILE': 'r.json' }, cwd)).toEqual({ kind: 'other' });
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'everything' }, cwd)).toEqual({ kind: 'other' });
    expect(actionRunKind({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_WORKSPACE: path.join(dir, 'missing') }, cwd)).toEqual({ kind: 'other' });
  });

  it('gives a real path, or nothing for a path that cannot be read', () => {
    expect(realPath(path.join(dir, 'workspace', 'blog'))).toBe(path.join(dir, 'real', 'blog'));
    expect(realPath(path.join(dir, 'nowhere'))).toBeUndefined();
  });
});
