import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/core/run.js';
import { detectTheme } from '../../src/themes/index.js';
import { lintFiles } from '../helpers/temp-site.js';

type Row = [string, number, string];
const rows = (findings: { file: string; range: { start: { line: number } }; messageId: string }[]): Row[] => findings.map((f) => [f.file, f.range.start.line, f.messageId]);

/** Lints files with the theme detected, and again with `theme: none` (the naive, generic reading). */
async function themedAndNaive(files: Record<string, string>, only: string): Promise<{ themed: Row[]; naive: Row[] }> {
  const themed = await lintFiles(files, { only: [only] });
  const naive = await lintFiles({ ...files, '.bloglint.yml': 'theme: none\n' }, { only: [only], theme: 'none' });
  return { themed: rows(themed.findings), naive: rows(naive.findings) };
}

describe('theme detection', () => {
  const files = (...names: string[]) => new Set(names);
  it.each([
    ['remote_theme', { remoteTheme: 'cotes2020/jekyll-theme-chirpy' }, files(), 'auto', 'chirpy', false],
    ['theme gem', { theme: 'minimal-mistakes-jekyll' }, files(), 'auto', 'minimal-mistakes', false],
    ['vendored include', {}, files('_includes/smart-url'), 'auto', 'hydejack', false],
    ['gem theme with an overridden include is uncertain', { theme: 'jekyll-theme-chirpy' }, files('_includes/media-url.html'), 'auto', 'chirpy', true],
    ['user choice wins', { theme: 'jekyll-theme-chirpy' }, files(), 'minima', 'minima', false],
    ['none', { theme: 'jekyll-theme-chirpy' }, files(), 'none', undefined, false],
    ['unknown', { theme: 'jekyll-theme-cayman' }, files(), 'auto', undefined, false],
  ])('%s', (_name, config, present, choice, id, uncertain) => {
    const info = detectTheme('/nonexistent', config as { theme?: string; remoteTheme?: string }, present, choice as string);
    expect(info.profile?.id).toBe(id);
    expect(info.uncertain).toBe(uncertain);
    expect(info.reason).not.toBe('');
  });
});

