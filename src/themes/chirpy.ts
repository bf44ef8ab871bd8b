import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Site } from '../core/site.js';
import { normalizeSitePath, pathOf, type ThemeProfile } from './theme.js';

/**
 * Chirpy (cotes2020/jekyll-theme-chirpy), `_includes/media-url.html` (7.x; inline in
 * `refactor-content.html` in 5/6): every `<img>` of a post and the preview `image`/`image.path`
 * (and `image.lqip`) become `[cdn/][media_subpath/]src` — **even when `src` starts with `/`** —
 * with `//` collapsed and `baseurl` prepended. A value containing `:` is used as is (URLs,
 * `data:` lqip). `media_subpath` (≥ 7.0) or `img_path` (≤ 6.x) come from front matter or
 * `_config.yml` defaults. A `cdn`/`img_cdn` pointing at this repository on jsDelivr maps to the
 * repository; any other CDN cannot be checked locally.
 */
export const chirpy: ThemeProfile = {
  id: 'chirpy',
  name: 'Chirpy',
  gems: /jekyll-theme-chirpy/i,
  signatureIncludes: ['_includes/media-url.html', '_includes/refactor-content.html'],
  resolvingIncludes: ['_includes/media-url.html', '_includes/refactor-content.html'],
  resolve({ site, doc }, ref, value) {
    if (!isChirpyImage(ref.source, ref.context, ref.kind)) return undefined;
    if (value.includes(':')) return { skip: 'a URL or data: value (Chirpy uses it as is)' };
    if (ref.source !== 'front-matter' && value.includes('//')) return { skip: 'Chirpy leaves a src containing // alone' };
    const cdn = cdnPrefix(site);
    if (cdn === null) return { skip: 'images are served from a CDN that is not this repository (set by `cdn:` in _config.yml)' };
    const subpath = stringValue(doc.data.media_subpath) ?? stringValue(doc.data.img_path) ?? '';
    const themed = normalizeSitePath(`${cdn}/${subpath}/${pathOf(value)}`);
    const readings = [{ label: subpath ? `Chirpy: media_subpath \`${subpath}\` + path` : 'Chirpy: site root + path', sitePath: themed }];
    return { readings, ...(subpath && value.startsWith('/') ? { unprefixed: normalizeSitePath(`${cdn}/${pathOf(value)}`) } : {}) };
  },
};

function isChirpyImage(source: string, context: string, kind: string): boolean {
  if (source === 'front-matter') return /^image(\.path|\.lqip)?$/.test(context);
  if (kind !== 'image') return false;
  if (/^include embed\/(video|audio)\.html\.(src|poster)$/.test(context)) return true;
  return context === 'markdown image' || context === 'markdown image definition' || context === 'src';
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const cdnCache = new WeakMap<Site, string | null>();

/**
 * The repository path a `cdn` maps to: '' without a CDN, the folder inside the repository for a
 * jsDelivr URL of this repository (`https://cdn.jsdelivr.net/gh/<owner>/<repo>@<ref>/<dir>`), or
 * null for a CDN bloglint cannot read.
 */
function cdnPrefix(site: Site): string | null {
  const cached = cdnCache.get(site);
  if (cached !== undefined) return cached;
  const cdn = stringValue(site.config.data.cdn) ?? stringValue(site.config.data.img_cdn);
  let result: string | null = '';
  if (cdn) {
    const m = /^https?:\/\/(?:cdn|fastly|gcore|testingcf)\.jsdelivr\.net\/gh\/([^/]+)\/([^/@]+)(?:@[^/]+)?(\/.*)?$/i.exec(cdn);
    const repo = ownRepository(site.root);
    result = m && repo && repo.toLowerCase() === `${m[1]}/${m[2]}`.toLowerCase() ? (m[3] ?? '').replace(/\/+$/, '') : null;
  }
  cdnCache.set(site, result);
  return result;
}

/** `owner/repo` of this checkout: GITHUB_REPOSITORY, else the `origin` URL in `.git/config`. */
function ownRepository(root: string): string | undefined {
  if (process.env.GITHUB_REPOSITORY) return process.env.GITHUB_REPOSITORY;
  try {
    const config = readFileSync(path.join(root, '.git', 'config'), 'utf8');
    const m = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config);
    const url = m?.[1];
    const repo = url ? /[/:]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1] : undefined;
    return repo;
  } catch {
    return undefined;
  }
}
