import type { Finding, Fix } from '../core/finding.js';
import { Location } from '../parse/location.js';

/** A replacement of whole lines, as a GitHub suggested change expresses it. */
export interface LineReplacement {
  /** First replaced line (1-based). */
  startLine: number;
  /** Last replaced line (inclusive). */
  endLine: number;
  /** The new text of those lines, without line terminators. */
  lines: string[];
}

/** The edit a review comment proposes, and whether it is a safe fix or only a suggestion. */
export interface ProposedEdit {
  fix: Fix;
  /** `fix`: `--fix` applies it; `suggestion`: the author decides. */
  kind: 'fix' | 'suggestion';
  /** What the suggestion does (suggestions only). */
  message?: string;
}

/**
 * @param finding a finding
 * @returns its safe fix, else its first suggestion, else undefined
 */
export function proposedEdit(finding: Finding): ProposedEdit | undefined {
  if (finding.fix) return { fix: finding.fix, kind: 'fix' };
  const first = finding.suggestions?.[0];
  return first ? { fix: first.fix, kind: 'suggestion', message: first.message } : undefined;
}

/**
 * Applies an edit to the lines it touches: the text of lines `start.line`..`end.line` of `text`
 * with the range replaced. `text` is the file as the engine read it (BOM removed, so columns match).
 *
 * @param text the file's current text
 * @param fix the edit (1-based lines and UTF-16 columns, end exclusive)
 * @returns the replacement of those whole lines
 */
export function replaceLines(text: string, fix: Fix): LineReplacement {
  const location = new Location(text);
  const startLine = fix.range.start.line;
  const endLine = Math.max(startLine, fix.range.end.line);
  const from = location.lineStart(startLine);
  const to = location.lineEnd(endLine);
  const editStart = location.toOffset(fix.range.start);
  const editEnd = Math.max(editStart, location.toOffset(fix.range.end));
  const replaced = text.slice(from, editStart) + fix.text + text.slice(editEnd, to);
  return { startLine, endLine, lines: replaced.split(/\r\n|\r|\n/) };
}

/**
 * A fenced ```` ```suggestion ```` block whose fence is longer than any backtick run in the
 * content (at least three), so no line of the content can close it.
 *
 * @param lines the replacement lines
 * @returns the block, without a trailing newline
 */
export function suggestionBlock(lines: string[]): string {
  const longest = Math.max(0, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}suggestion`, ...lines, fence].join('\n');
}
