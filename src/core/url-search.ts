import type { Site } from './site.js';

/**
 * The questions asked of the published URLs only when a reference does not resolve: which URLs
 * differ from it only in case, which published files have its name, what else is in its folder.
 *
 * The first `SCAN_LIMIT` questions of each kind are answered by one pass over the URLs, the rest
 * by an index built once. A pull request has a handful of broken references, and building the
 * three indexes over a 10,000-post blog's 85,000 URLs took about half of its lint (0.13 s), while
 * a pass costs one to three milliseconds (lengths are compared before anything is cut or
 * lower-cased); a run with many broken references pays for at most eight passes of each kind and
 * each index once, so the cost stays linear in URLs plus references.
 */
export const SCAN_LIMIT = 8;

interface Questions {
  folded: number;
  named: number;
  siblings: number;
  siblingIndex?: Map<string, string[]>;
}

const asked = new WeakMap<Site, Questions>();

function questions(site: Site): Questions {
  let q = asked.get(site);
  if (!q) asked.set(site, (q = { folded: 0, named: 0, siblings: 0 }));
  return q;
}

/** The published URLs whose lower case is `lower` (itself lower-cased), in registration order. */
export function caseVariants(site: Site, lower: string): readonly string[] {
  const q = questions(site);
  if (++q.folded > SCAN_LIMIT) return site.foldedUrls.get(lower) ?? [];
  const out: string[] = [];
  for (const url of site.urls.keys()) if (lowersTo(url, lower)) out.push(url);
  return out;
}

/** URLs of the published static files named `lowerName` (lower-cased), in registration order. */
export function sameNameFiles(site: Site, lowerName: string): readonly string[] {
  const q = questions(site);
  if (++q.named > SCAN_LIMIT) return site.byName.get(lowerName) ?? [];
  const out: string[] = [];
  for (const [url, target] of site.urls) {
    if (target.kind !== 'static' || target.url !== url) continue;
    const start = url.lastIndexOf('/') + 1;
    // The name's length first (as in `lowersTo`), so that only a few names are cut and lower-cased.
    const length = url.length - start;
    if (length > lowerName.length || (length < lowerName.length && !url.includes('\u0130', start))) continue;
    if (url.slice(start).toLowerCase() === lowerName) out.push(url);
  }
  return out;
}

/** Names of the published static files directly in `folder` (a URL ending in `/`), in registration order. */
export function filesInFolder(site: Site, folder: string): readonly string[] {
  const q = questions(site);
  if (++q.siblings > SCAN_LIMIT) return (q.siblingIndex ??= folderIndex(site)).get(folder) ?? [];
  const out: string[] = [];
  for (const target of site.urls.values()) {
    if (target.kind !== 'static' || !target.url.startsWith(folder) || target.url.lastIndexOf('/') !== folder.length - 1) continue;
    out.push(target.url.slice(folder.length));
  }
  return out;
}

/** Published static URLs grouped by folder. */
function folderIndex(site: Site): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const target of site.urls.values()) {
    if (target.kind !== 'static') continue;
    const slash = target.url.lastIndexOf('/');
    const folder = target.url.slice(0, slash + 1);
    const list = index.get(folder);
    if (list) list.push(target.url.slice(slash + 1));
    else index.set(folder, [target.url.slice(slash + 1)]);
  }
  return index;
}

/**
 * `s.toLowerCase() === lower`, without lower-casing strings that cannot match: lower-casing keeps
 * the length of every string except one holding U+0130 (İ, which becomes two code units).
 */
function lowersTo(s: string, lower: string): boolean {
  if (s.length > lower.length) return false;
  if (s.length < lower.length && !s.includes('\u0130')) return false;
  return s.toLowerCase() === lower;
}
