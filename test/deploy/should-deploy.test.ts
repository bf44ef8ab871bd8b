import { describe, expect, it } from 'vitest';
import { shouldDeploy, type DeployGateContext } from '../../src/deploy/should-deploy.js';

const PUSH_MAIN: DeployGateContext = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main', deploy: 'true', lintPassed: true };

describe('shouldDeploy', () => {
  it.each<[string, Partial<DeployGateContext>, boolean, RegExp]>([
    ['push to the default branch, lint passed', {}, true, /^Deploying: push to the default branch main and the lint passed\.$/],
    ['pull request', { eventName: 'pull_request', ref: 'refs/pull/7/merge' }, false, /event pull_request is not a push to the default branch.*deploy: always/],
    ['lint failed', { lintPassed: false }, false, /the lint failed/],
    ['deploy: always on another branch', { deploy: 'always', ref: 'refs/heads/feature' }, true, /deploy is always.*refs\/heads\/feature/],
    ['deploy: always on a pull request', { deploy: 'always', eventName: 'pull_request', ref: 'refs/pull/7/merge' }, true, /deploy is always/],
    ['deploy: always but lint failed', { deploy: 'always', lintPassed: false }, false, /the lint failed/],
    ['deploy: false', { deploy: 'false' }, false, /deploy is off/],
    ['push to another branch', { ref: 'refs/heads/feature' }, false, /refs\/heads\/feature is not the default branch main/],
    ['push of a tag', { ref: 'refs/tags/v1.0.0' }, false, /refs\/tags\/v1\.0\.0 is not the default branch main/],
    ['push with an unknown default branch', { defaultBranch: undefined }, false, /default branch is unknown/],
    ['a branch whose name only starts like the default one', { ref: 'refs/heads/main-old' }, false, /not the default branch/],
    ['workflow_dispatch on the default branch', { eventName: 'workflow_dispatch' }, false, /event workflow_dispatch is not a push/],
  ])('%s', (_name, change, expected, reason) => {
    const decision = shouldDeploy({ ...PUSH_MAIN, ...change });
    expect(decision.deploy).toBe(expected);
    expect(decision.reason).toMatch(reason);
    expect(decision.reason.startsWith(expected ? 'Deploying' : 'Not deploying')).toBe(true);
  });
});
