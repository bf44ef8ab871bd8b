import { Worker } from 'node:worker_threads';

/** What the walk thread (dist/tree-worker.js) is started with. */
export interface TreeWorkerSetup {
  root: string;
  /** Files per piece. */
  flushAt: number;
}

/** Files per piece: a few milliseconds of walking each. */
export const FLUSH_AT = 1024;

/** What the walk thread sends (a piece of the walk, or `done`), or how it ended early. */
export type WalkThreadEvent = { message: unknown } | { error: Error };

/**
 * A walk thread under way, and what it has sent: its events are kept until someone listens
 * (`listen`), so it can be started before its reader exists — by the entry, before the main module
 * is loaded (`startEarlyWalk`). Small on purpose: the entries bundle it too (src/launch).
 */
export class WalkThread {
  readonly worker: Worker;
  private readonly events: WalkThreadEvent[] = [];
  private listener: ((event: WalkThreadEvent) => void) | undefined;

  /**
   * Starts the thread (throws when no thread can be had).
   * @param root absolute real path of the site root
   * @param url the walk thread's code (dist/tree-worker.js)
   * @param flushAt files per piece
   */
  constructor(
    readonly root: string,
    url: URL,
    flushAt = FLUSH_AT,
  ) {
    this.worker = new Worker(url, { workerData: { root, flushAt } satisfies TreeWorkerSetup });
    this.worker.on('message', (message: unknown) => this.emit({ message }));
    this.worker.once('error', (error: Error) => this.emit({ error }));
    this.worker.once('exit', () => this.emit({ error: new Error('the walk thread exited') }));
  }

  private emit(event: WalkThreadEvent): void {
    if (this.listener) this.listener(event);
    else this.events.push(event);
  }

  /** Gives `listener` every event so far, in order, then each as it comes. */
  listen(listener: (event: WalkThreadEvent) => void): void {
    this.listener = listener;
    for (const event of this.events.splice(0)) listener(event);
  }
}

const EARLY = Symbol.for('bloglint.earlyWalkThread');

/**
 * Starts the walk of an `--only` run's tree from the entry, while Node still loads the main
 * module: the thread's start and first folders no longer wait for it (docs/benchmark.md, tenth
 * round). The thread does not keep the process alive until the main module takes it
 * (`takeEarlyWalk`): a run that stops before its walk (a usage error) ends as before. Without a
 * thread to be had, nothing is started: the main module starts its walk as it always did.
 * @param root absolute real path of the site root, as the run will resolve it
 * @param url the walk thread's code (dist/tree-worker.js)
 * @returns the thread, or undefined when none could be started
 */
export function startEarlyWalk(root: string, url: URL): WalkThread | undefined {
  try {
    const thread = new WalkThread(root, url);
    thread.worker.unref();
    (globalThis as Record<symbol, unknown>)[EARLY] = thread;
    return thread;
  } catch {
    return undefined; // no thread: the main module walks as it always did
  }
}

/** Stops the walk thread the entry started, if no run took it (a run that lints the whole site walks on its own). */
export function dropEarlyWalk(): void {
  const store = globalThis as Record<symbol, unknown>;
  const thread = store[EARLY] as WalkThread | undefined;
  delete store[EARLY];
  if (thread) void thread.worker.terminate();
}

/**
 * The walk thread the entry started for `root` (once): one started for another root (the run
 * resolved its root otherwise) is stopped, and none is given.
 * @param root absolute real path of the site root
 */
export function takeEarlyWalk(root: string): WalkThread | undefined {
  const store = globalThis as Record<symbol, unknown>;
  const thread = store[EARLY] as WalkThread | undefined;
  delete store[EARLY];
  if (!thread) return undefined;
  if (thread.root !== root) {
    void thread.worker.terminate();
    return undefined;
  }
  thread.worker.ref();
  return thread;
}
