import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeployArgsError, parseDeployArgs } from '../../src/deploy/cli-args.js';
import { DEFAULT_USER_EMAIL, DEFAULT_USER_NAME } from '../../src/deploy/deploy-options.js';

const CONTEXT = { cwd: '/repo', defaultRemote: 'https://github.com/o/blog.git', defaultMessage: 'Deploy 1a2b3c4' };

function flagOf(args: string[], context = CONTEXT): string {
  try {
    parseDeployArgs(args, context);
  } catch (error) {
    expect(error).toBeInstanceOf(DeployArgsError);
    return `${(error as DeployArgsError).flag} | ${(error as Error).message}`;
  }
  throw new Error('expected an error');
}

describe('parseDeployArgs', () => {
  it('fills the defaults', () => {
    expect(parseDeployArgs([], CONTEXT)).toEqual({
      publishDir: path.resolve('/repo', '_site'),
      remote: 'https://github.com/o/blog.git',
      branch: 'gh-pages',
      keepFiles: [],
      nojekyll: false,
      forceOrphan: false,
      dryRun: false,
      commitMessage: 'Deploy 1a2b3c4',
      userName: DEFAULT_USER_NAME,
      userEmail: DEFAULT_USER_EMAIL,
      retries: 3,
    });
  });

  it('parses every flag, repeated --keep and --flag=value forms, and tolerates a leading "deploy"', () => {
    const options = parseDeployArgs(
      ['deploy', '--dir', 'build/site', '--branch=pages', '--remote', '/srv/blog.git', '--cname', 'blog.example.com', '--keep', 'docs/**', '--keep=CNAME-old', '--nojekyll', '--force-orphan', '--dry-run', '--message', 'Deploy x'],
      { ...CONTEXT, token: 'tok' },
    );
    expect(options).toMatchObject({
      publishDir: path.resolve('/repo', 'build/site'),
      branch: 'pages',
      remote: '/srv/blog.git',
      cname: 'blog.example.com',
      keepFiles: ['docs/**', 'CNAME-old'],
      nojekyll: true,
      forceOrphan: true,
      dryRun: true,
      commitMessage: 'Deploy x',
      token: 'tok',
    });
    expect(parseDeployArgs(['--dir', '/abs/_site'], CONTEXT).publishDir).toBe(path.resolve('/abs/_site'));
  });

  it.each<[string[], string]>([
    [['--dir'], '--dir'],
    [['--dir', ''], '--dir'],
    [['--branch', 'bad..name'], '--branch'],
    [['--branch', '-x'], '--branch'],
    [['--cname', 'https://blog.example.com/'], '--cname'],
    [['--cname', 'two words'], '--cname'],
    [['--keep', ''], '--keep'],
    [['--message', '  '], '--message'],
    [['--nojekyll=yes'], '--nojekyll'],
    [['--frobnicate'], '--frobnicate'],
    [['--token', 'ghs_x'], '--token'],
    [['--token=ghs_x'], '--token'],
    [['stray'], 'stray'],
  ])('%j is rejected naming %s', (args, flag) => {
    const [named, message] = flagOf(args).split(' | ');
    expect(named).toBe(flag);
    expect(message).toContain(flag);
  });

  it('asks for --remote when no default remote is known', () => {
    expect(flagOf([], { cwd: '/repo' } as typeof CONTEXT)).toMatch(/^--remote \| Missing --remote/);
  });

  it('never accepts the token on the command line and does not echo it', () => {
    const message = flagOf(['--token', 'ghs_secret']);
    expect(message).not.toContain('ghs_secret');
    expect(message).toContain('GITHUB_TOKEN');
  });
});
