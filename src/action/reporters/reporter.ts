import type { Finding } from '../../core/finding.js';
import type { Site } from '../../core/site.js';
import { displayPath, type ReportContext } from '../../report/reporter.js';
import type { ChangedFiles } from '../changed-files.js';
import type { ActionEvent } from '../event.js';
import type { GitHubFailure } from '../github-errors.js';
import type { ActionInputs } from '../inputs.js';
import type { GitHubClient } from '../octokit.js';
import type { RunnerIO } from '../runner-io.js';

/** What the reporters learn from each other during one run (filled in order). */
export interface ReportState {
  /** The check run carries every annotation (so workflow-command annotations are not needed). */
  checkRunDelivered: boolean;
  /** Reporters that GitHub refused (no permission), with GitHub's answer. */
  denied: Map<string, string>;
  /** Set once GitHub is unreachable after retries: later reporters do not call it. */
  unavailable?: GitHubFailure;
  /** Findings with a suggested change that could not go into the review (outside the diff, or refused). */
  notReviewed: Finding[];
  /** The review reporter ran to its end (else every suggested change is listed in the summary). */
  reviewed?: boolean;
  /** Markdown sections the job summary adds after the table (fallbacks, removed files, deploy). */
  notes: string[];
  /** The login our comments are written by (`github-actions[bot]` for the workflow token). */
  identity: string;
}

/** Everything a reporter may use. */
export interface ActionReportContext {
  /** Every finding of the run (changed posts, plus unchanged posts that use a removed file). */
  findings: Finding[];
  /** For the shared renderers; `cwd` is the workspace, so display paths are repository-relative. */
  report: ReportContext;
  event: ActionEvent;
  inputs: ActionInputs;
  /** The process environment. */
  env: NodeJS.ProcessEnv;
  io: RunnerIO;
  /** Undefined without a token. */
  client: GitHubClient | undefined;
  /** The findings reach `fail-on`. */
  failed: boolean;
  /** Real path of `GITHUB_WORKSPACE`. */
  workspace: string;
  /** The site as read for the lint (to find the file a URL is published from); absent in `mode: report`, which reads no site. */
  site: Site | undefined;
  /** The pull request's files, when known. */
  changes: ChangedFiles | undefined;
  /** `https://github.com/o/r/blob/<sha>/<path>#L<line>`, path-encoded. */
  blobUrl(file: string, line?: number): string;
  /** `GITHUB_SERVER_URL`, e.g. `https://github.com`. */
  serverUrl: string;
  /** Where temporary files (SARIF, JSON) are written. */
  tempDir: string;
  state: ReportState;
}

/** One way of showing findings. Reporters never decide failure; the orchestrator does. */
export interface ActionReporter {
  /** The `reporters` input value that selects it. */
  name: string;
  /** It calls the GitHub API (skipped without a token, or once GitHub is unavailable). */
  usesApi: boolean;
  /** Whether it applies to this run (e.g. a review needs a pull request). */
  appliesTo?(ctx: ActionReportContext): boolean;
  report(ctx: ActionReportContext): Promise<void>;
}

/**
 * @param ctx the context
 * @param file a root-relative finding path
 * @returns the repository-relative path (what GitHub's APIs and URLs use)
 */
export function repoPath(ctx: Pick<ActionReportContext, 'report'>, file: string): string {
  return displayPath(file, ctx.report);
}
