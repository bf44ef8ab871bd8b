import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLint, UsageError } from '../../src/core/run.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

/** Installs a real package into the temp blog's node_modules by linking it from ours. */
function linkPackage(name: string): void {
  const target = path.resolve('node_modules', name);
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  symlinkSync(target, path.join(root, 'node_modules', name));
}

describe('remark-plugins: remark-lint rules installed in the blog run over the same posts', () => {
  it('turns remark-lint messages into findings with their positions', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'remark-plugins:\n  - remark-lint-final-newline\n  - remark-lint-no-duplicate-definitions\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n[a]: /x\n[a]: /y\n\nNo final newline',
    });
    linkPackage('remark-lint-final-newline');
    linkPackage('remark-lint-no-duplicate-definitions');
    const { result } = await runLint({ root });
    const remark = result.findings.filter((f) => f.rule.startsWith('remark-lint:'));
    expect(remark.map((f) => [f.rule, f.range.start.line, f.range.start.column, f.severity])).toEqual([
      ['remark-lint:no-duplicate-definitions', 5, 1, 'warning'],
      ['remark-lint:final-newline', 7, 17, 'warning'],
    ]);
    expect(remark[1]!.message).toMatch(/final newline/);
  });

  it('takes severities from rules: (off, error)', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'remark-plugins: [remark-lint-final-newline]\nrules:\n  remark-lint:final-newline: error\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nNo final newline',
    });
    linkPackage('remark-lint-final-newline');
    const { result } = await runLint({ root });
    expect(result.findings.filter((f) => f.rule === 'remark-lint:final-newline').map((f) => f.severity)).toEqual(['error']);
  });

  it('loads a local ESM plugin package from the blog, never from bloglint', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'remark-plugins: [[my-plugin, {word: banana}]]\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nI like banana.\n',
      'node_modules/my-plugin/package.json': JSON.stringify({ name: 'my-plugin', type: 'module', exports: { '.': { import: './index.js' } } }),
      'node_modules/my-plugin/index.js':
        "export default function myPlugin(options) { return (tree, file) => { const at = String(file.value).indexOf(options.word); const before = String(file.value).slice(0, at).split('\\n'); const m = file.message('no ' + options.word, { line: before.length, column: before[before.length - 1].length + 1 }); m.source = 'my-plugin'; m.ruleId = 'no-word'; m.fatal = true; }; }\n",
    });
    const { result } = await runLint({ root });
    expect(result.findings.map((f) => [f.rule, f.range.start.line, f.range.start.column, f.severity, f.message])).toEqual([['my-plugin:no-word', 4, 8, 'error', 'no banana']]);
  });

  it('a plugin that is not installed is a usage error (exit 2) naming the fix', async () => {
    root = writeTempSite({ '_config.yml': 'title: t\n', '.bloglint.yml': 'remark-plugins: [remark-lint-nope]\n', '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nx\n' });
    await expect(runLint({ root })).rejects.toThrow(UsageError);
    await expect(runLint({ root })).rejects.toThrow(/npm install --save-dev remark-lint-nope/);
  });

  it('rejects a plugin name that is a path', async () => {
    root = writeTempSite({ '_config.yml': 'title: t\n', '.bloglint.yml': 'remark-plugins: ["../../evil"]\n', '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nx\n' });
    writeFileSync(path.join(root, 'evil.js'), 'throw new Error("ran")');
    await expect(runLint({ root })).rejects.toThrow(/not a package name/);
  });
});
