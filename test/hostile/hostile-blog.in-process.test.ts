import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLint, type RunResult } from '../../src/core/run.js';
import { Location } from '../../src/parse/location.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';
import { buildHostileBlog, CHECKED_APART, expectedFindings, manyReferencesPost, POSTS, treeHash, type HostileBlog } from './hostile-blog.js';

/**
 * The engine in-process (`runLint`, what the Action calls) on the same hostile blog as
 * `hostile-blog.test.ts`: the same findings, positions inside each file, nothing written, nothing
 * from outside the root in any finding.
 *
 * Set `BLOGLINT_HOSTILE_TIMINGS=1` to also time each case alone (`only: [post]`); it roughly
 * doubles the time of this file, so it is off by default.
 */

const WHOLE_BLOG_BOUND_MS = 120_000;

let blog: HostileBlog;
let rootHash: string;
let outsideHash: string;
let run: RunResult;
let ms: number;

beforeAll(async () => {
  blog = buildHostileBlog();
  rootHash = treeHash(blog.root);
  outsideHash = treeHash(blog.outside);
  const started = performance.now();
  run = await runLint({ root: blog.root });
  ms = Math.round(performance.now() - started);
  console.log(`hostile blog, in-process runLint: ${ms} ms, ${run.result.findings.length} findings, ${run.result.filesChecked} files checked`);
}, 300_000);

afterAll(() => blog?.cleanup());

describe('runLint in-process on the hostile blog', () => {
  it('finishes within the guard bound', () => {
    expect(ms).toBeLessThan(WHOLE_BLOG_BOUND_MS);
  });

  it('reports each hostile case with its rule, messageId and line', () => {
    const got = run.result.findings
      .filter((f) => !CHECKED_APART.includes(f.file))
      .map((f) => ({ file: f.file, line: f.range.start.line, rule: f.rule, messageId: f.messageId }));
    expect(got).toEqual(expectedFindings(blog.unreadableIsUnreadable));
    expect(run.result.findings.some((f) => f.file === POSTS.deepYaml && f.messageId === 'yamlError')).toBe(true);
  });

  it('checks the post whose name holds a control character, `::`, `%0A` and a line feed', () => {
    expect(run.result.checked).toContain(POSTS.controlName);
  });

  it('keeps every position inside its file', () => {
    for (const f of run.result.findings) {
      const doc = run.site.documents.get(f.file);
      const text = doc?.read.ok ? doc.read.text : '';
      const location = new Location(text);
      for (const point of [f.range.start, f.range.end]) {
        expect(point.line, `${f.file} ${f.rule}`).toBeGreaterThanOrEqual(1);
        expect(point.line, `${f.file} ${f.rule}`).toBeLessThanOrEqual(location.lineCount);
        expect(point.column, `${f.file} ${f.rule}`).toBeGreaterThanOrEqual(1);
        expect(point.column, `${f.file} ${f.rule}`).toBeLessThanOrEqual(location.lineText(point.line).length + 1);
      }
      expect(location.toOffset(f.range.start)).toBeLessThanOrEqual(location.toOffset(f.range.end));
    }
  });

  it('never puts text from outside the root in a finding, and writes nothing', () => {
    expect(JSON.stringify(run.result.findings)).not.toContain(blog.canary);
    expect([...run.site.documents.values()].some((d) => d.read.ok && d.read.text.includes(blog.canary))).toBe(false);
    expect(treeHash(blog.root)).toBe(rootHash);
    expect(treeHash(blog.outside)).toBe(outsideHash);
  });

  it('lints 100,000 references in one post within 60 s', async () => {
    const root = writeTempSite({ '_config.yml': 'title: x\n', 'assets/img/ok.png': 'png', '_posts/2024-01-01-many.md': manyReferencesPost(100_000) });
    try {
      const started = performance.now();
      const many = await runLint({ root });
      expect(many.result.findings.map((f) => [f.range.start.line, f.messageId])).toEqual([[100_003, 'missing']]);
      expect(performance.now() - started).toBeLessThan(60_000);
    } finally {
      removeTempSite(root);
    }
  }, 120_000);

  it('lints a 20,000-deep list (a 40 KB post) within 10 s, reporting the nesting limit', async () => {
    const root = writeTempSite({ '_config.yml': 'title: x\n', '_posts/2024-01-01-deep.md': `---\ntitle: Deep\n---\n${'- '.repeat(20_000)}![l](/missing.png)\n` });
    try {
      const started = performance.now();
      const deep = await runLint({ root });
      expect(deep.result.findings.map((f) => [f.range.start.line, f.messageId])).toEqual([[4, 'tooDeep']]);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      removeTempSite(root);
    }
  }, 60_000);

  it.runIf(process.env.BLOGLINT_HOSTILE_TIMINGS === '1')(
    'times each case alone',
    async () => {
      for (const [name, rel] of Object.entries(POSTS)) {
        const started = performance.now();
        const alone = await runLint({ root: blog.root, only: [rel] });
        console.log(`  ${name}: ${Math.round(performance.now() - started)} ms, ${alone.result.findings.length} finding(s)`);
      }
    },
    600_000,
  );
});
