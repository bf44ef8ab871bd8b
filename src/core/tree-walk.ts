import { walkTree, type WalkResult } from './walk.js';
import { takeEarlyWalk, WalkThread } from './walk-thread.js';

export type { TreeWorkerSetup } from './walk-thread.js';

declare const BLOGLINT_BUNDLED: boolean | undefined;

/** Where the walk thread's code is: beside the bundle (dist/tree-worker.js); from sources, none. */
function bundledWorker(): URL | undefined {
  return typeof BLOGLINT_BUNDLED !== 'undefined' && BLOGLINT_BUNDLED === true ? new URL('./tree-worker.js', import.meta.url) : undefined;
}

/**
 * Starts walking the tree below `root` on a worker thread, or takes the walk the entry started
 * for it already (`startEarlyWalk`, src/core/walk-thread.ts): an `--only` run then works on the
 * first folders (classifies their files, reads and parses its link targets' heads) while the
 * thread lists the next. Listing folders is system calls, which the other CPU runs meanwhile
 * (docs/benchmark.md, ninth round). The pieces come in walk order; without a thread to be had
 * (from sources, as in most tests), or if it fails, the walk runs on this thread. The files and
 * problems are those of `walkTree` either way.
 * @param root absolute real path of the site root
 * @param worker the walk thread's code (dist/tree-worker.js beside the bundle), none for this thread
 */
export function startWalk(root: string, worker: URL | undefined = bundledWorker()): TreeWalk {
  const early = takeEarlyWalk(root);
  if (early) return new TreeWalk(root, early, true);
  let thread: WalkThread | undefined;
  try {
    thread = worker ? new WalkThread(root, worker) : undefined;
  } catch {
    thread = undefined; // no thread to be had: the walk runs on this thread
  }
  return new TreeWalk(root, thread, false);
}

/** A walk under way (`startWalk`): iterate it once, `close` it when done with it. */
export class TreeWalk implements AsyncIterable<WalkResult> {
  private readonly pieces: (WalkResult | 'done' | Error)[] = [];
  private wake: (() => void) | undefined;
  /** Whether the whole walk was given by the thread (false once it ran here, or part of it did). */
  threaded = false;

  /**
   * @param root absolute real path of the site root
   * @param thread the walk thread, none to walk on this thread
   * @param early whether the entry started the thread (`startEarlyWalk`)
   */
  constructor(
    private readonly root: string,
    private readonly thread: WalkThread | undefined,
    readonly early: boolean,
  ) {
    thread?.listen((event) => this.arrived('error' in event ? event.error : (event.message as WalkResult | 'done')));
  }

  private arrived(piece: WalkResult | 'done' | Error): void {
    this.pieces.push(piece);
    this.wake?.();
    this.wake = undefined;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WalkResult> {
    let given = 0;
    const problemsGiven = new Set<string>();
    if (this.thread) {
      for (;;) {
        if (this.pieces.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
        const piece = this.pieces.shift()!;
        if (piece === 'done') {
          this.threaded = true;
          return;
        }
        if (piece instanceof Error) break;
        given += piece.files.length;
        for (const problem of piece.problems) problemsGiven.add(`${problem.path}\0${problem.message}`);
        yield piece;
      }
    }
    // No thread, or it failed: the walk on this thread, without the files given already (the
    // walk's order is the same, so those are its first `given` files).
    const rest = await walkTree(this.root);
    yield { files: rest.files.slice(given), problems: rest.problems.filter((problem) => !problemsGiven.has(`${problem.path}\0${problem.message}`)) };
  }

  /** Stops the thread, if the walk was not read to its end. */
  close(): void {
    void this.thread?.worker.terminate();
  }
}
