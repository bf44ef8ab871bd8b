/**
 * Read the outcome of `git push --porcelain` for one ref, and decide whether a rejection is a
 * lost race (fetch again and retry) or a refusal (stop).
 */

/** How a push ended. */
export type PushOutcome = 'pushed' | 'race' | 'refused';

/** The porcelain status line of the pushed ref. */
export interface PushStatus {
  /** Porcelain flag: ` ` fast-forward, `+` forced, `-` deleted, `*` new, `!` rejected, `=` up to date. */
  flag: string;
  /** e.g. `[rejected] (fetch first)`, `[remote rejected] (pre-receive hook declined)`, `[new branch]`. */
  summary: string;
}

/** Rejections caused by someone else updating the branch first. */
const RACE_PATTERNS = [
  /\[rejected\] \((fetch first|non-fast-forward|stale info)\)/,
  // receive-pack lost the compare-and-swap of the ref to a concurrent push.
  /\[remote rejected\] \((failed to update ref|failed to lock|cannot lock ref|incorrect old value provided)/,
];

/**
 * Find the porcelain status line of `ref` in `git push --porcelain` stdout.
 *
 * @param stdout - Push stdout (lines `flag TAB from:to TAB summary`).
 * @param ref - Full destination ref, e.g. `refs/heads/gh-pages`.
 * @returns The status, or `undefined` when git printed none (e.g. it could not connect).
 */
export function parsePushStatus(stdout: string, ref: string): PushStatus | undefined {
  for (const line of stdout.split('\n')) {
    const [flag, refs, summary] = line.split('\t');
    if (flag === undefined || refs === undefined || summary === undefined) continue;
    if (refs.slice(refs.lastIndexOf(':') + 1) === ref) return { flag, summary: summary.trim() };
  }
  return undefined;
}

/**
 * Classify a push.
 *
 * @param status - From `parsePushStatus`; `undefined` counts as refused.
 * @returns `pushed`, `race` (retry on the new tip) or `refused`.
 */
export function classifyPush(status: PushStatus | undefined): PushOutcome {
  if (!status) return 'refused';
  if (status.flag !== '!') return 'pushed';
  return RACE_PATTERNS.some((pattern) => pattern.test(status.summary)) ? 'race' : 'refused';
}
