#!/usr/bin/env node
// The bloglint benchmark: how long a cold `bloglint` process takes on a synthetic 1,000- and
// 10,000-post Jekyll blog, how much memory it needs, and whether it finds exactly the defects
// the generator injected. See docs/benchmark.md.
//
//   npm run bench                              # 1k and 10k posts, 3 runs each, PR case, markdown-link-check if installed
//   npm run bench -- --posts 1000 --runs 5
//   npm run bench -- --regen                   # rewrite the corpora
//   npm run bench -- --cli path/to/cli.js      # another build (default dist/cli.js)
//   npm run bench -- --no-mlc --pr 3 --json .bench/result.json
//   npm run bench -- --no-cache                # skip the pull-request runs with the site cache
//   npm run bench -- --posts 2500,5000,10000,20000 --no-mlc --pr 0   # growth: cost per added post
//   npm run bench -- --defect-every 1          # a defect in every post (default: one in 20)
//   npm run bench -- --node .bench/node-24.22.3/package/bin/node   # run the CLI on another Node
//                                              # (NODE_OPTIONS, when set, reaches it too)
//
// Prints a markdown table, the defects missed and the false positives, then one line
// `{"bench":...}` with every figure.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateBlog, parseSizes } from './bench/generate.mjs';
import { growth } from './bench/growth.mjs';
import { buildFiles, snapshotBuild } from './bench/snapshot.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(REPO, '.bench');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** The Node.js that runs the CLI (`--node`; default: the one running this script). */
let NODE = process.execPath;

function parseOptions(argv) {
  const value = (name, fallback) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : fallback;
  };
  return {
    sizes: parseSizes(argv),
    runs: Number(value('--runs', 3)),
    regen: argv.includes('--regen'),
    cli: path.resolve(REPO, value('--cli', 'dist/cli.js')),
    prPosts: Number(value('--pr', 3)),
    mlc: !argv.includes('--no-mlc'),
    cache: !argv.includes('--no-cache'),
    mlcConcurrency: Number(value('--mlc-concurrency', 8)),
    json: value('--json', undefined),
    defectEvery: positiveInteger('--defect-every', value('--defect-every', '20')),
    node: path.resolve(value('--node', process.execPath)),
  };
}

