import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/core/run.js';
import { parseFrontMatterWithYaml } from '../../src/parse/front-matter.js';
import { parseFrontMatterFast } from '../../src/parse/front-matter-fast.js';
import { findFrontMatter } from '../../src/parse/front-matter.js';
import { YamlDay } from '../../src/parse/yaml-schema.js';
import { outputUrl } from '../../src/core/permalink.js';

/**
 * What `jekyll build` 4.3.1 made of unquoted and quoted timestamps (built.json in each fixture): a
 * zone without a colon (`+0900`) is a time to Psych, though the YAML 1.1 spec and the `yaml`
 * library's own pattern want `+09:00`; minutes or seconds of one digit (`10:0:0`) make a string,
 * which Jekyll parses in the site's time zone; a date without a time is midnight in the site's
 * time zone, not in UTC (so a day earlier west of Greenwich, were it read as UTC); a day the month
 * does not have (`2019-02-30`) is a string that rolls over. bloglint must read each value as
 * Jekyll does: the same URL, and a time or a string where Jekyll has one.
 */
describe.each(['timestamps', 'timestamps-new-york'])('timestamps as jekyll build read them (%s)', (fixture) => {
  const root = path.resolve('test/fixtures/jekyll-evidence', fixture);
  const built = JSON.parse(readFileSync(path.join(root, 'built.json'), 'utf8')) as { built: Record<string, string> };

  it('gives every post the URL Jekyll built and the value type Psych read', async () => {
    const run = await runLint({ root });
    const ours = Object.fromEntries(
      run.site.posts.map((post) => {
        // What the layout printed first: `{{ page.stamp | size }}`, 0 for a time or a date.
        const stamp = post.data.stamp;
        return [`_site${post.url}index.html`, String(stamp instanceof Date ? 0 : String(stamp).length)];
      }),
    );
    // The URLs hold the date and hour (permalink /:year/:month/:day/:hour/:title/) in the site's zone.
    expect(ours).toEqual(Object.fromEntries(Object.entries(built.built).map(([file, shown]) => [file, shown.split('|')[0]])));
    expect(run.site.posts).toHaveLength(Object.keys(built.built).length);
  });
});

/** A one-key front matter `stamp: value` read by the library (the oracle) and by the fast parser (undefined when it declines). */
function stampBoth(value: string): { slow: unknown; fast: unknown } {
  const text = `---\nstamp: ${value}\n---\n`;
  const block = findFrontMatter(text)!;
  const fast = parseFrontMatterFast(text, block);
  return { slow: parseFrontMatterWithYaml(text, block).data.stamp, fast: fast === undefined ? undefined : fast.data.stamp };
}

describe('timestamps in front matter', () => {
  it.each([
    ['2019-01-02 03:00:00 +0900', '2019-01-01T18:00:00.000Z'],
    ['2019-01-02T03:00:00-0530', '2019-01-02T08:30:00.000Z'],
    ['2019-01-02 03:00:00.25 +0100', '2019-01-02T02:00:00.250Z'],
    ['2019-01-02 03:00:00 +09:00', '2019-01-01T18:00:00.000Z'],
  ])('%s is a time, in both front-matter parsers', (value, iso) => {
    const { slow, fast } = stampBoth(value);
    expect((slow as Date).toISOString()).toBe(iso);
    expect(fast === undefined || (fast as Date).toISOString() === iso).toBe(true);
  });

  it.each(['2019-01-02 10:0:0', '2019-01-02 10:05:7', '2019-01-02 23:5:0 +0900', '2019-02-30', '2019-13-01', '2019-00-10', '2019-01-00'])('%s is a string to Psych, in both front-matter parsers', (value) => {
    const { slow, fast } = stampBoth(value);
    expect(slow).toBe(value);
    expect(fast === undefined || fast === value).toBe(true);
  });

  it.each([
    ['2019-01-05', '2019-01-05T00:00:00.000Z'],
    ['2019-1-5', '2019-01-05T00:00:00.000Z'],
    ['2020-02-29', '2020-02-29T00:00:00.000Z'],
  ])('%s is a day (a Ruby Date to Psych), in both front-matter parsers', (value, iso) => {
    const { slow, fast } = stampBoth(value);
    for (const stamp of fast === undefined ? [slow] : [slow, fast]) {
      expect(stamp).toBeInstanceOf(YamlDay);
      expect((stamp as Date).toISOString()).toBe(iso);
    }
  });

  it('a day is midnight in the site time zone; a month Ruby does not have is the error Jekyll gives', () => {
    const url = (date: unknown, timezone: string) =>
      outputUrl({ kind: 'post', relativePath: '_posts/2019-01-05-a.md', collection: 'posts', frontMatter: { date }, config: { permalink: '/:year/:month/:day/:hour/:title/', timezone, collections: {} } });
    expect(url(new YamlDay(Date.UTC(2019, 0, 5)), 'America/New_York')).toMatchObject({ url: '/2019/01/05/00/a/' });
    expect(url(new YamlDay(Date.UTC(2019, 0, 5)), 'Asia/Seoul')).toMatchObject({ url: '/2019/01/05/00/a/' });
    // The same instant as a time (not a day) is 19:00 the day before in New York.
    expect(url(new Date(Date.UTC(2019, 0, 5)), 'America/New_York')).toMatchObject({ url: '/2019/01/04/19/a/' });
    expect(url('2019-01-02 10:5:0', 'America/New_York')).toMatchObject({ url: '/2019/01/02/10/a/' });
    expect(url('2019-13-01', 'UTC')).toEqual({ error: "Invalid date '2019-13-01': Document '_posts/2019-01-05-a.md' does not have a valid date in the YAML front matter." });
  });

  it('a quoted timestamp stays a string', () => {
    const text = '---\nstamp: "2019-01-02 03:00:00 +0900"\n---\n';
    expect(parseFrontMatterWithYaml(text, findFrontMatter(text)!).data.stamp).toBe('2019-01-02 03:00:00 +0900');
  });
});
