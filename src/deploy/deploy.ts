/**
 * The deploy engine: publish a built folder to a branch, in a temporary repository.
 *
 * Steps, each a small function below:
 * 1. validate the options; make a fresh temp folder (removed at the end, also on failure);
 * 2. `git init` there; copy the publish folder in (see `copy-tree.ts` for the symlink policy);
 *    write `CNAME` / `.nojekyll` if asked; hash it all into the "publish tree";
 * 3. fetch the branch's tip with `--depth 1` (or, when the branch does not exist, start an orphan);
 * 4. new tree = publish tree + the tip's kept files (`keep-files.ts`); same tree as the tip → no commit;
 * 5. `commit-tree` on top of the tip (or parentless for `forceOrphan`) with the given message and author;
 * 6. push without force; on a non-fast-forward rejection fetch again and redo 3–6 on the new
 *    tip, up to `retries` times. Only `forceOrphan` force-pushes, with a lease on the fetched tip.
 *
 * Nothing is ever checked out: the old branch content is only read as tree entries, so kept files,
 * however large, are never written to disk, and no file is read into this process's memory.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyTree } from './copy-tree.js';
import { DeployError } from './deploy-error.js';
import { DEFAULT_RETRIES, type DeployOptions, type DeployResult } from './deploy-options.js';
import { createGit, describeFailure, isHttpRemote, type Git } from './git.js';
import { selectKeptEntries } from './keep-files.js';
import { classifyPush, parsePushStatus, type PushStatus } from './push-status.js';
import { createRedactor, type Redactor } from './redact.js';
import { isValidBranchName, isValidCname } from './valid-names.js';
import { parseLsTree, toIndexInfo } from './tree-entries.js';

/** Local ref the fetched tip is stored under. */
const TIP_REF = 'refs/bloglint/tip';

/** Attributes that make `git add` store every byte as is (no EOL conversion, no LFS or other filter). */
const NEUTRAL_ATTRIBUTES = '* -text !eol -filter -ident !working-tree-encoding\n';

interface Context {
  options: DeployOptions;
  git: Git;
  log: (line: string) => void;
  redact: Redactor;
  ref: string;
}

interface Prepared {
  publishTree: string;
  publishPaths: Set<string>;
  filesPublished: number;
}

/**
 * Publish `options.publishDir` to `options.branch` of `options.remote`.
 *
 * @param options - See `DeployOptions`; `resolveDeployOptions()` fills the defaults.
 * @returns What happened: `deployed: false` with reason `no changes` when the branch already has this content.
 * @throws DeployError - With a redacted message, when the options are invalid, git fails, the
 *   remote refuses the push (the remote branch is then unchanged), or the retries run out.
 */
export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const redact = createRedactor(options.token);
  const log = (line: string): void => options.log?.(redact(line));
  let workRoot: string | undefined;
  try {
    await validateOptions(options);
    workRoot = await mkdtemp(path.join(options.tmpRoot ?? os.tmpdir(), 'bloglint-deploy-'));
    return await deployIn(workRoot, { options, log, redact });
  } catch (error) {
    throw new DeployError(redact(error instanceof Error ? error.message : String(error)));
  } finally {
    if (workRoot) await removeWorkFolder(workRoot, log);
  }
}

async function deployIn(workRoot: string, base: Omit<Context, 'git' | 'ref'>): Promise<DeployResult> {
  const { options, log, redact } = base;
  const workTree = path.join(workRoot, 'site');
  const hooksDir = path.join(workRoot, 'no-hooks');
  await mkdir(workTree);
  await mkdir(hooksDir);
  const git = createGit({
    gitDir: path.join(workTree, '.git'),
    workTree,
    hooksDir,
    remote: options.remote,
    token: options.token,
    userName: options.userName,
    userEmail: options.userEmail,
    redact,
  });
  const context: Context = { ...base, git, ref: `refs/heads/${options.branch}` };
  log(`Deploying ${options.publishDir} to branch ${options.branch} of ${options.remote}${options.dryRun ? ' (dry run)' : ''}`);
  if (options.token && !isHttpRemote(options.remote)) log('The token is not used: the remote is not an http(s) URL');
  const prepared = await prepare(context, workTree);
  return publish(context, prepared);
}

