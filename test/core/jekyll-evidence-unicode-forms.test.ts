import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/temp-site.js';
import { rules as allRules } from '../../src/rules/index.js';
import { validateConfig } from '../../src/core/config.js';
import { buildSite } from '../../src/core/site.js';
import { lint } from '../../src/core/lint.js';

/**
 * A site whose asset and post names are in one Unicode form and whose references are in the
 * other, built by `jekyll build` 4.3.1 and served by `jekyll serve` (WEBrick on Linux): the file
 * names and the rendered references keep their bytes, and a request in the other form is a 404,
 * as on GitHub Pages (test/fixtures/jekyll-evidence/unicode-forms/built.json).
 */
const ROOT = realpathSync(path.resolve('test/fixtures/jekyll-evidence/unicode-forms'));
interface Built {
  rendered: { url: string; form: string }[];
  site_files: { path: string; form: string }[];
  served: { request: string; requestForm: string; file: string; status: number }[];
}
const built = JSON.parse(readFileSync(path.join(ROOT, 'built.json'), 'utf8')) as Built;

describe('references in another Unicode form than the file, as jekyll serves them', async () => {
  const config = await validateConfig({ rules: {} }, undefined, ROOT, allRules);
  const site = await buildSite(ROOT, { now: new Date('2026-01-01T00:00:00Z') });
  const { findings } = lint(site, { rules: allRules, config });

  it('Jekyll keeps the bytes: the files and the rendered references are in the forms they were written in', () => {
    expect(built.rendered.map((r) => r.form)).toEqual(['NFC', 'NFD', 'NFC']);
    expect(built.site_files.filter((f) => f.form === 'NFD').map((f) => f.path.normalize('NFC')).sort()).toEqual(['2020/01/01/안녕.html', 'assets/사진.png']);
  });

  it('every rendered reference the server answered with 404 is a unicodeForm finding, and nothing else is reported', () => {
    const missed = built.rendered.filter((r) => built.served.some((s) => s.request === r.url && s.status === 404)).map((r) => r.url);
    expect(missed).toHaveLength(3);
    expect(findings.map((f) => [f.file, f.messageId, f.data.url])).toEqual(missed.map((url) => ['_posts/2020-01-02-refs.md', 'unicodeForm', url]));
    // The same request in the file's own form was served.
    for (const url of missed) expect(built.served.find((s) => s.request.normalize('NFC') === url.normalize('NFC') && s.status === 200)).toBeDefined();
  });

  it('written in the files\' own forms, the same references are clean', async () => {
    const own = built.rendered.map((r) => r.url.normalize(r.form === 'NFC' ? 'NFD' : 'NFC'));
    const out = await lintFiles({
      '_config.yml': readFileSync(path.join(ROOT, '_config.yml'), 'utf8'),
      [`assets/${'사진'.normalize('NFD')}.png`]: '',
      [`assets/${'풍경'.normalize('NFC')}.png`]: '',
      [`_posts/2020-01-01-${'안녕'.normalize('NFD')}.md`]: '---\nlayout: post\n---\nhello\n',
      '_posts/2020-01-02-refs.md': `---\nlayout: post\n---\n![a](${own[0]})\n![b](${own[1]})\n[c](${own[2]})\n`,
    });
    expect(out.findings).toEqual([]);
  });
});
