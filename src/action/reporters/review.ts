import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../../core/finding.js';
import { escapeMarkdownInline, encodeUriPath, hiddenMarker, markdownCode, readHiddenMarkers, safeLinkDestination } from '../../report/github/escape.js';
import { plural, sortFindings } from '../../report/reporter.js';
import { isInOneHunk, rightSideHunks, textFromPatch } from '../changed-files.js';
import { classifyFailure } from '../github-errors.js';
import { proposedEdit, replaceLines, suggestionBlock, type ProposedEdit } from '../suggestion.js';
import { repoPath, type ActionReportContext, type ActionReporter } from './reporter.js';

/** The hidden marker name that carries a finding's fingerprint in each of our review comments. */
export const FINGERPRINT_MARKER = 'fingerprint';

/** Most comments in one review; the rest are listed in the summary. */
export const MAX_REVIEW_COMMENTS = 50;

/** A review comment we are about to post. */
export interface PlannedComment {
  finding: Finding;
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

/**
 * One review (event `COMMENT`, on the head commit) with a suggested change for each finding
 * that has a fix or a suggestion on lines the pull request shows (added or context lines of the
 * new side, inside one hunk). A safe fix and a suggestion (the author decides, marked
 * "suggested") both become a ```` ```suggestion ```` block replacing exactly the affected lines.
 *
 * Re-runs do not duplicate: each comment ends with a hidden fingerprint marker; comments by our
 * identity whose fingerprint is still found are not posted again, and those whose fingerprint is
 * gone (fixed) are deleted. Comments by anyone else are never touched, whatever they contain.
 * Findings outside the diff go to the summary.
 */
export const reviewReporter: ActionReporter = {
  name: 'review',
  usesApi: true,
  appliesTo: (ctx) => ctx.event.pullRequest !== undefined && ctx.inputs.suggestions,
  async report(ctx) {
    const client = ctx.client!;
    const pr = ctx.event.pullRequest!;
    const repo = { owner: ctx.event.owner, repo: ctx.event.repo };
    const { planned, outside } = await planComments(ctx);
    ctx.state.notReviewed.push(...outside);

    const existing = await client.paginate(client.rest.pulls.listReviewComments, { ...repo, pull_number: pr.number, per_page: 100 });
    const ours = existing
      .map((comment) => ({ id: comment.id, login: comment.user?.login ?? '', print: fingerprintOf(comment.body) }))
      .filter((comment) => comment.print !== undefined && comment.login === ctx.state.identity);
    const posted = new Set(ours.map((comment) => comment.print));
    const current = new Set(ctx.findings.map((finding) => finding.fingerprint));

    const fresh = planned.filter((comment) => !posted.has(comment.finding.fingerprint));
    const kept = fresh.slice(0, MAX_REVIEW_COMMENTS);
    ctx.state.notReviewed.push(...fresh.slice(MAX_REVIEW_COMMENTS).map((comment) => comment.finding));
    if (kept.length > 0) {
      try {
        const review = await client.rest.pulls.createReview({
          ...repo,
          pull_number: pr.number,
          commit_id: pr.headSha,
          event: 'COMMENT',
          body: `bloglint suggests ${plural(kept.length, 'change')} on this pull request.\n\n${hiddenMarker('review')}`,
          comments: kept.map((comment) => ({
            path: comment.path,
            line: comment.line,
            side: 'RIGHT' as const,
            ...(comment.startLine !== undefined ? { start_line: comment.startLine, start_side: 'RIGHT' as const } : {}),
            body: comment.body,
          })),
        });
        const login = review.data.user?.login;
        if (login && login !== ctx.state.identity) ctx.state.identity = login;
      } catch (error) {
        const failure = classifyFailure(error);
        if (failure.kind === 'unavailable') throw error;
        ctx.state.notReviewed.push(...kept.map((comment) => comment.finding));
        if (failure.kind === 'forbidden') {
          ctx.state.denied.set('review', failure.detail);
          return;
        }
        ctx.io.warnOnce(`bloglint: GitHub refused the review (${failure.detail}); its suggestions are in the job summary.`);
        return;
      }
    }

    const stale = ours.filter((comment) => !current.has(comment.print!));
    for (const comment of stale) {
      try {
        await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id });
      } catch (error) {
        const failure = classifyFailure(error);
        if (failure.kind === 'unavailable') throw error;
        if (failure.status !== 404) ctx.state.denied.set('review', failure.detail);
      }
    }
    ctx.io.info(
      `bloglint: review: ${plural(kept.length, 'new suggested change')}, ${planned.length - fresh.length} already posted, ${plural(stale.length, 'fixed comment')} removed, ${plural(outside.length, 'finding')} with a fix outside the diff.`,
    );
  },
};

