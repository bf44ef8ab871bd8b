import { realpathSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/**
 * Each bundle's main module starts itself as a parse worker (`new Worker(import.meta.url)`), so each must, when
 * started that way, parse what it is sent and do nothing else: the Action bundle must not run the
 * Action a second time inside a thread, the CLI must not lint.
 */
describe.each(['dist/cli-main.js', 'dist/action-main.js'])('%s started as a parse worker', (bundle) => {
  it('loads a batch of documents, answers with their parse results, and exits when told', async () => {
    const root = realpathSync('examples/blog');
    const setup = { config: { defaults: [], permalink: 'date', timezone: undefined, collections: { posts: { output: true, permalink: undefined } }, future: false }, limits: { maxFileBytes: 10 * 1024 * 1024 }, now: Date.parse('2026-01-01T00:00:00Z'), scan: true };
    const file = '_posts/2020-06-01-links.md';
    const worker = new Worker(path.resolve(bundle), { workerData: { bloglintParse: setup }, env: { ...process.env, GITHUB_ACTIONS: 'true', INPUT_MODE: 'lint' }, stdout: true, stderr: true });
    let output = '';
    worker.stdout.on('data', (d) => (output += d));
    worker.stderr.on('data', (d) => (output += d));
    const reply = await new Promise<{ batch: number; loaded: { doc: { path: string; url?: string; read: { ok: boolean; text?: string } }; packed?: { numbers: Int32Array } }[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ batch: 7, jobs: [{ root, file, rel: file, kind: 'post', collection: 'posts', headOnly: false }] });
    });
    expect(reply.batch).toBe(7);
    expect(reply.loaded.map((l) => l.doc.path)).toEqual([file]);
    expect(reply.loaded[0]!.doc.url).toMatch(/^\/2020\/06\/01\/links/);
    // The text stays behind; the scan comes packed.
    expect(reply.loaded[0]!.doc.read).toMatchObject({ ok: true, text: '' });
    expect(reply.loaded[0]!.packed!.numbers.length).toBeGreaterThan(0);
    const code = await new Promise<number>((resolve) => {
      worker.once('exit', resolve);
      worker.postMessage({ done: true });
    });
    expect(code).toBe(0);
    // Nothing else ran: no Action log, no lint report.
    expect(output).toBe('');
  });
});
