import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CONFIG_FILES } from '../core/config.js';

const run = promisify(execFile);

/** Largest config read from the base commit (as `readSettingsFile` allows). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Where the configuration of a `pull_request_target` run came from. */
export interface BaseConfig {
  /** A temp file with the base's config (empty when the base has none, or git could not tell): pass it as `configPath`. */
  configPath: string;
  /** One log line saying where the config came from. */
  note: string;
}

/** Options of {@link baseBranchConfig}. */
export interface BaseConfigOptions {
  /** Real path of the workspace (a git checkout, usually of the pull request's head). */
  workspace: string;
  /** The pull request's base commit. */
  baseSha: string;
  /** Site root, relative to the workspace (the `path` input). */
  sitePath: string;
  /** The `config` input, relative to the workspace, when given. */
  config: string | undefined;
  /** Where to write the temp file. */
  tempDir: string;
  /** What made the head untrusted, for the log (`pull_request_target`, `a fork's pull request`). */
  reason?: string;
}

/**
 * On `pull_request_target` the checkout may be the head, which the pull request's author
 * controls, so `.bloglint.yml` (or the file the `config` input names) is read from the base
 * commit with `git show <base>:<path>`, never from the working tree. When the base commit has no
 * config, or git cannot read the base commit (not fetched, not a repository), the defaults apply:
 * the head's config is never used.
 *
 * @param options workspace, base sha, site path, config input and temp folder
 * @returns the temp config path to lint with, and the log line
 */
export async function baseBranchConfig(options: BaseConfigOptions): Promise<BaseConfig> {
  const configPath = path.join(options.tempDir, 'bloglint', 'base-config', '.bloglint.yml');
  await mkdir(path.dirname(configPath), { recursive: true });
  const candidates = options.config ? [options.config] : CONFIG_FILES.map((name) => path.posix.join(options.sitePath, name));
  const short = options.baseSha.slice(0, 7);
  const defaults = async (why: string): Promise<BaseConfig> => {
    await writeFile(configPath, '', 'utf8');
    return { configPath, note: `bloglint: ${options.reason ?? 'pull_request_target'}: ${why}; linting with the default configuration (the checked-out head's config is never used).` };
  };
  if (!/^[0-9a-f]{40}$/.test(options.baseSha)) return defaults('the base commit is unknown');
  const git = (args: string[]) => run('git', ['-C', options.workspace, ...args], { encoding: 'utf8', maxBuffer: MAX_CONFIG_BYTES + 1024 });
  try {
    await git(['cat-file', '-e', `${options.baseSha}^{commit}`]);
  } catch {
    return defaults(`git cannot read the base commit ${short} in the workspace (fetch it, e.g. actions/checkout with fetch-depth: 0)`);
  }
  for (const candidate of candidates) {
    const relative = path.posix.normalize(candidate.split(path.sep).join('/')).replace(/^\.\//, '');
    if (relative.startsWith('../') || path.posix.isAbsolute(relative)) continue;
    let text: string;
    try {
      text = (await git(['show', `${options.baseSha}:${relative}`])).stdout;
    } catch {
      continue;
    }
    await writeFile(configPath, text, 'utf8');
    return { configPath, note: `bloglint: ${options.reason ?? 'pull_request_target'}: the configuration comes from the base commit ${short} (${relative}), not from the checked-out head.` };
  }
  return defaults(`the base commit ${short} has no ${candidates.join(' or ')}`);
}
