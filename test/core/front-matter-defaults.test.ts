import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { applyDefaults, deepMergeHashes, defaultsFor, defaultsForFile } from '../../src/core/front-matter-defaults.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/jekyll-urls/', import.meta.url));
const config = parseYaml(readFileSync(`${FIXTURES}site/_config.yml`, 'utf8')) as { defaults: unknown };
const built = JSON.parse(readFileSync(`${FIXTURES}date.json`, 'utf8')) as {
  items: { path: string; collection: string | null; defaults: Record<string, unknown> }[];
};

/** Jekyll's type for an item: `pages`, or the collection label (drafts are `posts`). */
const typeOf = (collection: string | null): string => collection ?? 'pages';

describe('defaultsFor matches jekyll build (site/_config.yml probes d_a..d_f, nested)', () => {
  it.each(built.items.map((item) => [item.path, item] as const))('%s', (_path, item) => {
    const values = defaultsFor(config.defaults, item.path, typeOf(item.collection));
    const probed = Object.fromEntries(Object.keys(item.defaults).map((key) => [key, values[key] ?? null]));
    expect(probed).toEqual(item.defaults);
  });
});

describe('defaultsFor: precedence and matching, as the fixture shows', () => {
  const at = (path: string, type: string) => defaultsFor(config.defaults, path, type);

  it.each([
    ['a longer path wins over a typed shorter one', 'devlog/_posts/2019-03-01-cats.md', 'posts', 'd_a', 'devlog'],
    ['a typed scope wins at the same path length', 'devlog/_posts/2019-03-01-cats.md', 'posts', 'd_b', 'devlog-posts'],
    ['the path is a string prefix, not a folder', 'dev/tools.md', 'pages', 'd_c', 'dev-prefix'],
    ['"dev" also matches "devlog/"', 'devlog/_drafts/draft-with-date.md', 'posts', 'd_c', 'dev-prefix'],
    ['the later of two equal scopes wins', 'about.md', 'pages', 'd_e', 'second'],
    ['a typed scope beats a later untyped one at the same path', 'blog/index.html', 'pages', 'd_d', 'blog-pages-typed-first'],
    ['type "post" is read as "posts"', '_posts/2019-02-23-hello-world.md', 'posts', 'd_d', 'deprecated-post-type'],
    ['a glob matches through a folder it lists', 'docs/sub/deep.markdown', 'pages', 'd_a', 'docs-glob'],
    ['"*.md" does not cross "/"', 'docs/guide.md', 'pages', 'd_f', undefined],
    ['"*.md" matches at the root', 'about.md', 'pages', 'd_f', 'root-md-glob'],
    ['a leading "/" in the scope path never matches', 'docs/sub/deep.markdown', 'pages', 'd_b', undefined],
    ['a "drafts" type never matches (drafts are posts)', '_drafts/undated-draft.md', 'posts', 'd_b', 'posts'],
  ])('%s', (_name, path, type, key, expected) => {
    expect(at(path, type)[key]).toBe(expected);
  });

  it('merges hash values deeply', () => {
    expect(at('devlog/x.md', 'pages').nested).toEqual({ x: 'all-x', y: 'devlog-y' });
  });

  it('ignores anything that is not a list of {values: {}} entries', () => {
    expect(defaultsFor(undefined, 'a.md', 'pages')).toEqual({});
    expect(defaultsFor({ scope: {} }, 'a.md', 'pages')).toEqual({});
    expect(defaultsFor([{ scope: { path: '' } }, 'x', { values: { a: 1 } }], 'a.md', 'pages')).toEqual({ a: 1 });
  });

  it('strips collections_dir from scope paths of documents', () => {
    const defaults = [{ scope: { path: 'my/_posts' }, values: { a: 1 } }];
    expect(defaultsFor(defaults, 'my/_posts/2019-01-01-x.md', 'posts', { collectionsDir: 'my' })).toEqual({ a: 1 });
    expect(defaultsFor([{ scope: { path: '_posts' }, values: { a: 1 } }], 'my/_posts/x.md', 'posts', { collectionsDir: 'my' })).toEqual({ a: 1 });
  });
});

