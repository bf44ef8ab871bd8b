import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf, scanDocument } from '../../src/core/document-scan.js';
import { buildSite } from '../../src/core/site.js';

/**
 * kramdown's `markdown="1"` attribute (`<div class="notice" markdown="1">`): `jekyll build` 4.3.1
 * rendered the content of such HTML blocks as markdown, nested ones and `markdown="block"` too,
 * and kept `markdown="0"` and plain `<div>`s raw (built.json). bloglint's scan must find what was
 * rendered: the images, the links, the heading ids. One known difference, CommonMark's: a plain
 * `<div>` ends at its first blank line there, so the image after it is read as markdown, which
 * kramdown kept as text inside the div.
 */
const ROOT = realpathSync(path.resolve('test/fixtures/jekyll-evidence/kramdown-markdown-attribute'));
const FILE = '_posts/2020-01-01-m.md';
const built = JSON.parse(readFileSync(path.join(ROOT, 'built.json'), 'utf8')) as { images: string[]; links: string[]; headings: string[] };

describe('markdown inside HTML blocks marked markdown="1", as jekyll build rendered it', async () => {
  const site = await buildSite(ROOT, { now: new Date('2026-01-01T00:00:00Z') });
  const doc = site.documents.get(FILE)!;

  it('finds every image and link Jekyll rendered, and none it kept raw but the CommonMark one', () => {
    const scan = scanDocument(doc);
    expect(scan.body.filter((r) => r.kind === 'image').map((r) => r.value)).toEqual([...built.images, '/assets/after-blank.png']);
    expect(scan.body.filter((r) => r.kind === 'link').map((r) => r.value)).toEqual(built.links);
  });

  it('gives the headings the ids Jekyll gave', () => {
    expect(anchorsOf(doc).map((a) => a.id)).toEqual(built.headings);
  });

  it('places each reference on its source text', () => {
    const text = doc.read.ok ? doc.read.text : '';
    for (const ref of scanDocument(doc).body) expect(text.slice(ref.start, ref.end)).toBe(ref.raw);
  });
});

describe('markdown="1" blocks in hostile numbers', () => {
  it('nested far deeper than followed, and by the thousand: a result, in linear time', async () => {
    const { scanMarkdownBody } = await import('../../src/parse/kramdown-html-markdown.js');
    const nested = `${Array.from({ length: 200 }, (_, i) => `<div markdown="1">\n![d${i}](/d${i}.png)`).join('\n')}\n${'</div>\n'.repeat(200)}`;
    const deep = scanMarkdownBody(nested, nested, 0);
    // Followed 16 deep: the images of the 16 outermost blocks.
    expect(deep.references.map((r) => r.value)).toEqual(Array.from({ length: 16 }, (_, i) => `/d${i}.png`));
    const many = Array.from({ length: 3000 }, (_, i) => `<div markdown="1">\n![m${i}](/m${i}.png)\n</div>\n`).join('\n');
    const wide = scanMarkdownBody(many, many, 0);
    expect(wide.references).toHaveLength(3000);
    for (const ref of wide.references) expect(many.slice(ref.start, ref.end)).toBe(ref.raw);
  });
});
