import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/temp-site.js';
import { runLint } from '../../src/core/run.js';

/**
 * `baseurl: blog`, without its `/`: `jekyll build` 4.3.1 writes `{{ site.baseurl }}/assets/a.png`
 * as `blog/assets/a.png`, a path relative to the page, and `relative_url` as `/blog/assets/a.png`
 * (test/fixtures/jekyll-evidence/baseurl-without-slash/built.json).
 */
const ROOT = realpathSync(path.resolve('test/fixtures/jekyll-evidence/baseurl-without-slash'));
const built = JSON.parse(readFileSync(path.join(ROOT, 'built.json'), 'utf8')) as { images: string[] };

describe('a baseurl without its leading slash', () => {
  it('Jekyll writes site.baseurl as it is (a relative path), relative_url with the slash', () => {
    expect(built.images).toEqual(['blog/assets/a.png', '/blog/assets/a.png']);
  });

  it('is a valid-config warning on its line, naming the fix', async () => {
    const { result } = await runLint({ root: ROOT });
    const config = result.findings.filter((f) => f.rule === 'valid-config');
    expect(config.map((f) => [f.file, f.range.start.line, f.range.start.column, f.messageId, f.severity])).toEqual([['_config.yml', 2, 10, 'baseurlWithoutSlash', 'warning']]);
    expect(config[0]!.message).toContain('Write `baseurl: /blog`');
  });

  it('nothing for a baseurl with its slash, none, or `/`', async () => {
    for (const baseurl of ['/blog', '"/blog/"', '""', '/', "''"]) {
      const { findings } = await lintFiles({ '_config.yml': `title: t\nbaseurl: ${baseurl}\n`, '_posts/2020-01-01-a.md': '---\ntitle: t\n---\nx\n' });
      expect(findings.filter((f) => f.rule === 'valid-config'), baseurl).toEqual([]);
    }
  });
});
