import type { Site } from './site.js';

/** Per site: published static URLs grouped by folder, built on first use. */
const folderIndex = new WeakMap<Site, Map<string, string[]>>();

/**
 * The published URL closest to a missing one, when it is clearly close: the same file name in
 * one other folder, or a name in the same folder within a small edit distance. Looks only at
 * one folder and one name bucket, so it costs the same however large the site is.
 */
export function closestUrl(site: Site, missing: string): string | undefined {
  const slash = missing.lastIndexOf('/');
  const name = missing.slice(slash + 1);
  if (name === '') return undefined;
  const sameName = site.byName.get(name.toLowerCase());
  if (sameName && sameName.length === 1) return sameName[0];
  const folder = missing.slice(0, slash + 1);
  const siblings = foldersOf(site).get(folder) ?? [];
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const sibling of siblings) {
    const d = editDistance(name.toLowerCase(), sibling.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = sibling;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best && !tie ? folder + best : undefined;
}

function foldersOf(site: Site): Map<string, string[]> {
  let index = folderIndex.get(site);
  if (!index) {
    index = new Map();
    for (const target of site.urls.values()) {
      if (target.kind !== 'static') continue;
      const slash = target.url.lastIndexOf('/');
      const folder = target.url.slice(0, slash + 1);
      const list = index.get(folder);
      if (list) list.push(target.url.slice(slash + 1));
      else index.set(folder, [target.url.slice(slash + 1)]);
    }
    folderIndex.set(site, index);
  }
  return index;
}

/** Levenshtein distance, giving up (returning `cap`) once it must reach `cap`. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    prev = row;
  }
  return Math.min(prev[b.length]!, cap);
}
