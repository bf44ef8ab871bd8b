import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf } from '../../src/core/document-scan.js';
import { buildSite } from '../../src/core/site.js';

/**
 * Heading ids as `jekyll build` 4.3.1 (kramdown, GFM input) wrote them for two posts of headings
 * in lists, quotes, HTML blocks, with IALs, code, entities, links, scripts and punctuation
 * (built.json), against the anchors bloglint's scan gives the same posts. Where kramdown and
 * CommonMark part ways bloglint follows CommonMark (but for `markdown="1"` blocks, read as kramdown
 * does), and the differences are listed here: a test
 * that fails when one of them is fixed, or when a new one appears.
 */
const ROOT = realpathSync(path.resolve('test/fixtures/jekyll-evidence/heading-ids'));
const built = JSON.parse(readFileSync(path.join(ROOT, 'built.json'), 'utf8')) as { documents: Record<string, string[]> };

/** Ids Jekyll wrote that bloglint does not find, and ids bloglint finds that Jekyll did not write. */
const KNOWN: Record<string, { jekyllOnly: string[]; bloglintOnly: string[] }> = {
  '_posts/2020-01-01-h.md': {
    // Liquid runs before markdown (`{{ site.title }}` is "t"): bloglint keeps the heading as
    // written, which marks the page's ids as made at build time (its fragments go unchecked).
    jekyllOnly: ['heading-with-t-liquid'],
    // `Dup` + `===` right under an ATX heading is a paragraph to kramdown, a setext heading to
    // CommonMark; so is a `##` indented by three spaces (kramdown wants it at the line start).
    bloglintOnly: ['Heading with {{ site.title }} liquid', 'dup-2', 'indented-three-spaces'],
  },
  '_posts/2020-01-02-h2.md': { jekyllOnly: [], bloglintOnly: [] },
};

describe('heading ids as jekyll build wrote them', async () => {
  const site = await buildSite(ROOT, { now: new Date('2026-01-01T00:00:00Z') });

  it.each(Object.entries(built.documents))('%s', (file, ids) => {
    const doc = site.documents.get(file);
    expect(doc).toBeDefined();
    const ours = anchorsOf(doc!).map((a) => a.id);
    expect({ jekyllOnly: ids.filter((id) => !ours.includes(id)), bloglintOnly: ours.filter((id) => !ids.includes(id)) }).toEqual(KNOWN[file]);
    // The ids both have come in the same order.
    const shared = ids.filter((id) => ours.includes(id));
    expect(ours.filter((id) => shared.includes(id))).toEqual(shared);
  });
});
