import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBlog } from '../../scripts/bench/generate.mjs';
import { findFrontMatter } from '../../src/parse/front-matter.js';
import { maskLiquid } from '../../src/parse/liquid.js';
import { scanMarkdown, type MarkdownScan } from '../../src/parse/markdown.js';
import { scanMarkdownFast } from '../../src/parse/markdown-fast.js';

/** The micromark extractor is the oracle: the fast one must find the same spans, or decline. */
function both(text: string): { oracle: MarkdownScan; fast: MarkdownScan | undefined } {
  const block = findFrontMatter(text);
  const bodyStart = block ? block.bodyStart : 0;
  const body = text.slice(bodyStart);
  const { masked } = maskLiquid(body);
  return { oracle: scanMarkdown(masked, body, bodyStart), fast: scanMarkdownFast(masked, body, bodyStart) };
}

const shape = (s: MarkdownScan) => ({
  references: s.references.map((r) => `${r.kind} ${r.start}-${r.end} ${r.raw}`),
  html: s.html.map((h) => `${h.start}-${h.end}`),
  headings: s.headings.map((h) => `${h.start}-${h.end} ${h.raw}`),
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return markdownFiles(p);
    return /\.md$/.test(name) ? [p] : [];
  });
}

const CASES: [string, string][] = [
  ['inline image and link', '![a](x.png) [b](y.html "t") ![c](<z z.png>)\n'],
  ['reference style', '![img][r] [link][] [short]\n\n[r]: a.png\n[link]: <b c.html> "t"\n[short]: /s\n[unused]: /u\n'],
  ['code is not a link', '```\n![a](x.png)\n```\n\n    ![b](y.png)\n\n`![c](z.png)` and ![d](w.png)\n'],
  ['html inline and block', 'text <img src="a.png"> more\n\n<div>\n<img src="b.png">\n</div>\n\n<!-- ![c](x) -->\n'],
  ['blockquote and list', '> quote ![a](q.png)\n> more [b](r.html)\n\n- item ![c](s.png)\n  continued [d](t.html)\n\n1. one\n   ![e](u.png)\n'],
  ['headings', '# Title\n\n## Sub {#custom}\n\nSetext\n======\n\n### Closed ###\n'],
  ['CRLF', '# H\r\n\r\n![a](x.png)\r\nand [b](y.html)\r\n'],
  ['nested brackets and escapes', '[a [b] c](x.html) \\[not](y.html) [e\\]f](z.html) ![alt *em*](w.png)\n'],
  ['link in image in link', '[![badge](b.svg)](https://ci.example/x)\n'],
  ['Liquid masked', '![a]({{ site.baseurl }}/a.png) [p]({% post_url 2020-01-01-x %})\n'],
  ['Korean', '## 한글 제목\n\n![사진](/assets/한글%20사진.png) [위로](#한글-제목)\n'],
  ['hard break and trailing spaces', 'line one  \n![a](x.png)   \n'],
  ['empty destination', '[a]() ![b](<>)\n'],
  // Paragraph lines are mapped as the ends of their source lines without comparing every
  // character: the cases where a line is not quite that suffix.
  ['paragraph trimmed of Unicode white space', '![a](x.png) 끝\u3000\u3000\n\n[b](y.html)\u00a0\n'],
  ['lazy continuation in a quote', '> first [a](x.html)\nlazy ![b](y.png)\n'],
  ['closing hashes like the text', '# ## [x](a.html) ##\n\n## b #b ##\n'],
];

/** Cases the fast extractor may hand to the oracle (a span it cannot map exactly); if it answers, it agrees. */
const MAY_DECLINE: [string, string][] = [
  ['tab-indented continuation', '- item\n\t![a](x.png) [b](y.html)\n\n>\t![c](z.png)\n'],
  ['the same link twice in a table row', '| a | b |\n| - | - |\n| [x](same.html) | [x](same.html) |\n'],
  ['a tab inside a paragraph line', 'text\t![a](x.png)\n  \t[b](y.html)\n'],
];

describe('fast markdown extractor agrees with the micromark oracle', () => {
  it.each(CASES)('%s', (_name, text) => {
    const { oracle, fast } = both(text);
    expect(fast).toBeDefined();
    expect(shape(fast!)).toEqual(shape(oracle));
  });

  it.each(MAY_DECLINE)('%s (may decline)', (_name, text) => {
    const { oracle, fast } = both(text);
    expect(oracle.references.length).toBeGreaterThan(0);
    if (fast) expect(shape(fast)).toEqual(shape(oracle));
  });

  const files = [...markdownFiles('examples/blog'), '../shared/seed-post.md'].filter((f) => {
    try {
      statSync(f);
      return true;
    } catch {
      return false;
    }
  });
  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const { oracle, fast } = both(text);
    expect(fast).toBeDefined();
    expect(shape(fast!)).toEqual(shape(oracle));
  });

  it.each([
    ['a tab in a container prefix', '>\t![a](tab.png)\n', ['tab.png']],
    ['a GFM table (cells are mapped per row, or declined)', '| a | b |\n|---|---|\n| ![x](x.png) | [y](y.html) |\n', ['x.png', 'y.html']],
  ])('declines (for the oracle to take over) rather than guess: %s', (_name, text, raws) => {
    const { oracle, fast } = both(text as string);
    if (fast) expect(shape(fast)).toEqual(shape(oracle));
    expect(oracle.references.map((r) => r.raw)).toEqual(raws);
  });
});

describe('fast markdown extractor agrees with the micromark oracle on a generated corpus', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  generateBlog({ posts: 120, outDir: dir, seed: 7 });
  const posts = markdownFiles(dir).filter((f) => f.includes('_posts'));

  it('has a corpus to compare', () => {
    expect(posts.length).toBeGreaterThanOrEqual(120);
  });

  it('finds the same references, HTML spans and headings in every generated post', () => {
    let declined = 0;
    let references = 0;
    for (const file of posts) {
      const { oracle, fast } = both(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      if (!fast) {
        declined++;
        continue;
      }
      expect(shape(fast), file).toEqual(shape(oracle));
      references += fast.references.length;
    }
    expect(declined).toBe(0);
    expect(references).toBeGreaterThan(posts.length * 5);
  });
});
