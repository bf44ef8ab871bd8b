import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { shouldFail } from '../core/fail-level.js';
import type { Finding } from '../core/finding.js';
import { ruleUrl, type Rule } from '../core/rule.js';
import { UsageError } from '../core/run.js';
import { defaultCacheFile, describeCache } from '../core/site-cache.js';
import type { Site } from '../core/site.js';
import { encodeUriPath, escapeMarkdownInline, markdownCode, markdownLink } from '../report/github/escape.js';
import { countFindings, plural } from '../report/reporter.js';
import type { ReportContext } from '../report/reporter.js';
import { rules } from '../rules/index.js';
import { VERSION } from '../version.js';
import { baseBranchConfig } from './base-config.js';
import { listChangedFiles, type ChangedFiles } from './changed-files.js';
import { runDeployStep, type DeployStepResult } from './deploy-step.js';
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
import { verifyReport } from './report-mode.js';
import { createRunnerIO, type RunnerIO } from './runner-io.js';
import { lintInScope, type ScopedRun } from './scope.js';
import { proposedEdit } from './suggestion.js';
import { ReportError, type ReportedPullRequest } from './untrusted-report.js';

/** The identity of the workflow's own token: the author of everything it writes. */
export const DEFAULT_IDENTITY = 'github-actions[bot]';

/** Reporters that call GitHub, in the order they run (the check run first: annotations depend on it). */
const API_REPORTERS: ActionReporter[] = [checkRunReporter, annotationsReporter, reviewReporter, stickyCommentReporter];

/**
 * The Action: inputs → event → scope → lint → reporters (fan-out) → deploy → gate. In
 * `mode: report`: inputs → event → the untrusted report, verified → reporters → gate.
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

    if (inputs.mode === 'report') {
      await postReport({ env, inputs, event, io, client, workspace, state });
      return;
    }

    // The pull request's files are listed while the site is read: the site's documents are read
    // as link targets meanwhile, and those the list names are read again whole (lintInScope).
    const listing = event.pullRequest && client ? readChanges(event, client, state, io) : undefined;
    const configPath = await chooseConfig(env, inputs, event, workspace, io);
    const root = path.resolve(workspace, inputs.path);
    const scoped = await lintInScope({
      root,
      ...(inputs.cache ? cacheOption(inputs, workspace, root, io) : {}),
      ...(configPath ? { configPath } : {}),
      scope: inputs.scope === 'changed' && listing ? 'changed' : 'all',
      changes: listing,
      workspace,
      // Never run code from an untrusted head: a fork's pull request, or pull_request_target
      // (write token, head chosen by the author of the pull request).
      allowPlugins: !(event.pullRequest?.isFork || env.GITHUB_EVENT_NAME === 'pull_request_target'),
      onPluginsRefused: (names) =>
        io.warnOnce(`bloglint: remark-plugins (${names.join(', ')}) were not loaded: this run checks an untrusted head (${env.GITHUB_EVENT_NAME === 'pull_request_target' ? 'pull_request_target' : 'a fork'}), and a plugin is code. See SECURITY.md.`),
    });
    const changes = await listing;
    logScope(inputs, event, scoped, io);
    logCache(scoped, workspace, io);
    const ctx = reportContext({
      env,
      inputs,
      event,
      io,
      client,
      workspace,
      changes,
      findings: scoped.findings,
      root: scoped.run.root,
      rules: scoped.run.rules,
      filesChecked: scoped.run.result.filesChecked,
      site: scoped.run.site,
      state,
    });
    if (scoped.removedUses.length > 0) state.notes.push(removedUsesNote(ctx, scoped.removedUses));
    // The pull request the findings are about travels with the report, for a workflow_run job in
    // mode report (a fork's run has no write token; GitHub lists no pull request for it).
    const pullRequest = event.pullRequest ? { number: event.pullRequest.number, headSha: event.pullRequest.headSha } : undefined;
    await reportFindings(ctx, { ...(pullRequest ? { pullRequest } : {}), deploy: true });
  } catch (error) {
    const message = error instanceof InputError || error instanceof UsageError || error instanceof ReportError ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`;
    io.setFailed(`bloglint: ${message}`);
  }
}

/**
 * The shared tail of both modes: report files, reporters (fan-out), fallbacks, deploy (lint mode
 * only), summary, outputs and the gate.
 */
