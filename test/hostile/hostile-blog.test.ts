import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTempSite, removeTempSite } from '../helpers/temp-site.js';
import { buildHostileBlog, CHECKED_APART, DEEP_MARKDOWN_FINDINGS, expectedFindings, PATHS, POSTS, treeHash, type HostileBlog } from './hostile-blog.js';
import { TEST_NODE } from '../helpers/test-node.js';

/**
 * The built CLI (`dist/cli.js`, a child process) on a hostile blog: every case reports its finding,
 * nothing crashes (exit 0/1, never 2, no stack on stderr), nothing outside the root is read or
 * written, a plain check writes nothing, and `--fix` never writes through a symlink.
 * The in-process run (`runLint`) is in `hostile-blog.in-process.test.ts`, so the two slow runs
 * use two workers.
 */

const CLI = path.resolve('dist/cli.js');
/** A guard against a hang, not a speed assertion: the measured time goes in the log. */
const WHOLE_BLOG_BOUND_MS = 120_000;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[]): CliRun {
  const started = performance.now();
  const r = spawnSync(TEST_NODE, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Math.round(performance.now() - started) };
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  messageId: string;
  message: string;
  fix?: unknown;
}

/** A run that did not crash: exit 0 or 1, and no stack trace on stderr. */
function expectNoCrash(run: CliRun): void {
  expect(run.code === 0 || run.code === 1, `exit ${run.code}; stderr: ${run.stderr.slice(0, 2000)}`).toBe(true);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n/);
}

let blog: HostileBlog;
let rootHash: string;
let outsideHash: string;
let check: CliRun;
let report: { findings: JsonFinding[]; summary: Record<string, number> };

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  blog = buildHostileBlog();
  rootHash = treeHash(blog.root);
  outsideHash = treeHash(blog.outside);
  check = cli([blog.root, '--format', 'json']);
  report = JSON.parse(check.stdout);
  console.log(`hostile blog, built CLI --format json: ${check.ms} ms, exit ${check.code}, ${report.findings.length} findings, running as ${blog.unreadableIsUnreadable ? 'a normal user' : 'root'}`);
}, 300_000);

afterAll(() => blog?.cleanup());

