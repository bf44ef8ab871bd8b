import type { Finding } from '../../core/finding.js';
import { displayPath, plural, sortFindings } from '../reporter.js';
import type { ReportContext, Reporter } from '../reporter.js';
import { toAnnotationLevel } from '../severity.js';
import type { AnnotationLevel } from '../severity.js';
import { escapeCommandData, escapeCommandProperty } from './escape.js';

/**
 * How many annotations of each level to emit. GitHub shows at most 10 error and 10 warning
 * annotations per step and 50 per job; the rest are silently dropped, so we drop them ourselves
 * and say so.
 */
export type AnnotationCap = Record<AnnotationLevel, number>;

/** 10 errors, 10 warnings, 10 notices: what GitHub displays for one step. */
export const DEFAULT_ANNOTATION_CAP: Readonly<AnnotationCap> = Object.freeze({ error: 10, warning: 10, notice: 10 });

/** Result of {@link renderWorkflowCommands}. */
export interface WorkflowCommands {
  /** The command lines, without line terminators. */
  lines: string[];
  /** Findings emitted as annotations. */
  emitted: number;
  /** Findings dropped by the cap (they are still in the job summary). */
  dropped: number;
}

/** Properties of one annotation command, in the order they are written. */
export interface AnnotationProperties {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/**
 * Formats one workflow command, escaping every property and the message with `escape.ts`.
 *
 * @param level annotation level
 * @param properties annotation properties (undefined ones are omitted)
 * @param message the message
 * @returns e.g. `::error file=a.md,line=3,title=rule::Message`
 */
export function formatWorkflowCommand(
  level: AnnotationLevel,
  properties: AnnotationProperties,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(value)}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

/**
 * Annotation properties of a finding. Columns are omitted when the range spans lines, as GitHub
 * requires (`col`/`endColumn` are only valid on a single line).
 *
 * @param finding the finding
 * @param ctx the report context (paths are relative to `ctx.cwd`, e.g. `GITHUB_WORKSPACE`)
 * @returns the properties
 */
export function annotationProperties(finding: Finding, ctx: ReportContext): AnnotationProperties {
  const { start, end } = finding.range;
  const line = Math.max(1, start.line);
  const endLine = Math.max(line, end.line);
  const singleLine = endLine === line;
  return {
    file: displayPath(finding.file, ctx),
    line,
    endLine,
    col: singleLine ? Math.max(1, start.column) : undefined,
    endColumn: singleLine ? Math.max(1, start.column, end.column) : undefined,
    title: finding.rule,
  };
}

/**
 * Renders findings as GitHub workflow commands, at most `cap[level]` per level, in the stable
 * finding order. When some are dropped, one final `::notice::` line says how many more are in the
 * job summary; that notice takes one notice slot, so the total never exceeds the cap.
 *
 * @param findings findings in any order
 * @param ctx the report context
 * @param cap annotations per level (default {@link DEFAULT_ANNOTATION_CAP})
 * @returns the command lines and the emitted/dropped counts
 */
export function renderWorkflowCommands(
  findings: readonly Finding[],
  ctx: ReportContext,
  cap: Readonly<AnnotationCap> = DEFAULT_ANNOTATION_CAP,
): WorkflowCommands {
  const sorted = sortFindings(findings);
  const kept = selectWithinCap(sorted, cap);
  const lines = sorted
    .filter((finding) => kept.has(finding))
    .map((finding) =>
      formatWorkflowCommand(toAnnotationLevel(finding.severity), annotationProperties(finding, ctx), finding.message),
    );
  const dropped = sorted.length - kept.size;
  if (dropped > 0) {
    lines.push(
      formatWorkflowCommand(
        'notice',
        { title: 'bloglint' },
        `${plural(dropped, 'more problem')} not annotated (GitHub shows only a few per step); see the job summary.`,
      ),
    );
  }
  return { lines, emitted: kept.size, dropped };
}

/** The findings that fit the cap, first come first kept, with one notice slot kept free when any is dropped. */
function selectWithinCap(sorted: readonly Finding[], cap: Readonly<AnnotationCap>): Set<Finding> {
  const byLevel: Record<AnnotationLevel, Finding[]> = { error: [], warning: [], notice: [] };
  for (const finding of sorted) byLevel[toAnnotationLevel(finding.severity)].push(finding);
  const limit = (level: AnnotationLevel): number => Math.max(0, Math.floor(cap[level]));
  const anyDropped = (['error', 'warning', 'notice'] as const).some((level) => byLevel[level].length > limit(level));
  const noticeLimit = anyDropped ? Math.max(0, limit('notice') - 1) : limit('notice');
  return new Set([
    ...byLevel.error.slice(0, limit('error')),
    ...byLevel.warning.slice(0, limit('warning')),
    ...byLevel.notice.slice(0, noticeLimit),
  ]);
}

/** Workflow-command reporter with the default cap: one command per line, trailing newline. */
export const workflowCommandsReporter: Reporter = {
  name: 'github',
  report(findings, ctx) {
    const { lines } = renderWorkflowCommands(findings, ctx);
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  },
};
