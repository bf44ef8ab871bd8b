/**
 * Parse `bloglint deploy` arguments into `DeployOptions`. Pure: the caller passes the working
 * folder and what it knows (the `origin` URL, a token from the environment, a commit message
 * naming the source sha).
 *
 * ```
 * bloglint deploy [--dir _site] [--branch gh-pages] [--remote URL] [--cname DOMAIN]
 *                 [--keep GLOB]... [--nojekyll] [--force-orphan] [--dry-run] [--message M]
 * ```
 * There is deliberately no `--token`: a token in argv is visible to every process on the machine.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isValidBranchName, isValidCname } from './valid-names.js';
import { resolveDeployOptions, type DeployOptions } from './deploy-options.js';

/** The default publish folder: Jekyll's output. */
export const DEFAULT_PUBLISH_DIR = '_site';

/** What the caller knows besides argv. */
export interface DeployArgsContext {
  /** Folder that a relative `--dir` is resolved against. */
  cwd: string;
  /** Remote used when `--remote` is not given (e.g. the `origin` URL of the checkout). */
  defaultRemote?: string;
  /** Token for https remotes (from the environment, never from argv). */
  token?: string;
  /** Message used when `--message` is not given. */
  defaultMessage?: string;
}

/** A bad `bloglint deploy` argument; `flag` names it (e.g. `--cname`), the message says what is expected. */
export class DeployArgsError extends Error {
  /**
   * @param flag - The offending flag, e.g. `--branch`, or the unexpected argument.
   * @param message - What is wrong and what is expected.
   */
  constructor(
    readonly flag: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeployArgsError';
  }
}

const OPTIONS = {
  dir: { type: 'string' },
  branch: { type: 'string' },
  remote: { type: 'string' },
  cname: { type: 'string' },
  keep: { type: 'string', multiple: true },
  nojekyll: { type: 'boolean' },
  'force-orphan': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  message: { type: 'string' },
} as const;

/**
 * Turn `bloglint deploy` arguments into complete deploy options.
 *
 * @param args - The arguments after `deploy` (a leading `deploy` is tolerated).
 * @param context - Working folder and the caller's defaults.
 * @returns `DeployOptions` with defaults for everything not given.
 * @throws DeployArgsError - Naming the bad flag.
 */
export function parseDeployArgs(args: readonly string[], context: DeployArgsContext): DeployOptions {
  const argv = args[0] === 'deploy' ? args.slice(1) : [...args];
  const rejectedToken = argv.find((arg) => arg === '--token' || arg.startsWith('--token='));
  if (rejectedToken) {
    throw new DeployArgsError('--token', 'Unexpected flag --token: pass the token in the GITHUB_TOKEN environment variable, never on the command line.');
  }
  const { values } = parseWithFlagErrors(argv);
  const dir = requireValue('--dir', values.dir ?? DEFAULT_PUBLISH_DIR);
  const branch = requireValue('--branch', values.branch ?? 'gh-pages');
  if (!isValidBranchName(branch)) throw new DeployArgsError('--branch', `Unexpected --branch "${branch}": expected a valid git branch name, e.g. gh-pages.`);
  const remote = values.remote ?? context.defaultRemote;
  if (remote === undefined) throw new DeployArgsError('--remote', 'Missing --remote: no default remote is known here; pass --remote URL.');
  requireValue('--remote', remote);
  if (values.cname !== undefined && !isValidCname(values.cname)) {
    throw new DeployArgsError('--cname', `Unexpected --cname "${values.cname}": expected a bare domain name, e.g. blog.example.com (no https://, no path).`);
  }
  const keepFiles = (values.keep ?? []).map((glob) => requireValue('--keep', glob));
  const commitMessage = requireValue('--message', values.message ?? context.defaultMessage ?? 'Deploy with bloglint');
  return resolveDeployOptions({
    publishDir: path.resolve(context.cwd, dir),
    remote,
    branch,
    token: context.token,
    keepFiles,
    cname: values.cname?.trim(),
    nojekyll: values.nojekyll ?? false,
    forceOrphan: values['force-orphan'] ?? false,
    dryRun: values['dry-run'] ?? false,
    commitMessage,
  });
}

function parseWithFlagErrors(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as NodeJS.ErrnoException).code;
    const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? /'([^']+)'/.exec(message)?.[1] : undefined) ?? '';
    throw new DeployArgsError(flag, `Invalid bloglint deploy arguments: ${message}`);
  }
}

function requireValue(flag: string, value: string): string {
  if (value.trim() === '') throw new DeployArgsError(flag, `Unexpected empty ${flag}: expected a value.`);
  return value;
}
