import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFECT_KINDS, generateBlog, mulberry32, type GeneratedBlog } from '../../scripts/bench/generate.mjs';

// The benchmark corpus must be reproducible and its answer key right: a tiny blog (44 posts,
// one defect every 4 posts, so each of the 11 defect kinds appears once) generated twice is
// byte-identical, and the built CLI reports exactly the injected defects, nothing else.
const CLI = path.resolve('dist/cli.js');
const temp = mkdtempSync(path.join(os.tmpdir(), 'bloglint-bench-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function treeHash(dir: string): { files: number; hash: string } {
  const hash = createHash('sha256');
  let files = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        files++;
        hash.update(`${path.relative(dir, p)}\0`).update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return { files, hash: hash.digest('hex') };
}

interface JsonFinding {
  file: string;
  line: number;
  rule: string;
  messageId: string;
  severity: string;
  message: string;
}

describe('benchmark corpus generator', () => {
  let blog: GeneratedBlog;
  let findings: JsonFinding[];
  const root = path.join(temp, 'a');

  beforeAll(() => {
    blog = generateBlog({ posts: 44, outDir: root, defectEvery: 4 });
    const r = spawnSync(process.execPath, [CLI, root, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(1);
    findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  });

  it('is deterministic: the same options give the same files, byte for byte', () => {
    const again = generateBlog({ posts: 44, outDir: path.join(temp, 'b'), defectEvery: 4 });
    expect(again).toEqual(blog);
    const a = treeHash(root);
    expect(a.files).toBe(blog.files);
    expect(treeHash(path.join(temp, 'b'))).toEqual(a);
  });

  it('uses a seeded PRNG, not Math.random', () => {
    const source = readFileSync('scripts/bench/generate.mjs', 'utf8');
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
    const [x, y] = [mulberry32(7), mulberry32(7)];
    expect([x(), x(), x()]).toEqual([y(), y(), y()]);
  });

  it('injects every defect kind, each at a line of its file', () => {
    expect(blog.defects.length).toBe(11);
    expect(new Set(blog.defects.map((d) => d.kind))).toEqual(new Set(DEFECT_KINDS.map((k) => k.kind)));
    for (const d of blog.defects) {
      const lines = readFileSync(path.join(root, d.file), 'utf8').split('\n');
      expect(d.line, `${d.file}:${d.line}`).toBeGreaterThanOrEqual(1);
      expect(d.line, `${d.file}:${d.line}`).toBeLessThanOrEqual(lines.length);
    }
  });

  it('bloglint finds every injected defect at its file, line and rule', () => {
    const key = (f: { file: string; line: number; rule: string }): string => `${f.file}:${f.line} ${f.rule}`;
    const reported = new Set(findings.map(key));
    const missed = blog.defects.filter((d) => !reported.has(key(d))).map((d) => `${key(d)} [${d.kind}]`);
    expect(missed).toEqual([]);
    for (const d of blog.defects) {
      const f = findings.find((x) => key(x) === key(d))!;
      expect(f.severity, key(d)).toBe(d.severity);
    }
  });

  it('bloglint reports nothing on the valid content (no false positives)', () => {
    const injected = new Set(blog.defects.map((d) => `${d.file}:${d.line} ${d.rule}`));
    const extra = findings.filter((f) => !injected.has(`${f.file}:${f.line} ${f.rule}`)).map((f) => `${f.file}:${f.line} ${f.rule} ${f.messageId}: ${f.message}`);
    expect(extra).toEqual([]);
  });
});
