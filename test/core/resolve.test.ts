import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/temp-site.js';
import { decodeSafe } from '../../src/core/resolve.js';

const config = 'baseurl: /blog\npermalink: /:categories/:year/:month/:day/:title/\n';
const post = (body: string) => `---\ntitle: Probe\n---\n${body}\n`;

describe('resolving references as the published site does', () => {
  it.each([
    ['a post_url tag in running text only has to name a post', 'Permalink: {{ site.baseurl }}{% post_url 2020-01-01-probe %}', []],
    ['`..` that climbs out of the baseurl is broken (the browser leaves /blog)', '![x](../../../../../assets/img/x.png)', [[4, 6, 'missing']]],
    ['`..` that stays inside the baseurl resolves', '![x](../../../../assets/img/x.png)', []],
    ['a root-relative body path without the baseurl is broken, with the fix', '![x](/assets/img/x.png)', [[4, 6, 'baseurlMissing']]],
    ['percent-encoded and query/fragment parts are handled', '![x]({{ site.baseurl }}/assets/img/%78.png?v=2#top)', []],
    ['an absolute URL on the site is local', '[x](https://example.com/blog/about/)', [[4, 5, 'missing']]],
    ['external and special schemes are skipped', '![x](https://cdn.example/x.png) [m](mailto:a@b.c) ![d](data:image/png;base64,AA==)', []],
  ])('%s', async (_name, body, expected) => {
    const { findings } = await lintFiles(
      { '_config.yml': `${config}url: https://example.com\n`, 'assets/img/x.png': '', '_posts/2020-01-01-probe.md': post(body as string) },
      { only: ['_posts/2020-01-01-probe.md'] },
    );
    expect(findings.map((f) => [f.range.start.line, f.range.start.column, f.messageId])).toEqual(expected);
  });

  it('the baseurl fix inserts {{ site.baseurl }} before the path', async () => {
    const { findings } = await lintFiles({ '_config.yml': config, 'assets/img/x.png': '', '_posts/2020-01-01-probe.md': post('![x](/assets/img/x.png)') }, { only: ['_posts/2020-01-01-probe.md'] });
    expect(findings[0]!.fix).toEqual({ range: { start: { line: 4, column: 6 }, end: { line: 4, column: 6 } }, text: '{{ site.baseurl }}' });
  });
});

describe('fragments as kramdown ids them', () => {
  it('a block IAL under a heading sets its id (jekyll build: test/fixtures/jekyll-urls/headings.json)', async () => {
    const { findings } = await lintFiles({
      '_config.yml': 'title: t\n',
      '_posts/2020-01-01-target.md': '---\ntitle: T\n---\n## With IAL\n{: #ial-id .klass}\n\n## Inline {#inline-id}\n\n## Plain\r\n{: #crlf-id}\r\n\nSetext\n------\n{: #setext-id}\n',
      '_posts/2020-01-02-linker.md': post('[a](/2020/01/01/target.html#ial-id) [b](/2020/01/01/target.html#with-ial) [c](/2020/01/01/target.html#inline-id) [d](/2020/01/01/target.html#crlf-id) [e](/2020/01/01/target.html#plain) [f](/2020/01/01/target.html#setext-id) [g](/2020/01/01/target.html#setext)'),
    });
    expect(findings.map((f) => [f.file, f.messageId, f.data.fragment])).toEqual([
      ['_posts/2020-01-02-linker.md', 'deadFragment', 'with-ial'],
      ['_posts/2020-01-02-linker.md', 'deadFragment', 'plain'],
      ['_posts/2020-01-02-linker.md', 'deadFragment', 'setext'],
    ]);
  });
});

describe('decodeSafe', () => {
  it('decodes percent-escapes, keeps malformed ones as written, and returns a text without any as it is', () => {
    expect(decodeSafe('/a%20b/%ED%95%9C.png')).toBe('/a b/한.png');
    expect(decodeSafe('/100%/%ZZ/%20')).toBe('/100%/%ZZ/ ');
    expect(decodeSafe('/%E0%A4%A/x')).toBe('/%E0%A4%A/x');
    expect(decodeSafe('/사진/a b.png')).toBe('/사진/a b.png');
    expect(decodeSafe('/lone-\uD800-surrogate')).toBe('/lone-\uD800-surrogate');
  });
});
