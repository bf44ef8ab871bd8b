import path from 'node:path';
import { compareFindings } from '../core/finding.js';
import type { Finding, Severity } from '../core/finding.js';

/** What a reporter knows about one rule (the rule's public metadata, nothing executable). */
export interface RuleMeta {
  /** Public rule id, e.g. `no-missing-image`. */
  id: string;
  /** One-sentence description. */
  description: string;
  /** Configured severity (what the rule reports at in this run). */
  severity: Severity;
  /** Documentation URL (absolute). */
  url: string;
  /** Whether the rule can produce fixes that `--fix` applies. */
  fixable: boolean;
}

/** Everything about the run that a reporter may print besides the findings. */
export interface ReportContext {
  /** Absolute path of the linted site root; `Finding.file` is relative to it. */
  root: string;
  /** Metadata of every rule that ran (SARIF lists them all, even without results). */
  rules: RuleMeta[];
  /** bloglint's version, e.g. `0.1.0`. */
  toolVersion: string;
  /** How many files were linted. */
  filesChecked: number;
  /** Emit ANSI colours (terminal reporters only). Default: false. */
  color?: boolean;
  /**
   * Absolute working directory. When given, human-facing paths (stylish, workflow commands,
   * summary) are printed relative to it; in the Action, pass `GITHUB_WORKSPACE` so annotation
   * paths are repository-relative even when the site root is a subfolder.
   */
  cwd?: string;
}

/** Turns findings into text. Reporters never print, exit or decide failure: the caller does. */
export interface Reporter {
  /** Name used by `--format` (e.g. `stylish`, `json`, `sarif`). */
  name: string;
  /**
   * @param findings the findings of one run, in any order (reporters sort them)
   * @param ctx facts about the run
   * @returns the complete output; an empty string means "print nothing"
   */
  report(findings: Finding[], ctx: ReportContext): string;
}

/** Counts shown by every reporter's summary. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings that carry a `fix` (applied by `--fix`). */
  fixable: number;
  /** Distinct files with at least one finding. */
  files: number;
}

/**
 * @param findings findings of one run
 * @returns the counts by severity, fixable findings and distinct files
 */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, fixable: 0, files: 0 };
  const files = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (finding.fix) counts.fixable++;
    files.add(finding.file);
  }
  counts.files = files.size;
  return counts;
}

/**
 * @param findings findings in any order
 * @returns a sorted copy (file, position, rule, message): the one order every reporter shows
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * The path a human should see for a finding's file: relative to `ctx.cwd` when given
 * (clickable in a terminal, repository-relative in the Action), else root-relative. Always POSIX.
 *
 * @param file root-relative POSIX path (`Finding.file`)
 * @param ctx the report context
 * @returns the display path
 */
export function displayPath(file: string, ctx: Pick<ReportContext, 'root' | 'cwd'>): string {
  if (ctx.cwd === undefined) return file;
  const absolute = path.resolve(ctx.root, ...file.split('/'));
  const relative = path.relative(ctx.cwd, absolute);
  return relative.split(path.sep).join('/');
}

/**
 * @param n a count
 * @param singular the noun for one
 * @param plural the noun for several (default: singular + `s`)
 * @returns e.g. `1 error`, `2 errors`
 */
export function plural(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
