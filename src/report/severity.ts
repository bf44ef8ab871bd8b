import type { Severity } from '../core/finding.js';

/** Level of a GitHub workflow-command annotation (`::error`, `::warning`, `::notice`). */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** SARIF 2.1.0 `result.level` / `reportingConfiguration.level` (bloglint never emits `none`). */
export type SarifLevel = 'error' | 'warning' | 'note';

/** Checks API `annotation_level`. */
export type ChecksLevel = 'failure' | 'warning' | 'notice';

/** How one bloglint severity is spelled in each output format. */
export interface SeverityLevels {
  annotation: AnnotationLevel;
  sarif: SarifLevel;
  checks: ChecksLevel;
}

/**
 * The one table that maps bloglint severities to the levels of every output format.
 * No other file spells these levels.
 */
export const SEVERITY_LEVELS: Readonly<Record<Severity, Readonly<SeverityLevels>>> = Object.freeze({
  error: Object.freeze({ annotation: 'error', sarif: 'error', checks: 'failure' }),
  warning: Object.freeze({ annotation: 'warning', sarif: 'warning', checks: 'warning' }),
  info: Object.freeze({ annotation: 'notice', sarif: 'note', checks: 'notice' }),
});

/**
 * @param severity a bloglint severity
 * @returns the workflow-command annotation level (`error`, `warning` or `notice`)
 */
export function toAnnotationLevel(severity: Severity): AnnotationLevel {
  return SEVERITY_LEVELS[severity].annotation;
}

/**
 * @param severity a bloglint severity
 * @returns the SARIF level (`error`, `warning` or `note`)
 */
export function toSarifLevel(severity: Severity): SarifLevel {
  return SEVERITY_LEVELS[severity].sarif;
}

/**
 * @param severity a bloglint severity
 * @returns the Checks API annotation level (`failure`, `warning` or `notice`)
 */
export function toChecksLevel(severity: Severity): ChecksLevel {
  return SEVERITY_LEVELS[severity].checks;
}
