import path from 'node:path';
import { compareFindings, type Finding } from '../core/finding.js';
import { lint } from '../core/lint.js';
import { runLint, type RunResult } from '../core/run.js';
import type { ChangedFiles } from './changed-files.js';

/** What was linted and why. */
export interface ScopedRun {
  run: RunResult;
  /** The findings to report: the linted documents', plus unchanged documents' uses of removed files. */
  findings: Finding[];
  /** Findings in unchanged documents that point at a file this pull request removes or renames. */
  removedUses: Finding[];
  /** Root-relative paths of the removed files inside the site. */
  removed: string[];
  /** Time spent on the whole-site pass for removed files (0 when nothing was removed). */
  removedCheckMs: number;
  /** `changed` or `all`, as actually used. */
  scope: 'changed' | 'all';
}

/** Options of {@link lintInScope}. */
export interface ScopeOptions {
  root: string;
  configPath?: string;
  /** `changed` needs `changes`; without them the whole blog is linted. */
  scope: 'changed' | 'all';
  /**
   * The pull request's files, or the promise of them: the site is read while GitHub's API lists
   * them (each document as a link target until they come; `onlyLater` of runLint).
   */
  changes: ChangedFiles | undefined | Promise<ChangedFiles | undefined>;
  /** Absolute path the changed paths are relative to (`GITHUB_WORKSPACE`). */
  workspace: string;
  /** False for an untrusted head: `remark-plugins` from the checkout are not loaded. */
  allowPlugins?: boolean;
  onPluginsRefused?: (names: string[]) => void;
  /** The site-index cache file (`cache` input), absolute. */
  cache?: string;
}

/**
 * Lints what the scope asks for. With `changed`, only the documents the pull request adds or
 * modifies are linted (`runLint({ only })`), resolved against the whole site; removed documents
 * are not linted. Then, when the pull request removes or renames files, every other document is
 * linted once more against the same site (no second read of the tree) and its findings that point
 * at a removed path are kept: an image deleted while an unchanged post still shows it fails the
 * deleting pull request, not the next one that touches that post.
 *
 * @param options root, config, scope, the pull request's files and the workspace
 * @returns the run and the findings
 */
export async function lintInScope(options: ScopeOptions): Promise<ScopedRun> {
  const base = {
    root: options.root,
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.allowPlugins === false ? { allowPlugins: false } : {}),
    ...(options.onPluginsRefused ? { onPluginsRefused: options.onPluginsRefused } : {}),
    // A runner's checkout is new for every job: stamps would never match again.
    ...(options.cache ? { cache: options.cache, cacheStamps: false } : {}),
  };
  if (options.scope === 'all' || !options.changes) {
    const run = await runLint(base);
    return { run, findings: run.result.findings, removedUses: [], removed: [], removedCheckMs: 0, scope: 'all' };
  }
  const root = path.resolve(options.root);
  const inSite = (file: string): string | undefined => {
    const rel = path.relative(root, path.resolve(options.workspace, file));
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join('/');
  };
  const onlyOf = (changes: ChangedFiles): string[] =>
    changes.changed
      .map(inSite)
      .filter((file): file is string => file !== undefined)
      .map((file) => path.join(root, file));
  const pending = options.changes;
  const run = await runLint(pending instanceof Promise ? { ...base, onlyLater: pending.then((changes) => changes && onlyOf(changes)) } : { ...base, only: onlyOf(pending) });
  const changes = await pending;
  // The files could not be listed: runLint read the whole site.
  if (!changes) return { run, findings: run.result.findings, removedUses: [], removed: [], removedCheckMs: 0, scope: 'all' };
  const removed = changes.removed.map(inSite).filter((file): file is string => file !== undefined);
  if (removed.length === 0) return { run, findings: run.result.findings, removedUses: [], removed, removedCheckMs: 0, scope: 'changed' };

  const started = performance.now();
  const checked = new Set(run.result.checked);
  const removedSet = new Set(removed);
  const whole = lint(run.site, { rules: run.rules, config: run.config });
  const removedUses = whole.findings.filter((finding) => !checked.has(finding.file) && !removedSet.has(finding.file) && pointsAtRemoved(finding, removedSet));
  const removedCheckMs = performance.now() - started;
  const findings = [...run.result.findings, ...removedUses].sort(compareFindings);
  return { run, findings, removedUses, removed, removedCheckMs, scope: 'changed' };
}

/**
 * Whether a finding is about a reference to one of the removed files: the site path it could
 * not find (`data.url`, an image or a static file, published where its source is), or the post a
 * `{% post_url %}` names.
 *
 * @param finding a finding of the whole-site pass
 * @param removed root-relative removed paths
 * @returns true when it points at a removed file
 */
export function pointsAtRemoved(finding: Finding, removed: Set<string>): boolean {
  const url = finding.data['url'];
  if (url && removed.has(url.replace(/^\/+/, '').replace(/[?#].*$/, ''))) return true;
  const name = finding.messageId === 'deadPostUrl' ? finding.data['name'] : undefined;
  if (name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    for (const file of removed) {
      if (/(^|\/)_posts\//.test(file) && file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '') === base) return true;
    }
  }
  return false;
}
