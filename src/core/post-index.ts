import type { Site, SiteDocument } from './site.js';

/** Lookups over a site's posts, built once per site, so no rule scans every post per reference. */
export interface PostIndex {
  /** Source path -> post. */
  byPath: Map<string, SiteDocument>;
  /** URL (no baseurl) -> post. */
  byUrl: Map<string, SiteDocument>;
  /** Lower-cased file name without extension -> posts (`2019-02-23-x`). */
  byStem: Map<string, SiteDocument[]>;
  /** Lower-cased slug (file name without date and extension) -> posts. */
  bySlug: Map<string, SiteDocument[]>;
}

const cache = new WeakMap<Site, PostIndex>();

/** The post index of a site (built on first use). */
export function postIndex(site: Site): PostIndex {
  let index = cache.get(site);
  if (index) return index;
  index = { byPath: new Map(), byUrl: new Map(), byStem: new Map(), bySlug: new Map() };
  for (const post of site.posts) {
    index.byPath.set(post.path, post);
    if (post.url !== undefined && !index.byUrl.has(post.url)) index.byUrl.set(post.url, post);
    const stem = stemOf(post.path);
    push(index.byStem, stem.toLowerCase(), post);
    push(index.bySlug, stem.replace(/^\d+-\d+-\d+-/, '').toLowerCase(), post);
  }
  cache.set(site, index);
  return index;
}

/** File name without folder and extension. */
export function stemOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function push(map: Map<string, SiteDocument[]>, key: string, post: SiteDocument): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}
