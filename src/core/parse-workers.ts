import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { releasedTextFile, type FileStamp, type ReadLimits } from '../parse/source-file.js';
import { loadBatch, releaseTree, withoutTree, type LoadedDocument, type LoadJob, type UrlConfig } from './load-document.js';
import { packScan, unpackScan, type PackedScan } from './packed-scan.js';
import type { HeadEntry } from './site-cache.js';
import type { SiteDocument } from './site.js';

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
  loaded: { doc: SiteDocument; packed: PackedScan | undefined; entry: HeadEntry | undefined; stamp: FileStamp | undefined }[];
}

/** Documents per batch: about a tenth of a second of work, so the threads stay evenly loaded. */
const BATCH = 200;
/** Batches a worker holds at once, so it never waits for the main thread to hand out the next. */
const IN_FLIGHT = 2;
/** Below this many documents, starting a thread costs more than it saves (docs/benchmark.md). */
const MIN_JOBS_FOR_WORKERS = 2000;
/** A worker's young generation (`resourceLimits.maxYoungGenerationSizeMb`; docs/benchmark.md, seventh round). */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * How many threads load documents, the main thread included: the count given with `--workers`,
 * else `defaultThreads`. Workers need the bundled build (they start the bundle itself); from
 * sources (tests) everything runs on the main thread.
 */
export function workerCount(forced: number | undefined, jobs: number): number {
  if (!isBundled()) return 1;
  if (forced !== undefined) return Math.max(1, Math.min(forced, 16, 4 * availableCores()));
  return defaultThreads(jobs, availableCores());
}

/**
 * Threads for a run of `jobs` documents on `cores` CPUs when `--workers` is not given: one (no
 * worker) for small sites, where starting a thread costs more than it saves, and on runs that
 * read only link targets' heads (`--only`, jobs 0: two threads reading 5,000 heads each took as
 * long as one reading 10,000, each paying its own warm-up); else one per CPU, up to four. On this
 * benchmark's two CPUs a second thread saves 0.6-0.9 s of 5.7-6.1 s on 10,000 posts
 * (docs/benchmark.md, seventh round; the third round had measured no gain, on a build that has
 * changed since: why it pays now was not isolated).
 */
