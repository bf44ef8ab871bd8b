import { escapeMarkdownInline } from '../../report/github/escape.js';
import { renderReportMarkdown } from './report-markdown.js';
import type { ActionReporter } from './reporter.js';

/**
 * The job summary (`GITHUB_STEP_SUMMARY`): the same table as the sticky comment, then every note
 * the other reporters left (why annotations fell back to the log, unchanged posts that use a
 * removed file, the deploy decision). Runs last.
 */
export const summaryReporter: ActionReporter = {
  name: 'summary',
  usesApi: false,
  async report(ctx) {
    const notes = ctx.state.notes.length > 0 ? `\n${ctx.state.notes.join('\n\n')}\n` : '';
    const theme = ctx.site?.theme;
    // Which theme's rules resolved the paths, and why bloglint thinks so (from repository text: escaped).
    // Without a site (mode report: nothing was read) there is no theme to name.
    const themeLine = !theme ? '' : `\n<sub>Theme: ${escapeMarkdownInline(theme.profile?.name ?? 'none known, generic Jekyll rules')} (${escapeMarkdownInline(theme.reason)})${theme.uncertain ? `; uncertain, any plausible reading accepted: ${escapeMarkdownInline(theme.uncertainty ?? '')}` : ''}</sub>\n`;
    ctx.io.appendSummary(`${renderReportMarkdown(ctx)}${themeLine}${notes}`);
  },
};