function positiveInteger(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a whole number ≥ 1, not ${text}`);
  return n;
}

/** The corpus for `n` posts with a defect every `defectEvery` posts, generated when missing, stale or when asked. */
function corpus(n, regen, defectEvery = 20) {
  const root = path.join(BENCH, defectEvery === 20 ? `blog-${n}` : `blog-${n}-defect-every-${defectEvery}`);
  const expectedFile = path.join(root, 'expected.json');
  let expected = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : undefined;
  if (regen || !expected || expected.generator !== GENERATOR_VERSION || expected.posts !== n || expected.defectEvery !== defectEvery) {
    process.stderr.write(`bench: generating ${path.relative(REPO, root)}…\n`);
    expected = generateBlog({ posts: n, outDir: root, defectEvery });
  }
  return { root, expected };
}

/**
 * Runs a command as a fresh process and measures its wall time and peak RSS: with GNU
 * `/usr/bin/time -v` when present, else by polling `/proc/<pid>/status` for VmHWM.
 * @returns {Promise<{wallS: number, rssMB: number | undefined, cpuS: number | undefined, code: number, stderr: string}>}
 */
function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const statsFile = path.join(BENCH, `time-${process.pid}.txt`);
    const [cmd, argv] = TIME ? [TIME, ['-v', '-o', statsFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd ?? REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let polledKB = 0;
    const poll = TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) polledKB = Math.max(polledKB, Number(m[1]));
          } catch {
            /* exited */
          }
        }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      let rssKB = polledKB || undefined;
      let cpuS;
      if (TIME) {
        const stats = readFileSync(statsFile, 'utf8');
        rssKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stats)?.[1]);
        cpuS = Number(/User time \(seconds\): ([\d.]+)/.exec(stats)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(stats)?.[1]);
        const exit = /Exit status: (\d+)/.exec(stats);
        if (exit) code = Number(exit[1]);
      }
      resolve({ wallS, rssMB: rssKB ? rssKB / 1024 : undefined, cpuS, code, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Matches findings to injected defects by file + line + rule (`rule` null: any rule).
 * @returns {{found: object[], missed: object[], falsePositives: object[]}}
 */
export function compare(findings, defects) {
  const key = (f, withRule) => `${f.file}\0${f.line}${withRule ? `\0${f.rule}` : ''}`;
  const byRule = new Set(findings.map((f) => key(f, true)));
  const byLine = new Set(findings.map((f) => key(f, false)));
  const hit = (d) => (d.rule === null ? byLine.has(key(d, false)) : byRule.has(key(d, true)));
  const defectKeys = new Set(defects.map((d) => key(d, true)));
  const defectLines = new Set(defects.map((d) => key(d, false)));
  return {
    found: defects.filter(hit),
    missed: defects.filter((d) => !hit(d)),
    falsePositives: findings.filter((f) => (f.rule === null ? !defectLines.has(key(f, false)) : !defectKeys.has(key(f, true)))),
  };
}

/**
 * Runs the CLI `runs` times on a root, returns medians and the findings of the last run.
 * `before` runs before each timed run (untimed).
 */
async function runBloglint(cli, root, runs, extraArgs = [], { label, before } = {}) {
  const out = path.join(BENCH, `out-${path.basename(root)}${label ? `-${label}` : extraArgs.length ? '-only' : ''}.json`);
  const samples = [];
  for (let k = 0; k < runs; k++) {
    if (before) await before();
    warmPageCache(root, cli);
    const m = await measure(NODE, [cli, root, '--format', 'json', '--output', out, ...extraArgs]);
    if (m.code !== 0 && m.code !== 1) throw new Error(`bloglint exited with ${m.code} on ${root}:\n${m.stderr}`);
    samples.push(m);
    process.stderr.write(`bench: ${path.basename(root)}${label ? ` ${label}` : extraArgs.length ? ' --only' : ''} run ${k + 1}/${runs}: ${m.wallS.toFixed(2)} s, ${m.rssMB?.toFixed(0)} MB, CPU ${m.cpuS?.toFixed(2) ?? 'n/a'} s\n`);
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    wallS: median(samples.map((s) => s.wallS)),
    bestS: Math.min(...samples.map((s) => s.wallS)),
    wallSamples: samples.map((s) => +s.wallS.toFixed(3)),
    cpuS: median(samples.map((s) => s.cpuS ?? NaN)),
    rssMB: median(samples.map((s) => s.rssMB ?? 0)),
    findings: report.findings,
    filesChecked: report.summary?.filesChecked,
  };
}

/**
 * Reads the corpus, the build and the Node binaries right before a timed run, untimed. This
 * machine's kernel pages out file pages left idle for about a minute (a DAMON `pageout` scheme,
 * `/sys/kernel/mm/damon/admin`), so a corpus generated or last read earlier came from the disk:
 * the 10k run took 8–10.4 s cold and 5.9–6.4 s warm, one after the other. A pull request's
 * checkout has just written the files it lints, so warm is the case that matters.
 */
function warmPageCache(root, cli) {
  const buffer = Buffer.allocUnsafe(1 << 20);
  const readAll = (file) => {
    let fd;
    try {
      fd = openSync(file, 'r');
      while (readSync(fd, buffer, 0, buffer.length, null) > 0);
    } catch {
      /* unreadable on purpose (a hostile corpus): bloglint reports it */
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) readAll(full);
    }
  };
  walk(root);
  for (const file of buildFiles(cli)) readAll(path.join(path.dirname(cli), file));
  readAll(NODE);
  if (NODE !== process.execPath) readAll(process.execPath);
}

/** markdown-link-check, when installed in .bench/tools or globally. */
function findMlc() {
  const local = path.join(BENCH, 'tools', 'node_modules', 'markdown-link-check');
  if (existsSync(path.join(local, 'package.json'))) return local;
  try {
    const global = path.join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'markdown-link-check');
    if (existsSync(path.join(global, 'package.json'))) return global;
  } catch {
    /* no npm */
  }
  return undefined;
}

async function runMlc(mlcDir, root, concurrency) {
  const out = path.join(BENCH, `mlc-${path.basename(root)}.json`);
  warmPageCache(root, path.join(REPO, 'scripts', 'bench', 'mlc-runner.mjs'));
  const m = await measure(process.execPath, [path.join(REPO, 'scripts', 'bench', 'mlc-runner.mjs'), mlcDir, root, out, String(concurrency)]);
  if (m.code !== 0) throw new Error(`markdown-link-check runner exited with ${m.code}:\n${m.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  return { wallS: m.wallS, rssMB: m.rssMB, ...result };
}

function fmt(x, digits = 2) {
  return x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits);
}

