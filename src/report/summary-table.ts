import type { Finding } from '../core/finding.js';
import { escapeMarkdownInline, markdownCode, safeLinkDestination } from './github/escape.js';
import { countFindings, displayPath, plural, sortFindings } from './reporter.js';
import type { ReportContext, Reporter } from './reporter.js';

/** Options of {@link renderSummaryMarkdown}. */
export interface SummaryOptions {
  /**
   * URL of a file at a line (e.g. `https://github.com/o/r/blob/<sha>/<path>#L3`). It receives the
   * raw display path (relative to `ctx.cwd` when given, so pass `GITHUB_WORKSPACE` there) and the
   * line; it must percent-encode the path with `encodeUriPath` from `github/escape.ts`, or a `#`
   * or `?` in a file name would cut the URL short. Without it, locations are not linked; URLs that
   * are not http(s) are not linked either.
   */
  blobUrl?: (file: string, line: number) => string;
  /** Most finding rows in the table by file. Default {@link DEFAULT_SUMMARY_MAX_ROWS}. */
  maxRows?: number;
  /**
   * Most characters of markdown; rows stop before the text would exceed it. Default
   * {@link DEFAULT_SUMMARY_MAX_CHARS}, under GitHub's 65,536-character limit for a comment body.
   */
  maxChars?: number;
}

/** Default row cap of the table by file. */
export const DEFAULT_SUMMARY_MAX_ROWS = 200;

/** Default size cap: leaves room below GitHub's 65,536-character comment limit for a marker and a footer. */
export const DEFAULT_SUMMARY_MAX_CHARS = 60_000;

/**
 * Renders the markdown for the job summary and the sticky PR comment:
 *
 * - a headline: `### ✅ bloglint: no problems in 12 files`, or
 *   `### ❌ bloglint: 2 errors, 1 warning in 2 files` (⚠️ when there are only warnings and infos,
 *   ℹ️ when there are only infos; infos are counted only when there are some);
 * - a table by rule: the rule id linked to its documentation, and its number of problems (most
 *   first);
 * - a table by file, one row per finding in the stable order: `file:line` (linked when
 *   `options.blobUrl` is given), severity, rule, message;
 * - when rows were capped, a line saying how many problems were left out.
 *
 * All repository text goes through `github/escape.ts`: no raw HTML, no unescaped `|` in a cell,
 * no mention, issue reference or autolink, no hidden-marker look-alike. Pure: same input, same text.
 *
 * @param findings findings in any order
 * @param ctx the report context
 * @param options blob links and caps
 * @returns the markdown, ending with a newline
 */
export function renderSummaryMarkdown(
  findings: readonly Finding[],
  ctx: ReportContext,
  options: SummaryOptions = {},
): string {
  const counts = countFindings(findings);
  if (findings.length === 0) {
    return `### ✅ bloglint: no problems in ${plural(ctx.filesChecked, 'file')}\n`;
  }
  const icon = counts.errors > 0 ? '❌' : counts.warnings > 0 ? '⚠️' : 'ℹ️';
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info', 'infos'));
  const headline = `### ${icon} bloglint: ${parts.join(', ')} in ${plural(counts.files, 'file')}`;

  const maxRows = Math.max(0, Math.floor(options.maxRows ?? DEFAULT_SUMMARY_MAX_ROWS));
  const maxChars = options.maxChars ?? DEFAULT_SUMMARY_MAX_CHARS;
  const sorted = sortFindings(findings);
  const head = [headline, '', ...ruleTable(sorted, ctx), '', '| File | Severity | Rule | Message |', '| :--- | :--- | :--- | :--- |'];
  const footerReserve = 120;
  let size = head.join('\n').length + footerReserve;
  const rows: string[] = [];
  for (const finding of sorted) {
    if (rows.length >= maxRows) break;
    const row = findingRow(finding, ctx, options);
    if (size + row.length + 1 > maxChars) break;
    rows.push(row);
    size += row.length + 1;
  }
  const lines = rows.length > 0 ? [...head, ...rows] : head.slice(0, -3);
  const omitted = sorted.length - rows.length;
  if (omitted > 0) {
    lines.push('', `_${plural(omitted, 'more problem')} not shown; run bloglint locally or see the log for all of them._`);
  }
  return `${lines.join('\n')}\n`;
}

/** The table of problems per rule, most first, then by rule id. */
function ruleTable(sorted: readonly Finding[], ctx: ReportContext): string[] {
  const byRule = new Map<string, { count: number; url: string | undefined }>();
  for (const finding of sorted) {
    const entry = byRule.get(finding.rule);
    if (entry) entry.count++;
    else {
      const meta = ctx.rules.find((rule) => rule.id === finding.rule);
      byRule.set(finding.rule, { count: 1, url: meta?.url || finding.url });
    }
  }
  const entries = [...byRule].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
  return [
    '| Rule | Problems |',
    '| :--- | ---: |',
    ...entries.map(([rule, { count, url }]) => `| ${linkCode(rule, url)} | ${count} |`),
  ];
}

function findingRow(finding: Finding, ctx: ReportContext, options: SummaryOptions): string {
  const file = displayPath(finding.file, ctx);
  const line = Math.max(1, finding.range.start.line);
  const location = linkCode(`${file}:${line}`, options.blobUrl?.(file, line));
  const rule = markdownCode(finding.rule, { inTable: true });
  return `| ${location} | ${finding.severity} | ${rule} | ${escapeMarkdownInline(finding.message)} |`;
}

/** A code span (safe in a table cell), linked when the URL is a safe http(s) URL. */
function linkCode(text: string, url: string | undefined): string {
  const code = markdownCode(text, { inTable: true });
  const destination = url ? safeLinkDestination(url) : undefined;
  return destination === undefined ? code : `[${code}](${destination})`;
}

/** Markdown summary reporter (`--format markdown`): {@link renderSummaryMarkdown} with default options. */
export const summaryReporter: Reporter = {
  name: 'markdown',
  report(findings, ctx) {
    return renderSummaryMarkdown(findings, ctx);
  },
};
