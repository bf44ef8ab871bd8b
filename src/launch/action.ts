import { startEarlyWalk } from '../core/walk-thread.js';
import { startMain } from './relaunch.js';
import { actionRunKind, realPath } from './run-kind.js';

/* istanbul ignore next: the Action's entry (dist/index.js) only starts its main module (dist/action-main.js, src/index.ts): first the walk of a pull request's run, or Node again for a whole-site run. */
const run = actionRunKind(process.env, process.cwd());
const root = run.kind === 'only' ? realPath(run.root) : undefined;
if (root) startEarlyWalk(root, new URL('./tree-worker.js', import.meta.url));
await startMain(new URL('./action-main.js', import.meta.url), run.kind === 'whole-site');
