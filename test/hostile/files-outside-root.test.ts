import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLint, UsageError } from '../../src/core/run.js';
import { writeTempSite } from '../helpers/temp-site.js';

/**
 * Files bloglint reads besides the documents (`.bloglint.yml`, a `schema:` file, `Gemfile.lock`,
 * `_config.yml`) come from the same untrusted repository and must obey the same rule: nothing
 * outside the root is read, and nothing from outside ever reaches the output.
 */

const CANARY = 'CANARY-outside-7f3a9c';
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A blog in `<base>/blog` with `<base>/outside/secret.*` holding the canary. */
function siteWithOutside(files: Record<string, string>): { root: string; outside: string } {
  const base = writeTempSite({ 'blog/_config.yml': 'title: x\n', 'blog/_posts/2024-01-01-a.md': '---\ntitle: A\n---\nHi\n' });
  temps.push(base);
  const outside = path.join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.yml'), `${CANARY}: 1\n`);
  writeFileSync(path.join(outside, 'secret.json'), `${CANARY}\n`);
  const root = path.join(base, 'blog');
  for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(root, rel), content);
  return { root, outside };
}

/** The error message of a run, or the findings as JSON: everything a user would see. */
async function visibleOutput(root: string): Promise<string> {
  try {
    const run = await runLint({ root });
    return JSON.stringify(run.result.findings);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
}

describe('files read before the walk', () => {
  it('refuses a _config.yml that links outside the root (reported, never read)', async () => {
    const { root, outside } = siteWithOutside({});
    rmSync(path.join(root, '_config.yml'));
    symlinkSync(path.join(outside, 'secret.yml'), path.join(root, '_config.yml'));
    const run = await runLint({ root });
    expect(run.result.findings.map((f) => [f.file, f.rule, f.messageId])).toEqual([['_config.yml', 'readable-file', 'walk']]);
    expect(JSON.stringify(run.site.config)).not.toContain(CANARY);
    expect(JSON.stringify(run.result.findings)).not.toContain(CANARY);
  });

  it('never reads a .bloglint.yml that links outside the root', async () => {
    const { root, outside } = siteWithOutside({});
    symlinkSync(path.join(outside, 'secret.yml'), path.join(root, '.bloglint.yml'));
    expect(await visibleOutput(root)).not.toContain(CANARY);
  });

  it('never reads a JSON Schema outside the root', async () => {
    const { root } = siteWithOutside({ '.bloglint.yml': 'rules:\n  valid-front-matter:\n    schema: ../outside/secret.json\n' });
    const output = await visibleOutput(root);
    expect(output).not.toContain(CANARY);
    expect(output).toMatch(/outside the (site )?root/);
  });

  it('refuses a schema outside the root as a usage error (exit 2), not a crash', async () => {
    const { root } = siteWithOutside({ '.bloglint.yml': 'rules:\n  valid-front-matter:\n    schema: ../outside/secret.json\n' });
    await expect(runLint({ root })).rejects.toBeInstanceOf(UsageError);
  });

  it('never reads a Gemfile.lock that links outside the root', async () => {
    const { root, outside } = siteWithOutside({});
    writeFileSync(path.join(outside, 'Gemfile.lock'), 'GEM\n  specs:\n    jekyll (4.3.3)\n');
    symlinkSync(path.join(outside, 'Gemfile.lock'), path.join(root, 'Gemfile.lock'));
    const run = await runLint({ root });
    // Read, it would switch the site to Jekyll 4; refused, the default (3) stays.
    expect(run.site.jekyllMajor).toBe(3);
  });
});
