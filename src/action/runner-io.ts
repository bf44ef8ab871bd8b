import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { escapeCommandData } from '../report/github/escape.js';

/**
 * What the Action says to the runner: log lines, workflow commands, step outputs, the job
 * summary. A pure function of `env` plus a writer, so `run()` needs no mocked `@actions/core`;
 * the file formats are the ones `@actions/core` writes.
 */
export interface RunnerIO {
  /** A plain log line. */
  info(line: string): void;
  /** A `::debug::` line, which the runner shows when step debug logging is on. */
  debug(line: string): void;
  /** A `::warning::` annotation, written once per distinct text. */
  warnOnce(line: string): void;
  /** Raw lines (workflow commands already formatted). */
  write(lines: string[]): void;
  /** `::add-mask::` so the runner hides the value in every log. */
  setSecret(value: string): void;
  setOutput(name: string, value: string | number | boolean): void;
  /** Appends markdown to the job summary (no-op outside a runner). */
  appendSummary(markdown: string): void;
  /** Marks the step failed: `::error::message` and exit code 1. */
  setFailed(message: string): void;
}

/**
 * @param env the process environment (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`)
 * @param out where log lines go (stdout)
 * @returns the runner I/O
 */
export function createRunnerIO(env: NodeJS.ProcessEnv, out: (text: string) => void): RunnerIO {
  const warned = new Set<string>();
  return {
    info: (line) => out(`${line}\n`),
    debug: (line) => out(`::debug::${escapeCommandData(line)}\n`),
    warnOnce(line) {
      if (warned.has(line)) return;
      warned.add(line);
      out(`::warning::${escapeCommandData(line)}\n`);
    },
    write: (lines) => {
      if (lines.length > 0) out(lines.map((line) => `${line}\n`).join(''));
    },
    setSecret: (value) => {
      if (value) out(`::add-mask::${escapeCommandData(value)}\n`);
    },
    setOutput(name, value) {
      const text = String(value);
      if (!env.GITHUB_OUTPUT) {
        out(`${name}: ${text}\n`);
        return;
      }
      const delimiter = `ghadelimiter_${randomUUID()}`;
      appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${text}\n${delimiter}\n`, 'utf8');
    },
    appendSummary(markdown) {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    },
    setFailed(message) {
      process.exitCode = 1;
      out(`::error::${escapeCommandData(message)}\n`);
    },
  };
}
