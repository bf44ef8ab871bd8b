import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';
import { runLint } from '../../src/core/run.js';
import { buildSite } from '../../src/core/site.js';

/**
 * The dead-link findings of a post linking `urls`, in a site made of `files`; a pull request's
 * run (`--only`, the other posts read only as far as their front matter) must give the same.
 */
async function deadLinks(files: Record<string, string>, urls: string[]): Promise<string[]> {
  const post = '_posts/2021-03-04-linker.md';
  const root = writeTempSite({ ...files, [post]: `---\ntitle: Linker\n---\n${urls.map((url, i) => `[l${i}](${url})`).join('\n')}\n` });
  try {
    const full = (await runLint({ root })).result.findings.filter((f) => f.file === post);
    const only = (await runLint({ root, only: [`${root}/${post}`] })).result.findings;
    expect(only.map((f) => [f.range.start.line, f.messageId])).toEqual(full.map((f) => [f.range.start.line, f.messageId]));
    return full.filter((f) => f.rule === 'no-dead-internal-link').map((f) => urls[f.range.start.line - 4]!);
  } finally {
    removeTempSite(root);
  }
}

const post = (name: string, frontMatter = ''): Record<string, string> => ({ [`_posts/${name}.md`]: `---\ntitle: ${name}\n${frontMatter}---\nbody\n` });

describe('pages jekyll-feed generates, as jekyll build 4.3.1 with jekyll-feed 0.17 wrote them', async () => {
  const root = realpathSync(path.resolve('test/fixtures/jekyll-evidence/plugin-pages-feed'));
  const built = JSON.parse(readFileSync(path.join(root, 'built.json'), 'utf8')) as { files: string[] };
  const site = await buildSite(root, { now: new Date('2026-01-01T00:00:00Z') });
  const generated = [...site.urls.values()].filter((t) => t.kind === 'generated').map((t) => t.url);

  it('registers exactly the feeds it wrote: custom path, categories (Korean too), a collection and its category, tags of [A-Za-z0-9_] only', () => {
    expect([...new Set(generated)].sort()).toEqual(built.files.filter((f) => f.endsWith('.xml')).map((f) => `/${f}`).sort());
    expect(site.pluginPages).toEqual({ 'jekyll-feed': generated.length });
  });

  it('publishes every file the build wrote', () => {
    for (const file of built.files) expect(site.urls.has(`/${file}`) || site.urls.has(`/${file.replace(/\.html$/, '')}`), file).toBe(true);
  });
});

