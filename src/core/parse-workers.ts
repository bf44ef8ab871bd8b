import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from '../parse/source-file.js';
import { scanDocument, type DocumentScan } from './document-scan.js';
import { loadDocument, type LoadJob, type UrlConfig } from './load-document.js';
import type { SiteDocument } from './site.js';

declare const BLOGLINT_BUNDLED: boolean | undefined;

/** A document loaded (and, when asked, parsed for references) by a worker. */
export interface LoadedDocument {
  doc: SiteDocument;
  scan: DocumentScan | undefined;
}

interface WorkerInput {
  jobs: LoadJob[];
  config: UrlConfig;
  limits: ReadLimits;
  now: number;
  scan: boolean;
}

/**
 * How many parse workers to use: the count given with `--workers`, else one (the main thread).
 * Measured on the 10,000-post benchmark blog on this 2-core machine, 2 workers took 12.6 s
 * against 13.2 s for one thread: copying every document and its references back to the main
 * thread costs nearly what the second core gives (docs/benchmark.md). So workers are opt-in
 * until that hand-off is made cheaper. Workers need the bundled build (they
 * start the bundle itself); from sources (tests) everything runs on the main thread.
 */
export function workerCount(forced?: number): number {
  if (!isBundled() || forced === undefined) return 1;
  return Math.max(1, Math.min(forced, 16, 4 * availableCores()));
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

function isBundled(): boolean {
  return typeof BLOGLINT_BUNDLED !== 'undefined' && BLOGLINT_BUNDLED === true;
}

/**
 * Loads documents on `count` worker threads (read, front matter, URL, reference scan): the
 * expensive, independent part of a run. Results come back in job order, so findings are the same
 * whatever the number of workers.
 */
export async function loadInWorkers(jobs: LoadJob[], config: UrlConfig, limits: ReadLimits, now: Date, count: number, scan: boolean): Promise<LoadedDocument[]> {
  const chunks: LoadJob[][] = Array.from({ length: count }, () => []);
  const size = Math.ceil(jobs.length / count);
  jobs.forEach((job, i) => chunks[Math.floor(i / size)]!.push(job));
  const urlConfig: UrlConfig = { defaults: config.defaults, permalink: config.permalink, timezone: config.timezone, collections: config.collections, future: config.future };
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<LoadedDocument[]>((resolve, reject) => {
          if (chunk.length === 0) return resolve([]);
          const input: WorkerInput = { jobs: chunk, config: urlConfig, limits, now: now.getTime(), scan };
          const worker = new Worker(new URL(import.meta.url), { workerData: { bloglintParse: input } });
          worker.once('message', (result: LoadedDocument[]) => {
            resolve(result);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a parse worker stopped with code ${code}`));
          });
        }),
    ),
  );
  return parts.flat();
}

/**
 * The worker side: when this bundle was started as a parse worker, load the documents it was
 * given, post them back and return true; the entry point then does nothing else.
 */
export async function runParseWorkerIfAny(): Promise<boolean> {
  if (isMainThread || !workerData?.bloglintParse) return false;
  const input = workerData.bloglintParse as WorkerInput;
  const out: LoadedDocument[] = new Array(input.jobs.length);
  const now = new Date(input.now);
  // Overlap file I/O with parsing: a few loads in flight, results kept in job order.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < input.jobs.length) {
      const i = next++;
      const doc = await loadDocument(input.jobs[i]!, input.config, input.limits, now);
      out[i] = { doc, scan: input.scan && doc.read.ok ? scanDocument(doc) : undefined };
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
  parentPort!.postMessage(out);
  return true;
}
