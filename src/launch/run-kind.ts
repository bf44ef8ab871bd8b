import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInputs } from '../action/inputs.js';
import { CLI_OPTIONS } from '../cli/options.js';

/**
 * What a run will do, as its entry can tell before the main module is loaded: lint the whole site
 * (worth a smaller young generation: src/launch/relaunch.ts), lint some posts of the site below
 * `root` (an `--only` run or a pull request: its walk can start at once, src/core/walk-thread.ts),
 * or something else. A command line or inputs the run will refuse are `other`: the run says why.
 */
export type RunKind = { kind: 'whole-site' } | { kind: 'only'; root: string } | { kind: 'other' };

/**
 * The CLI's run, read from its arguments as the CLI reads them (src/cli/options.ts): `--only`
 * names posts; help, version, `--init` and `deploy` lint nothing.
 * @param argv the arguments after node and the script
 * @param cwd the folder a relative root is resolved against
 */
export function cliRunKind(argv: readonly string[], cwd: string): RunKind {
  if (argv[0] === 'deploy') return { kind: 'other' };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: CLI_OPTIONS });
  } catch {
    return { kind: 'other' };
  }
  const { values, positionals } = parsed;
  if (values.help || values.version || values.init) return { kind: 'other' };
  // Posts after the root are the CLI's only with `--only` (else it refuses them).
  if (values.only === undefined) return positionals.length > 1 ? { kind: 'other' } : { kind: 'whole-site' };
  return { kind: 'only', root: path.resolve(cwd, positionals[0] ?? '.') };
}

/**
 * The Action's run, from its inputs as it reads them (src/action/inputs.ts): `mode: lint` with
 * `scope: all` lints the whole site, with `scope: changed` (the default on pull requests) the
 * posts the pull request changes, below `path` in the workspace; `mode: report` lints nothing.
 * @param env the process environment (`INPUT_*`, `GITHUB_EVENT_NAME`, `GITHUB_WORKSPACE`)
 * @param cwd the workspace when `GITHUB_WORKSPACE` is not set
 */
export function actionRunKind(env: NodeJS.ProcessEnv, cwd: string): RunKind {
  let inputs;
  try {
    inputs = parseInputs(env);
  } catch {
    return { kind: 'other' };
  }
  if (inputs.mode !== 'lint') return { kind: 'other' };
  if (inputs.scope === 'all') return { kind: 'whole-site' };
  const workspace = realPath(env.GITHUB_WORKSPACE ?? cwd);
  return workspace === undefined ? { kind: 'other' } : { kind: 'only', root: path.resolve(workspace, inputs.path) };
}

/**
 * The real path of a folder as a run resolves its root (src/core/run.ts), or undefined when it
 * cannot be read (the run will say so).
 * @param folder an absolute path
 */
export function realPath(folder: string): string | undefined {
  try {
    return realpathSync(folder);
  } catch {
    return undefined;
  }
}