describe('pages other plugins generate (from their sources)', () => {
  it('jekyll-sitemap: /sitemap.xml and /robots.txt, only when the plugin runs', async () => {
    expect(await deadLinks({ '_config.yml': 'plugins: [jekyll-sitemap]\n' }, ['/sitemap.xml', '/robots.txt', '/sitemap2.xml'])).toEqual(['/sitemap2.xml']);
    expect(await deadLinks({ '_config.yml': 'title: t\n' }, ['/sitemap.xml', '/feed.xml'])).toEqual(['/sitemap.xml', '/feed.xml']);
  });

  it('jekyll-redirect-from: each redirect_from of a published document (with and without a leading /, .html for a name), and /redirects.json', async () => {
    const files = {
      '_config.yml': 'plugins: [jekyll-redirect-from]\n',
      ...post('2020-01-01-moved', 'redirect_from:\n  - /old/\n  - old-name\n'),
      ...post('2020-01-02-one', 'redirect_from: /single.html\n'),
      ...post('2020-01-03-draft', 'published: false\nredirect_from: /never/\n'),
      'about.md': '---\ntitle: About\nredirect_from: [/about-me/]\n---\n',
    };
    expect(await deadLinks(files, ['/old/', '/old-name', '/old-name.html', '/single.html', '/about-me/', '/redirects.json', '/never/', '/single'])).toEqual(['/never/']);
  });

  it('jekyll-archives: tag and category pages at the configured permalinks, names slugified; dates when enabled', async () => {
    const files = {
      '_config.yml': 'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [categories, tags, year]\n  permalinks:\n    tag: /tags/:name/\n    category: /categories/:name/\n',
      Gemfile: 'gem "jekyll", "~> 4.3"\ngem "jekyll-archives"\n',
      ...post('2020-01-01-a', 'tags: [Machine Learning, 머신러닝]\ncategories: [Dev]\n'),
      ...post('2019-05-06-b', 'tags: web dev\n'),
      'notes/_posts/2018-02-03-c.md': '---\ntitle: c\n---\nc\n',
    };
    const urls = ['/tags/machine-learning/', '/tags/머신러닝/', '/tags/web/', '/tags/dev/', '/categories/dev/', '/categories/notes/', '/2019/', '/2021/', '/tags/nope/', '/2019/05/', '/tag/web/'];
    expect(await deadLinks(files, urls)).toEqual(['/tags/nope/', '/2019/05/', '/tag/web/']);
  });

  it('jekyll-archives is not run by GitHub Pages\' own Jekyll 3 build (not on its whitelist): only when the site bundles it', async () => {
    const files = { '_config.yml': 'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags]\n', ...post('2020-01-01-a', 'tags: [ml]\n') };
    expect(await deadLinks({ ...files, Gemfile: 'gem "jekyll", "~> 4.3"\n' }, ['/tag/ml/'])).toEqual([]);
    expect(await deadLinks(files, ['/tag/ml/'])).toEqual(['/tag/ml/']);
    expect(await deadLinks({ ...files, Gemfile: 'gem "jekyll", "~> 3.9"\ngroup :jekyll_plugins do\n  gem "jekyll-archives"\nend\n' }, ['/tag/ml/'])).toEqual([]);
  });

  it('jekyll-archives does nothing without `enabled` (its default is none)', async () => {
    expect(await deadLinks({ '_config.yml': 'plugins: [jekyll-archives]\n', Gemfile: 'gem "jekyll-archives"\n', ...post('2020-01-01-a', 'tags: [ml]\n') }, ['/tag/ml/'])).toEqual(['/tag/ml/']);
  });

  it('jekyll-paginate: pages 2..N of the posts not hidden, with an index.html at or above paginate_path', async () => {
    const posts = { ...post('2020-01-01-a'), ...post('2020-01-02-b'), ...post('2020-01-03-c', 'hidden: true\n'), ...post('2020-01-04-d') };
    // With the linker: 4 posts shown, 2 a page.
    const base = { 'index.html': '---\n---\n{{ paginator.page }}\n', ...posts };
    expect(await deadLinks({ ...base, '_config.yml': 'paginate: 2\n' }, ['/page2/', '/page3/', '/page2'])).toEqual(['/page3/']);
    expect(await deadLinks({ ...base, '_config.yml': 'paginate: 1\npaginate_path: /blog/p:num/\n' }, ['/blog/p4/', '/blog/p5/'])).toEqual(['/blog/p5/']);
    expect(await deadLinks({ ...posts, 'index.md': '---\n---\nx\n', '_config.yml': 'paginate: 1\n' }, ['/page2/'])).toEqual(['/page2/']);
    expect(await deadLinks({ ...base, '_config.yml': 'paginate: 1\npaginate_path: /page/\n' }, ['/page/'])).toEqual(['/page/']);
  });

  it('jekyll-paginate runs by default only where GitHub Pages runs it (Jekyll 3), else when the Gemfile names it', async () => {
    const site = { 'index.html': '---\n---\n', '_config.yml': 'paginate: 1\n', ...post('2020-01-01-a'), Gemfile: 'source "https://rubygems.org"\ngem "jekyll", "~> 4.3"\n' };
    expect(await deadLinks(site, ['/page2/'])).toEqual(['/page2/']);
    expect(await deadLinks({ ...site, Gemfile: `${site.Gemfile}group :jekyll_plugins do\n  gem "jekyll-paginate"\nend\n` }, ['/page2/'])).toEqual([]);
  });

  it('a theme gem brings its plugins (minima: jekyll-feed); a remote_theme does not, nor a plugin only commented out', async () => {
    expect(await deadLinks({ '_config.yml': 'theme: minima\n' }, ['/feed.xml'])).toEqual([]);
    expect(await deadLinks({ '_config.yml': 'remote_theme: jekyll/minima\n' }, ['/feed.xml'])).toEqual(['/feed.xml']);
    // Hydejack 9's gemspec brings only jekyll-include-cache: its sites list their plugins.
    expect(await deadLinks({ '_config.yml': 'theme: jekyll-theme-hydejack\n' }, ['/feed.xml'])).toEqual(['/feed.xml']);
    expect(await deadLinks({ '_config.yml': 'theme: jekyll-theme-hydejack\nplugins:\n  - jekyll-feed\n' }, ['/feed.xml'])).toEqual([]);
    expect(await deadLinks({ '_config.yml': 'title: t\n', Gemfile: '# gem "jekyll-feed"\n' }, ['/feed.xml'])).toEqual(['/feed.xml']);
    expect(await deadLinks({ '_config.yml': 'title: t\n', 'Gemfile.lock': 'GEM\n  specs:\n    jekyll-feed (0.17.0)\n      jekyll (>= 3.7, < 5.0)\n' }, ['/feed.xml'])).toEqual([]);
  });

  it('a file of the site keeps its URL: a generated page never replaces it', async () => {
    const root = writeTempSite({ '_config.yml': 'plugins: [jekyll-feed, jekyll-sitemap]\n', 'feed.xml': '<feed/>\n', 'robots.txt': '---\n---\nUser-agent: *\n' });
    try {
      const site = await buildSite(root);
      expect(site.urls.get('/feed.xml')?.kind).toBe('static');
      expect(site.urls.get('/robots.txt')?.kind).toBe('page');
      expect(site.urls.get('/sitemap.xml')?.kind).toBe('generated');
    } finally {
      removeTempSite(root);
    }
  });
});

