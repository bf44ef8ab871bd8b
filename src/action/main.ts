import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { shouldFail } from '../core/fail-level.js';
import { ruleUrl } from '../core/rule.js';
import { UsageError } from '../core/run.js';
import { encodeUriPath, escapeMarkdownInline, markdownCode, markdownLink } from '../report/github/escape.js';
import { countFindings, plural } from '../report/reporter.js';
import type { ReportContext } from '../report/reporter.js';
import { VERSION } from '../version.js';
import { listChangedFiles, type ChangedFiles } from './changed-files.js';
import { runDeployStep } from './deploy-step.js';
import { readEvent, type ActionEvent } from './event.js';
import { classifyFailure } from './github-errors.js';
import { InputError, parseInputs, type ActionInputs } from './inputs.js';
import { createClient, type GitHubClient } from './octokit.js';
import { annotationsReporter } from './reporters/annotations.js';
import { checkRunReporter } from './reporters/check-run.js';
import { repoPath, type ActionReportContext, type ActionReporter, type ReportState } from './reporters/reporter.js';
import { reviewReporter } from './reporters/review.js';
import { writeReportFiles } from './reporters/sarif-file.js';
import { stickyCommentReporter } from './reporters/sticky-comment.js';
import { summaryReporter } from './reporters/summary.js';
import { createRunnerIO, type RunnerIO } from './runner-io.js';
import { lintInScope, type ScopedRun } from './scope.js';
import { proposedEdit } from './suggestion.js';

/** The identity of the workflow's own token: the author of everything it writes. */
export const DEFAULT_IDENTITY = 'github-actions[bot]';

/** Reporters that call GitHub, in the order they run (the check run first: annotations depend on it). */
const API_REPORTERS: ActionReporter[] = [checkRunReporter, annotationsReporter, reviewReporter, stickyCommentReporter];

/**
 * The Action: inputs → event → scope → lint → reporters (fan-out) → deploy → gate.
 * Every throw ends in a failed step with a message that says what to do.
 *
 * @param env the process environment (inputs are `INPUT_*` variables, as the runner sets them)
 * @param out where the log goes (stdout)
 */
export async function run(env: NodeJS.ProcessEnv = process.env, out: (text: string) => void = (t) => process.stdout.write(t)): Promise<void> {
  const io = createRunnerIO(env, out);
  try {
    const inputs = parseInputs(env);
    io.setSecret(inputs.token);
    const event = await readEvent(env);
    const workspace = await realpath(env.GITHUB_WORKSPACE ?? process.cwd());
    const client = inputs.token ? createClient({ token: inputs.token, env, log: (line) => io.info(`bloglint: ${line}`) }) : undefined;
    const state: ReportState = { checkRunDelivered: false, denied: new Map(), notReviewed: [], notes: [], identity: DEFAULT_IDENTITY };

    const changes = await readChanges(event, client, state, io);
    const scoped = await lintInScope({
      root: path.resolve(workspace, inputs.path),
      ...(inputs.config ? { configPath: path.resolve(workspace, inputs.config) } : {}),
      scope: inputs.scope === 'changed' && changes ? 'changed' : 'all',
      changes,
      workspace,
      // Never run code from an untrusted head: a fork's pull request, or pull_request_target
      // (write token, head chosen by the author of the pull request).
      allowPlugins: !(event.pullRequest?.isFork || env.GITHUB_EVENT_NAME === 'pull_request_target'),
      onPluginsRefused: (names) =>
        io.warnOnce(`bloglint: remark-plugins (${names.join(', ')}) were not loaded: this run checks an untrusted head (${env.GITHUB_EVENT_NAME === 'pull_request_target' ? 'pull_request_target' : 'a fork'}), and a plugin is code. See SECURITY.md.`),
    });
    logScope(inputs, event, scoped, io);
    const ctx = reportContext({ env, inputs, event, io, client, workspace, changes, scoped, state });
    if (scoped.removedUses.length > 0) state.notes.push(removedUsesNote(ctx, scoped.removedUses));

    const files = await writeReportFiles(ctx);
    await fanOut(ctx);
    explainFallbacks(ctx);
    if (ctx.event.pullRequest && !ctx.state.reviewed) {
      ctx.state.notReviewed = ctx.findings.filter((finding) => proposedEdit(finding) !== undefined);
    }

    const deployed = await runDeployStep(inputs, event, !ctx.failed, env, io);
    if (deployed.note) state.notes.push(deployed.note);
    if (inputs.reporters.includes('summary')) await summaryReporter.report(ctx);

    const counts = countFindings(ctx.findings);
    io.setOutput('errors', counts.errors);
    io.setOutput('warnings', counts.warnings);
    io.setOutput('files-checked', scoped.run.result.filesChecked);
    io.setOutput('report', files.json);
    io.setOutput('sarif', files.sarif);
    io.setOutput('deployed', deployed.deployed);
    io.setOutput('deploy-commit', deployed.commit ?? '');
    io.setOutput('page-url', deployed.pageUrl ?? '');

    if (ctx.failed) io.setFailed(`bloglint found ${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')} (fail-on: ${inputs.failOn}).`);
    else io.info(`bloglint: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} (fail-on: ${inputs.failOn}): passed.`);
    if (deployed.error) io.setFailed(deployed.error);
  } catch (error) {
    const message = error instanceof InputError || error instanceof UsageError ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`;
    io.setFailed(`bloglint: ${message}`);
  }
}

/** Lists the pull request's files (for `scope: changed` and for the review's diff lines). */
async function readChanges(event: ActionEvent, client: GitHubClient | undefined, state: ReportState, io: RunnerIO): Promise<ChangedFiles | undefined> {
  if (!event.pullRequest || !client) return undefined;
  try {
    return await listChangedFiles(client, { owner: event.owner, repo: event.repo }, event.pullRequest.number);
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.kind === 'unavailable') state.unavailable = failure;
    io.warnOnce(`bloglint: could not list the pull request's files (${failure.detail}); checking the whole blog instead.`);
    return undefined;
  }
}

