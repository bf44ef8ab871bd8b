import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toJsonReport } from '../../report/json.js';
import { toSarif } from '../../report/sarif.js';
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
 * @param ctx the context
 * @returns the two paths
 */
export async function writeReportFiles(ctx: Pick<ActionReportContext, 'findings' | 'report' | 'tempDir'>): Promise<ReportFiles> {
  const dir = path.join(ctx.tempDir, 'bloglint');
  await mkdir(dir, { recursive: true });
  const files = { json: path.join(dir, 'bloglint.json'), sarif: path.join(dir, 'bloglint.sarif') };
  await writeFile(files.json, `${JSON.stringify(toJsonReport(ctx.findings, ctx.report), null, 2)}\n`, 'utf8');
  await writeFile(files.sarif, `${JSON.stringify(toSarif(ctx.findings, ctx.report), null, 2)}\n`, 'utf8');
  return files;
}
