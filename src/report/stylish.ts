import type { Finding, Severity } from '../core/finding.js';
import { countFindings, displayPath, plural, sortFindings } from './reporter.js';
import type { ReportContext, Reporter } from './reporter.js';

/**
 * ESLint-stylish terminal output, grouped by file:
 *
 * ```
 * _posts/2024-01-01-hello.md
 *    3:8   error    Image `/assets/cat.png` is not published  no-missing-image
 *   12:1   warning  Missing front matter key `title`          required-front-matter
 *
 * ✖ 2 problems (1 error, 1 warning)
 *   1 fixable with --fix
 * ```
 *
 * Columns are aligned per file (East Asian wide characters count as two cells). Colour only when
 * `ctx.color`. Paths are relative to `ctx.cwd` when given, else to the root. Repository text is
 * made terminal-safe: line breaks become spaces and other control characters (ANSI escapes
 * included) are shown as `\xNN`, so a file name cannot move the cursor or fake output lines.
 * No findings: the empty string.
 */
export const stylishReporter: Reporter = {
  name: 'stylish',
  report: renderStylish,
};

/**
 * @param findings findings in any order
 * @param ctx the report context
 * @returns the stylish text (ends with a newline), or `''` when there are no findings
 */
export function renderStylish(findings: Finding[], ctx: ReportContext): string {
  if (findings.length === 0) return '';
  const paint = painter(ctx.color === true);
  const out: string[] = [];
  for (const group of groupByFile(sortFindings(findings))) {
    out.push(paint.path(terminalSafe(displayPath(group[0]!.file, ctx))));
    const rows = group.map((finding) => ({
      line: String(finding.range.start.line),
      column: String(finding.range.start.column),
      severity: finding.severity as string,
      message: terminalSafe(finding.message),
      rule: terminalSafe(finding.rule),
      paintSeverity: paint[finding.severity],
    }));
    const lineWidth = Math.max(...rows.map((r) => r.line.length));
    const columnWidth = Math.max(...rows.map((r) => r.column.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
    for (const r of rows) {
      const position = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`;
      const severity = r.paintSeverity(r.severity) + ' '.repeat(severityWidth - r.severity.length);
      const message = r.message + ' '.repeat(messageWidth - displayWidth(r.message));
      out.push(`  ${paint.dim(position)}  ${severity}  ${message}  ${paint.dim(r.rule)}`);
    }
    out.push('');
  }
  const counts = countFindings(findings);
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info', 'infos'));
  const summary = `✖ ${plural(findings.length, 'problem')} (${parts.join(', ')})`;
  out.push(counts.errors > 0 ? paint.summaryError(summary) : paint.summaryWarning(summary));
  if (counts.fixable > 0) out.push(`  ${counts.fixable} fixable with --fix`);
  return `${out.join('\n')}\n`;
}

/** Consecutive findings of the same file (input is sorted by file). */
function groupByFile(sorted: Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  for (const finding of sorted) {
    const last = groups.at(-1);
    if (last && last[0]!.file === finding.file) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

/**
 * One terminal line that cannot control the terminal: line breaks and tabs become spaces, other
 * C0/C1 control characters and DEL are shown as `\xNN`, bidi overrides and isolates as `\u202e` etc.
 */
function terminalSafe(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\t]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Terminal cells a string takes: combining marks 0, East Asian wide/fullwidth and emoji 2, else 1. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}|\u200b|\u200c|\u200d/u.test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

type Paint = (text: string) => string;

/** ANSI styles, or identity functions when colour is off. */
function painter(color: boolean): Record<Severity | 'path' | 'dim' | 'summaryError' | 'summaryWarning', Paint> {
  const style =
    (open: string, close: string): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  const bold = style('1', '22');
  const red = style('31', '39');
  const yellow = style('33', '39');
  return {
    path: style('4', '24'),
    dim: style('2', '22'),
    error: red,
    warning: yellow,
    info: style('36', '39'),
    summaryError: (text) => bold(red(text)),
    summaryWarning: (text) => bold(yellow(text)),
  };
}