function logScope(inputs: ActionInputs, event: ActionEvent, scoped: ScopedRun, io: RunnerIO): void {
  const checked = plural(scoped.run.result.filesChecked, 'document');
  if (scoped.scope === 'changed') {
    io.info(`bloglint: scope changed: checked ${checked} that pull request #${event.pullRequest!.number} adds or modifies, resolved against the whole site.`);
    if (scoped.removed.length > 0) {
      io.info(`bloglint: ${plural(scoped.removed.length, 'file')} removed or renamed; the whole-site pass for their uses took ${Math.round(scoped.removedCheckMs)} ms and found ${plural(scoped.removedUses.length, 'use')} in unchanged documents.`);
    }
  } else {
    if (inputs.scope === 'changed' && event.pullRequest) io.info('bloglint: scope changed was asked, but the changed files are unknown: checked the whole blog.');
    io.info(`bloglint: scope all: checked ${checked}.`);
  }
}

function reportContext(parts: {
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  event: ActionEvent;
  io: RunnerIO;
  client: GitHubClient | undefined;
  workspace: string;
  changes: ChangedFiles | undefined;
  scoped: ScopedRun;
  state: ReportState;
}): ActionReportContext {
  const { env, inputs, event, scoped } = parts;
  const lintRun = scoped.run;
  const report: ReportContext = {
    root: lintRun.root,
    rules: lintRun.rules.map((rule) => ({ id: rule.id, description: rule.description, severity: rule.severity, url: ruleUrl(rule.id), fixable: rule.fixable })),
    toolVersion: VERSION,
    filesChecked: lintRun.result.filesChecked,
    cwd: parts.workspace,
  };
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    findings: scoped.findings,
    report,
    event,
    inputs,
    io: parts.io,
    client: parts.client,
    failed: shouldFail(scoped.findings, inputs.failOn),
    workspace: parts.workspace,
    site: lintRun.site,
    changes: parts.changes,
    serverUrl,
    blobUrl: (file, line) => `${serverUrl}/${event.owner}/${event.repo}/blob/${event.sha}/${encodeUriPath(file)}${line ? `#L${line}` : ''}`,
    tempDir: env.RUNNER_TEMP || parts.workspace,
    state: parts.state,
  };
}

/**
 * Runs the selected reporters in order. A reporter that calls GitHub is skipped without a token
 * or once GitHub is unavailable; a refusal (no permission) is recorded and explained once; no
 * reporter failure fails the step.
 */
async function fanOut(ctx: ActionReportContext): Promise<void> {
  const selected = new Set<string>(ctx.inputs.reporters);
  for (const reporter of API_REPORTERS) {
    const wanted = selected.has(reporter.name) || (reporter === annotationsReporter && selected.has('check'));
    if (!wanted || (reporter.appliesTo && !reporter.appliesTo(ctx))) continue;
    if (reporter.usesApi && (!ctx.client || ctx.state.unavailable)) continue;
    try {
      await reporter.report(ctx);
      if (reporter === reviewReporter) ctx.state.reviewed = true;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'unavailable') ctx.state.unavailable ??= failure;
      else if (failure.kind === 'forbidden') ctx.state.denied.set(reporter.name, failure.detail);
      else ctx.io.warnOnce(`bloglint: the ${reporter.name} reporter failed (${failure.detail}); the findings are in the log and the job summary.`);
      if (reporter === checkRunReporter) ctx.state.checkRunDelivered = false;
    }
  }
}

/** Says once why findings went to the log and the summary instead of GitHub, and lists removed-file uses. */
function explainFallbacks(ctx: ActionReportContext): void {
  const { state, io } = ctx;
  const reasons: string[] = [];
  if (!ctx.client) reasons.push('no github-token was given');
  if (state.denied.size > 0) {
    const fork = ctx.event.pullRequest?.isFork ? 'this pull request comes from a fork, and GitHub gives its workflow a read-only token; ' : '';
    const refused = [...state.denied].map(([what, detail]) => `${what}: ${detail}`).join('; ');
    reasons.push(`${fork}GitHub refused to write (${refused}); grant checks: write and pull-requests: write, see docs/github-action.md`);
  }
  if (state.unavailable) reasons.push(`GitHub's API is unavailable (${state.unavailable.detail}, after retries)`);
  if (reasons.length > 0) {
    const line = `bloglint could not report to GitHub: ${reasons.join('; ')}. The findings are in the log annotations and the job summary.`;
    io.warnOnce(line);
    state.notes.push(`> **Note:** ${escapeMarkdownInline(line)}`);
  }
}

/** Markdown list of unchanged documents that use a removed file. */
export function removedUsesNote(ctx: ActionReportContext, uses: ScopedRun['removedUses']): string {
  const rows = uses.slice(0, 50).map((finding) => {
    const file = repoPath(ctx, finding.file);
    return `- ${markdownLink(`${file}:${finding.range.start.line}`, ctx.blobUrl(file, finding.range.start.line))} still uses ${markdownCode(finding.data['url'] ?? finding.data['name'] ?? '')}`;
  });
  return `**Removed files still in use** (these documents are unchanged, but this pull request removes what they point at):\n\n${rows.join('\n')}`;
}
