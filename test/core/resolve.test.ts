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

describe('fragments whose ids Liquid makes at build time', () => {
  it('a tag page\'s `id="{{ tag[0] | slugify }}"` or a heading Liquid writes: the ids cannot be known, so no fragment is reported; plain ids still are', async () => {
    const { findings } = await lintFiles({
      '_config.yml': 'title: t\n',
      'tags.html': '---\npermalink: /tags/\n---\n{% for tag in site.tags %}<h2 id="{{ tag[0] | slugify }}">{{ tag[0] }}</h2>{% endfor %}\n',
      'about.md': '---\ntitle: About\n---\n# About me\n## {{ page.title }} notes\n',
      'plain.md': '---\ntitle: Plain\n---\n# Plain\n<h2 id="fixed">x</h2>\n',
      '_posts/2020-01-01-probe.md': post('[a](/tags/#ml) [b](/about.html#about-notes) [c](/plain.html#fixed) [d](/plain.html#gone)'),
    });
    expect(findings.map((f) => [f.messageId, f.data.fragment, f.data.example])).toEqual([['deadFragment', 'gone', 'plain']]);
  });
});

describe('fragments the site\'s own layouts write', () => {
  it('an id in _layouts or _includes (#comments, #disqus_thread) is on every page they render; a Liquid-made one there does not count', async () => {
    const { findings } = await lintFiles({
      '_config.yml': 'title: t\n',
      '_layouts/post.html': '<article>{{ content }}</article>\n<div id="comments"></div><div id=\'post-{{ page.slug }}\'></div>\n',
      '_includes/disqus.html': '<div  id = "disqus_thread"></div>\n',
      '_posts/2020-01-02-target.md': '---\ntitle: Target\n---\n# Heading\n',
      '_posts/2020-01-01-probe.md': post('[a](/2020/01/02/target.html#comments) [b](/2020/01/02/target.html#disqus_thread) [c](/2020/01/02/target.html#post-target) [d](/2020/01/02/target.html#heading)'),
    });
    expect(findings.map((f) => [f.messageId, f.data.fragment])).toEqual([['deadFragment', 'post-target']]);
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

describe('. and .. segments in a root-relative path, as the browser drops them', () => {
  const files = { '_config.yml': config, 'assets/img/x.png': '' };
  const lint = (body: string, frontMatter = 'title: Probe\n') => lintFiles({ ...files, '_posts/2020-01-01-probe.md': `---\n${frontMatter}---\n${body}\n` }, { only: ['_posts/2020-01-01-probe.md'] });

  it.each([
    ['`..` after the baseurl that stays inside it resolves', '![x]({{ site.baseurl }}/assets/../assets/img/x.png)', []],
    ['`.` segments resolve', '![x](/blog/./assets/img/./x.png)', []],
    ['`..` that climbs out of the baseurl is broken, and says so', '![x]({{ site.baseurl }}/../assets/img/x.png)', [[4, 6, 'missing', '/assets/img/x.png', "is outside the site's baseurl /blog"]]],
    ['a dotted path to nothing is reported at the path the browser asks for', '![x](/blog/assets/../img/gone.png)', [[4, 6, 'missing', '/img/gone.png', undefined]]],
  ])('%s', async (_name, body, expected) => {
    const { findings } = await lint(body as string);
    expect(findings.map((f) => [f.range.start.line, f.range.start.column, f.messageId, f.data.url, f.data.reason])).toEqual(expected);
  });

  it('a front-matter path climbing out of the baseurl is broken; one staying inside resolves', async () => {
    const out = await lint('', 'title: Probe\nimage: ../assets/img/x.png\n');
    expect(out.findings.map((f) => [f.messageId, f.data.url, f.data.reason])).toEqual([['missing', '/assets/img/x.png', "is outside the site's baseurl /blog"]]);
    expect(out.findings[0]!.message).toContain("(it is outside the site's baseurl /blog)");
    expect((await lint('', 'title: Probe\nimage: ./assets/img/../img/x.png\n')).findings).toEqual([]);
  });

  it('without a baseurl, `/../x` is `/x` (it was reported missing before)', async () => {
    const { findings } = await lintFiles(
      { '_config.yml': 'title: t\n', 'assets/x.png': '', '_posts/2020-01-01-probe.md': '---\ntitle: Probe\nimage: ../assets/x.png\n---\n![x](/../assets/x.png) ![y](/assets/./x.png)\n' },
      { only: ['_posts/2020-01-01-probe.md'] },
    );
    expect(findings).toEqual([]);
  });
});

describe('a reference and a file in different Unicode forms (NFC, NFD)', () => {
  const nfc = (s: string): string => s.normalize('NFC');
  const nfd = (s: string): string => s.normalize('NFD');
  const lint = (files: Record<string, string>) => lintFiles({ '_config.yml': 'title: t\n', ...files }, { only: ['_posts/2020-01-01-probe.md'] });

  it('a composed reference to a file named decomposed (as macOS saves it): the file is to be renamed, no edit', async () => {
    const { findings } = await lint({ [`assets/${nfd('사진')}.png`]: '', '_posts/2020-01-01-probe.md': `---\ntitle: Probe\n---\n![x](/assets/${nfc('사진')}.png)\n` });
    expect(findings.map((f) => [f.rule, f.messageId, f.data.url, f.data.actual])).toEqual([['no-missing-image', 'unicodeForm', `/assets/${nfc('사진')}.png`, `/assets/${nfd('사진')}.png`]]);
    expect(findings[0]!.message).toContain('the reference is composed (NFC), the file name decomposed (NFD)');
    expect(findings[0]!.message).toContain('Rename the file');
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('a decomposed reference to a file named composed: --fix writes the path composed', async () => {
    const { findings } = await lint({ [`assets/${nfc('사진')}.png`]: '', '_posts/2020-01-01-probe.md': `---\ntitle: Probe\n---\n![x](/assets/${nfd('사진')}.png?v=1)\n` });
    expect(findings.map((f) => [f.messageId, f.data.refForm, f.data.fileForm])).toEqual([['unicodeForm', 'decomposed (NFD)', 'composed (NFC)']]);
    const raw = `/assets/${nfd('사진')}.png`;
    expect(findings[0]!.fix).toEqual({ range: { start: { line: 4, column: 6 }, end: { line: 4, column: 6 + raw.length } }, text: `/assets/${nfc('사진')}.png` });
  });

  it('a reference in a mix of forms to a file named decomposed gets no edit (composing it would miss the file too)', async () => {
    const { findings } = await lint({ [nfd('assets/사진/풍경.png')]: '', '_posts/2020-01-01-probe.md': `---\ntitle: Probe\n---\n![x](/${nfd('assets/사진/')}${nfc('풍경')}.png)\n` });
    expect(findings.map((f) => [f.messageId, f.data.refForm, f.data.fileForm])).toEqual([['unicodeForm', 'a mix of composed and decomposed', 'decomposed (NFD)']]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('a link to a post whose file name is decomposed', async () => {
    const { findings } = await lint({ [`_posts/2020-01-02-${nfd('안녕')}.md`]: '---\ntitle: Hi\n---\nhi\n', '_posts/2020-01-01-probe.md': `---\ntitle: Probe\n---\n[hi](/2020/01/02/${nfc('안녕')}.html)\n` });
    expect(findings.map((f) => [f.rule, f.messageId, f.data.actual])).toEqual([['no-dead-internal-link', 'unicodeForm', `/2020/01/02/${nfd('안녕')}.html`]]);
  });

  it('the same form, or a file in neither form, is no Unicode finding', async () => {
    expect((await lint({ [`assets/${nfd('사진')}.png`]: '', '_posts/2020-01-01-probe.md': `---\ntitle: Probe\n---\n![x](/assets/${nfd('사진')}.png)\n` })).findings).toEqual([]);
    const gone = await lint({ '_posts/2020-01-01-probe.md': `---\ntitle: Probe\n---\n![x](/assets/${nfc('사진')}.png)\n` });
    expect(gone.findings.map((f) => f.messageId)).toEqual(['missing']);
  });
});