describe('the built CLI on the hostile blog', () => {
  it('does not crash, and stays within the guard bound', () => {
    expectNoCrash(check);
    expect(check.code).toBe(1);
    expect(check.ms).toBeLessThan(WHOLE_BLOG_BOUND_MS);
  });

  it('gives the same report when the hostile posts are loaded by a worker thread (--workers 3)', () => {
    const threaded = cli([blog.root, '--format', 'json', '--workers', '3', '--verbose']);
    expectNoCrash(threaded);
    expect(threaded.stderr).toMatch(/load \(3 threads\)/);
    expect(threaded.stdout).toBe(check.stdout);
  });

  it('gives a pull request run (--only, its walk on a thread) the full run\'s findings for the files it checks', () => {
    const checked = [POSTS.crlf, POSTS.bom, POSTS.unclosed, POSTS.symlinkedPost, POSTS.tabs].map((file) => path.join(blog.root, ...file.split('/')));
    const only = cli([blog.root, '--format', 'json', '--verbose', '--only', ...checked]);
    expectNoCrash(only);
    // The walk went to its thread (dist/tree-worker.js) and finished there.
    expect(only.stderr).toMatch(/walk \(on a thread the entry started; waited\)/);
    const mine = (findings: JsonFinding[]): JsonFinding[] => findings.filter((f) => [POSTS.crlf, POSTS.bom, POSTS.unclosed, POSTS.symlinkedPost, POSTS.tabs].includes(f.file as never));
    const got = (JSON.parse(only.stdout) as typeof report).findings;
    expect(got.length).toBeGreaterThan(0);
    expect(mine(got)).toEqual(mine(report.findings));
  });

  it('reports each hostile case with its rule, messageId and line', () => {
    const got = report.findings.filter((f) => !CHECKED_APART.includes(f.file)).map((f) => ({ file: f.file, line: f.line, rule: f.rule, messageId: f.messageId }));
    expect(got).toEqual(expectedFindings(blog.unreadableIsUnreadable));
  });

  it('says why each unreadable file was not read', () => {
    const message = (file: string): string => report.findings.find((f) => f.file === file)?.message ?? '';
    expect(message(POSTS.binary)).toContain('is a binary file');
    expect(message(POSTS.huge)).toContain('is 50.0 MB, over the 10.0 MB limit');
    expect(message(POSTS.invalidUtf8)).toContain('first bad byte on line 4');
    expect(message(POSTS.outsideFileLink)).toContain('points outside the site root');
    expect(message(PATHS.outsideDirLink)).toContain('points outside the site root');
    expect(message(PATHS.loop)).toContain('already part of the site');
    expect(message(PATHS.badNameShown)).toContain('not valid UTF-8');
  });

  it('reports 5,000-deep YAML nesting once, as a YAML error on its line (Psych stops at the first error too)', () => {
    const deep = report.findings.filter((f) => f.file === POSTS.deepYaml);
    expect(deep.map((f) => ({ line: f.line, rule: f.rule, messageId: f.messageId }))).toEqual([{ line: 3, rule: 'valid-front-matter', messageId: 'yamlError' }]);
  });

  it('reports nesting past the parser limit (5,000-deep blockquotes and lists) as a finding, not silence', () => {
    const got = report.findings.filter((f) => f.file === POSTS.deepQuote || f.file === POSTS.deepList).map((f) => ({ file: f.file, line: f.line, rule: f.rule, messageId: f.messageId }));
    expect(got).toEqual(DEEP_MARKDOWN_FINDINGS);
  });

  it('never reads the traversal targets: they are only missing site paths (where the browser asks, `..` dropped at the root)', () => {
    const traversal = report.findings.filter((f) => f.file === POSTS.traversal);
    expect(traversal.map((f) => f.message)).toEqual([
      expect.stringContaining('nothing is published at `/etc/passwd`'),
      expect.stringContaining('Image `/../../etc/hosts` does not exist: nothing is published at `/etc/hosts`'),
      expect.stringContaining('nothing is published at `/outside/canary.png`'),
      expect.stringContaining('Image `/../../../outside/canary.png` does not exist: nothing is published at `/outside/canary.png`'),
      expect.stringContaining('nothing is published at `/etc/passwd`'),
    ]);
    expect(check.stdout + check.stderr).not.toContain('root:x:0:0');
  });

  it('never prints the canary that exists only outside the root', () => {
    expect(check.stdout).not.toContain(blog.canary);
    expect(check.stderr).not.toContain(blog.canary);
  });

  it('writes nothing in a plain check, inside or outside the root', () => {
    expect(treeHash(blog.root)).toBe(rootHash);
    expect(treeHash(blog.outside)).toBe(outsideHash);
  });

  it('keeps positions inside the file for the hostile posts it could read', () => {
    for (const f of report.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)).toBe(true);
    }
    const crlf = report.findings.find((f) => f.file === POSTS.crlf)!;
    expect([crlf.line, crlf.column, crlf.endLine, crlf.endColumn]).toEqual([5, 6, 5, 27]);
    const bom = report.findings.find((f) => f.file === POSTS.bom)!;
    expect([bom.line, bom.column, bom.endLine, bom.endColumn]).toEqual([4, 6, 4, 27]);
  });
});

