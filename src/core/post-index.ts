import type { Site, SiteDocument } from './site.js';

/** Lookups over a site's posts, built once per site, so no rule scans every post per reference. */
export interface PostIndex {
  /** Source path -> post. */
  readonly byPath: Map<string, SiteDocument>;
  /** URL (no baseurl) -> post. */
  readonly byUrl: Map<string, SiteDocument>;
  /** Lower-cased file name without extension -> posts (`2019-02-23-x`). */
  readonly byStem: Map<string, SiteDocument[]>;
  /** Lower-cased slug (file name without date and extension) -> posts. */
  readonly bySlug: Map<string, SiteDocument[]>;
}

const cache = new WeakMap<Site, PostIndex>();

/** The post index of a site (each lookup built on its first use: a pull request's run needs one or two of them). */
export function postIndex(site: Site): PostIndex {
  let index = cache.get(site);
  if (!index) cache.set(site, (index = new LazyPostIndex(site.posts)));
  return index;
}

class LazyPostIndex implements PostIndex {
  #byPath: Map<string, SiteDocument> | undefined;
  #byUrl: Map<string, SiteDocument> | undefined;
  #byStem: Map<string, SiteDocument[]> | undefined;
  #bySlug: Map<string, SiteDocument[]> | undefined;

  constructor(private readonly posts: readonly SiteDocument[]) {}

  get byPath(): Map<string, SiteDocument> {
    return (this.#byPath ??= new Map(this.posts.map((post) => [post.path, post])));
  }

  get byUrl(): Map<string, SiteDocument> {
    if (!this.#byUrl) {
      this.#byUrl = new Map();
      for (const post of this.posts) if (post.url !== undefined && !this.#byUrl.has(post.url)) this.#byUrl.set(post.url, post);
    }
    return this.#byUrl;
  }

  get byStem(): Map<string, SiteDocument[]> {
    if (!this.#byStem) {
      this.#byStem = new Map();
      for (const post of this.posts) push(this.#byStem, stemOf(post.path).toLowerCase(), post);
    }
    return this.#byStem;
  }

  get bySlug(): Map<string, SiteDocument[]> {
    if (!this.#bySlug) {
      this.#bySlug = new Map();
      for (const post of this.posts) push(this.#bySlug, stemOf(post.path).replace(/^\d+-\d+-\d+-/, '').toLowerCase(), post);
    }
    return this.#bySlug;
  }
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