async function reportFindings(ctx: ActionReportContext, options: { pullRequest?: ReportedPullRequest; deploy: boolean }): Promise<void> {
  const { inputs, io, state } = ctx;
  const files = await writeReportFiles(ctx, options.pullRequest);
  await fanOut(ctx);
  explainFallbacks(ctx);
  if (ctx.event.pullRequest && !ctx.state.reviewed) {
    ctx.state.notReviewed = ctx.findings.filter((finding) => proposedEdit(finding) !== undefined);
  }

  const deployed: DeployStepResult = options.deploy ? await runDeployStep(inputs, ctx.event, !ctx.failed, ctx.env, io) : { deployed: false, note: '' };
  if (deployed.note) state.notes.push(deployed.note);
  if (inputs.reporters.includes('summary')) await summaryReporter.report(ctx);

  const counts = countFindings(ctx.findings);
  io.setOutput('errors', counts.errors);
  io.setOutput('warnings', counts.warnings);
  io.setOutput('files-checked', ctx.report.filesChecked);
  io.setOutput('report', files.json);
  io.setOutput('sarif', files.sarif);
  io.setOutput('deployed', deployed.deployed);
  io.setOutput('deploy-commit', deployed.commit ?? '');
  io.setOutput('page-url', deployed.pageUrl ?? '');

  if (ctx.failed) io.setFailed(`bloglint found ${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')} (fail-on: ${inputs.failOn}).`);
  else io.info(`bloglint: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} (fail-on: ${inputs.failOn}): passed.`);
  if (deployed.error) io.setFailed(deployed.error);
}

/**
 * `mode: report`: no lint, no config, no plugin. The untrusted report is verified (see
 * {@link verifyReport}); anything invalid throws a `ReportError` before anything is posted.
 */
async function postReport(parts: {
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  event: ActionEvent;
  io: RunnerIO;
  client: GitHubClient | undefined;
  workspace: string;
  state: ReportState;
}): Promise<void> {
  const { inputs, workspace, io } = parts;
  const root = path.resolve(workspace, inputs.path);
  const verified = await verifyReport({ reportFile: path.resolve(workspace, inputs.reportFile!), event: parts.event, client: parts.client, workspace, root });
  const pr = verified.event.pullRequest!;
  io.info(
    `bloglint: mode report: nothing linted; posting ${plural(verified.findings.length, 'finding')} of pull request #${pr.number} at ${pr.headSha.slice(0, 7)} (verified: the report, the triggering run's head sha and the pull request's head agree; every file is in the pull request or the base).`,
  );
  const ctx = reportContext({
    ...parts,
    event: verified.event,
    changes: verified.changes,
    findings: verified.findings,
    root,
    rules,
    filesChecked: verified.filesChecked,
    site: undefined,
  });
  await reportFindings(ctx, { pullRequest: { number: pr.number, headSha: pr.headSha }, deploy: false });
}

/**
 * The config to lint with: the `config` input; on `pull_request_target` and on a fork's pull
 * request, the one of the base commit instead (the checkout holds the head, which the pull
 * request's author controls: a fork could otherwise switch off the rules that gate its merge).
 */
