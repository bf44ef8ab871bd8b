import type { Finding } from './finding.js';

/** Where findings start to fail a run: `error` (default), `warning`, or `never`. */
export type FailOn = 'error' | 'warning' | 'never';

/** The gate: true when the findings reach the fail level or exceed the warning budget. */
export function shouldFail(findings: readonly Finding[], failOn: FailOn, maxWarnings?: number): boolean {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) return true;
  if (failOn === 'never') return false;
  if (failOn === 'warning') return errors + warnings > 0;
  return errors > 0;
}
