import { describe, expect, it } from 'vitest';
import { relaunchFlags, YOUNG_GENERATION_FLAG } from '../../src/launch/relaunch.js';

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
