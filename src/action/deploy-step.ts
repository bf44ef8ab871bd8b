import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { deploy, DeployError, resolveDeployOptions, shouldDeploy } from '../deploy/index.js';
import { escapeMarkdownInline, markdownCode } from '../report/github/escape.js';
import type { ActionEvent } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { RunnerIO } from './runner-io.js';

/** What the deploy step did. */
export interface DeployStepResult {
  deployed: boolean;
  commit?: string;
  pageUrl?: string;
  /** One markdown paragraph for the job summary. */
  note: string;
  /** The deploy was attempted and failed: the step fails. */
  error?: string;
}

/**
 * After the lint: ask `shouldDeploy`, and when it says yes publish `publish-dir` to
 * `publish-branch` of this repository (`GITHUB_SERVER_URL/GITHUB_REPOSITORY.git`, with the token
 * sent as a header, never in the URL). `BLOGLINT_DEPLOY_REMOTE` replaces the remote: it is for
 * the end-to-end tests, which deploy to a local bare repository.
 *
 * @param inputs the Action's inputs
 * @param event the event
 * @param lintPassed the findings did not reach `fail-on`
 * @param env the environment
 * @param io runner output
 * @returns the outcome (also when skipped)
 */
export async function runDeployStep(inputs: ActionInputs, event: ActionEvent, lintPassed: boolean, env: NodeJS.ProcessEnv, io: RunnerIO): Promise<DeployStepResult> {
  const decision = shouldDeploy({ eventName: event.name, ref: event.ref, ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}), deploy: inputs.deploy, lintPassed });
  if (!decision.deploy) {
    if (inputs.deploy !== 'false') io.info(`bloglint: ${decision.reason}`);
    return { deployed: false, note: inputs.deploy === 'false' ? '' : `**Deploy skipped.** ${escapeMarkdownInline(decision.reason)}` };
  }
  io.info(`bloglint: ${decision.reason}`);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const publishDir = path.resolve(workspace, inputs.publishDir);
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const remote = env.BLOGLINT_DEPLOY_REMOTE || `${server}/${env.GITHUB_REPOSITORY}.git`;
  const sha = env.GITHUB_SHA || event.sha;
  try {
    const result = await deploy(
      resolveDeployOptions({
        publishDir,
        remote,
        branch: inputs.publishBranch,
        token: inputs.token || undefined,
        keepFiles: inputs.keepFiles,
        cname: inputs.cname,
        nojekyll: inputs.nojekyll ?? (await holdsBuiltHtml(publishDir)),
        commitMessage: inputs.commitMessage ?? `Deploy ${sha} with bloglint`,
        forceOrphan: inputs.forceOrphan,
        dryRun: inputs.dryRun,
        userName: inputs.gitUserName,
        userEmail: inputs.gitUserEmail,
        tmpRoot: env.RUNNER_TEMP || undefined,
        log: (line) => io.info(line),
      }),
    );
    const pageUrl = pagesUrl(event, inputs.cname);
    io.info(`bloglint deploy: ${result.reason}${result.commit ? ` (${result.commit})` : ''}`);
    const note = result.deployed
      ? `**Deployed** ${markdownCode(result.commit ?? '')} to ${markdownCode(inputs.publishBranch)}${inputs.dryRun ? ' (dry run: not pushed)' : ''}: ${escapeMarkdownInline(pageUrl)}`
      : `**Deploy:** ${escapeMarkdownInline(result.reason)}.`;
    return { deployed: result.deployed && result.pushed, ...(result.commit ? { commit: result.commit } : {}), pageUrl, note };
  } catch (error) {
    const message = error instanceof DeployError ? error.message : error instanceof Error ? error.message : String(error);
    return { deployed: false, note: `**Deploy failed.** ${escapeMarkdownInline(message)}`, error: `deploy failed: ${message}` };
  }
}

/**
 * @param dir the publish folder
 * @returns whether it holds built HTML (an `index.html` or `404.html` at its top): then `.nojekyll`
 *   is needed so Pages serves it as is
 */
export async function holdsBuiltHtml(dir: string): Promise<boolean> {
  try {
    if (!(await stat(dir)).isDirectory()) return false;
    return (await readdir(dir)).some((name) => /^(index|404)\.html?$/i.test(name));
  } catch {
    return false;
  }
}

/**
 * @param event the event (owner and repository)
 * @param cname the custom domain, if any
 * @returns where GitHub Pages serves the site
 */
export function pagesUrl(event: Pick<ActionEvent, 'owner' | 'repo'>, cname: string | undefined): string {
  if (cname) return `https://${cname}/`;
  const host = `${event.owner.toLowerCase()}.github.io`;
  return event.repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${event.repo}/`;
}
