import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { releasedTextFile, type ReadLimits } from '../parse/source-file.js';
import { loadAndScan, type LoadedDocument, type LoadJob, type UrlConfig } from './load-document.js';

declare const BLOGLINT_BUNDLED: boolean | undefined;

/** What a worker is started with; batches of jobs then arrive as messages. */
interface WorkerSetup {
  config: UrlConfig;
  limits: ReadLimits;
  now: number;
  scan: boolean;
}

type ToWorker = { batch: number; jobs: LoadJob[] } | { done: true };

interface FromWorker {
  batch: number;
  loaded: LoadedDocument[];
}

/** Documents per batch: about a tenth of a second of work, so the threads stay evenly loaded. */
const BATCH = 200;
/** Batches a worker holds at once, so it never waits for the main thread to hand out the next. */
const IN_FLIGHT = 2;
/** Below this many documents, starting a thread costs more than it saves (docs/benchmark.md). */
const MIN_JOBS_FOR_WORKERS = 2000;

/**
 * How many threads load documents, the main thread included: the count given with `--workers`,
 * else decided by size: one (no worker) for small sites, where starting a thread costs more than
 * it saves, and on runs that read only link targets' heads (`--only`); one per core, up to four,
 * on a large full run. Workers need the bundled build (they start the bundle itself); from
 * sources (tests) everything runs on the main thread.
 */
export function workerCount(forced: number | undefined, jobs: number): number {
  if (!isBundled()) return 1;
  if (forced !== undefined) return Math.max(1, Math.min(forced, 16, 4 * availableCores()));
  if (jobs < MIN_JOBS_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(4, availableCores()));
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

function isBundled(): boolean {
  return typeof BLOGLINT_BUNDLED !== 'undefined' && BLOGLINT_BUNDLED === true;
}

/**
 * Loads documents (read, front matter, URL, reference scan: the expensive, independent part of a
 * run) on `threads` threads: the main thread and `threads - 1` workers take batches from one
 * queue, so a slower thread simply takes fewer. `onLoaded` sees every document in job order, so
 * findings are the same whatever the number of threads. Texts do not travel back (see
 * `loadAndScan`), only parse results. A worker that fails leaves its batches to the main thread.
 */
export async function loadInThreads(jobs: LoadJob[], config: UrlConfig, limits: ReadLimits, now: Date, threads: number, scan: boolean, onLoaded: (loaded: LoadedDocument) => void): Promise<void> {
  const setup: WorkerSetup = { config: { defaults: config.defaults, permalink: config.permalink, timezone: config.timezone, collections: config.collections, future: config.future }, limits, now: now.getTime(), scan };
  const root = jobs[0]?.root ?? '';
  const batches: LoadJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  let taken = 0;
  const orphaned: number[] = [];
  const take = (): number | undefined => (orphaned.length > 0 ? orphaned.shift() : taken < batches.length ? taken++ : undefined);

  const arrived = new Map<number, LoadedDocument[]>();
  let delivered = 0;
  const deliver = (): void => {
    for (let batch = arrived.get(delivered); batch; batch = arrived.get(delivered)) {
      arrived.delete(delivered++);
      for (const loaded of batch) onLoaded(loaded);
    }
  };

  const pending = new Set<Promise<void>>();
  const workers: Worker[] = [];
  for (let w = 1; w < threads && batches.length > 1; w++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: { bloglintParse: setup } });
    } catch {
      break; // no thread to be had: the main thread loads everything
    }
    workers.push(worker);
    const held = new Set<number>();
    const give = (): void => {
      const batch = take();
      if (batch === undefined) return;
      held.add(batch);
      worker.postMessage({ batch, jobs: batches[batch]! } satisfies ToWorker);
    };
    for (let i = 0; i < IN_FLIGHT; i++) give();
    const done = new Promise<void>((resolve) => {
      const finish = (): void => {
        // Whatever this worker still held goes back to the queue for the main thread.
        orphaned.push(...held);
        held.clear();
        resolve();
      };
      worker.on('message', (out: FromWorker) => {
        held.delete(out.batch);
        arrived.set(out.batch, out.loaded.map((item) => fromWorker(item, root, limits)));
        give();
        if (held.size === 0) {
          worker.postMessage({ done: true } satisfies ToWorker);
          resolve();
        }
      });
      worker.once('error', finish);
      worker.once('exit', finish);
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
  }

  try {
    for (;;) {
      const batch = take();
      if (batch !== undefined) {
        const loaded: LoadedDocument[] = [];
        for (const job of batches[batch]!) loaded.push(loadAndScan(job, setup.config, limits, now, scan));
        arrived.set(batch, loaded);
        deliver();
        // Let the workers' results and requests in.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      deliver();
      if (pending.size === 0) break;
      await Promise.race(pending);
    }
    deliver();
    if (delivered !== batches.length) throw new Error(`loaded ${delivered} of ${batches.length} batches of documents`);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** A document as a worker sent it, with its released text readable again. */
function fromWorker(item: LoadedDocument, root: string, limits: ReadLimits): LoadedDocument {
  if (item.scan && item.doc.read.ok) item.doc.read = releasedTextFile(root, item.doc.path, limits, item.doc.read);
  return item;
}

/**
 * The worker side: when this bundle was started as a parse worker, load each batch of documents
 * it is sent, post the results back and return true; the entry point then does nothing else.
 */
export async function runParseWorkerIfAny(): Promise<boolean> {
  if (isMainThread || !workerData?.bloglintParse) return false;
  const setup = workerData.bloglintParse as WorkerSetup;
  const now = new Date(setup.now);
  parentPort!.on('message', (message: ToWorker) => {
    if ('done' in message) {
      parentPort!.close();
      return;
    }
    const loaded: LoadedDocument[] = [];
    for (const job of message.jobs) {
      const item = loadAndScan(job, setup.config, setup.limits, now, setup.scan);
      // A scanned document's text was released: send what it was, not the text (the main thread
      // reads it again when it needs it; see `fromWorker`).
      if (item.scan && item.doc.read.ok) item.doc.read = { ok: true, text: '', hasBom: item.doc.read.hasBom, bytes: item.doc.read.bytes };
      loaded.push(item);
    }
    parentPort!.postMessage({ batch: message.batch, loaded } satisfies FromWorker);
  });
  return true;
}
