import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/core/run.js';
import { parseFrontMatterWithYaml } from '../../src/parse/front-matter.js';
import { parseFrontMatterFast } from '../../src/parse/front-matter-fast.js';
import { findFrontMatter } from '../../src/parse/front-matter.js';

const ROOT = path.resolve('test/fixtures/jekyll-evidence/timestamps');
const built = JSON.parse(readFileSync(path.join(ROOT, 'built.json'), 'utf8')) as { built: Record<string, string> };

/**
 * What `jekyll build` 4.3.1 made of unquoted and quoted timestamps (built.json): a zone without a
 * colon (`+0900`) is a time to Psych, though the YAML 1.1 spec and the `yaml` library's own
 * pattern want `+09:00`. bloglint must read each value as Jekyll does.
 */
describe('timestamps as jekyll build read them', () => {
  it('gives every post the URL Jekyll built and the value type Psych read', async () => {
    const run = await runLint({ root: ROOT });
    const ours = Object.fromEntries(
      run.site.posts.map((post) => {
        // What the layout printed first: `{{ page.stamp | size }}`, 0 for a time.
        const stamp = post.data.stamp;
        return [`_site${post.url}index.html`, String(stamp instanceof Date ? 0 : String(stamp).length)];
      }),
    );
    // The URLs hold the date and hour (permalink /:year/:month/:day/:hour/:title/) in UTC.
    expect(ours).toEqual(Object.fromEntries(Object.entries(built.built).map(([file, shown]) => [file, shown.split('|')[0]])));
  });

  it.each([
    ['2019-01-02 03:00:00 +0900', '2019-01-01T18:00:00.000Z'],
    ['2019-01-02T03:00:00-0530', '2019-01-02T08:30:00.000Z'],
    ['2019-01-02 03:00:00.25 +0100', '2019-01-02T02:00:00.250Z'],
    ['2019-01-02 03:00:00 +09:00', '2019-01-01T18:00:00.000Z'],
  ])('%s is a time, in both front-matter parsers', (value, iso) => {
    const text = `---\nstamp: ${value}\n---\n`;
    const block = findFrontMatter(text)!;
    const slow = parseFrontMatterWithYaml(text, block);
    const fast = parseFrontMatterFast(text, block);
    expect((slow.data.stamp as Date).toISOString()).toBe(iso);
    expect(fast === undefined || (fast.data.stamp as Date).toISOString() === iso).toBe(true);
  });

  it('a quoted timestamp stays a string', () => {
    const text = '---\nstamp: "2019-01-02 03:00:00 +0900"\n---\n';
    expect(parseFrontMatterWithYaml(text, findFrontMatter(text)!).data.stamp).toBe('2019-01-02 03:00:00 +0900');
  });
});
