import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFiles, snapshotBuild } from '../../scripts/bench/snapshot.mjs';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'bloglint-snapshot-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'dist', file)), { recursive: true });
    writeFileSync(path.join(dir, 'dist', file), text);
  }
  return path.join(dir, 'dist', 'cli.js');
}

// The benchmark runs a copy of the build: the copy must hold what the entry loads.
describe('snapshotBuild', () => {
  it('copies the entry with its main module, chunks and walk thread, not the other bundle, under a hash of them all', () => {
    const cli = write({ 'cli.js': 'entry', 'cli-main.js': 'main', 'index.js': 'action', 'action-main.js': 'action main', 'tree-worker.js': 'walk', 'chunks/cli-a.js': 'a', 'chunks/cli-b.js': 'b' });
    expect(buildFiles(cli)).toEqual(['chunks/cli-a.js', 'chunks/cli-b.js', 'cli-main.js', 'cli.js', 'tree-worker.js']);
    const first = snapshotBuild(cli, path.join(dir, 'snapshots'));
    expect(first.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync(first.cli, 'utf8')).toBe('entry');
    expect(readFileSync(path.join(path.dirname(first.cli), 'chunks', 'cli-b.js'), 'utf8')).toBe('b');
    expect(readFileSync(path.join(path.dirname(first.cli), 'tree-worker.js'), 'utf8')).toBe('walk');
    expect(readFileSync(path.join(path.dirname(first.cli), 'cli-main.js'), 'utf8')).toBe('main');
    // A changed chunk is another build.
    writeFileSync(path.join(dir, 'dist', 'chunks', 'cli-b.js'), 'b2');
    const second = snapshotBuild(cli, path.join(dir, 'snapshots'));
    expect(second.hash).not.toBe(first.hash);
    expect(readFileSync(path.join(path.dirname(second.cli), 'chunks', 'cli-b.js'), 'utf8')).toBe('b2');
    // So is a changed main module.
    writeFileSync(path.join(dir, 'dist', 'cli-main.js'), 'main2');
    expect(snapshotBuild(cli, path.join(dir, 'snapshots')).hash).not.toBe(second.hash);
  });

  it('takes a lone entry file as it is (an older single-file build)', () => {
    const cli = write({ 'cli.js': 'entry' });
    expect(buildFiles(cli)).toEqual(['cli.js']);
    expect(readFileSync(snapshotBuild(cli, path.join(dir, 'snapshots')).cli, 'utf8')).toBe('entry');
  });
});
