import { describe, expect, it } from 'vitest';
import { parseJekyllConfig } from '../../src/core/jekyll-config.js';
import { classify, classifyByDefinition } from '../../src/core/site.js';
import { mulberry32 } from '../../scripts/bench/generate.mjs';

// Folder and file names that take every branch of the classification: `_posts`/`_drafts` at any
// depth and after each other, collections (output or not) at the top and below a collections
// folder, hidden, underscore, `#` and `~` names, included and excluded ones, dated and undated.
const FOLDERS = ['_posts', '_drafts', '_events', '_notes', '_site2', '.well-known', '.hidden', '#tmp', 'bak~', 'assets', 'img', 'sub', 'my', 'collections', 'vendor', 'node', 'blog'];
const FILES = ['2020-01-02-post.md', '2020-01-02-post.html', '2020-1-2-x.markdown', 'post.md', 'note.txt', 'pic.png', 'Pic.PNG', '_partial.md', '.env', 'draft~', '#x.md', 'feed.xml', 'README.md', 'style.scss', '2021-02-03-a.textile'];
const CONFIGS = [
  '',
  'collections:\n  events:\n    output: true\n  notes:\n    output: false\n',
  'collections_dir: my/collections\ncollections:\n  events:\n    output: true\n  notes: {}\n',
  'exclude: [vendor, "*.png", sub/img, README.md, "assets/**/x"]\ninclude: [.well-known, _partial.md, "#tmp"]\n',
  'source: blog\ncollections: [events]\nexclude: [bak~]\n',
];

function paths(seed: number, count: number): string[] {
  // mulberry32: every bit random (an LCG's low bits repeat every few draws); its 32-bit draws.
  const next = mulberry32(seed);
  const random = (n: number): number => (next() * 2 ** 32) % n;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const depth = random(5);
    const segments = Array.from({ length: depth }, () => FOLDERS[random(FOLDERS.length)]!);
    out.push([...segments, FILES[random(FILES.length)]!].join('/'));
  }
  return out;
}

describe('classify', () => {
  it('decides each file as the definition does, in walk order and in any order, with per-folder short cuts', () => {
    const all = paths(20261129, 6000);
    for (const [k, yaml] of CONFIGS.entries()) {
      for (const order of [[...all].sort(), all]) {
        // A fresh config each time: the folder cache is per config.
        const config = parseJekyllConfig('_config.yml', yaml);
        const reference = parseJekyllConfig('_config.yml', yaml);
        for (const rel of order) expect(classify(rel, config), `config ${k}: ${rel}`).toEqual(classifyByDefinition(rel, reference));
      }
    }
  });

  it('decides the common folders: posts, drafts, plain image folders and what sits below an underscore folder', () => {
    const config = parseJekyllConfig('_config.yml', '');
    expect(classify('_posts/2020-01-02-a.md', config)).toEqual({ kind: 'post', collection: 'posts' });
    expect(classify('_posts/2019/travel/2020-01-02-b.md', config)).toEqual({ kind: 'post', collection: 'posts' });
    expect(classify('_posts/2019/notes.txt', config)).toMatchObject({ kind: 'unpublished', reason: expect.stringContaining('_posts') });
    expect(classify('blog/_drafts/idea.md', config)).toEqual({ kind: 'draft', collection: 'posts' });
    expect(classify('assets/img/posts/a/1.png', config)).toEqual({ kind: 'static' });
    expect(classify('assets/_private/1.png', config)).toMatchObject({ kind: 'unpublished', reason: expect.stringContaining('`_private`') });
    expect(classify('assets/_private/deeper/1.png', config)).toMatchObject({ kind: 'unpublished', reason: expect.stringContaining('`_private`') });
    // A `_posts` below a hidden or underscore folder is not a posts folder.
    expect(classify('_hidden/_posts/2020-01-02-a.md', config)).toMatchObject({ kind: 'unpublished' });
  });
});