function describe(f) {
  return `${f.file}:${f.line} ${f.rule ?? ''}${f.messageId ? ` (${f.messageId})` : ''}${f.kind ? ` [${f.kind}]` : ''}${f.message ? ` ${f.message.slice(0, 160)}` : ''}${f.link ? ` ${f.link}` : ''}`;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  NODE = options.node;
  mkdirSync(BENCH, { recursive: true });
  if (!existsSync(options.cli)) throw new Error(`${options.cli} does not exist: run npm run build first`);
  // Snapshot the build (its entry, chunks and walk thread): other work may rebuild dist/ while the benchmark runs.
  const { cli, hash: cliHash } = snapshotBuild(options.cli, path.join(BENCH, 'cli'));
  const mlcDir = options.mlc ? findMlc() : undefined;
  const mlcVersion = mlcDir ? JSON.parse(readFileSync(path.join(mlcDir, 'package.json'), 'utf8')).version : undefined;
  const nodeVersion = NODE === process.execPath ? process.version : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGB: +(os.totalmem() / 2 ** 30).toFixed(1), node: nodeVersion, ...(process.env.NODE_OPTIONS ? { nodeOptions: process.env.NODE_OPTIONS } : {}), loadAvgAtStart: os.loadavg().map((l) => +l.toFixed(2)) };
  if (machine.loadAvgAtStart[0] > 0.5) process.stderr.write(`bench: warning: load average ${machine.loadAvgAtStart[0]} at start; other processes compete for the ${machine.cpus} CPUs\n`);

  const results = [];
  for (const n of options.sizes) {
    const { root, expected } = corpus(n, options.regen, options.defectEvery);
    const run = await runBloglint(cli, root, options.runs);
    const cmp = compare(run.findings, expected.defects);
    const entry = {
      posts: n,
      files: expected.files,
      corpusMB: +(expected.bytes / 1e6).toFixed(1),
      wallS: +run.wallS.toFixed(3),
      bestS: +run.bestS.toFixed(3),
      cpuS: +run.cpuS.toFixed(2),
      wallSamples: run.wallSamples,
      postsPerS: Math.round(n / run.wallS),
      rssMB: Math.round(run.rssMB),
      findings: run.findings.length,
      expected: expected.defects.length,
      found: cmp.found.length,
      falsePositives: cmp.falsePositives.length,
      missed: cmp.missed.map(describe),
      falsePositiveList: cmp.falsePositives.map(describe),
    };
    if (mlcDir) {
      process.stderr.write(`bench: markdown-link-check ${mlcVersion} on ${path.basename(root)}…\n`);
      const mlc = await runMlc(mlcDir, root, options.mlcConcurrency);
      const asFindings = mlc.dead.map((d) => ({ ...d, rule: null }));
      const mcmp = compare(asFindings, expected.defects.map((d) => ({ ...d, rule: null })));
      entry.mlc = {
        version: mlcVersion,
        wallS: +mlc.wallS.toFixed(3),
        rssMB: Math.round(mlc.rssMB ?? 0),
        filesChecked: mlc.files,
        linksChecked: mlc.linksChecked,
        networkAttempts: mlc.networkAttempts,
        errors: mlc.errors.length,
        found: mcmp.found.length,
        expected: expected.defects.length,
        falsePositives: mcmp.falsePositives.length,
        ratio: +(mlc.wallS / run.wallS).toFixed(2),
        missedKinds: countBy(mcmp.missed, (d) => d.kind),
        falsePositiveSample: mcmp.falsePositives.slice(0, 5).map(describe),
      };
    }
    results.push(entry);
  }

  let pr;
  if (options.prPosts > 0) {
    const n = Math.max(...options.sizes);
    const { root, expected } = corpus(n, false, options.defectEvery);
    // A pull request touching a few posts: posts with defects, so the findings can be checked too.
    const files = [...new Set(expected.defects.filter((d) => d.kind !== 'bad-post-filename').map((d) => d.file))].filter((_, k, a) => k % Math.max(1, Math.floor(a.length / options.prPosts)) === 0).slice(0, options.prPosts);
    const run = await runBloglint(cli, root, options.runs, ['--only', ...files.map((f) => path.join(root, f))]);
    const cmp = compare(run.findings, expected.defects.filter((d) => files.includes(d.file)));
    pr = { posts: n, only: files, wallS: +run.wallS.toFixed(3), bestS: +run.bestS.toFixed(3), cpuS: +run.cpuS.toFixed(2), wallSamples: run.wallSamples, rssMB: Math.round(run.rssMB), found: cmp.found.length, expected: cmp.found.length + cmp.missed.length, falsePositives: cmp.falsePositives.length, missed: cmp.missed.map(describe), falsePositiveList: cmp.falsePositives.map(describe) };
    if (options.cache) pr.cache = await prWithCache(cli, root, files, run.findings, options.runs);
  }

  const summary = { bench: 1, date: new Date().toISOString(), cli: path.relative(REPO, options.cli), cliSha: cliHash, runs: options.runs, defectEvery: options.defectEvery, machine: { ...machine, loadAvgAtEnd: os.loadavg().map((l) => +l.toFixed(2)) }, sizes: results, growth: growth(results), pr };
  process.stdout.write(renderMarkdown(summary));
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(summary, null, 1)}\n`);
}

/**
 * The pull-request case with the site-index cache (`--cache-location`, kept outside the corpus):
 * a full run writes it (as a default-branch run would), then
 * - "fresh checkout": before each run every document's change time is renewed (`utimes` with the
 *   same times), as a new checkout renews them, so each head is read and found by its hash;
 * - "same machine": the files are left alone, so each is found by its stamp without being read.
 * Each must give the findings of the run without a cache.
 */
async function prWithCache(cli, root, files, plainFindings, runs) {
  const cacheFile = path.join(BENCH, `site-cache-${path.basename(root)}.json`);
  rmSync(cacheFile, { force: true });
  const only = ['--only', ...files.map((f) => path.join(root, f))];
  const writing = await runBloglint(cli, root, 1, ['--cache-location', cacheFile], { label: 'full-writing-cache' });
  const documents = JSON.parse(readFileSync(cacheFile, 'utf8')).files;
  const renew = () => {
    for (const file of documents) {
      const abs = path.join(root, file);
      const info = statSync(abs);
      utimesSync(abs, info.atime, info.mtime);
    }
  };
  const content = await runBloglint(cli, root, runs, [...only, '--cache-location', cacheFile], { label: 'pr-cache-content', before: renew });
  // Stamps are kept only for files changed more than 2 s before the run that reads them.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await runBloglint(cli, root, 1, [...only, '--cache-location', cacheFile], { label: 'pr-cache-record-stamps' });
  const stamp = await runBloglint(cli, root, runs, [...only, '--cache-location', cacheFile], { label: 'pr-cache-stamp' });
  const gitBlob = await prOnGitClones(cli, root, files, runs);
  const same = (r) => JSON.stringify(r.findings) === JSON.stringify(plainFindings);
  const figures = (r) => ({ wallS: +r.wallS.toFixed(3), bestS: +r.bestS.toFixed(3), cpuS: +r.cpuS.toFixed(2), wallSamples: r.wallSamples, rssMB: Math.round(r.rssMB), sameFindings: same(r) });
  return { documents: documents.length, cacheMB: +(statSync(cacheFile).size / 1e6).toFixed(1), fullRunWritingS: +writing.wallS.toFixed(3), fullRunWritingRssMB: Math.round(writing.rssMB), byContent: figures(content), byStamp: figures(stamp), ...(gitBlob ? { byGitBlob: figures(gitBlob) } : {}) };
}

/**
 * The pull-request case as a CI runner meets it: the blog is a git repository, each job a fresh
 * `git clone`. A full run in one clone writes the cache (the default branch's job); the pull
 * request's runs, in another clone, read it as `actions/cache` restores it (the pristine file
 * before each run), and find the documents by the git blob ids it recorded, unread. The corpus
 * is committed once into a repository kept beside it (`git-<corpus>.git`, its work tree the
 * corpus); undefined when git is not there.
 */
async function prOnGitClones(cli, root, files, runs) {
  const name = path.basename(root);
  const gitDir = path.join(BENCH, `git-${name}.git`);
  const git = (args, cwd = BENCH) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const commitMark = path.join(gitDir, 'bloglint-bench-generator');
  if (!existsSync(commitMark) || readFileSync(commitMark, 'utf8') !== String(GENERATOR_VERSION)) {
    process.stderr.write(`bench: committing ${name} into ${path.relative(REPO, gitDir)}…\n`);
    rmSync(gitDir, { recursive: true, force: true });
    git(['init', '-q', '--bare', gitDir]);
    git(['--git-dir', gitDir, '--work-tree', root, 'add', '-A']);
    git(['--git-dir', gitDir, '--work-tree', root, 'commit', '-q', '-m', 'corpus']);
    writeFileSync(commitMark, String(GENERATOR_VERSION));
  }
  const clone = (label) => {
    const dir = path.join(BENCH, `clone-${name}-${label}`);
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: git clone ${path.relative(REPO, dir)}…\n`);
    git(['clone', '-q', gitDir, dir]);
    return dir;
  };
  const pushClone = clone('push');
  const cacheFile = path.join(BENCH, `site-cache-git-${name}.json`);
  rmSync(cacheFile, { force: true });
  await runBloglint(cli, pushClone, 1, ['--cache-location', cacheFile], { label: 'git-full-writing-cache' });
  rmSync(pushClone, { recursive: true, force: true });
  const pristine = readFileSync(cacheFile);
  const pullClone = clone('pull');
  const runCache = path.join(BENCH, `site-cache-git-${name}-run.json`);
  try {
    return await runBloglint(cli, pullClone, runs, ['--only', ...files.map((f) => path.join(pullClone, f)), '--cache-location', runCache], { label: 'pr-cache-git', before: () => writeFileSync(runCache, pristine) });
  } finally {
    rmSync(pullClone, { recursive: true, force: true });
  }
}

