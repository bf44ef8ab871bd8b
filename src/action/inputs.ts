/** The reporters the Action can use. */
export const REPORTER_NAMES = ['annotations', 'check', 'review', 'comment', 'summary', 'sarif'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

/** The Action's inputs, validated. */
export interface ActionInputs {
  /** `lint` lints the checkout; `report` posts an untrusted JSON report (`report-file`) without linting. */
  mode: 'lint' | 'report';
  /** The JSON report to post in `report` mode (required there). */
  reportFile: string | undefined;
  path: string;
  config: string | undefined;
  failOn: 'error' | 'warning' | 'never';
  /** `changed` checks only the posts a pull request changes; `all` the whole blog. */
  scope: 'changed' | 'all';
  reporters: ReporterName[];
  /** True when `reporters` was left at its default (use all that the token allows). */
  reportersDefaulted: boolean;
  token: string;
  suggestions: boolean;
  deploy: 'false' | 'true' | 'always';
  publishDir: string;
  publishBranch: string;
  keepFiles: string[];
  cname: string | undefined;
  nojekyll: boolean | undefined;
  commitMessage: string | undefined;
  forceOrphan: boolean;
  dryRun: boolean;
  gitUserName: string | undefined;
  gitUserEmail: string | undefined;
  /** Keep the site index between runs (`cache`), in `cacheLocation` (workspace-relative) or the default file below `path`. */
  cache: boolean;
  cacheLocation: string | undefined;
}

/** A bad input value: the message names the input and the allowed values. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Reads one input the way @actions/core does (`INPUT_<NAME>` upper-cased, spaces to `_`), trimmed. */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * Parses the Action's inputs from the environment: a pure function of `env`, so tests need no
 * mocked `@actions/core`. Defaults follow action.yml; `scope` defaults to `changed` on pull
 * requests and `all` otherwise.
 */
export function parseInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target';
  const reportersRaw = readInput(env, 'reporters');
  const reporters = reportersRaw === '' ? [...REPORTER_NAMES] : splitList(reportersRaw);
  for (const name of reporters) {
    if (!REPORTER_NAMES.includes(name as ReporterName)) throw new InputError(`input \`reporters\` has \`${name}\`; allowed values are ${REPORTER_NAMES.join(', ')} (comma- or newline-separated).`);
  }
  const mode = oneOf(env, 'mode', ['lint', 'report'], 'lint');
  const reportFile = readInput(env, 'report-file') || undefined;
  if (mode === 'report' && !reportFile) throw new InputError('input `report-file` is empty; `mode: report` needs the path of the JSON report to post (downloaded with actions/download-artifact).');
  return {
    mode,
    reportFile,
    path: readInput(env, 'path') || '.',
    config: readInput(env, 'config') || undefined,
    failOn: oneOf(env, 'fail-on', ['error', 'warning', 'never'], 'error'),
    scope: oneOf(env, 'scope', ['changed', 'all'], isPullRequest ? 'changed' : 'all'),
    reporters: reporters as ReporterName[],
    reportersDefaulted: reportersRaw === '',
    token: readInput(env, 'github-token') || env.GITHUB_TOKEN || '',
    suggestions: bool(env, 'suggestions', true),
    deploy: oneOf(env, 'deploy', ['false', 'true', 'always'], 'false'),
    publishDir: readInput(env, 'publish-dir') || '_site',
    publishBranch: readInput(env, 'publish-branch') || 'gh-pages',
    keepFiles: splitList(readInput(env, 'keep-files')),
    cname: readInput(env, 'cname') || undefined,
    nojekyll: readInput(env, 'nojekyll') === '' ? undefined : bool(env, 'nojekyll', true),
    commitMessage: readInput(env, 'commit-message') || undefined,
    forceOrphan: bool(env, 'force-orphan', false),
    dryRun: bool(env, 'dry-run', false),
    gitUserName: readInput(env, 'git-user-name') || undefined,
    gitUserEmail: readInput(env, 'git-user-email') || undefined,
    cache: bool(env, 'cache', false) || readInput(env, 'cache-location') !== '',
    cacheLocation: readInput(env, 'cache-location') || undefined,
  };
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: T[], fallback: T): T {
  const value = readInput(env, name).toLowerCase();
  if (value === '') return fallback;
  if (!allowed.includes(value as T)) throw new InputError(`input \`${name}\` is \`${readInput(env, name)}\`; allowed values are ${allowed.join(', ')}.`);
  return value as T;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = readInput(env, name);
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`input \`${name}\` is \`${value}\`; allowed values are true, false.`);
}

function splitList(value: string): string[] {
  return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
