import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';
import { TEST_NODE } from '../helpers/test-node.js';

/**
 * The bundles load some code only when a run needs it (dist/chunks: remark plugins, JSON Schema,
 * `deploy`): each of those runs, through the built CLI, loads its chunk and works.
 */

const CLI = path.resolve('dist/cli.js');
let root = '';
afterEach(() => root && removeTempSite(root));

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TEST_NODE, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built CLI and its chunks', () => {
  it('has chunks, and the entry files do not carry what the chunks hold', () => {
    const chunks = readdirSync('dist/chunks');
    expect(chunks.some((c) => c.startsWith('cli-remark-plugins-'))).toBe(true);
    expect(chunks.some((c) => c.startsWith('action-remark-plugins-'))).toBe(true);
    expect(chunks.some((c) => c.startsWith('cli-deploy-'))).toBe(true);
    for (const entry of ['dist/cli-main.js', 'dist/action-main.js']) {
      const text = readFileSync(entry, 'utf8');
      // unified's processor and ajv's compiler are in chunks; the tokenizer came without htmlparser2's DOM serializer.
      expect(text).not.toContain('without `parser`');
      expect(text).not.toContain('schema with key or id');
      expect(text).not.toContain('foreignNames');
    }
  });

  it('has entries that hold only the start of a run: no library code, their main module loaded when they have decided how to start it', () => {
    for (const [entry, main] of [['dist/cli.js', './cli-main.js'], ['dist/index.js', './action-main.js']] as const) {
      const text = readFileSync(entry, 'utf8');
      expect(text.length).toBeLessThan(8 * 1024);
      expect(text).not.toContain('node_modules/');
      expect(text).toContain(`new URL(${JSON.stringify(main)}, import.meta.url)`);
    }
  });

  it('runs remark plugins from the blog (the remark chunk)', () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'remark-plugins:\n  - remark-lint-final-newline\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nNo final newline',
    });
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(path.resolve('node_modules/remark-lint-final-newline'), path.join(root, 'node_modules/remark-lint-final-newline'));
    const run = cli([root, '--format', 'json']);
    expect(run.stderr).toBe('');
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; line: number }[] }).findings;
    expect(findings.filter((f) => f.rule === 'remark-lint:final-newline').map((f) => f.line)).toEqual([4]);
  });

  it('checks front matter against a JSON Schema (the ajv chunk)', () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'rules:\n  valid-front-matter:\n    schema: fm.schema.json\n',
      'fm.schema.json': JSON.stringify({ type: 'object', properties: { title: { type: 'string', minLength: 5 } } }),
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nText\n',
    });
    const run = cli([root, '--format', 'json']);
    expect(run.stderr).toBe('');
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'valid-front-matter').map((f) => f.message).join('\n')).toMatch(/title/);
  });

  it('loads `deploy` for `bloglint deploy` and reports its usage errors with exit 2', () => {
    const run = cli(['deploy', '--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^bloglint: Invalid bloglint deploy arguments: Unknown option '--no-such-flag'/);
    expect(run.stderr).not.toMatch(/internal error/);
  });
});
