import type { Site } from './site.js';

/**
 * The questions asked of the published URLs only when a reference does not resolve: which URLs
 * differ from it only in case, which published files have its name, what else is in its folder.
 *
 * A run that lints a few documents (a pull request's, `--only`) answers the first `SCAN_LIMIT`
 * questions of each kind by one pass over the URLs (`missingUrlAnswers`: one pass for the three
 * questions of a missing URL): it meets a handful of broken references, and building the three
 * indexes over a 10,000-post blog's 85,000 URLs took about half of its lint (0.13 s), while a
 * pass costs 3-7 ms warm and 11-18 ms on a process's first (lengths and last characters are
 * compared before anything is cut or lower-cased). A run that lints many documents builds each
 * index at its first question: it meets many broken references (the 10,000-post benchmark has
 * 500), and eight passes of each kind cost it more than the indexes (0.13 s in a CPU profile of
 * the 10k run). Either way the cost stays linear in URLs plus references.
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
  const mayGrow = mayGrowInto(lowerTail);
  site.urls.forEachTail((_, tail) => {
    if (lowersTo(tail, lowerTail, mayGrow)) out.push(`/${tail}`);
  });
  return out;
}

/** URLs of the published static files named `lowerName` (lower-cased), in registration order. */
export function sameNameFiles(site: Site, lowerName: string): readonly string[] {
  const q = questions(site);
  if (++q.named > q.limit) return withSlash((q.nameIndex ??= nameIndex(site)).get(lowerName));
  const out: string[] = [];
  site.urls.forEachTail((entry, tail) => {
    if (isStatic(entry) && hasName(tail, lowerName)) out.push(`/${tail}`);
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
    if (isStatic(entry) && isIn(tail, folderTail)) out.push(tail.slice(folderTail.length));
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
  const mayGrow = mayGrowInto(lowerTail);
  const folderTail = folder.slice(1);
  const folded: string[] = [];
  const named: string[] = [];
  const siblings: string[] = [];
  site.urls.forEachTail((entry, tail) => {
    if (lowersTo(tail, lowerTail, mayGrow)) folded.push(`/${tail}`);
    if (!isStatic(entry)) return;
    if (isIn(tail, folderTail)) siblings.push(tail.slice(folderTail.length));
    if (hasName(tail, lowerName)) named.push(`/${tail}`);
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
 * Whether the file name of `tail` (after its last `/`) lower-cases to `lowerName`. Read from the
 * end, without looking for the `/` first: most names differ in their last few characters, and
 * `lastIndexOf` on each of a site's 85,000 URLs was most of a pass. Plain ASCII lower-cases
 * character by character; at the first other character the name is compared the exact way
 * (`İ` lower-cases to two characters, `Σ` by its context, the Kelvin sign to `k`).
 */
export function hasName(tail: string, lowerName: string): boolean {
  let i = tail.length - 1;
  for (let j = lowerName.length - 1; j >= 0; j--, i--) {
    // Past the name's start (a `/`, or before the tail), the name is shorter: the `/` matches no
    // letter of a name, and only the exact way can tell whether a non-ASCII name grew.
    const c = i >= 0 ? tail.charCodeAt(i) : 0x2f;
    const l = lowerName.charCodeAt(j);
    if (c === l || (c >= 0x41 && c <= 0x5a && c + 32 === l)) continue;
    if (c < 0x80 && l < 0x80) return false;
    return tail.slice(tail.lastIndexOf('/') + 1).toLowerCase() === lowerName;
  }
  // Longer names do not lower-case to shorter ones.
  return i < 0 || tail.charCodeAt(i) === 0x2f;
}

/** Whether `tail` is directly in the folder `folderTail` (empty, or ending in `/`). */
function isIn(tail: string, folderTail: string): boolean {
  return tail.startsWith(folderTail) && tail.indexOf('/', folderTail.length) === -1;
}

/**
 * `s.toLowerCase() === lower`, without lower-casing strings that cannot match: lower-casing keeps
 * the length of every string except one holding U+0130 (İ, which becomes two code units), which
 * can only match when `mayGrow` (`mayGrowInto(lower)`).
 */
function lowersTo(s: string, lower: string, mayGrow: boolean): boolean {
  if (s.length > lower.length) return false;
  if (s.length < lower.length && !(mayGrow && s.includes('\u0130'))) return false;
  return s.toLowerCase() === lower;
}

/**
 * Whether a shorter string may lower-case to `lower`: only `İ` grows, into `i` and U+0307, so
 * only when `lower` holds a U+0307 (asked once per question: looking for `İ` in every shorter URL
 * was most of a pass).
 */
function mayGrowInto(lower: string): boolean {
  return lower.includes('\u0307');
}
