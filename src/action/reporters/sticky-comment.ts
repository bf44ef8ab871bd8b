import { hiddenMarker, readHiddenMarkers } from '../../report/github/escape.js';
import { classifyFailure } from '../github-errors.js';
import { renderReportMarkdown } from './report-markdown.js';
import type { ActionReporter } from './reporter.js';

/** The hidden marker our sticky comment starts with. */
export const STICKY_MARKER = 'sticky-comment';

/** Room below GitHub's 65,536-character comment limit for the marker and the notes. */
const MAX_TABLE_CHARS = 60_000;

/**
 * One pull-request comment with the table by rule and by file, found again on every run by its
 * hidden marker and its author (our identity; a comment by anyone else is never edited, even with
 * the marker) and edited in place. A clean run edits it to say so; a clean pull request that never
 * had problems gets no comment at all.
 */
export const stickyCommentReporter: ActionReporter = {
  name: 'comment',
  usesApi: true,
  appliesTo: (ctx) => ctx.event.pullRequest !== undefined,
  async report(ctx) {
    const client = ctx.client!;
    const repo = { owner: ctx.event.owner, repo: ctx.event.repo };
    const issueNumber = ctx.event.pullRequest!.number;
    const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    const ours = comments.filter(
      (comment) => comment.user?.login === ctx.state.identity && readHiddenMarkers(comment.body ?? '').some((marker) => marker.name === STICKY_MARKER),
    );
    const body = `${hiddenMarker(STICKY_MARKER)}\n${renderReportMarkdown(ctx, MAX_TABLE_CHARS)}`;
    try {
      const [first, ...duplicates] = ours;
      if (first) {
        if (first.body !== body) await client.rest.issues.updateComment({ ...repo, comment_id: first.id, body });
        for (const duplicate of duplicates) await client.rest.issues.deleteComment({ ...repo, comment_id: duplicate.id });
        ctx.io.info(`bloglint: updated the pull request comment ${first.html_url}.`);
      } else if (ctx.findings.length > 0) {
        const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
        const login = created.data.user?.login;
        if (login && login !== ctx.state.identity) ctx.state.identity = login;
        ctx.io.info(`bloglint: commented on the pull request: ${created.data.html_url}.`);
      }
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind !== 'forbidden') throw error;
      ctx.state.denied.set('pull request comment', failure.detail);
    }
  },
};
