import { execFileSync } from 'node:child_process';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyFixesToFiles } from '../core/apply-fixes.js';
import { shouldFail } from '../core/fail-level.js';
import type { Finding } from '../core/finding.js';
import { ruleUrl } from '../core/rule.js';
import { runLint, UsageError, type RunResult } from '../core/run.js';
import { defaultCacheFile } from '../core/site-cache.js';
import { jsonReporter } from '../report/json.js';
import type { ReportContext, Reporter } from '../report/reporter.js';
import { sarifReporter } from '../report/sarif.js';
import { stylishReporter } from '../report/stylish.js';
import { workflowCommandsReporter } from '../report/github/workflow-commands.js';
import { VERSION } from '../version.js';
import { parseCliArgs, USAGE, type CliOptions } from './args.js';
import { starterConfig, writeStarterConfig } from './init.js';
import { ReferenceCounter, verboseReport } from './verbose.js';

/** Where the CLI writes; injectable so tests can run `main` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const REPORTERS: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: workflowCommandsReporter,
};

/**
 * Runs the CLI and returns the exit code: 0 clean, 1 findings at the fail level (or too many
 * warnings), 2 the tool could not run (the message says why and what to do).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'deploy') return await runDeploy(argv.slice(1), io);
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    return await runCheck(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bloglint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`bloglint: internal error: ${(error as Error)?.stack ?? String(error)}\nPlease report it with the command you ran.\n`);
    return 2;
  }
}

async function runCheck(options: CliOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  // On a terminal, say what is going on while a large blog is read; the line is erased after.
  const progress = io.isTTY && options.format === 'stylish' && !options.output;
  if (progress) io.stderr(`bloglint: checking ${options.root}…\r`);
  let run: RunResult;
  let counter = options.verbose ? new ReferenceCounter() : undefined;
  const root = path.resolve(io.cwd, options.root);
  let cacheFile: string | undefined;
  if (options.cacheLocation) cacheFile = path.resolve(io.cwd, options.cacheLocation);
  else if (options.cache) {
    const chosen = defaultCacheFile(root);
    if ('refused' in chosen) io.stderr(`bloglint: warning: ${chosen.refused}; running without the cache.\n`);
    else cacheFile = chosen.file;
  }
  const runOptions = {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.configPath ? { configPath: path.resolve(io.cwd, options.configPath) } : {}),
    ...(options.only ? { only: options.only.map((f) => path.resolve(io.cwd, f)) } : {}),
    ...(cacheFile ? { cache: cacheFile } : {}),
  };
  try {
    run = await runLint({ root, ...(counter ? { inspect: counter.inspect } : {}), ...runOptions });
  } finally {
    if (progress) io.stderr('\r\x1b[K');
  }
  if (options.init) {
    try {
      const file = await writeStarterConfig(run.root, starterConfig(run.site));
      io.stderr(`bloglint: wrote ${path.relative(io.cwd, file) || file}\n`);
      return 0;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError('.bloglint.yml already exists; remove it first to write a new one.');
      throw error;
    }
  }
  if (run.cache?.saveError) io.stderr(`bloglint: warning: ${run.cache.saveError}\n`);
  let findings = run.result.findings;
  if (options.fix) {
    const results = await applyFixesToFiles(run.root, findings);
    for (const r of results) {
      if (r.refused) io.stderr(`bloglint: did not fix ${r.file}: ${r.refused}\n`);
      else if (r.applied > 0) io.stderr(`bloglint: fixed ${r.applied} problem${r.applied === 1 ? '' : 's'} in ${r.file}\n`);
    }
    if (results.some((r) => r.applied > 0)) {
      counter = options.verbose ? new ReferenceCounter() : undefined;
      run = await runLint({ root: run.root, ...(counter ? { inspect: counter.inspect } : {}), ...runOptions });
      findings = run.result.findings;
    }
  }
  const shown: Finding[] = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const ctx: ReportContext = {
    root: run.root,
    rules: run.rules.map((r) => ({ id: r.id, description: r.description, severity: (run.config.rules[r.id]?.severity === 'off' ? r.severity : run.config.rules[r.id]?.severity ?? r.severity) as Finding['severity'], url: ruleUrl(r.id), fixable: r.fixable })),
    toolVersion: VERSION,
    filesChecked: run.result.filesChecked,
    color: options.color ?? (io.isTTY && !io.env.NO_COLOR && !options.output),
    cwd: io.cwd,
  };
  const output = REPORTERS[options.format]!.report(shown, ctx);
  if (options.output) await writeAtomically(path.resolve(io.cwd, options.output), output);
  else if (output) io.stdout(output);
  if (counter) io.stderr(verboseReport(run, Date.now() - started, counter));
  return shouldFail(findings, options.failOn, options.maxWarnings) ? 1 : 0;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
}

async function runDeploy(argv: string[], io: CliIo): Promise<number> {
  // Loaded only for `bloglint deploy`: a check does not pay for loading it.
  const { deploy, DeployArgsError, parseDeployArgs } = await import('../deploy/index.js');
  try {
    const sha = gitOutput(io.cwd, ['rev-parse', 'HEAD']);
    const options = parseDeployArgs(argv, {
      cwd: io.cwd,
      ...(gitOutput(io.cwd, ['remote', 'get-url', 'origin']) ? { defaultRemote: gitOutput(io.cwd, ['remote', 'get-url', 'origin'])! } : {}),
      ...(io.env.GITHUB_TOKEN ? { token: io.env.GITHUB_TOKEN } : {}),
      defaultMessage: sha ? `Deploy ${sha} with bloglint` : 'Deploy with bloglint',
    });
    const result = await deploy({ ...options, log: (line) => io.stderr(`${line}\n`) });
    io.stderr(`bloglint deploy: ${result.reason}${result.commit ? ` (${result.commit})` : ''}\n`);
    return 0;
  } catch (error) {
    throw error instanceof DeployArgsError ? new UsageError(error.message) : error;
  }
}

function gitOutput(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