describe('applyDefaults', () => {
  it('unites categories, defaults first (blog/_posts/2019-03-19-defaults.md)', () => {
    expect(applyDefaults({ categories: ['fromdefault'] }, { categories: ['own', 'fromdefault'] }).categories).toEqual(['fromdefault', 'own']);
    expect(applyDefaults({ categories: ['fromdefault'] }, { categories: 'own-string other' }).categories).toEqual(['fromdefault', 'own-string', 'other']);
  });

  it('lets front matter win otherwise, merging hashes', () => {
    expect(applyDefaults({ layout: 'post', a: { x: 1, y: 2 } }, { layout: 'page', a: { y: 3 } })).toEqual({ layout: 'page', a: { x: 1, y: 3 } });
  });
});

describe('deepMergeHashes', () => {
  it('keeps the old value when the new one is null, replaces arrays', () => {
    expect(deepMergeHashes({ a: 1, b: [1, 2], c: { d: 1 } }, { a: null, b: [3], c: { e: 2 } })).toEqual({ a: 1, b: [3], c: { d: 1, e: 2 } });
  });
});

describe('deepMergeHashes keeps every key an own, plain entry', () => {
  it('treats `__proto__` and names of Object.prototype members as ordinary front-matter keys', () => {
    const overwrite = JSON.parse('{"__proto__": {"polluted": true}, "constructor": null, "toString": "x"}') as Record<string, unknown>;
    const merged = deepMergeHashes({ layout: 'post' }, overwrite);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['layout', '__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toEqual({ polluted: true });
    expect(merged.constructor).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('merges nested hashes and lets null keep the default, as Jekyll::Utils.deep_merge_hashes does', () => {
    expect(deepMergeHashes({ image: { path: '/a.png', alt: 'a' }, toc: true }, { image: { alt: 'b' }, toc: null })).toEqual({ image: { path: '/a.png', alt: 'b' }, toc: true });
  });
});

describe('defaultsForFile', () => {
  it('gives what defaultsFor gives, sharing one object per folder and type only where the folder decides', () => {
    // Scope paths shorter and longer than the folders, prefixes of file names, globs, leading `/`, types.
    const sets = [
      [{ scope: { path: '' }, values: { layout: 'post' } }, { scope: { path: '_posts', type: 'posts' }, values: { comments: true } }],
      [{ scope: { path: '_posts/2020' }, values: { year: 2020 } }, { scope: { path: 'docs' }, values: { layout: 'doc' } }, { scope: { type: 'pages' }, values: { layout: 'page' } }],
      [{ scope: { path: 'docs/*' }, values: { glob: true } }, { scope: { path: 'docs' }, values: { layout: 'doc', nested: { a: 1 } } }, { scope: { path: '**/a.md' }, values: { named: true } }],
      [{ scope: { path: '/docs' }, values: { never: true } }, { scope: { path: 'docs/a', type: 'pages' }, values: { a: true } }, { scope: { path: 'docs/' }, values: { b: true } }],
    ];
    const paths = ['_posts/2020-01-01-a.md', '_posts/2021-01-01-b.md', '_posts/sub/2020-02-02-c.md', 'docs/a.md', 'docs/b.md', 'docs/a/x.md', 'docs/ab.md', 'docsx/a.md', 'index.md', 'about/index.md', 'a-longer-folder/a.md', 'a-longer-folder/b.md'];
    const types = ['posts', 'pages', 'drafts', 'recipes'];
    for (const defaults of sets) {
      // Twice, in two orders: the second round is answered from what the first kept.
      for (let round = 0; round < 2; round++) {
        for (const type of types) {
          for (const path of round === 0 ? paths : [...paths].reverse()) expect(defaultsForFile(defaults, path, type), `${type} ${path}`).toEqual(defaultsFor(defaults, path, type));
        }
      }
    }
    // Shared where the folder decides (no glob, every scope path within the folder's path)...
    expect(defaultsForFile(sets[0], '_posts/2020-01-01-a.md', 'posts')).toBe(defaultsForFile(sets[0], '_posts/2021-01-01-b.md', 'posts'));
    // ...not where a scope path reaches into the file names, or with a glob.
    expect(defaultsForFile(sets[1], '_posts/2020-01-01-a.md', 'posts')).not.toBe(defaultsForFile(sets[1], '_posts/2021-01-01-b.md', 'posts'));
    expect(defaultsForFile(sets[1], '_posts/2020-01-01-a.md', 'posts')).toEqual({ year: 2020 });
    expect(defaultsForFile(sets[2], 'docs/a.md', 'pages')).not.toBe(defaultsForFile(sets[2], 'docs/b.md', 'pages'));
  });
});
