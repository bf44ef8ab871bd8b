import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { displayPath } from '../report/reporter.js';
import { rules } from '../rules/index.js';
import { listChangedFiles, type ChangedFiles } from './changed-files.js';
import type { ActionEvent } from './event.js';
import { classifyFailure } from './github-errors.js';
import type { GitHubClient } from './octokit.js';
import { readUntrustedReport, ReportError } from './untrusted-report.js';

/** What `mode: report` posts, once everything was verified. */
export interface VerifiedReport {
  findings: Finding[];
  /** The event, with the verified pull request (the reporters' head sha is its head). */
  event: ActionEvent;
  changes: ChangedFiles;
  filesChecked: number;
}

/** Options of {@link verifyReport}. */
export interface VerifyOptions {
  reportFile: string;
  event: ActionEvent;
  client: GitHubClient | undefined;
  /** Real path of the workspace (the base checkout). */
  workspace: string;
  /** Absolute site root: the report's paths are relative to it. */
  root: string;
}

/**
 * Reads and verifies the untrusted report of `mode: report`, before anything is posted:
 * 1. the event is `workflow_run` for a `pull_request` run;
 * 2. the report passes {@link readUntrustedReport} (size, shape, counts, paths, texts);
 * 3. its `pullRequest.headSha` is the triggering run's `head_sha`, and GitHub's `pulls/get` of
 *    its `pullRequest.number` has that head sha (and GitHub's own list of the run's pull requests,
 *    when not empty as it is for forks, names that number);
 * 4. every finding's file is a file the pull request adds or modifies (`pulls/list-files`), or a
 *    regular file of the checked-out base that the pull request does not touch; a file the pull
 *    request removes, or one found nowhere, rejects the report.
 * Lines outside the diff are accepted (annotations and the summary); the review only comments
 * on lines the diff shows, as in `mode: lint`.
 *
 * @param options the report file, the event, the client, the workspace and the site root
 * @returns the findings with the verified pull request
 */
export async function verifyReport(options: VerifyOptions): Promise<VerifiedReport> {
  const { event, client } = options;
  const run = event.workflowRun;
  if (event.name !== 'workflow_run' || !run) throw new ReportError(`mode report runs on a workflow_run event (after the pull_request run that wrote the report), not on ${event.name || 'an unknown event'}.`);
  if (run.event !== 'pull_request') throw new ReportError(`the triggering run ran for ${run.event || 'an unknown event'}; mode report posts only reports of pull_request runs.`);
  if (!client) throw new ReportError('mode report needs a github-token to verify the pull request and post the findings.');
  const report = await readUntrustedReport(options.reportFile, rules.map((rule) => rule.id));
  const { number, headSha } = report.pullRequest;
  if (headSha !== run.headSha) throw new ReportError(`the report is about commit ${headSha}, but the triggering run ran on ${run.headSha}.`);
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(number)) throw new ReportError(`the report names pull request #${number}, but the triggering run belongs to #${run.pullRequests.join(', #')}.`);

  const repo = { owner: event.owner, repo: event.repo };
  let pull;
  try {
    pull = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (error) {
    throw new ReportError(`cannot verify pull request #${number} (${classifyFailure(error).detail}).`);
  }
  if (pull.head.sha !== headSha) throw new ReportError(`pull request #${number}'s head is ${pull.head.sha}, not the report's ${headSha}: the report is stale or not about this pull request.`);
  let changes: ChangedFiles;
  try {
    changes = await listChangedFiles(client, repo, number);
  } catch (error) {
    throw new ReportError(`cannot list the files of pull request #${number} (${classifyFailure(error).detail}).`);
  }

  const changed = new Set(changes.changed);
  const removed = new Set(changes.removed);
  const checked = new Map<string, string | undefined>();
  for (const finding of report.findings) {
    const file = displayPath(finding.file, { root: options.root, cwd: options.workspace });
    if (!checked.has(file)) checked.set(file, await whyNotInPullRequest(file, changed, removed, options.workspace));
    const reason = checked.get(file);
    if (reason) throw new ReportError(`a finding is in ${JSON.stringify(file)}, which ${reason}.`);
  }

  const headRepo = pull.head.repo?.full_name ?? '';
  const baseRepo = pull.base.repo.full_name;
  return {
    findings: report.findings,
    event: {
      ...event,
      sha: headSha,
      pullRequest: { number, headSha, baseSha: pull.base.sha, headRepo, baseRepo, isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase() },
    },
    changes,
    filesChecked: report.filesChecked,
  };
}

async function whyNotInPullRequest(file: string, changed: Set<string>, removed: Set<string>, workspace: string): Promise<string | undefined> {
  if (file.startsWith('../') || path.isAbsolute(file)) return 'is outside the repository';
  if (changed.has(file)) return undefined;
  if (removed.has(file)) return 'the pull request removes';
  try {
    const stats = await lstat(path.join(workspace, ...file.split('/')));
    if (stats.isFile()) return undefined;
  } catch {
    // not in the base checkout
  }
  return 'is neither a file of the pull request nor a file of the checked-out base';
}
