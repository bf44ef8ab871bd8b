import { escapeMarkdownInline, markdownCode, markdownLink } from '../../report/github/escape.js';
import { plural, sortFindings } from '../../report/reporter.js';
import { renderSummaryMarkdown } from '../../report/summary-table.js';
import { proposedEdit, replaceLines } from '../suggestion.js';
import { repoPath, type ActionReportContext } from './reporter.js';

/** Most suggested changes listed outside the review. */
const MAX_LISTED_SUGGESTIONS = 50;

/**
 * The markdown the job summary and the sticky comment share: the table by rule and by file
 * (locations linked at the head commit), then the suggested changes that are not in the review.
 *
 * @param ctx the context
 * @param maxChars size cap of the table part
 * @returns markdown, ending with a newline
 */
export function renderReportMarkdown(ctx: ActionReportContext, maxChars?: number): string {
  const table = renderSummaryMarkdown(ctx.findings, ctx.report, {
    blobUrl: (file, line) => ctx.blobUrl(file, line),
    ...(maxChars !== undefined ? { maxChars } : {}),
  });
  const listed = sortFindings(ctx.state.notReviewed).slice(0, MAX_LISTED_SUGGESTIONS);
  if (listed.length === 0) return table;
  const rows = listed.map((finding) => {
    const edit = proposedEdit(finding)!;
    const file = repoPath(ctx, finding.file);
    const line = edit.fix.range.start.line;
    const label = markdownLink(`${file}:${line}`, ctx.blobUrl(file, line));
    const what = edit.kind === 'fix' ? 'fix' : 'suggested';
    const doc = ctx.site?.documents.get(finding.file);
    const lines = doc?.read.ok ? replaceLines(doc.read.text, edit.fix).lines : undefined;
    const change = lines && lines.length === 1 ? `the line becomes ${markdownCode(lines[0]!)}` : `replace with ${markdownCode(edit.fix.text)}`;
    return `- ${label} (${what}): ${change}${edit.message ? ` (${escapeMarkdownInline(edit.message)})` : ''}`;
  });
  const more = ctx.state.notReviewed.length - listed.length;
  return `${table}\n**Suggested changes not in the review** (outside the diff, or the review could not be posted):\n\n${rows.join('\n')}\n${more > 0 ? `\n_${plural(more, 'more')}; see the JSON report._\n` : ''}`;
}