describe('--fix on a copy of the hostile blog', () => {
  let copyRoot: string;
  let fix: CliRun;
  let copyOutsideHash: string;
  const targetText = (): string => readFileSync(path.join(copyRoot, ...PATHS.symlinkTarget.split('/')), 'utf8');
  let targetBefore: string;

  beforeAll(() => {
    copyRoot = path.join(blog.base, 'fix-copy');
    // cp -a keeps symlinks as links, the non-UTF-8 name and the modes. The two slow posts have no
    // fixable finding and would only double the time of this file.
    execFileSync('cp', ['-a', blog.root, copyRoot]);
    for (const slow of [POSTS.deepList, POSTS.manyRefs]) rmSync(path.join(copyRoot, ...slow.split('/')));
    copyOutsideHash = treeHash(blog.outside);
    targetBefore = targetText();
    fix = cli([copyRoot, '--fix', '--format', 'json']);
    console.log(`hostile blog copy, built CLI --fix: ${fix.ms} ms, exit ${fix.code}`);
  }, 300_000);

  it('does not crash', () => expectNoCrash(fix));

  it('refuses to write through the symlinked post, and says so; the link target is unchanged', () => {
    expect(fix.stderr).toContain(`bloglint: did not fix ${POSTS.symlinkedPost}: it is a symlink; bloglint never writes through a link`);
    expect(lstatSync(path.join(copyRoot, ...POSTS.symlinkedPost.split('/'))).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(copyRoot, ...POSTS.symlinkedPost.split('/')))).toBe('../_shared/target.md');
    expect(targetText()).toBe(targetBefore);
    const after = JSON.parse(fix.stdout) as { findings: JsonFinding[] };
    expect(after.findings.filter((f) => f.fix).map((f) => f.file)).toEqual([POSTS.symlinkedPost]);
  });

  it('fixes the CRLF and BOM posts in place, keeping their line endings and BOM', () => {
    expect(fix.stderr).toContain(`fixed 1 problem in ${POSTS.crlf}`);
    expect(fix.stderr).toContain(`fixed 1 problem in ${POSTS.bom}`);
    expect(readFileSync(path.join(copyRoot, ...POSTS.crlf.split('/')), 'utf8')).toBe('---\r\ntitle: CRLF\r\n---\r\nIntro\r\n![p](/assets/img/Photo.png)\r\n');
    expect(readFileSync(path.join(copyRoot, ...POSTS.bom.split('/')), 'utf8')).toBe('\uFEFF---\ntitle: BOM\n---\n![p](/assets/img/Photo.png)\n');
  });

  it('writes nothing outside the copy, leaves no temp file, and never prints the canary', () => {
    expect(treeHash(blog.outside)).toBe(copyOutsideHash);
    expect(treeHash(blog.root)).toBe(rootHash);
    expect(readdirSync(path.join(copyRoot, '_posts')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(fix.stdout + fix.stderr).not.toContain(blog.canary);
  });
});

describe('file names and references with control characters, `::` and `%0A`', () => {
  let root: string;
  let github: CliRun;
  let json: CliRun;

  beforeAll(() => {
    root = writeTempSite({
      '_config.yml': 'title: Control\n',
      [POSTS.controlName]: '---\ntitle: Evil name\n---\n![x](/nope::%0A.png)\n',
      [POSTS.controlRefs]: ['---', 'title: Control', '---', '![c](</a\u0007::%0A\u001b[31m.png>)', '<img src="/b::%0A&#10;::error::x.png">', ''].join('\n'),
    });
    github = cli([root, '--format', 'github']);
    json = cli([root, '--format', 'json']);
  });

  afterAll(() => removeTempSite(root));

  it('reports them at their lines without crashing', () => {
    expectNoCrash(github);
    expectNoCrash(json);
    const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => [f.file, f.line, f.rule, f.messageId])).toEqual([
      [POSTS.controlRefs, 4, 'no-missing-image', 'missing'],
      [POSTS.controlRefs, 5, 'no-missing-image', 'missing'],
      [POSTS.controlName, 4, 'no-missing-image', 'missing'],
    ]);
  });

  it('cannot inject a workflow command: every line of --format github is one escaped command', () => {
    const lines = github.stdout.split('\n').filter((l) => l !== '');
    const annotations = lines.filter((l) => l.startsWith('::error'));
    expect(annotations).toHaveLength(3);
    for (const line of annotations) {
      // The file property ends at the first `::`; the name's own `::`, `,`, `%`, CR and LF are escaped in it.
      const props = line.slice('::error '.length, line.indexOf('::', 2));
      expect(props).not.toMatch(/[\r\n]/);
      expect(props).toMatch(/^file=[^:,]*(,[a-zA-Z]+=[^:,]*)*$/);
    }
    expect(github.stdout).toContain('/_posts/2024-01-21-evil\u0007%3A%3A%250A%0Aname.md,line=4,');
    expect(lines.every((l) => l.startsWith('::') || !l.includes('::error'))).toBe(true);
  });
});
