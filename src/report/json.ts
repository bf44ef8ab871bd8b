import type { Finding, Fix, Severity } from '../core/finding.js';
import { countFindings, sortFindings } from './reporter.js';
import type { ReportContext, Reporter } from './reporter.js';

/**
 * bloglint's JSON output (`--format json`), a stable, versioned format.
 *
 * ```json
 * {
 *   "version": 1,
 *   "findings": [
 *     {
 *       "file": "_posts/2024-01-01-hello.md",
 *       "line": 3,
 *       "column": 8,
 *       "endLine": 3,
 *       "endColumn": 26,
 *       "rule": "no-missing-image",
 *       "messageId": "caseMismatch",
 *       "severity": "error",
 *       "message": "Image `/assets/cat.png` is not published; did you mean `/assets/Cat.png`?",
 *       "fix": { "line": 3, "column": 8, "endLine": 3, "endColumn": 26, "text": "/assets/Cat.png" },
 *       "suggestions": [
 *         { "message": "Use `/assets/Cat.png`", "fix": { "line": 3, "column": 8, "endLine": 3, "endColumn": 26, "text": "/assets/Cat.png" } }
 *       ],
 *       "fingerprint": "9b1c…"
 *     }
 *   ],
 *   "summary": { "errors": 1, "warnings": 0, "infos": 0, "fixable": 1, "filesChecked": 12 }
 * }
 * ```
 *
 * - `version`: `1`. Adding a key is not a breaking change; renaming, removing or changing the
 *   meaning of one bumps the version.
 * - `findings`: sorted by file, line, column, rule, message.
 *   - `file`: path relative to the site root, with `/` separators.
 *   - `line`, `column`, `endLine`, `endColumn`: 1-based; columns count UTF-16 code units (a
 *     JavaScript string index; a byte-order mark is not counted); the end is exclusive, so
 *     `column === endColumn` on one line is an empty range (an insertion point).
 *   - `rule`: the public rule id. `messageId`: the rule-local message id (stable, for tooling).
 *   - `severity`: `"error"`, `"warning"` or `"info"`.
 *   - `message`: the rendered, human-readable message (its wording may change between versions).
 *   - `fix` (only when the finding has one): the edit `--fix` applies, replacing the range with
 *     `text`.
 *   - `suggestions` (only when there are some): edits that need a human decision; never applied
 *     by `--fix`.
 *   - `fingerprint`: a line-independent identity (rule + file + referenced value), stable across
 *     runs while the problem stays, for deduplication and baselines.
 * - `summary`: counts over `findings` (`fixable` counts findings with a `fix`) and the number of
 *   files checked.
 *
 * Keys are always written in the order shown, with a 2-space indent and a trailing newline.
 */
export interface JsonReport {
  version: 1;
  findings: JsonFinding[];
  summary: JsonSummary;
}

/** One finding in {@link JsonReport}. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  messageId: string;
  severity: Severity;
  message: string;
  fix?: JsonFix;
  suggestions?: JsonSuggestion[];
  fingerprint: string;
}

/** An edit in {@link JsonReport}: replace the range with `text`. */
export interface JsonFix {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A suggestion in {@link JsonReport}. */
export interface JsonSuggestion {
  message: string;
  fix: JsonFix;
}

/** The `summary` of {@link JsonReport}. */
export interface JsonSummary {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  filesChecked: number;
}

/**
 * @param findings findings in any order
 * @param ctx the report context
 * @returns the JSON report object, keys in their documented order
 */
export function toJsonReport(findings: readonly Finding[], ctx: ReportContext): JsonReport {
  const counts = countFindings(findings);
  return {
    version: 1,
    findings: sortFindings(findings).map(toJsonFinding),
    summary: {
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
      fixable: counts.fixable,
      filesChecked: ctx.filesChecked,
    },
  };
}

function toJsonFinding(finding: Finding): JsonFinding {
  const { start, end } = finding.range;
  const suggestions = finding.suggestions ?? [];
  return {
    file: finding.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    rule: finding.rule,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.fix ? { fix: toJsonFix(finding.fix) } : {}),
    ...(suggestions.length > 0
      ? { suggestions: suggestions.map((s) => ({ message: s.message, fix: toJsonFix(s.fix) })) }
      : {}),
    fingerprint: finding.fingerprint,
  };
}

function toJsonFix(fix: Fix): JsonFix {
  return {
    line: fix.range.start.line,
    column: fix.range.start.column,
    endLine: fix.range.end.line,
    endColumn: fix.range.end.column,
    text: fix.text,
  };
}

/** The JSON reporter: {@link JsonReport}, 2-space indent, trailing newline (also when there are no findings). */
export const jsonReporter: Reporter = {
  name: 'json',
  report(findings, ctx) {
    return `${JSON.stringify(toJsonReport(findings, ctx), null, 2)}\n`;
  },
};
