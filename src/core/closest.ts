import type { Site } from './site.js';
import { missingUrlAnswers, type MissingUrlAnswers } from './url-search.js';

/**
 * The published URL closest to a missing one, when it is clearly close: the same file name in
 * one other folder, or a name in the same folder within a small edit distance (`answers`: what
 * the URL raises, when the caller has asked already). Compares only with
 * one folder and one name bucket (found by a pass over the URLs for a run's first few questions,
 * by an index after: url-search.ts), so a run stays linear however many references are broken.
 */
export function closestUrl(site: Site, missing: string, answers: Pick<MissingUrlAnswers, 'sameName' | 'siblings'> = missingUrlAnswers(site, missing)): string | undefined {
  const slash = missing.lastIndexOf('/');
  const name = missing.slice(slash + 1);
  if (name === '') return undefined;
  const sameName = answers.sameName();
  if (sameName.length === 1) return sameName[0];
  const folder = missing.slice(0, slash + 1);
  const siblings = answers.siblings();
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
