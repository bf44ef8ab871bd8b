import type { Site } from './site.js';

/**
 * The questions asked of the published URLs only when a reference does not resolve: which URLs
 * differ from it only in case, which published files have its name, what else is in its folder.
 *
 * A run that lints a few documents (a pull request's, `--only`) answers the first `SCAN_LIMIT`
 * questions of each kind by one pass over the URLs: it meets a handful of broken references, and
 * building the three indexes over a 10,000-post blog's 85,000 URLs took about half of its lint
 * (0.13 s), while a pass costs one to three milliseconds (lengths are compared before anything is
 * cut or lower-cased). A run that lints many documents builds each index at its first question:
 * it meets many broken references (the 10,000-post benchmark has 500), and eight passes of each
 * kind cost it more than the indexes (0.13 s, measured). Either way the cost stays linear in URLs
 * plus references.
 */
export const SCAN_LIMIT = 8;

/** Runs linting more documents than this build the indexes at once. */
export const FEW_DOCUMENTS = 50;

interface Questions {
  folded: number;
  named: number;
  siblings: number;
  /** Passes allowed per kind before the index is built. */
  limit: number;
  siblingIndex?: Map<string, string[]>;
}

const asked = new WeakMap<Site, Questions>();

function questions(site: Site): Questions {
  let q = asked.get(site);
  if (!q) asked.set(site, (q = { folded: 0, named: 0, siblings: 0, limit: SCAN_LIMIT }));
  return q;
}

/** Told by `lint` how many documents it will lint, which decides between passes and indexes. */
export function planQuestions(site: Site, documents: number): void {
  questions(site).limit = documents > FEW_DOCUMENTS ? 0 : SCAN_LIMIT;
}

/** The published URLs whose lower case is `lower` (itself lower-cased), in registration order. */
export function caseVariants(site: Site, lower: string): readonly string[] {
  const q = questions(site);
  if (++q.folded > q.limit) return site.foldedUrls.get(lower) ?? [];
  const out: string[] = [];
  for (const url of site.urls.keys()) if (lowersTo(url, lower)) out.push(url);
  return out;
}

/** URLs of the published static files named `lowerName` (lower-cased), in registration order. */
export function sameNameFiles(site: Site, lowerName: string): readonly string[] {
  const q = questions(site);
  if (++q.named > q.limit) return site.byName.get(lowerName) ?? [];
  const out: string[] = [];
  // Static targets are registered under their own URL only (never ending in `/`, so no alias).
  for (const target of site.urls.values()) {
    if (target.kind !== 'static') continue;
    const url = target.url;
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
  if (++q.siblings > q.limit) return (q.siblingIndex ??= folderIndex(site)).get(folder) ?? [];
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