async function prepare(context: Context, workTree: string): Promise<Prepared> {
  const { git, options, log } = context;
  await git.run(['init', '--quiet', '--template=']);
  const infoDir = path.join(workTree, '.git', 'info');
  await mkdir(infoDir, { recursive: true });
  await writeFile(path.join(infoDir, 'attributes'), NEUTRAL_ATTRIBUTES);
  const copied = await copyTree(options.publishDir, workTree, { log });
  if (copied.files === 0) {
    throw new DeployError(`Nothing to publish: ${options.publishDir} has no files (build the site first)`);
  }
  if (options.cname !== undefined) await writeFile(path.join(workTree, 'CNAME'), `${options.cname.trim()}\n`);
  if (options.nojekyll) await writeFile(path.join(workTree, '.nojekyll'), '');
  // --force: a .gitignore inside the publish folder must not drop published files.
  await git.run(['add', '--all', '--force', '--', '.']);
  const publishTree = await git.text(['write-tree']);
  const publishPaths = new Set(parseLsTree((await git.run(['ls-tree', '-r', '-z', publishTree])).stdout).map((e) => e.path));
  log(`Prepared ${copied.files} file(s) from the publish folder${copied.skipped.length ? `, skipped ${copied.skipped.length}` : ''}`);
  return { publishTree, publishPaths, filesPublished: copied.files };
}

async function publish(context: Context, prepared: Prepared): Promise<DeployResult> {
  const { options, log } = context;
  const maxAttempts = (options.retries ?? DEFAULT_RETRIES) + 1;
  const base = { filesPublished: prepared.filesPublished };
  let attempts = 0;
  for (;;) {
    const tip = await fetchTip(context);
    const tree = await composeTree(context, prepared, tip);
    if (tip && !(await hasChanges(context, tip, tree))) {
      log(`No changes: ${options.branch} already has this content`);
      return { ...base, deployed: false, reason: 'no changes', pushed: false, attempts };
    }
    const commit = await createCommit(context, tree, tip);
    if (options.dryRun) {
      log(`Dry run: built commit ${short(commit)} for ${options.branch}; not pushing`);
      return { ...base, deployed: true, commit, reason: `dry run: commit ${short(commit)} not pushed`, pushed: false, attempts };
    }
    attempts += 1;
    const status = await push(context, commit, tip);
    if (status.outcome === 'pushed') {
      log(`Pushed ${short(commit)} to ${options.branch}`);
      return { ...base, deployed: true, commit, reason: `pushed ${short(commit)} to ${options.branch}`, pushed: true, attempts };
    }
    if (status.outcome === 'race' && attempts < maxAttempts) {
      log(`Push rejected (${status.summary}): ${options.branch} moved on, probably another deploy; retrying on the new tip (attempt ${attempts + 1} of ${maxAttempts})`);
      await sleep(backoff(attempts));
      continue;
    }
    throw new DeployError(
      status.outcome === 'race'
        ? `Gave up after ${attempts} push attempt(s): ${options.branch} kept moving (${status.summary}); the remote branch was not changed by this deploy. ${status.detail}`
        : `The remote refused the push to ${options.branch} (${status.summary}); the remote branch was not changed. ${status.detail}`,
    );
  }
}

