import { startEarlyWalk } from '../core/walk-thread.js';
import { startMain } from './relaunch.js';
import { cliRunKind, realPath } from './run-kind.js';

/* istanbul ignore next: the bin entry (dist/cli.js) only starts the CLI's main module (dist/cli-main.js, src/cli.ts): first the walk of an --only run, or Node again for a whole-site run. */
const run = cliRunKind(process.argv.slice(2), process.cwd());
const root = run.kind === 'only' ? realPath(run.root) : undefined;
if (root) startEarlyWalk(root, new URL('./tree-worker.js', import.meta.url));
await startMain(new URL('./cli-main.js', import.meta.url), run.kind === 'whole-site');
