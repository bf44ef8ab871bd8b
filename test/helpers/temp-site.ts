import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateConfig } from '../../src/core/config.js';
import { lint } from '../../src/core/lint.js';
import { buildSite } from '../../src/core/site.js';
import type { Finding } from '../../src/core/finding.js';
import type { Rule } from '../../src/core/rule.js';
import { rules as allRules } from '../../src/rules/index.js';

/** Writes files (path -> text or bytes) into a fresh temp folder and returns its real path. */
export function writeTempSite(files: Record<string, string | Uint8Array>): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bloglint-site-')));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export function removeTempSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Lints a temp site with the given rules (default: all) and rule config, returns the findings. */
export async function lintFiles(
  files: Record<string, string | Uint8Array>,
  options: { rules?: Rule<any>[]; ruleConfig?: Record<string, unknown>; only?: string[]; now?: Date; theme?: string } = {},
): Promise<{ findings: Finding[]; root: string }> {
  const root = writeTempSite(files);
  try {
    const rules = options.rules ?? allRules;
    const config = await validateConfig({ rules: options.ruleConfig ?? {} }, undefined, root, allRules);
    const site = await buildSite(root, { now: options.now ?? new Date('2026-01-01T00:00:00Z'), ...(options.theme ? { theme: options.theme } : {}) });
    const result = lint(site, { rules, config, ...(options.only ? { only: options.only } : {}) });
    return { findings: result.findings, root };
  } finally {
    removeTempSite(root);
  }
}

/** `line:col-line:col messageId`, the form rule examples use. */
export function renderFinding(f: Finding): string {
  return `${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.messageId}`;
}