export function defaultThreads(jobs: number, cores: number): number {
  if (jobs < MIN_JOBS_FOR_WORKERS || cores < 2) return 1;
  return Math.min(4, cores);
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
 * queue, so a slower thread simply takes fewer. `finish` has the main thread join in and returns
 * every document by path, so the caller registers them in its own order and findings are the
 * same whatever the number of threads. (Starting the workers on the first posts found while the
 * main thread still walks the tree was measured and did not pay on two cores: the walk slowed
 * down by what the loading gained.) Texts do not travel back (see
 * `loadAndScan`), scans travel packed. A worker that fails leaves its batches to the main thread.
 */
export class ThreadedLoader {
  private readonly setup: WorkerSetup;
  private readonly batches: LoadJob[][] = [];
  private filling: LoadJob[] = [];
  private taken = 0;
  private readonly orphaned: number[] = [];
  private readonly results = new Map<number, LoadedDocument[]>();
  private readonly pending = new Set<Promise<void>>();
  private readonly workers: { worker: Worker; held: Set<number>; retire: () => void }[] = [];

  constructor(
    private readonly root: string,
    config: UrlConfig,
    private readonly limits: ReadLimits,
    private readonly now: Date,
    scan: boolean,
    threads: number,
  ) {
    this.setup = { config: { defaults: config.defaults, permalink: config.permalink, timezone: config.timezone, collections: config.collections, future: config.future }, limits, now: now.getTime(), scan };
    for (let w = 1; w < threads; w++) this.startWorker();
  }

  /** Threads loading documents: this one and the workers that could be started. */
  get threads(): number {
    return 1 + this.workers.length;
  }

  /** Queues jobs; the first full batches go to the workers at once. */
  add(jobs: LoadJob[]): void {
    for (const job of jobs) {
      this.filling.push(job);
      if (this.filling.length >= BATCH) this.closeBatch();
    }
  }

  /** Loads everything queued, on this thread too, and returns the documents by path. */
  async finish(): Promise<Map<string, LoadedDocument>> {
    if (this.filling.length > 0) this.closeBatch();
    for (const { worker, held, retire } of this.workers) {
      while (held.size < IN_FLIGHT && this.give(worker, held));
      // A worker with nothing to do (fewer batches than threads) is let go now, not waited for.
      if (held.size === 0) retire();
    }
    try {
      for (;;) {
        const batch = this.take();
        if (batch !== undefined) {
          this.results.set(batch, loadBatch(this.batches[batch]!, this.setup.config, this.limits, this.now, this.setup.scan));
          // Let the workers' results and requests in.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        if (this.pending.size === 0) break;
        await Promise.race(this.pending);
      }
      if (this.results.size !== this.batches.length) throw new Error(`loaded ${this.results.size} of ${this.batches.length} batches of documents`);
      const byPath = new Map<string, LoadedDocument>();
      for (const batch of this.results.values()) for (const loaded of batch) byPath.set(loaded.doc.path, loaded);
      return byPath;
    } finally {
      for (const { worker } of this.workers) void worker.terminate();
    }
  }

  private closeBatch(): void {
    this.batches.push(this.filling);
    this.filling = [];
    for (const { worker, held } of this.workers) if (held.size < IN_FLIGHT && this.give(worker, held)) break;
  }

  private take(): number | undefined {
    if (this.orphaned.length > 0) return this.orphaned.shift();
    return this.taken < this.batches.length ? this.taken++ : undefined;
  }

  private give(worker: Worker, held: Set<number>): boolean {
    const batch = this.take();
    if (batch === undefined) return false;
    held.add(batch);
    worker.postMessage({ batch, jobs: this.batches[batch]! } satisfies ToWorker);
    return true;
  }

  private startWorker(): void {
    let worker: Worker;
    try {
      // A small young generation: the worker's scans are sent off batch by batch, so little lives
      // long in it, and its default young generation was 10-30 MB of peak memory for nothing.
      worker = new Worker(new URL(import.meta.url), { workerData: { bloglintParse: this.setup }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      return; // no thread to be had: the main thread loads everything
    }
    const held = new Set<number>();
    let retire = (): void => {};
    const done = new Promise<void>((resolve) => {
      retire = (): void => {
        worker.postMessage({ done: true } satisfies ToWorker);
        resolve();
      };
      const finish = (): void => {
        // Whatever this worker still held goes back to the queue for the main thread.
        this.orphaned.push(...held);
        held.clear();
        resolve();
      };
      worker.on('message', (out: FromWorker) => {
        held.delete(out.batch);
        this.results.set(out.batch, out.loaded.map((item) => fromWorker(item, this.root, this.limits)));
        this.give(worker, held);
        if (held.size === 0) retire();
      });
      worker.once('error', finish);
      worker.once('exit', finish);
    });
    this.workers.push({ worker, held, retire });
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
  }
}

/** A document as a worker sent it, with its released text readable again and its scan unpacked when asked for. */
function fromWorker(item: FromWorker['loaded'][number], root: string, limits: ReadLimits): LoadedDocument {
  const { doc, packed, entry, stamp } = item;
  // The worker sent neither text (see `runParseWorkerIfAny`) nor, for a scanned one, its tree.
  if ((doc.partial || packed) && doc.read.ok) doc.read = releasedTextFile(root, doc.path, limits, doc.read);
  const cached = entry ? { entry, ...(stamp ? { stamp } : {}) } : {};
  if (!packed) return { doc, scan: undefined, ...cached };
  releaseTree(doc, limits);
  return { doc, scan: undefined, lazyScan: () => unpackScan(packed), ...cached };
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
    const loaded: FromWorker['loaded'] = [];
    for (const item of loadBatch(message.jobs, setup.config, setup.limits, now, setup.scan)) {
      // A scanned document's text was released: send what it was, not the text (the main thread
      // reads it again when it needs it; see `fromWorker`), and the scan packed.
      // A link target read only as far as its front matter is completed from disk if ever needed:
      // its head does not travel either.
      if ((item.scan || item.doc.partial) && item.doc.read.ok) item.doc.read = { ok: true, text: '', hasBom: item.doc.read.hasBom, bytes: item.doc.read.bytes };
      // Nor does a scanned document's YAML tree (reparsed there if a rule asks for it).
      if (item.scan && item.doc.frontMatter) item.doc.frontMatter = withoutTree(item.doc.frontMatter);
      loaded.push({ doc: item.doc, packed: item.scan ? packScan(item.scan) : undefined, entry: item.entry, stamp: item.stamp });
    }
    parentPort!.postMessage({ batch: message.batch, loaded } satisfies FromWorker);
  });
  return true;
}
