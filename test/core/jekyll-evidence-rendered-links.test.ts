import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/core/document-scan.js';
import { buildSite } from '../../src/core/site.js';
import { maskKramdownExtensions } from '../../src/parse/kramdown-extensions.js';

/**
 * Every image and link `jekyll build` 4.3.1 rendered from a post of the forms blogs use (titles,
 * angle brackets, references, IALs, tables, footnotes, `{% raw %}`, escapes, entities, kramdown's
 * `{::comment}` and `{::nomarkdown}` blocks and spans), against the references bloglint's scan
 * finds in it. Known differences, listed: a shortcut reference image (`![shortcut]`) is an image
 * to CommonMark, text to kramdown; autolinks to other sites are not recorded (never checked).
 */
const ROOT = realpathSync(path.resolve('test/fixtures/jekyll-evidence/rendered-links'));
const FILE = '_posts/2020-01-01-l.md';
const built = JSON.parse(readFileSync(path.join(ROOT, 'built.json'), 'utf8')) as { images: string[]; links: string[] };
const decode = (url: string): string => decodeURI(url);

describe('images and links as jekyll build rendered them', async () => {
  const site = await buildSite(ROOT, { now: new Date('2026-01-01T00:00:00Z') });
  const scan = scanDocument(site.documents.get(FILE)!);

  it('finds every rendered image, and the one CommonMark shortcut image kramdown leaves as text', () => {
    const ours = scan.body.filter((r) => r.kind === 'image').map((r) => decode(r.value));
    expect(ours.filter((url) => !built.images.map(decode).includes(url))).toEqual(['/img/shortcut.png']);
    expect(built.images.map(decode).filter((url) => !ours.includes(url))).toEqual([]);
  });

  it('finds every rendered link on the site (footnote back-links and other sites aside)', () => {
    const ours = scan.body.filter((r) => r.kind === 'link').map((r) => decode(r.value));
    const local = built.links.filter((href) => !href.startsWith('#fn') && !/^https?:/.test(href)).map(decode);
    // kramdown renders footnotes at the end; the scan keeps source order.
    expect(ours.filter((url) => !/^https?:/.test(url)).sort()).toEqual(local.sort());
  });

  it('reads nothing in kramdown comments, and only HTML in nomarkdown blocks', () => {
    const values = scan.body.map((r) => r.value);
    for (const hidden of ['/img/comment.png', '/img/nomd.png', '/img/nomd2.png', '/img/inline-comment.png']) expect(values).not.toContain(hidden);
    expect(values).toContain('/img/nomd-html.png');
    expect(values).toContain('/nomd-inline/');
  });
});

describe('maskKramdownExtensions', () => {
  it('keeps the length and every line break, and leaves unclosed or unknown extensions alone', () => {
    const text = 'a {::comment}x\r\ny{:/comment} b\n{::nomarkdown}<i>{:/}\n{::options parse_block_html="true" /}\n{::comment}never closed';
    const { markdown, raw } = maskKramdownExtensions(text);
    expect(markdown).toHaveLength(text.length);
    expect([...markdown].filter((c) => c === '\n' || c === '\r').join('')).toBe([...text].filter((c) => c === '\n' || c === '\r').join(''));
    const blank = (t: string, part: string): string => t.replace(part, ' '.repeat(part.length));
    expect(markdown).toBe(blank(blank(blank(text, '{::comment}x'), 'y{:/comment}'), '{::nomarkdown}<i>{:/}'));
    expect(raw.map((r) => text.slice(r.start, r.end))).toEqual(['<i>']);
    expect(maskKramdownExtensions('no extensions')).toEqual({ markdown: 'no extensions', raw: [] });
  });
});

describe('maskKramdownExtensions on hostile input', () => {
  it('100,000 openers without a closer, and as many closers without openers: one pass each', () => {
    const openers = '{::comment}'.repeat(100_000);
    expect(maskKramdownExtensions(openers).markdown).toBe(openers);
    const closers = `{::comment}x{:/}${'{:/}'.repeat(100_000)}`;
    expect(maskKramdownExtensions(closers).markdown).toBe(`${' '.repeat(16)}${'{:/}'.repeat(100_000)}`);
  });
});