function countBy(list, keyOf) {
  const out = {};
  for (const x of list) out[keyOf(x)] = (out[keyOf(x)] ?? 0) + 1;
  return out;
}

function renderMarkdown(s) {
  const lines = [];
  lines.push(`bloglint ${s.cli} (${s.cliSha}), median of ${s.runs} cold runs (best: the fastest; CPU: user + system, all threads), ${s.machine.cpus} CPUs (${s.machine.cpuModel}), Node ${s.machine.node}${s.machine.nodeOptions ? ` (NODE_OPTIONS=${s.machine.nodeOptions})` : ''}${s.defectEvery === 20 ? '' : `; a defect every ${s.defectEvery} post${s.defectEvery === 1 ? '' : 's'}`}`, '');
  lines.push('| posts | files | corpus (MB) | wall (s) | best (s) | CPU (s) | posts/s | peak RSS (MB) | found / expected | false positives |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of s.sizes) lines.push(`| ${r.posts.toLocaleString('en')} | ${r.files.toLocaleString('en')} | ${r.corpusMB} | ${fmt(r.wallS)} | ${fmt(r.bestS)} | ${fmt(r.cpuS)} | ${r.postsPerS.toLocaleString('en')} | ${r.rssMB} | ${r.found} / ${r.expected} | ${r.falsePositives} |`);
  if (s.pr) lines.push(`| PR: \`--only\` ${s.pr.only.length} of ${s.pr.posts.toLocaleString('en')} | | | ${fmt(s.pr.wallS)} | ${fmt(s.pr.bestS)} | ${fmt(s.pr.cpuS)} | | ${s.pr.rssMB} | ${s.pr.found} / ${s.pr.expected} | ${s.pr.falsePositives} |`);
  if (s.pr?.cache) {
    const c = s.pr.cache;
    const row = (name, r) => `| PR, ${name} | | | ${fmt(r.wallS)} | ${fmt(r.bestS)} | ${fmt(r.cpuS)} | | ${r.rssMB} | ${r.sameFindings ? 'same findings' : '**different findings**'} | |`;
    lines.push(row('site cache restored on a fresh checkout (heads read, found by hash)', c.byContent), row('site cache, files unchanged (found by stamp, not read)', c.byStamp));
    if (c.byGitBlob) lines.push(row('site cache restored on a fresh `git clone` (found by git blob, not read)', c.byGitBlob));
    lines.push('', `Site cache: ${c.documents.toLocaleString('en')} documents, ${c.cacheMB} MB; the full run that wrote it took ${fmt(c.fullRunWritingS)} s, ${c.fullRunWritingRssMB} MB.`);
  }
  if (s.growth.length > 0) {
    lines.push('', 'Cost of each added post between sizes (linear: the same on every row):', '');
    lines.push('| posts | wall per added post (µs) | CPU per added post (µs) | peak RSS per added post (KB) |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const g of s.growth) lines.push(`| ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')} | ${g.wallUsPerPost ?? 'n/a'} | ${g.cpuUsPerPost ?? 'n/a'} | ${g.rssKBPerPost ?? 'n/a'} |`);
  }
  const mlcRows = s.sizes.filter((r) => r.mlc);
  if (mlcRows.length > 0) {
    lines.push('', `markdown-link-check ${mlcRows[0].mlc.version} (library, all posts, concurrency ${parseOptions(process.argv.slice(2)).mlcConcurrency}, offline; matched by file + line):`, '');
    lines.push('| posts | wall (s) | × bloglint | peak RSS (MB) | found / expected | false positives | network attempts |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of mlcRows) lines.push(`| ${r.posts.toLocaleString('en')} | ${fmt(r.mlc.wallS)} | ${r.mlc.ratio} | ${r.mlc.rssMB} | ${r.mlc.found} / ${r.mlc.expected} | ${r.mlc.falsePositives} | ${r.mlc.networkAttempts} |`);
  }
  for (const r of [...s.sizes, ...(s.pr ? [{ ...s.pr, posts: `PR (${s.pr.posts})` }] : [])]) {
    if (r.missed.length > 0) lines.push('', `Missed at ${r.posts} posts (${r.missed.length}):`, ...r.missed.slice(0, 30).map((m) => `- ${m}`));
    if (r.falsePositiveList.length > 0) lines.push('', `False positives at ${r.posts} posts (${r.falsePositiveList.length}):`, ...r.falsePositiveList.slice(0, 30).map((m) => `- ${m}`));
  }
  return `${lines.join('\n')}\n\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((error) => {
    process.stderr.write(`bench: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  });
}