/** Fetch the branch tip shallowly; `undefined` when the branch does not exist on the remote. */
async function fetchTip(context: Context): Promise<string | undefined> {
  const { git, options, log, ref, redact } = context;
  const fetchArgs = ['fetch', '--quiet', '--depth=1', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', options.remote, `+${ref}:${TIP_REF}`];
  const fetched = await git.run(fetchArgs, { allowFailure: true });
  if (fetched.code === 0) {
    const tip = await git.text(['rev-parse', '--verify', `${TIP_REF}^{commit}`]);
    log(`Fetched ${options.branch} at ${short(tip)}`);
    return tip;
  }
  // Was it a missing branch or an unreachable remote? ls-remote tells, and throws for the latter.
  const listed = await git.run(['ls-remote', '--heads', options.remote, ref]);
  const exists = listed.stdout.toString('utf8').split('\n').some((line) => line.endsWith(`\t${ref}`));
  if (exists) throw new DeployError(describeFailure(fetchArgs, fetched, redact));
  await git.run(['update-ref', '-d', TIP_REF], { allowFailure: true });
  log(`Branch ${options.branch} does not exist on the remote yet: creating it as an orphan`);
  return undefined;
}

/** The publish tree plus the kept files of the tip. */
async function composeTree(context: Context, prepared: Prepared, tip: string | undefined): Promise<string> {
  if (!tip) return prepared.publishTree;
  const { git, options, log } = context;
  const tipEntries = parseLsTree((await git.run(['ls-tree', '-r', '-z', tip])).stdout);
  const { kept, conflicts } = selectKeptEntries(tipEntries, prepared.publishPaths, {
    keepFiles: options.keepFiles,
    keepCname: options.cname === undefined,
  });
  if (conflicts.length > 0) {
    log(`Not keeping ${conflicts.length} file(s) from ${options.branch}: a file and a folder of the publish folder have the same path: ${preview(conflicts)}`);
  }
  if (kept.length === 0) return prepared.publishTree;
  log(`Keeping ${kept.length} file(s) from ${options.branch}: ${preview(kept.map((e) => e.path))}`);
  await git.run(['read-tree', prepared.publishTree]);
  await git.run(['update-index', '--add', '-z', '--index-info'], { input: toIndexInfo(kept) });
  return git.text(['write-tree']);
}

/** Whether `tree` differs from the tip (for `forceOrphan`: or the tip still has history to drop). */
async function hasChanges(context: Context, tip: string, tree: string): Promise<boolean> {
  const { git, options } = context;
  if ((await git.text(['rev-parse', '--verify', `${tip}^{tree}`])) !== tree) return true;
  if (!options.forceOrphan) return false;
  const header = (await git.text(['cat-file', 'commit', tip])).split('\n\n')[0] ?? '';
  return header.split('\n').some((line) => line.startsWith('parent '));
}

async function createCommit(context: Context, tree: string, tip: string | undefined): Promise<string> {
  const { git, options, log } = context;
  const parents = tip && !options.forceOrphan ? ['-p', tip] : [];
  const message = options.commitMessage.endsWith('\n') ? options.commitMessage : `${options.commitMessage}\n`;
  const commit = await git.text(['commit-tree', '--no-gpg-sign', tree, ...parents, '-F', '-'], { input: message });
  log(`Committed ${short(commit)}${parents.length ? ` on top of ${short(tip ?? '')}` : ' (no parent)'}`);
  return commit;
}

interface PushAttempt {
  outcome: 'pushed' | 'race' | 'refused';
  summary: string;
  detail: string;
}

async function push(context: Context, commit: string, tip: string | undefined): Promise<PushAttempt> {
  const { git, options, ref, redact } = context;
  // Only forceOrphan rewrites history, and only if the branch is still where we fetched it.
  const force = options.forceOrphan ? [`--force-with-lease=${ref}:${tip ?? ''}`] : [];
  const args = ['push', '--porcelain', '--no-verify', ...force, options.remote, `${commit}:${ref}`];
  const result = await git.run(args, { allowFailure: true });
  const status: PushStatus | undefined = parsePushStatus(result.stdout.toString('utf8'), ref);
  let outcome = classifyPush(status);
  if (outcome === 'pushed' && result.code !== 0) outcome = 'refused';
  return {
    outcome,
    summary: status?.summary ?? 'no status from git',
    detail: result.code === 0 ? '' : describeFailure(args, result, redact),
  };
}

async function validateOptions(options: DeployOptions): Promise<void> {
  const problems: string[] = [];
  if (!path.isAbsolute(options.publishDir)) problems.push(`publishDir must be an absolute path, got "${options.publishDir}"`);
  if (!options.remote.trim() || options.remote.startsWith('-')) problems.push(`remote must be a git URL or path, got "${options.remote}"`);
  if (!isValidBranchName(options.branch)) problems.push(`branch "${options.branch}" is not a valid branch name`);
  if (!options.commitMessage.trim()) problems.push('commitMessage must not be empty');
  if (!options.userName.trim() || !options.userEmail.trim()) problems.push('userName and userEmail must not be empty');
  if (options.cname !== undefined && !isValidCname(options.cname)) problems.push(`cname "${options.cname}" is not a domain name (expected e.g. blog.example.com)`);
  const retries = options.retries ?? DEFAULT_RETRIES;
  if (!Number.isInteger(retries) || retries < 0) problems.push(`retries must be a whole number ≥ 0, got ${retries}`);
  if (problems.length === 0 && !(await isDirectory(options.publishDir))) {
    problems.push(`publishDir ${options.publishDir} is not an existing folder (build the site first)`);
  }
  if (problems.length > 0) throw new DeployError(`Invalid deploy options: ${problems.join('; ')}`);
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function removeWorkFolder(workRoot: string, log: (line: string) => void): Promise<void> {
  try {
    await rm(workRoot, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    log(`Could not remove the temporary folder ${workRoot}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function backoff(attempt: number): number {
  return 150 * attempt + Math.floor(Math.random() * 250);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

function preview(paths: readonly string[]): string {
  return paths.length > 10 ? `${paths.slice(0, 10).join(', ')} and ${paths.length - 10} more` : paths.join(', ');
}
