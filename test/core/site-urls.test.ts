import { readFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/core/site.js';

const recorded = JSON.parse(readFileSync(new URL('../fixtures/example-blog.jekyll-urls.json', import.meta.url), 'utf8')) as {
  documents: { path: string; url: string }[];
};

describe('the example blog: URLs as a real `jekyll build` computed them', async () => {
  const site = await buildSite(realpathSync('examples/blog'), { now: new Date('2026-01-01T00:00:00Z') });
  const comparable = recorded.documents.filter((d) => !d.path.includes('broken-yaml'));

  it.each(comparable.map((d) => [d.path, decodeURI(d.url)]))('%s -> %s', (path, url) => {
    expect(site.documents.get(path)?.url).toBe(url);
    expect(site.urls.get(url)?.path).toBe(path);
  });

  it('publishes nothing Jekyll does not (every post with a URL was built)', () => {
    const built = new Set(recorded.documents.map((d) => d.path));
    const ours = [...site.documents.values()].filter((d) => d.url !== undefined).map((d) => d.path);
    expect(ours.filter((p) => !built.has(p))).toEqual([]);
  });

  it('does not give a URL to the post Jekyll publishes under the build date (YAML error)', () => {
    expect(site.documents.get('_posts/2020-07-01-broken-yaml.md')?.url).toBeUndefined();
  });
});
