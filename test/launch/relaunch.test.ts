import { describe, expect, it } from 'vitest';
import { actionLintsWholeSite, cliLintsWholeSite, relaunchFlags, YOUNG_GENERATION_FLAG } from '../../src/launch/relaunch.js';

describe('relaunchFlags', () => {
  const base = { wholeSite: true, canExec: true, execArgv: [] as string[], nodeOptions: undefined };

  it('asks for the smaller young generation on a whole-site run where Node can exec', () => {
    expect(relaunchFlags(base)).toEqual([YOUNG_GENERATION_FLAG]);
    expect(relaunchFlags({ ...base, execArgv: ['--enable-source-maps'], nodeOptions: '--max-old-space-size=4096' })).toEqual([YOUNG_GENERATION_FLAG]);
  });

  it('does not relaunch a small run, or where Node cannot replace its process', () => {
    expect(relaunchFlags({ ...base, wholeSite: false })).toBeUndefined();
    expect(relaunchFlags({ ...base, canExec: false })).toBeUndefined();
  });

  it('leaves a semi-space size chosen on the command line or in NODE_OPTIONS, in either spelling', () => {
    for (const execArgv of [['--max-semi-space-size=32'], ['--max_semi_space_size=2'], ['--max-semi-space-size', '16']]) {
      expect(relaunchFlags({ ...base, execArgv })).toBeUndefined();
    }
    expect(relaunchFlags({ ...base, nodeOptions: '--inspect  --max-semi-space-size=64' })).toBeUndefined();
    // A different flag that starts alike is not the same choice.
    expect(relaunchFlags({ ...base, execArgv: ['--max-semi-space-size-x=1'] })).toEqual([YOUNG_GENERATION_FLAG]);
  });
});

describe('cliLintsWholeSite', () => {
  it('is a whole-site run without --only, help, version or --init', () => {
    expect(cliLintsWholeSite([])).toBe(true);
    expect(cliLintsWholeSite(['blog', '--format', 'json', '--fix', '--workers', '2'])).toBe(true);
    expect(cliLintsWholeSite(['deploy', '--dir', '_site'])).toBe(true);
  });

  it('is not with --only (either form), help, version or --init', () => {
    for (const argv of [['blog', '--only', 'a.md'], ['--only=a.md'], ['-h'], ['--help'], ['-v'], ['--version'], ['blog', '--init']]) {
      expect(cliLintsWholeSite(argv)).toBe(false);
    }
  });

  it('stops reading at `--`: what follows is not an option', () => {
    expect(cliLintsWholeSite(['--', '--only'])).toBe(true);
  });
});

describe('actionLintsWholeSite', () => {
  it('follows the scope the Action reads: all by default, changed by default on pull requests', () => {
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'push' })).toBe(true);
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'workflow_dispatch', INPUT_SCOPE: '' })).toBe(true);
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'pull_request' })).toBe(false);
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'pull_request_target' })).toBe(false);
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'pull_request', INPUT_SCOPE: 'ALL' })).toBe(true);
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'changed' })).toBe(false);
  });

  it('does not relaunch a report run or inputs the Action refuses', () => {
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'push', INPUT_MODE: 'report', 'INPUT_REPORT-FILE': 'r.json' })).toBe(false);
    expect(actionLintsWholeSite({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'everything' })).toBe(false);
  });
});