describe('README and the like, as GitHub Pages publishes them (jekyll-optional-front-matter, jekyll-readme-index 0.3.0)', () => {
  const findingsIn = async (files: Record<string, string>): Promise<string[]> => {
    const root = writeTempSite(files);
    try {
      return (await runLint({ root })).result.findings.map((f) => `${f.file}:${f.range.start.line} ${f.messageId}`);
    } finally {
      removeTempSite(root);
    }
  };
  const linker = (urls: string[]): Record<string, string> => ({ '_posts/2021-03-04-linker.md': `---\ntitle: Linker\n---\n${urls.map((url, i) => `[l${i}](${url})`).join('\n')}\n` });

  it('README, LICENSE, CONTRIBUTING... without front matter are copied, not rendered: their links are not checked, and they have no .html page', async () => {
    const files = { '_config.yml': 'title: t\n', 'index.md': '---\n---\nhome\n', 'README.md': '# Repo\n![shot](screenshot.png)\n', 'CONTRIBUTING.md': '![x](nope.png)\n', 'docs/license.markdown': '![x](nope.png)\n', 'notes.md': '![x](nope.png)\n' };
    expect(await findingsIn({ ...files, ...linker(['/README.md', '/README.html', '/notes.html']) })).toEqual(['_posts/2021-03-04-linker.md:5 missing', 'notes.md:1 missing']);
  });

  it('a README without front matter in a folder without an index is that folder\'s index page (rendered, so checked)', async () => {
    const files = { '_config.yml': 'title: t\n', 'README.md': '# Repo\n![shot](screenshot.png)\n', 'docs/README.md': '# Docs\n', 'guide/README.md': '---\ntitle: Guide\n---\n', 'api/readme.md': '# API\n![gone](gone.png)\n', 'api/index.html': '<p>api</p>\n' };
    expect(await findingsIn({ ...files, ...linker(['/', '/docs/', '/guide/', '/guide/README.html', '/api/']) })).toEqual(['README.md:2 missing', '_posts/2021-03-04-linker.md:6 missing']);
  });

  it('readme_index: enabled: false, or Jekyll 4 without the plugin, makes no index of it', async () => {
    expect(await findingsIn({ '_config.yml': 'readme_index:\n  enabled: false\n', 'docs/README.md': '# Docs\n', ...linker(['/docs/']) })).toEqual(['_posts/2021-03-04-linker.md:4 missing']);
    expect(await findingsIn({ '_config.yml': 'title: t\n', Gemfile: 'gem "jekyll", "~> 4.3"\n', 'docs/README.md': '# Docs\n', ...linker(['/docs/']) })).toEqual(['_posts/2021-03-04-linker.md:4 missing']);
  });
});

describe('hostile settings files: what plugins run and what layouts write is read inside the root only', () => {
  it('a Gemfile or a layout that is a symlink out of the root is not read', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'bloglint-outside-'));
    writeFileSync(path.join(outside, 'Gemfile'), 'gem "jekyll", "~> 4.3"\ngem "jekyll-feed"\n');
    writeFileSync(path.join(outside, 'layout.html'), '<div id="secret"></div>\n');
    const root = writeTempSite({
      '_config.yml': 'title: t\n',
      '_posts/2020-01-02-target.md': '---\ntitle: Target\n---\n# Heading\n',
      '_posts/2021-03-04-linker.md': '---\ntitle: Linker\n---\n[f](/feed.xml) [s](/2020/01/02/target.html#secret)\n',
    });
    try {
      symlinkSync(path.join(outside, 'Gemfile'), path.join(root, 'Gemfile'));
      mkdirSync(path.join(root, '_layouts'));
      symlinkSync(path.join(outside, 'layout.html'), path.join(root, '_layouts', 'post.html'));
      const findings = (await runLint({ root })).result.findings.filter((f) => f.file === '_posts/2021-03-04-linker.md');
      expect(findings.map((f) => [f.messageId, f.data.url ?? f.data.fragment])).toEqual([
        ['missing', '/feed.xml'],
        ['deadFragment', 'secret'],
      ]);
    } finally {
      removeTempSite(root);
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
