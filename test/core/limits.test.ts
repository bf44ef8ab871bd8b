import { afterEach, describe, expect, it } from 'vitest';
import { runLint, UsageError } from '../../src/core/run.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

const rows = (findings: { range: { start: { line: number } }; rule: string; messageId: string }[]) => findings.map((f) => [f.range.start.line, f.rule, f.messageId]);

describe('limits are explicit, configurable, and a finding when hit', () => {
  it('max-nesting: deeper markdown is reported, not silently skipped', async () => {
    const deep = `${'> '.repeat(10)}![x](/gone.png)\n`;
    root = writeTempSite({ '_config.yml': 'title: t\n', '.bloglint.yml': 'max-nesting: 5\n', '_posts/2020-01-01-a.md': `---\ntitle: A\n---\n${deep}` });
    expect(rows((await runLint({ root })).result.findings)).toEqual([[4, 'readable-file', 'tooDeep']]);
    removeTempSite(root);
    root = writeTempSite({ '_config.yml': 'title: t\n', '_posts/2020-01-01-a.md': `---\ntitle: A\n---\n${deep}` });
    expect(rows((await runLint({ root })).result.findings)).toEqual([[4, 'no-missing-image', 'missing']]);
  });

  it('max-yaml-aliases: an alias bomb beyond the limit is a YAML error', async () => {
    const yaml = 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\ntitle: T\n';
    root = writeTempSite({ '_config.yml': 'title: t\n', '.bloglint.yml': 'max-yaml-aliases: 2\n', '_posts/2020-01-01-a.md': `---\n${yaml}---\nx\n` });
    expect(rows((await runLint({ root })).result.findings).map((r) => r[2])).toContain('yamlError');
    removeTempSite(root);
    root = writeTempSite({ '_config.yml': 'title: t\n', '_posts/2020-01-01-a.md': `---\n${yaml}---\nx\n` });
    expect(rows((await runLint({ root })).result.findings)).toEqual([]);
  });

  it.each([['max-nesting: 0\n'], ['max-yaml-aliases: lots\n'], ['max-file-size: huge\n']])('a bad limit is a usage error naming the key: %j', async (config) => {
    root = writeTempSite({ '_config.yml': 'title: t\n', '.bloglint.yml': config, '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nx\n' });
    await expect(runLint({ root })).rejects.toThrow(UsageError);
    await expect(runLint({ root })).rejects.toThrow(new RegExp(config.split(':')[0]!));
  });
});