describe('Chirpy', () => {
  const config = '_config.yml';
  it('resolves bare names against the site root (a naive resolver uses the post URL)', async () => {
    const r = await themedAndNaive({ [config]: 'theme: jekyll-theme-chirpy\n', 'foo.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n![x](foo.png)\n' }, '_posts/2024-01-01-a.md');
    expect(r.themed).toEqual([]);
    expect(r.naive).toEqual([['_posts/2024-01-01-a.md', 4, 'missingDidYouMean']]);
  });

  it('prefixes media_subpath to root-absolute paths too, and says how to fix it', async () => {
    const files = { [config]: 'theme: jekyll-theme-chirpy\n', 'assets/a.png': '', 'p/x/b.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\nmedia_subpath: /p/x\n---\n![a](/assets/a.png) ![b](b.png) ![b2](/b.png)\n' };
    const r = await themedAndNaive(files, '_posts/2024-01-01-a.md');
    expect(r.themed).toEqual([['_posts/2024-01-01-a.md', 5, 'subpathPrefixesRoot']]);
    // Naive: `b.png` relative to the post URL, and `/b.png` at the root, are both missing (with a "did you mean").
    expect(r.naive).toEqual([['_posts/2024-01-01-a.md', 5, 'missingDidYouMean'], ['_posts/2024-01-01-a.md', 5, 'missingDidYouMean']]);
    const { findings } = await lintFiles(files, { only: ['_posts/2024-01-01-a.md'] });
    expect(findings[0]!.suggestions?.[0]?.fix.text).toBe('../../assets/a.png');
  });

  it('takes media_subpath (or img_path) from _config.yml defaults', async () => {
    const r = await themedAndNaive(
      { [config]: 'theme: jekyll-theme-chirpy\ndefaults:\n  - scope: {path: ""}\n    values: {img_path: /d}\n', 'd/a.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n![a](a.png)\n' },
      '_posts/2024-01-01-a.md',
    );
    expect(r.themed).toEqual([]);
    expect(r.naive.length).toBe(1);
  });

  it('checks image.path and image.lqip under the subpath, never a data: lqip', async () => {
    const { findings } = await lintFiles({ [config]: 'theme: jekyll-theme-chirpy\n', 'p/cover.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\nmedia_subpath: /p\nimage:\n  path: cover.png\n  lqip: data:image/webp;base64,AAAA\n---\nx\n' }, { only: ['_posts/2024-01-01-a.md'] });
    expect(findings).toEqual([]);
    const broken = await lintFiles({ [config]: 'theme: jekyll-theme-chirpy\n', '_posts/2024-01-01-a.md': '---\ntitle: A\nmedia_subpath: /p\nimage:\n  path: cover.png\n  lqip: lqip.webp\n---\nx\n' }, { only: ['_posts/2024-01-01-a.md'] });
    expect(rows(broken.findings)).toEqual([['_posts/2024-01-01-a.md', 5, 'missing'], ['_posts/2024-01-01-a.md', 6, 'missing']]);
  });

  it('skips images served from a CDN that is not this repository (never an error)', async () => {
    const { findings } = await lintFiles({ [config]: 'theme: jekyll-theme-chirpy\ncdn: https://cdn.example.com/blog\n', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n![a](nowhere.png)\n' }, { only: ['_posts/2024-01-01-a.md'] });
    expect(findings).toEqual([]);
  });

  it('maps a jsDelivr cdn of this very repository to the repository', async () => {
    const before = process.env.GITHUB_REPOSITORY;
    process.env.GITHUB_REPOSITORY = 'me/blog';
    try {
      const cfg = 'theme: jekyll-theme-chirpy\ncdn: https://cdn.jsdelivr.net/gh/me/blog@main\n';
      const ok = await lintFiles({ [config]: cfg, 'here.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n![a](here.png) ![b](gone.png)\n' }, { only: ['_posts/2024-01-01-a.md'] });
      expect(rows(ok.findings)).toEqual([['_posts/2024-01-01-a.md', 4, 'missing']]);
    } finally {
      if (before === undefined) delete process.env.GITHUB_REPOSITORY;
      else process.env.GITHUB_REPOSITORY = before;
    }
  });

  it('resolves embed/video.html src and poster', async () => {
    const { findings } = await lintFiles({ [config]: 'theme: jekyll-theme-chirpy\n', 'p/v.mp4': '', '_posts/2024-01-01-a.md': "---\ntitle: A\nmedia_subpath: /p\n---\n{% include embed/video.html src='v.mp4' poster='nope.png' %}\n" }, { only: ['_posts/2024-01-01-a.md'] });
    expect(findings.map((f) => [f.range.start.line, f.range.start.column, f.messageId])).toEqual([[5, 49, 'missing']]);
  });
});

describe('Minimal Mistakes', () => {
  const cfg = 'remote_theme: mmistakes/minimal-mistakes\nbaseurl: /mm\n';
  it('reads header images through relative_url: a written baseurl is doubled (a naive resolver accepts it)', async () => {
    const r = await themedAndNaive({ '_config.yml': cfg, 'assets/h.jpg': '', '_posts/2024-01-01-a.md': '---\ntitle: A\nheader:\n  image: assets/h.jpg\n  overlay_image: /mm/assets/h.jpg\n---\nx\n' }, '_posts/2024-01-01-a.md');
    expect(r.themed).toEqual([['_posts/2024-01-01-a.md', 5, 'missingDidYouMean']]);
    expect(r.naive).toEqual([]);
  });

  it('checks {% include figure image_path=... %} (a naive resolver skips include parameters)', async () => {
    const r = await themedAndNaive({ '_config.yml': cfg, 'assets/f.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n{% include figure image_path="/assets/f.png" %}\n{% include figure image_path="assets/g.png" %}\n' }, '_posts/2024-01-01-a.md');
    expect(r.themed).toEqual([['_posts/2024-01-01-a.md', 5, 'missingDidYouMean']]);
    expect(r.naive).toEqual([]);
  });

  it('checks gallery[].image_path and feature_row[].image_path as site-root paths', async () => {
    const { findings } = await lintFiles({ '_config.yml': cfg, 'assets/g1.jpg': '', '_posts/2024-01-01-a.md': '---\ntitle: A\ngallery:\n  - image_path: assets/g1.jpg\n  - image_path: assets/g2.jpg\nfeature_row:\n  - image_path: /assets/g1.jpg\n---\nx\n' }, { only: ['_posts/2024-01-01-a.md'] });
    expect(rows(findings)).toEqual([['_posts/2024-01-01-a.md', 5, 'missingDidYouMean']]);
  });
});

describe('Hydejack', () => {
  const cfg = 'theme: jekyll-theme-hydejack\nbaseurl: /b\n';
  it('leaves a relative image to the browser: resolved against the post URL (a naive resolver also accepts the site root)', async () => {
    const r = await themedAndNaive({ '_config.yml': cfg, 'img/x.jpg': '', '_posts/2024-01-01-a.md': '---\ntitle: A\nimage: img/x.jpg\n---\nx\n' }, '_posts/2024-01-01-a.md');
    expect(r.themed).toEqual([['_posts/2024-01-01-a.md', 3, 'missingDidYouMean']]);
    expect(r.naive).toEqual([]);
  });

  it('removes the baseurl once from root-relative values, and checks accent_image url() and srcset', async () => {
    const { findings } = await lintFiles(
      { '_config.yml': cfg, 'img/x.jpg': '', 'img/bg.gif': '', '_posts/2024-01-01-a.md': "---\ntitle: A\nimage:\n  path: /b/img/x.jpg\n  srcset:\n    1060w: /img/x.jpg\n    530w: /img/small.jpg\naccent_image:\n  background: url('/img/bg.gif') center/cover\n---\nx\n" },
      { only: ['_posts/2024-01-01-a.md'] },
    );
    expect(rows(findings)).toEqual([['_posts/2024-01-01-a.md', 7, 'missing']]);
  });
});

describe('uncertain sites: own plugins', () => {
  it('accepts an image beside the source file (jekyll-postfiles-like plugins copy it) and says which readings failed', async () => {
    const { findings } = await lintFiles(
      { '_config.yml': 'title: t\n', '_plugins/postfiles.rb': '# copies post assets\n', '_posts/pic.png': '', '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n![ok](pic.png) ![no](nope.png)\n' },
      { only: ['_posts/2024-01-01-a.md'] },
    );
    expect(findings.map((f) => f.messageId)).toEqual(['missingTried']);
    expect(findings[0]!.message).toContain('beside the source file');
    expect(findings[0]!.message).toContain('_plugins/');
  });
});

describe('example theme sites', () => {
  it.each([
    ['chirpy', [['_posts/2024-01-01-subpath.md', 12, 'subpathPrefixesRoot'], ['_posts/2024-01-01-subpath.md', 14, 'missing']]],
    ['minimal-mistakes', [['_posts/2024-02-01-header.md', 7, 'missingDidYouMean'], ['_posts/2024-02-01-header.md', 8, 'missing'], ['_posts/2024-02-01-header.md', 15, 'caseMismatch']]],
  ])('examples/themes/%s gives exactly its expected findings', async (name, expected) => {
    const { result } = await runLint({ root: path.resolve('examples/themes', name as string) });
    expect(rows(result.findings)).toEqual(expected);
  });
});