/**
 * @param body a review comment body
 * @returns the fingerprint in the marker on its last line, if any (only our trailer counts: a
 *   marker-like text inside a suggestion block, which comes from the repository, is ignored)
 */
export function fingerprintOf(body: string): string | undefined {
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  return readHiddenMarkers(lastLine).find((marker) => marker.name === FINGERPRINT_MARKER)?.value || undefined;
}

/**
 * Splits the findings with an edit into comments on the diff and the rest.
 *
 * @param ctx the context
 * @returns the planned comments, in the stable finding order, and the findings outside the diff
 */
export async function planComments(ctx: ActionReportContext): Promise<{ planned: PlannedComment[]; outside: Finding[] }> {
  const planned: PlannedComment[] = [];
  const outside: Finding[] = [];
  const files = new Map((ctx.changes?.files ?? []).map((file) => [file.filename, file]));
  const texts = new Map<string, string | undefined>();
  for (const finding of sortFindings(ctx.findings)) {
    const edit = proposedEdit(finding);
    if (!edit) continue;
    const file = repoPath(ctx, finding.file);
    const patch = files.get(file)?.patch;
    const start = edit.fix.range.start.line;
    const end = Math.max(start, edit.fix.range.end.line);
    if (patch === undefined || !isInOneHunk(rightSideHunks(patch), start, end)) {
      outside.push(finding);
      continue;
    }
    if (!texts.has(finding.file)) texts.set(finding.file, await currentText(ctx, finding.file, patch));
    const text = texts.get(finding.file);
    if (text === undefined) {
      outside.push(finding);
      continue;
    }
    const replacement = replaceLines(text, edit.fix);
    planned.push({
      finding,
      path: file,
      line: replacement.endLine,
      ...(replacement.startLine < replacement.endLine ? { startLine: replacement.startLine } : {}),
      body: commentBody(ctx, finding, edit, replacement.lines),
    });
  }
  return { planned, outside };
}

/**
 * The body of one review comment: rule, severity and message; the suggested change; the image
 * the edit points to (linked from the head commit); the fingerprint marker as the last line.
 *
 * @param ctx the context
 * @param finding the finding
 * @param edit its fix or suggestion
 * @param lines the new text of the affected lines
 * @returns the markdown body
 */
export function commentBody(ctx: ActionReportContext, finding: Finding, edit: ProposedEdit, lines: string[]): string {
  const parts = [`**bloglint** ${markdownCode(finding.rule)} (${finding.severity}): ${escapeMarkdownInline(finding.message)}`];
  parts.push(
    edit.kind === 'fix'
      ? 'Fix (safe; `bloglint --fix` applies the same edit):'
      : `Suggested, not applied by \`--fix\` (you decide): ${escapeMarkdownInline(edit.message ?? 'another value')}`,
  );
  parts.push(suggestionBlock(lines));
  const image = pointedImage(ctx, finding);
  if (image) parts.push(image);
  parts.push(hiddenMarker(FINGERPRINT_MARKER, finding.fingerprint));
  return parts.join('\n\n');
}

/**
 * When the edit points an image at another published file (a case mismatch, or the closest name
 * of a missing image), shows that file as it is in the pull request's head commit.
 */
function pointedImage(ctx: ActionReportContext, finding: Finding): string | undefined {
  if (finding.rule !== 'no-missing-image') return undefined;
  const url = finding.messageId === 'caseMismatch' ? finding.data['actual'] : finding.data['closest'];
  if (!url) return undefined;
  const target = ctx.site?.urls.get(url);
  if (!target || target.kind !== 'static') return undefined;
  const file = repoPath(ctx, target.path);
  const pr = ctx.event.pullRequest;
  const sha = pr?.headSha ?? ctx.event.sha;
  const server = serverUrl(ctx);
  const destination = safeLinkDestination(`${server}/${ctx.event.owner}/${ctx.event.repo}/blob/${sha}/${encodeUriPath(file)}?raw=true`);
  if (!destination) return undefined;
  return `The file this points to, ${markdownCode(file)}:\n\n![${escapeMarkdownInline(file)}](${destination})`;
}

function serverUrl(ctx: ActionReportContext): string {
  return ctx.serverUrl.replace(/\/+$/, '');
}

/**
 * The file as the engine read it (BOM removed), or from the checkout for non-documents. In
 * `mode: report` there is no site and the checkout is the base, which may not have the file: the
 * lines come from the pull request's patch (every line a comment may cover is in it).
 */
async function currentText(ctx: ActionReportContext, file: string, patch: string): Promise<string | undefined> {
  if (!ctx.site) return textFromPatch(patch);
  const doc = ctx.site.documents.get(file);
  if (doc) return doc.read.ok ? doc.read.text : undefined;
  try {
    return (await readFile(path.join(ctx.report.root, ...file.split('/')), 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
