/**
 * The deploy engine's options and result, and their defaults.
 *
 * The engine publishes a built folder (e.g. Jekyll's `_site`) to a branch of a git remote
 * (`gh-pages` by default), in a temporary repository, without touching the user's working tree.
 */

/** Default branch that GitHub Pages serves from. */
export const DEFAULT_BRANCH = 'gh-pages';

/** Default commit author name: the GitHub Actions bot. */
export const DEFAULT_USER_NAME = 'github-actions[bot]';

/** Default commit author e-mail: the GitHub Actions bot's noreply address. */
export const DEFAULT_USER_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/** Default number of retries after a push lost a race with another deploy. */
export const DEFAULT_RETRIES = 3;

/** Everything `deploy()` needs. Build one with `resolveDeployOptions()` to get the defaults. */
export interface DeployOptions {
  /** Absolute path of the folder to publish (e.g. the built `_site`). */
  publishDir: string;
  /** Git remote URL or local path. Never written to any `.git/config`. */
  remote: string;
  /** Branch to publish to; default `gh-pages`. */
  branch: string;
  /**
   * Token for https remotes. Sent as an `http.<origin>/.extraheader` through `GIT_CONFIG_*`
   * environment variables: never in the URL, argv, a `.git/config` file, a log line or an error.
   */
  token?: string;
  /** picomatch globs (dotfiles match) of files on the branch to keep although not in `publishDir`. */
  keepFiles: string[];
  /** Write `CNAME` with this domain. When not given, `CNAME` from `publishDir` or else from the branch is kept. */
  cname?: string;
  /** Write an empty `.nojekyll`. */
  nojekyll: boolean;
  /** Commit message (the caller names the source sha). */
  commitMessage: string;
  /** Replace the branch history with one parentless commit; the only case that force-pushes (with a lease). */
  forceOrphan: boolean;
  /** Build the commit but do not push it. */
  dryRun: boolean;
  /** Author and committer name. */
  userName: string;
  /** Author and committer e-mail. */
  userEmail: string;
  /** Retries after a non-fast-forward rejection (a concurrent deploy); default 3. */
  retries?: number;
  /** Receives every log line, already redacted. */
  log?: (line: string) => void;
  /** Where the temporary work folder is made; default `os.tmpdir()`. */
  tmpRoot?: string;
}

/** What `deploy()` did. Failures throw a `DeployError` instead. */
export interface DeployResult {
  /** A new commit was made for the branch (pushed, or only built when `dryRun`). */
  deployed: boolean;
  /** The new commit's sha, when one was made. */
  commit?: string;
  /** Human-readable outcome, e.g. `no changes`, `pushed abc1234 to gh-pages`. */
  reason: string;
  /** The commit reached the remote. */
  pushed: boolean;
  /** Push attempts made (0 when nothing was pushed). */
  attempts: number;
  /** Files copied from `publishDir` (skipped symlinks and `.git` not counted; kept and generated files not counted). */
  filesPublished: number;
}

/**
 * Fill in the defaults of the optional-by-nature fields.
 *
 * @param options - `publishDir`, `remote` and `commitMessage` at least; any other field that is
 *   not `undefined` overrides its default.
 * @returns Complete `DeployOptions`.
 */
export function resolveDeployOptions(
  options: Pick<DeployOptions, 'publishDir' | 'remote' | 'commitMessage'> & Partial<DeployOptions>,
): DeployOptions {
  return {
    branch: DEFAULT_BRANCH,
    keepFiles: [],
    nojekyll: false,
    forceOrphan: false,
    dryRun: false,
    userName: DEFAULT_USER_NAME,
    userEmail: DEFAULT_USER_EMAIL,
    retries: DEFAULT_RETRIES,
    ...withoutUndefined(options),
    publishDir: options.publishDir,
    remote: options.remote,
    commitMessage: options.commitMessage,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