async function chooseConfig(env: NodeJS.ProcessEnv, inputs: ActionInputs, event: ActionEvent, workspace: string, io: RunnerIO): Promise<string | undefined> {
  const explicit = inputs.config ? path.resolve(workspace, inputs.config) : undefined;
  const target = env.GITHUB_EVENT_NAME === 'pull_request_target';
  if (!target && !event.pullRequest?.isFork) return explicit;
  const relative = explicit ? path.relative(workspace, explicit) : undefined;
  // An absolute `config` outside the workspace is the workflow author's file, not the head's.
  if (relative !== undefined && (relative.startsWith('..') || path.isAbsolute(relative))) return explicit;
  const base = await baseBranchConfig({
    workspace,
    baseSha: event.pullRequest?.baseSha ?? '',
    sitePath: inputs.path,
    config: relative,
    tempDir: env.RUNNER_TEMP || workspace,
    reason: target ? 'pull_request_target' : "a fork's pull request",
  });
  io.info(base.note);
  return base.configPath;
}

/** Lists the pull request's files (for `scope: changed` and for the review's diff lines). */
async function readChanges(event: ActionEvent, client: GitHubClient | undefined, state: ReportState, io: RunnerIO): Promise<ChangedFiles | undefined> {
  if (!event.pullRequest || !client) return undefined;
  try {
    const changes = await listChangedFiles(client, { owner: event.owner, repo: event.repo }, event.pullRequest.number);
    // GitHub lists at most 3,000 files of a pull request: checking only those would miss the rest.
    const total = event.pullRequest.changedFiles;
    if (total !== undefined && changes.files.length < total) {
      io.warnOnce(`bloglint: the pull request changes ${total} files and GitHub listed ${changes.files.length} of them (it lists at most 3,000); checking the whole blog instead.`);
      return undefined;
    }
    return changes;
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.kind === 'unavailable') state.unavailable = failure;
    io.warnOnce(`bloglint: could not list the pull request's files (${failure.detail}); checking the whole blog instead.`);
    return undefined;
  }
}

/** The cache file the inputs name (or the default one, unless its folder is a symlink: then none, with a warning). */
function cacheOption(inputs: ActionInputs, workspace: string, root: string, io: RunnerIO): { cache?: string } {
  if (inputs.cacheLocation) return { cache: path.resolve(workspace, inputs.cacheLocation) };
  const chosen = defaultCacheFile(root);
  if ('file' in chosen) return { cache: chosen.file };
  io.warnOnce(`bloglint: ${chosen.refused}; running without the cache.`);
  return {};
}

/** Says how the site-index cache served (for the workflow's `actions/cache` step), and warns when it could not be written. */
function logCache(scoped: ScopedRun, workspace: string, io: RunnerIO): void {
  const cache = scoped.run.cache;
  if (!cache) return;
  const file = path.relative(workspace, cache.file) || cache.file;
  io.info(`bloglint: cache ${file}: ${describeCache(cache)}${cache.ignored ? ` (the file was not used: ${cache.ignored})` : ''}.`);
  if (cache.saveError) io.warnOnce(`bloglint: ${cache.saveError}.`);
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
  // Each phase's time, as the CLI's --verbose gives it, for step debug logging.
  io.debug(`bloglint: ${scoped.run.result.findings.length} findings (${scoped.run.timings}); Node ${process.version}${process.execArgv.length > 0 ? ` ${process.execArgv.join(' ')}` : ''}`);
}

function reportContext(parts: {
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  event: ActionEvent;
  io: RunnerIO;
  client: GitHubClient | undefined;
  workspace: string;
  changes: ChangedFiles | undefined;
  findings: Finding[];
  root: string;
  rules: Rule<any>[];
  filesChecked: number;
  site: Site | undefined;
  state: ReportState;
}): ActionReportContext {
  const { env, inputs, event } = parts;
  const report: ReportContext = {
    root: parts.root,
    rules: parts.rules.map((rule) => ({ id: rule.id, description: rule.description, severity: rule.severity, url: ruleUrl(rule.id), fixable: rule.fixable })),
    toolVersion: VERSION,
    filesChecked: parts.filesChecked,
    cwd: parts.workspace,
  };
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    findings: parts.findings,
    report,
    event,
    inputs,
    env,
    io: parts.io,
    client: parts.client,
    failed: shouldFail(parts.findings, inputs.failOn),
    workspace: parts.workspace,
    site: parts.site,
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
