import type { Finding } from '../../core/finding.js';
import { countFindings, plural, sortFindings } from '../../report/reporter.js';
import { toChecksLevel } from '../../report/severity.js';
import { renderSummaryMarkdown } from '../../report/summary-table.js';
import { classifyFailure } from '../github-errors.js';
import { repoPath, type ActionReportContext, type ActionReporter } from './reporter.js';

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** The check run's name (what branch protection requires). */
export const CHECK_RUN_NAME = 'bloglint';

/** GitHub's limit for `output.summary` and `output.text`. */
const MAX_OUTPUT_CHARS = 65_535;

/** A Checks API annotation. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

/**
 * One check run on the pull request's head commit (never the merge commit) carrying every
 * annotation, in batches of {@link ANNOTATIONS_PER_REQUEST}: a create with the first batch, one
 * update per further batch, the last one completing the run with the conclusion of the gate
 * (`failure` when the findings reach `fail-on`, `success` without findings, `neutral` otherwise).
 * Without `checks: write` (403/404 on create) it records the refusal; the annotations reporter
 * then writes workflow-command annotations instead.
 */
export const checkRunReporter: ActionReporter = {
  name: 'check',
  usesApi: true,
  async report(ctx) {
    const client = ctx.client!;
    const repo = { owner: ctx.event.owner, repo: ctx.event.repo };
    const annotations = sortFindings(ctx.findings).map((finding) => toAnnotation(ctx, finding));
    const batches = chunk(annotations, ANNOTATIONS_PER_REQUEST);
    const output = checkOutput(ctx);
    const conclusion = checkConclusion(ctx);
    let id: number;
    try {
      const first = batches[0] ?? [];
      const done = batches.length <= 1;
      const created = await client.rest.checks.create({
        ...repo,
        name: CHECK_RUN_NAME,
        head_sha: ctx.event.sha,
        ...(done ? { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' as const }),
        output: { ...output, ...(first.length > 0 ? { annotations: first } : {}) },
      });
      id = created.data.id;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'forbidden') {
        ctx.state.denied.set('check run', failure.detail);
        return;
      }
      throw error;
    }
    for (let index = 1; index < batches.length; index++) {
      const last = index === batches.length - 1;
      await client.rest.checks.update({
        ...repo,
        check_run_id: id,
        ...(last ? { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() } : {}),
        output: { ...output, annotations: batches[index]! },
      });
    }
    ctx.state.checkRunDelivered = true;
    ctx.io.info(`bloglint: check run "${CHECK_RUN_NAME}" on ${ctx.event.sha.slice(0, 7)}: ${conclusion}, ${plural(annotations.length, 'annotation')} in ${plural(Math.max(1, batches.length), 'request')}.`);
  },
};

/**
 * @param ctx the context
 * @returns the conclusion that matches the gate
 */
export function checkConclusion(ctx: Pick<ActionReportContext, 'findings' | 'failed'>): 'failure' | 'success' | 'neutral' {
  if (ctx.failed) return 'failure';
  return ctx.findings.length === 0 ? 'success' : 'neutral';
}

/**
 * @param ctx the context
 * @param finding a finding
 * @returns its annotation: repository-relative path, columns only on a single line, title = rule id
 */
export function toAnnotation(ctx: ActionReportContext, finding: Finding): CheckAnnotation {
  const { start, end } = finding.range;
  const startLine = Math.max(1, start.line);
  const endLine = Math.max(startLine, end.line);
  const annotation: CheckAnnotation = {
    path: repoPath(ctx, finding.file),
    start_line: startLine,
    end_line: endLine,
    annotation_level: toChecksLevel(finding.severity),
    message: finding.message,
    title: finding.rule,
  };
  if (startLine === endLine) {
    annotation.start_column = Math.max(1, start.column);
    annotation.end_column = Math.max(annotation.start_column, end.column);
  }
  return annotation;
}

function checkOutput(ctx: ActionReportContext): { title: string; summary: string } {
  const counts = countFindings(ctx.findings);
  const title =
    ctx.findings.length === 0
      ? `No problems in ${plural(ctx.report.filesChecked, 'file')}`
      : `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${counts.infos > 0 ? `, ${plural(counts.infos, 'info', 'infos')}` : ''}`;
  const summary = renderSummaryMarkdown(ctx.findings, ctx.report, { blobUrl: (file, line) => ctx.blobUrl(file, line), maxChars: MAX_OUTPUT_CHARS - 1000 });
  return { title, summary };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}
