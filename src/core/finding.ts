/**
 * The finding model: the one plain, serialisable record that rules produce and reporters consume.
 *
 * Position convention (used everywhere in bloglint, converted only in `parse/location.ts`):
 * lines and columns are 1-based; columns count UTF-16 code units (a JavaScript string index),
 * a byte-order mark is not counted; a range's end is exclusive, so an empty range marks an insertion.
 */

/** How serious a finding is. Mapped to annotation/SARIF/Checks levels in `report/severity.ts`. */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a file: 1-based line, 1-based column in UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
}

/** A span of a file; `end` is exclusive. */
export interface Range {
  start: Point;
  end: Point;
}

/** A minimal text edit: replace `range` with `text`. */
export interface Fix {
  range: Range;
  text: string;
}

/** An edit that may change meaning: shown (e.g. in review), never applied by `--fix` unless asked. */
export interface Suggestion {
  message: string;
  fix: Fix;
}

/** Another place that explains a finding (the file that exists with another case, the deleting commit, ...). */
export interface RelatedLocation {
  file: string;
  range?: Range;
  message: string;
}

/** One problem in one file. Self-contained: reporters need nothing else. */
export interface Finding {
  /** Root-relative POSIX path of the file the finding is in. */
  file: string;
  range: Range;
  /** Public rule id, e.g. `no-missing-image`. */
  rule: string;
  /** Rule-local message id, e.g. `caseMismatch`: tests assert on it. */
  messageId: string;
  severity: Severity;
  /** Rendered message: names the value and says what to do. */
  message: string;
  /** The values the message was rendered from. */
  data: Record<string, string>;
  /** A safe fix: `--fix` applies it. */
  fix?: Fix;
  /** Fixes that need a human decision. */
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  /** Documentation URL of the rule. */
  url?: string;
  /** Line-independent identity: rule + file + reference, used to dedupe across runs. */
  fingerprint: string;
}

/** Sort findings by file, position, rule: the one stable order every reporter shows. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
