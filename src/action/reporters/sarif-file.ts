import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toJsonReport } from '../../report/json.js';
import { toSarif } from '../../report/sarif.js';
import type { ReportedPullRequest } from '../untrusted-report.js';
import type { ActionReportContext } from './reporter.js';

/** Paths of the report files. */
export interface ReportFiles {
  json: string;
  sarif: string;
}

/**
 * Writes the JSON report and the SARIF log (for `github/codeql-action/upload-sarif`) under
 * `<tempDir>/bloglint/`, always, whatever the `reporters` input says: the `report` and `sarif`
 * outputs point at them.
 *
 * On a pull request the JSON report also carries `pullRequest: {number, headSha}` (not part of
 * the CLI's format): a `workflow_run` job in `mode: report` posts it after verifying both.
 *
 * @param ctx the context
 * @param pullRequest the pull request the findings are about, if any
 * @returns the two paths
 */
export async function writeReportFiles(ctx: Pick<ActionReportContext, 'findings' | 'report' | 'tempDir'>, pullRequest?: ReportedPullRequest): Promise<ReportFiles> {
  const dir = path.join(ctx.tempDir, 'bloglint');
  await mkdir(dir, { recursive: true });
  const files = { json: path.join(dir, 'bloglint.json'), sarif: path.join(dir, 'bloglint.sarif') };
  const json = { ...toJsonReport(ctx.findings, ctx.report), ...(pullRequest ? { pullRequest } : {}) };
  await writeFile(files.json, `${JSON.stringify(json, null, 2)}\n`, 'utf8');
  await writeFile(files.sarif, `${JSON.stringify(toSarif(ctx.findings, ctx.report), null, 2)}\n`, 'utf8');
  return files;
}
