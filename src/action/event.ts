import { readFile } from 'node:fs/promises';

/** The pull request an event is about, as far as bloglint needs it. */
export interface PullRequestInfo {
  number: number;
  /** `pull_request.head.sha`: the commit the author pushed (never the merge commit `GITHUB_SHA`). */
  headSha: string;
  baseSha: string;
  /** `owner/repo` of the head branch. */
  headRepo: string;
  /** `owner/repo` of the base branch (this repository). */
  baseRepo: string;
  /** The head is in another repository: the workflow's token is read-only on `pull_request`. */
  isFork: boolean;
  /** `pull_request.changed_files`: how many files it changes (GitHub lists at most 3,000 of them). */
  changedFiles?: number;
}

/** What the Action takes from the event. */
export interface ActionEvent {
  name: string;
  pullRequest?: PullRequestInfo;
  /** The commit the findings are about: the PR head on pull requests, else `GITHUB_SHA`. */
  sha: string;
  /** `GITHUB_REF`, e.g. `refs/heads/main`. */
  ref: string;
  /** The repository's default branch, from the payload (`repository.default_branch`). */
  defaultBranch: string | undefined;
  owner: string;
  repo: string;
  /** On `workflow_run`: the run that triggered this one (its artifacts are untrusted when it ran for a fork). */
  workflowRun?: WorkflowRunInfo;
}

/** The triggering run of a `workflow_run` event, as far as the report mode needs it. */
export interface WorkflowRunInfo {
  /** The event the triggering run ran for, e.g. `pull_request`. */
  event: string;
  /** The commit it ran on (the pull request's head for `pull_request`). */
  headSha: string;
  /** Pull request numbers GitHub lists for it; empty for a fork's pull request. */
  pullRequests: number[];
}

/** Events whose payload carries a `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Reads the event the workflow runs for, from the environment GitHub sets (`GITHUB_EVENT_NAME`,
 * `GITHUB_EVENT_PATH`, `GITHUB_SHA`, `GITHUB_REF`, `GITHUB_REPOSITORY`).
 *
 * @param env the process environment
 * @returns the event, with the pull request when there is one
 */
export async function readEvent(env: NodeJS.ProcessEnv): Promise<ActionEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const payload = env.GITHUB_EVENT_PATH ? await readPayload(env.GITHUB_EVENT_PATH) : {};
  return parseEvent(name, payload, env);
}

/**
 * The pure part of {@link readEvent}.
 *
 * @param name the event name
 * @param payload the webhook payload
 * @param env `GITHUB_SHA`, `GITHUB_REF`, `GITHUB_REPOSITORY`
 * @returns the event
 */
export function parseEvent(name: string, payload: Record<string, unknown>, env: NodeJS.ProcessEnv): ActionEvent {
  const repository = record(payload['repository']);
  const fullName = env.GITHUB_REPOSITORY || text(repository['full_name']) || '/';
  const [owner = '', repo = ''] = fullName.split('/');
  const event: ActionEvent = {
    name,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    defaultBranch: text(repository['default_branch']) || text(repository['master_branch']) || undefined,
    owner,
    repo,
  };
  if (name === 'workflow_run') {
    const triggering = record(payload['workflow_run']);
    const numbers = Array.isArray(triggering['pull_requests']) ? triggering['pull_requests'].map((item) => record(item)['number']) : [];
    event.workflowRun = {
      event: text(triggering['event']),
      headSha: text(triggering['head_sha']),
      pullRequests: numbers.filter((n): n is number => typeof n === 'number'),
    };
  }
  const pr = record(payload['pull_request']);
  if (PULL_REQUEST_EVENTS.has(name) && typeof pr['number'] === 'number') {
    const head = record(pr['head']);
    const base = record(pr['base']);
    const headRepo = text(record(head['repo'])['full_name']);
    const baseRepo = text(record(base['repo'])['full_name']) || fullName;
    event.pullRequest = {
      number: pr['number'],
      headSha: text(head['sha']) || event.sha,
      baseSha: text(base['sha']),
      headRepo,
      baseRepo,
      // A deleted fork has no head repo: still a fork as far as the token is concerned.
      isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
    if (typeof pr['changed_files'] === 'number') event.pullRequest.changedFiles = pr['changed_files'];
    event.sha = event.pullRequest.headSha;
  }
  return event;
}

async function readPayload(file: string): Promise<Record<string, unknown>> {
  try {
    return record(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return {};
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
