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
 * kind cost it more than the indexes (0.13 s in a CPU profile of the 10k run). Either way the cost stays linear in URLs
 * plus references.
 *
 * Passes and indexes work on the URLs as the site keeps them, without their leading `/`
 * (`PublishedUrls#tails`): no URL string is made for a URL that is not an answer.
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
  /** Lower-cased URL tail -> URL tails. */
  foldedIndex?: Map<string, string[]>;
  /** Lower-cased file name -> URL tails of static files. */
  nameIndex?: Map<string, string[]>;
  /** Folder URL -> names of the static files in it. */
  folderIndex?: Map<string, string[]>;
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
  if (lower.charCodeAt(0) !== 0x2f) return [];
  const lowerTail = lower.slice(1);
  const q = questions(site);
  if (++q.folded > q.limit) return withSlash((q.foldedIndex ??= foldedIndex(site)).get(lowerTail));
  const out: string[] = [];
  site.urls.forEachTail((_, tail) => {
    if (lowersTo(tail, lowerTail)) out.push(`/${tail}`);
  });
  return out;
}

/** URLs of the published static files named `lowerName` (lower-cased), in registration order. */
export function sameNameFiles(site: Site, lowerName: string): readonly string[] {
  const q = questions(site);
  if (++q.named > q.limit) return withSlash((q.nameIndex ??= nameIndex(site)).get(lowerName));
  const out: string[] = [];
  site.urls.forEachTail((entry, tail) => {
    if (!isStatic(entry)) return;
    const start = tail.lastIndexOf('/') + 1;
    // The name's length first (as in `lowersTo`), so that only a few names are cut and lower-cased.
    const length = tail.length - start;
    if (length > lowerName.length || (length < lowerName.length && !tail.includes('\u0130', start))) return;
    if (tail.slice(start).toLowerCase() === lowerName) out.push(`/${tail}`);
  });
  return out;
}

/** Names of the published static files directly in `folder` (a URL ending in `/`), in registration order. */
export function filesInFolder(site: Site, folder: string): readonly string[] {
  if (folder.charCodeAt(0) !== 0x2f) return [];
  const q = questions(site);
  if (++q.siblings > q.limit) return (q.folderIndex ??= folderIndex(site)).get(folder) ?? [];
  const folderTail = folder.slice(1);
  const out: string[] = [];
  site.urls.forEachTail((entry, tail) => {
    if (isStatic(entry) && tail.startsWith(folderTail) && tail.lastIndexOf('/') === folderTail.length - 1) out.push(tail.slice(folderTail.length));
  });
  return out;
}

/** What a URL that is not published raises (`finish` in resolve.ts asks in this order, each only if the one before gives no answer). */
export interface MissingUrlAnswers {
  /** `caseVariants` of the URL. */
  folded: readonly string[];
  /** `sameNameFiles` of its name, lower-cased. */
  sameName(): readonly string[];
  /** `filesInFolder` of its folder. */
  siblings(): readonly string[];
}

/**
 * The three questions of a missing URL: while a run answers by passes over the URLs, by one pass
 * for the three (a pull request meets a few broken references, and three passes over 85,000 URLs
 * each were about two thirds of their cost); else each from its index when first asked.
 */
export function missingUrlAnswers(site: Site, sitePath: string): MissingUrlAnswers {
  const q = questions(site);
  const slash = sitePath.lastIndexOf('/');
  const lowerName = sitePath.slice(slash + 1).toLowerCase();
  const folder = sitePath.slice(0, slash + 1);
  if (sitePath.charCodeAt(0) !== 0x2f || Math.max(q.folded, q.named, q.siblings) >= q.limit) {
    return { folded: caseVariants(site, sitePath.toLowerCase()), sameName: () => sameNameFiles(site, lowerName), siblings: () => filesInFolder(site, folder) };
  }
  q.folded++;
  q.named++;
  q.siblings++;
  const lowerTail = sitePath.toLowerCase().slice(1);
  const folderTail = folder.slice(1);
  const folded: string[] = [];
  const named: string[] = [];
  const siblings: string[] = [];
  site.urls.forEachTail((entry, tail) => {
    if (lowersTo(tail, lowerTail)) folded.push(`/${tail}`);
    if (!isStatic(entry)) return;
    const start = tail.lastIndexOf('/') + 1;
    if (start === folderTail.length && tail.startsWith(folderTail)) siblings.push(tail.slice(start));
    // As in `sameNameFiles`: the name's length first.
    const length = tail.length - start;
    if (length > lowerName.length || (length < lowerName.length && !tail.includes('\u0130', start))) return;
    if (tail.slice(start).toLowerCase() === lowerName) named.push(`/${tail}`);
  });
  return { folded, sameName: () => named, siblings: () => siblings };
}

/** A static file's registration: its source path, or a target of kind `static` (only ever under its own URL: it never ends in `/`, so it has no alias). */
function isStatic(entry: unknown): boolean {
  return typeof entry === 'string' || (entry as { kind: string }).kind === 'static';
}

function withSlash(tails: string[] | undefined): string[] {
  return tails ? tails.map((tail) => `/${tail}`) : [];
}

function foldedIndex(site: Site): Map<string, string[]> {
  const index = new Map<string, string[]>();
  site.urls.forEachTail((_, tail) => push(index, tail.toLowerCase(), tail));
  return index;
}

function nameIndex(site: Site): Map<string, string[]> {
  const index = new Map<string, string[]>();
  site.urls.forEachTail((entry, tail) => {
    if (isStatic(entry)) push(index, tail.slice(tail.lastIndexOf('/') + 1).toLowerCase(), tail);
  });
  return index;
}

function folderIndex(site: Site): Map<string, string[]> {
  const index = new Map<string, string[]>();
  site.urls.forEachTail((entry, tail) => {
    if (!isStatic(entry)) return;
    const slash = tail.lastIndexOf('/');
    push(index, `/${tail.slice(0, slash + 1)}`, tail.slice(slash + 1));
  });
  return index;
}

function push(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
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
