import { parentPort, workerData } from 'node:worker_threads';
import type { TreeWorkerSetup } from './walk-thread.js';
import { walkFolders } from './walk.js';

/**
 * The walk thread (bundled on its own as dist/tree-worker.js, started by `startWalk`): walks the
 * tree, posts it piece by piece, then `done`.
 */
const setup = workerData as TreeWorkerSetup;
walkFolders(setup.root, setup.flushAt, (piece) => parentPort!.postMessage(piece));
parentPort!.postMessage('done');
