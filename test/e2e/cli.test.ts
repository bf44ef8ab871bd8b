import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBlog } from '../../scripts/bench/generate.mjs';
import { TEST_NODE } from '../helpers/test-node.js';

const CLI = path.resolve('dist/cli.js');
const EXAMPLE = path.resolve('examples/blog');
const expected = JSON.parse(readFileSync('test/fixtures/example-blog.expected.json', 'utf8')) as { findings: Record<string, unknown>[] };
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function cli(args: string[], cwd = process.cwd()): { code: number; stdout: string; stderr: string } {
  // A hung run (a thread waited for forever) fails the test instead of blocking the suite.
  const r = spawnSync(TEST_NODE, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, killSignal: 'SIGKILL' });
  if (r.error) throw new Error(`bloglint ${args.join(' ')}: ${r.error.message}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function copyExample(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-e2e-'));
  temps.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else hash.update(`${path.relative(dir, p)}\0${s.size}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const pick = (f: Record<string, unknown>) => ({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, rule: f.rule, messageId: f.messageId, severity: f.severity });

describe('bloglint CLI (built dist/cli.js) on the example blog', () => {
  it('reports exactly the expected findings, and exits 1', () => {
    const before = treeHash(EXAMPLE);
    const r = cli([EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map(pick)).toEqual(expected.findings);
    expect(report.summary.filesChecked).toBe(14);
    expect(treeHash(EXAMPLE)).toBe(before);
  });

  it('prints stylish output with file:line:col, rule ids and a summary', () => {
    const r = cli(['examples/blog']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/blog/_posts/2020-02-01-crlf-post.md');
    expect(r.stdout).toMatch(/8:10\s+error\s+Image `\{\{ site\.baseurl \}\}\/assets\/img\/photo\.png` does not match the case/);
    expect(r.stdout).toMatch(/✖ 19 problems \(16 errors, 3 warnings\)/);
  });

  it('--fix applies every safe fix atomically, keeps CRLF and BOM, and is idempotent', () => {
    const dir = copyExample();
    const r = cli([dir, '--fix', '--format', 'json']);
    expect(r.stderr).toContain('fixed 1 problem in _posts/2020-02-01-crlf-post.md');
    const after = JSON.parse(r.stdout);
    expect(after.findings.filter((f: { fix?: unknown }) => f.fix)).toEqual([]);
    expect(after.findings.length).toBe(expected.findings.length - 8);
    const crlf = readFileSync(path.join(dir, '_posts/2020-02-01-crlf-post.md'), 'utf8');
    expect(crlf).toContain('![photo]({{ site.baseurl }}/assets/img/Photo.PNG)\r\n');
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
    const bom = readFileSync(path.join(dir, '_posts/2020-03-01-bom-post.md'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.toString('utf8')).toContain('![cat]({{ site.baseurl }}/assets/img/cat.png)');
    const related = readFileSync(path.join(dir, 'devlog/_posts/Event&Seminar/2019-03-01-NAVERVisionAIHack-final.md'), 'utf8');
    expect(related).toContain('    - devlog/_posts/Event&Seminar/2019-02-23-NAVERVisionAIHack.md\n');
    const hash = treeHash(dir);
    const again = cli([dir, '--fix', '--format', 'json']);
    expect(again.stderr).not.toContain('fixed');
    expect(treeHash(dir)).toBe(hash);
    expect(readdirSync(path.join(dir, '_posts')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--only checks just the named posts while resolving against the whole site', () => {
    const r = cli([EXAMPLE, '--format', 'json', '--only', path.join(EXAMPLE, '_posts/2020-06-01-links.md')]);
    const report = JSON.parse(r.stdout);
    expect(new Set(report.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['_posts/2020-06-01-links.md']));
    expect(report.findings.map(pick)).toEqual(expected.findings.filter((f) => f.file === '_posts/2020-06-01-links.md'));
  });

  it('gives identical findings, in the same order, with 1, 2, 3 and 4 threads (more threads than batches of documents)', () => {
    const outputs = [1, 2, 3, 4].map((n) => cli([EXAMPLE, '--format', 'json', '--workers', String(n)]).stdout);
    expect(JSON.parse(outputs[0]!).findings.map(pick)).toEqual(expected.findings);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(outputs[3]).toBe(outputs[0]);
  });

  it('gives identical findings with 1, 2 and 3 threads on a blog large enough to be split into batches (the threads are really used)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-threads-'));
    try {
      const expectedDefects = generateBlog({ posts: 700, outDir: dir, seed: 11 });
      const runs = [1, 2, 3].map((n) => cli([dir, '--format', 'json', '--workers', String(n), '--verbose']));
      // The verbose line names the threads that loaded the documents.
      expect(runs[0]!.stderr).toMatch(/load \d/);
      expect(runs[1]!.stderr).toMatch(/load \(2 threads\)/);
      expect(runs[2]!.stderr).toMatch(/load \(3 threads\)/);
      // References are counted while each scan is at hand (texts are released): the same whatever the threads.
      const checked = runs.map((r) => /checked: (\d+) documents, (\d+) references/.exec(r.stderr)?.slice(1).map(Number));
      expect(checked[0]![0]).toBe(700);
      expect(checked[0]![1]).toBeGreaterThan(700 * 5);
      expect(checked[1]).toEqual(checked[0]);
      expect(checked[2]).toEqual(checked[0]);
      const findings = JSON.parse(runs[0]!.stdout).findings as { file: string; line: number; rule: string }[];
      expect(findings.length).toBe(expectedDefects.defects.length);
      expect(new Set(findings.map((f) => `${f.file}:${f.line}:${f.rule}`))).toEqual(new Set(expectedDefects.defects.map((d: { file: string; line: number; rule: string }) => `${d.file}:${d.line}:${d.rule}`)));
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
      // --only with threads: the link targets' heads come back from the workers without their
      // text, and a fragment into one of them still reads the whole file.
      const posts = [...new Set(expectedDefects.defects.filter((d: { kind: string }) => d.kind === 'dead-fragment').map((d: { file: string }) => d.file))].slice(0, 3) as string[];
      expect(posts.length).toBeGreaterThan(0);
      const only = [1, 2].map((n) => cli([dir, '--format', 'json', '--workers', String(n), '--only', ...posts.map((p) => path.join(dir, p))]));
      expect(only[1]!.stdout).toBe(only[0]!.stdout);
      const onlyFindings = JSON.parse(only[0]!.stdout).findings as { file: string; line: number; rule: string }[];
      expect(onlyFindings).toEqual(findings.filter((f) => posts.includes(f.file)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--cache: a full run on two threads writes the site index; pull-request runs read it and give the same report', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-cache-'));
    temps.push(dir);
    const { defects } = generateBlog({ posts: 300, outDir: dir, seed: 5 });
    // Modified "tomorrow": no stamp is old enough to be trusted however long generating took on
    // a loaded machine, so every head is checked by content below.
    const tomorrow = new Date(Date.now() + 86_400_000);
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) utimesSync(path.join(entry.parentPath ?? entry.path, entry.name), tomorrow, tomorrow);
    const full = cli([dir, '--format', 'json', '--workers', '2', '--cache', '--verbose']);
    expect(full.stderr).toMatch(/load \(2 threads\)/);
    expect(full.stderr).toMatch(/cache: .*site-index\.json: 0 documents unchanged \(not read\), 0 found by git blob \(not read\), 0 found by content, \d+ read and parsed/);
    const saved = JSON.parse(readFileSync(path.join(dir, '.bloglint-cache/site-index.json'), 'utf8')) as { files: string[] };
    const documents = Number(/(\d+) documents\n/.exec(full.stderr)?.[1]);
    expect(saved.files.length).toBe(documents);
    expect(documents).toBeGreaterThanOrEqual(300);
    // The cache folder is never walked: the report is the one a run without a cache gives.
    expect(full.stdout).toBe(cli([dir, '--format', 'json']).stdout);

    const posts = [...new Set(defects.map((d: { file: string }) => d.file))].slice(0, 3).map((p) => path.join(dir, p as string));
    const plain = cli([dir, '--format', 'json', '--only', ...posts]);
    expect(JSON.parse(plain.stdout).findings.length).toBeGreaterThan(0);
    const cached = cli([dir, '--format', 'json', '--only', ...posts, '--cache', '--verbose']);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.code).toBe(plain.code);
    // Modified after the run that recorded them, the files are checked by content (a stamp is trusted only for older files).
    expect(cached.stderr).toMatch(new RegExp(`cache: .*: 0 documents unchanged \\(not read\\), 0 found by git blob \\(not read\\), ${documents - 3} found by content, 3 read and parsed`));

    // --cache-location names the file; one that cannot be written is a warning, not a failure.
    const elsewhere = path.join(dir, 'elsewhere', 'index.json');
    expect(cli([dir, '--format', 'json', '--only', ...posts, '--cache-location', elsewhere]).stdout).toBe(plain.stdout);
    expect(statSync(elsewhere).isFile()).toBe(true);
    const blocked = cli([dir, '--format', 'json', '--only', ...posts, '--cache-location', path.join(dir, '_config.yml', 'index.json')]);
    expect(blocked.stdout).toBe(plain.stdout);
    expect(blocked.code).toBe(plain.code);
    expect(blocked.stderr).toMatch(/bloglint: warning: could not write the cache .*_config\.yml\/index\.json \((?:ENOTDIR|EEXIST)\); the next run reads every document again/);
  });

  it('--cache never reads or writes through a .bloglint-cache that is a symlink (a checkout could point it anywhere)', () => {
    const dir = copyExample();
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'bloglint-elsewhere-'));
    temps.push(elsewhere);
    writeFileSync(path.join(elsewhere, 'site-index.json'), '{"planted": true}');
    symlinkSync(elsewhere, path.join(dir, '.bloglint-cache'));
    const plain = cli([dir, '--format', 'json']);
    const cached = cli([dir, '--format', 'json', '--cache']);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.code).toBe(plain.code);
    expect(cached.stderr).toContain('bloglint: warning: .bloglint-cache is a symlink; bloglint neither reads nor writes a cache through it');
    expect(readdirSync(elsewhere)).toEqual(['site-index.json']);
    expect(readFileSync(path.join(elsewhere, 'site-index.json'), 'utf8')).toBe('{"planted": true}');
  });

  it('checking one post with --only gives exactly its findings from a full run (other posts read only as far as their front matter)', () => {
    const posts = [...new Set(expected.findings.map((f) => f.file as string))];
    for (const post of posts) {
      const r = cli([EXAMPLE, '--format', 'json', '--only', path.join(EXAMPLE, post)]);
      expect(JSON.parse(r.stdout).findings.map(pick)).toEqual(expected.findings.filter((f) => f.file === post));
    }
  });

  it('exits 0 on a clean blog', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-clean-'));
    temps.push(dir);
    cpSync(path.join(EXAMPLE, '_config.yml'), path.join(dir, '_config.yml'));
    cpSync(path.join(EXAMPLE, '_posts/2020-01-15-clean.md'), path.join(dir, '_posts/2020-01-15-clean.md'));
    cpSync(path.join(EXAMPLE, 'assets'), path.join(dir, 'assets'), { recursive: true });
    cpSync(path.join(EXAMPLE, 'about.md'), path.join(dir, 'about.md'));
    cpSync(path.join(EXAMPLE, 'notes'), path.join(dir, 'notes'), { recursive: true });
    const r = cli([dir, '--only', path.join(dir, '_posts/2020-01-15-clean.md')]);
    expect(r.stderr + r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    [['/no/such/folder'], /cannot read the blog root `\/no\/such\/folder`/],
    [['--format', 'xml'], /--format must be one of stylish, json, sarif, github, not `xml`/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--max-warnings', 'many'], /--max-warnings takes a whole number/],
  ])('exits 2 with a message that says what to do: %j', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('exits 2 on a bad .bloglint.yml, naming the key', () => {
    const dir = copyExample();
    writeFileSync(path.join(dir, '.bloglint.yml'), 'rules:\n  no-such-rule: error\n');
    const r = cli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule `no-such-rule` under rules; known rules are no-missing-image/);
  });

  it('--fail-on never and --max-warnings decide the exit code', () => {
    expect(cli([EXAMPLE, '--fail-on', 'never', '--format', 'json']).code).toBe(0);
    const dir = copyExample();
    writeFileSync(path.join(dir, '.bloglint.yml'), 'rules:\n  no-missing-image: warn\n  no-dead-internal-link: warn\n  no-dead-related-post: warn\n  valid-front-matter: warn\n  post-filename: warn\n');
    expect(cli([dir, '--format', 'json']).code).toBe(0);
    expect(cli([dir, '--format', 'json', '--max-warnings', '3']).code).toBe(1);
  });

  it('--init writes a starter config once and refuses to overwrite it', () => {
    const dir = copyExample();
    expect(cli([dir, '--init']).code).toBe(0);
    const text = readFileSync(path.join(dir, '.bloglint.yml'), 'utf8');
    expect(text).toContain('required-front-matter:');
    const linted = cli([dir, '--format', 'json']);
    expect(linted.code).toBe(1);
    expect(JSON.parse(linted.stdout).findings.length).toBeGreaterThan(0);
    const second = cli([dir, '--init']);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('already exists');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(execFileSync(TEST_NODE, [CLI, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
