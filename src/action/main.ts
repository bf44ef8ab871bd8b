import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { shouldFail } from '../core/fail-level.js';
import { ruleUrl } from '../core/rule.js';
import { runLint, UsageError } from '../core/run.js';
import type { ReportContext } from '../report/reporter.js';
import { renderWorkflowCommands } from '../report/github/workflow-commands.js';
import { renderSummaryMarkdown } from '../report/summary-table.js';
import { VERSION } from '../version.js';
import { InputError, parseInputs } from './inputs.js';

/**
 * The Action: read inputs, lint, report where the author looks, gate the merge.
 * Every throw ends in a failed step with a message that says what to do.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, out: (text: string) => void = (t) => process.stdout.write(t)): Promise<void> {
  try {
    const inputs = parseInputs(env);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const lintRun = await runLint({ root: path.resolve(workspace, inputs.path), ...(inputs.config ? { configPath: path.resolve(workspace, inputs.config) } : {}) });
    const findings = lintRun.result.findings;
    const ctx: ReportContext = {
      root: lintRun.root,
      rules: lintRun.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, url: ruleUrl(r.id), fixable: r.fixable })),
      toolVersion: VERSION,
      filesChecked: lintRun.result.filesChecked,
      cwd: workspace,
    };
    if (inputs.reporters.includes('annotations')) out(renderWorkflowCommands(findings, ctx).lines.map((l) => `${l}\n`).join(''));
    if (inputs.reporters.includes('summary') && env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, renderSummaryMarkdown(findings, ctx, {}));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (env.GITHUB_OUTPUT) {
      await appendFile(env.GITHUB_OUTPUT, `errors=${errors}\nwarnings=${warnings}\nfiles-checked=${lintRun.result.filesChecked}\n`);
    }
    if (shouldFail(findings, inputs.failOn)) {
      process.exitCode = 1;
      out(`::error::bloglint found ${errors} error(s) and ${warnings} warning(s) (fail-on: ${inputs.failOn}).\n`);
    }
  } catch (error) {
    process.exitCode = 1;
    const message = error instanceof InputError || error instanceof UsageError ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`;
    out(`::error::bloglint: ${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  }
}
