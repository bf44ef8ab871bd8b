import { fileURLToPath } from 'node:url';

/**
 * The young generation a whole-site run asks Node for: semi-spaces of at most 8 MB.
 *
 * From Node 22 on, V8 sizes the young generation by the machine's memory, up to semi-spaces of
 * 64 MB where memory is plenty (Node 20 stops at 16 MB). A whole-site run builds a large index
 * that lives to the end, so much of what it allocates survives its first collections, and V8
 * grows the young generation to its limit: on Node 24 a 10,000-post run peaked at 374 MB with
 * the defaults and at 270-280 MB with this flag, in no more time (docs/benchmark.md, tenth
 * round). The parse workers have their own limit (`resourceLimits`); the main thread's can only be
 * set when Node starts.
 */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=8';

export interface LaunchContext {
  /** Whether this run checks the whole site (a small run is not worth a second start). */
  wholeSite: boolean;
  /** Whether Node can replace this process with another (`process.execve`: Node 22.15+ and 23.11+, not Windows). */
  canExec: boolean;
  /** Node's own arguments for this process (`process.execArgv`). */
  execArgv: readonly string[];
  /** `NODE_OPTIONS` from the environment. */
  nodeOptions: string | undefined;
}

/**
 * Node's arguments to add in a relaunch, or undefined to run in this process: only for a
 * whole-site run, only where Node can replace its process (no second process left waiting: the
 * same process id, exit code and signals), and never over a semi-space size chosen already on the
 * command line or in `NODE_OPTIONS` (which is how to choose another one, or keep V8's).
 */
export function relaunchFlags(context: LaunchContext): string[] | undefined {
  if (!context.wholeSite || !context.canExec) return undefined;
  const given = [...context.execArgv, ...(context.nodeOptions ?? '').split(/\s+/)];
  if (given.some((arg) => /^--max[-_]semi[-_]space[-_]size(?:=|$)/.test(arg))) return undefined;
  return [YOUNG_GENERATION_FLAG];
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/**
 * Runs a bundle's main module (dist/cli-main.js, dist/action-main.js) from its small entry: first,
 * when `relaunchFlags` says so, Node is started again on the main module with those flags in
 * this same process; where that cannot be done (or fails), the main module runs here.
 * @param main the main module's URL, beside the entry
 * @param wholeSite whether this run lints the whole site
 */
export async function startMain(main: URL, wholeSite: boolean): Promise<void> {
  const execve = (process as unknown as { execve?: Execve }).execve;
  const flags = relaunchFlags({ wholeSite, canExec: typeof execve === 'function', execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS });
  if (flags && execve) {
    try {
      execve.call(process, process.execPath, [process.execPath, ...process.execArgv, ...flags, fileURLToPath(main), ...process.argv.slice(2)], process.env);
    } catch {
      // Not on this platform after all: run in this process, with V8's young generation.
    }
  }
  await import(main.href);
}
