import { lstat, readFile } from 'node:fs/promises';
import type { Finding, Fix, Severity } from '../core/finding.js';
import { compareFindings } from '../core/finding.js';

/** Largest report file read in `mode: report`, in bytes. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** Most findings a report may carry. */
export const MAX_REPORT_FINDINGS = 5000;
/** Longest message (of a finding or a suggestion), in UTF-16 code units. */
export const MAX_MESSAGE_CHARS = 2000;
/** Longest replacement text of a fix. */
export const MAX_FIX_TEXT_CHARS = 10_000;
/** Most suggestions per finding. */
const MAX_SUGGESTIONS = 10;
/** Longest file path. */
const MAX_PATH_CHARS = 1024;
/** Largest line or column number accepted. */
const MAX_POSITION = 10_000_000;

/** The pull request the report is about, as the `pull_request` run wrote it. */
export interface ReportedPullRequest {
  number: number;
  headSha: string;
}

/** A report that passed {@link parseUntrustedReport}. */
export interface UntrustedReport {
  findings: Finding[];
  pullRequest: ReportedPullRequest;
  filesChecked: number;
}

/** The report is not one bloglint wrote: the message names the problem (and the finding). */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const TOP_KEYS = ['version', 'findings', 'summary', 'pullRequest'];
const FINDING_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'messageId', 'severity', 'message', 'fix', 'suggestions', 'fingerprint'];
const FINDING_OPTIONAL = new Set(['fix', 'suggestions']);
const FIX_KEYS = ['line', 'column', 'endLine', 'endColumn', 'text'];
const SUMMARY_KEYS = ['errors', 'warnings', 'infos', 'fixable', 'filesChecked'];
/** C0 controls and DEL, except tab and line feed (which messages and fix texts may hold). */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/** The same, but a fix may also hold carriage returns (a CRLF file). */
const CONTROL_IN_FIX = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_IN_PATH = /[\u0000-\u001f\u007f\u0080-\u009f]/;

/**
 * Reads the JSON report of `mode: report` as untrusted data: a regular file (not a link) of at
 * most {@link MAX_REPORT_BYTES}, then {@link parseUntrustedReport}.
 *
 * @param file path of the report file
 * @param ruleIds the rule ids a finding may name
 * @returns the validated report
 */
export async function readUntrustedReport(file: string, ruleIds: readonly string[]): Promise<UntrustedReport> {
  let stats;
  try {
    stats = await lstat(file);
  } catch (error) {
    throw new ReportError(`cannot read the report file ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check report-file and the download-artifact step.`);
  }
  if (!stats.isFile()) throw new ReportError(`the report file ${file} is not a regular file (a link or a folder is refused).`);
  if (stats.size > MAX_REPORT_BYTES) throw new ReportError(`the report file is ${stats.size} bytes, more than the ${MAX_REPORT_BYTES} allowed.`);
  const text = await readFile(file, 'utf8');
  return parseUntrustedReport(text, ruleIds);
}

/**
 * Validates a JSON report strictly (the format of `src/report/json.ts`, plus the `pullRequest`
 * the Action adds): version 1, exact field types, no unknown field, at most
 * {@link MAX_REPORT_FINDINGS} findings, repository-relative POSIX paths without `..`, control
 * characters or a leading `/`, known rule ids, positive positions in order, capped texts.
 *
 * @param text the file's content
 * @param ruleIds the rule ids a finding may name
 * @returns the findings (sorted), the pull request and the number of files checked
 */
export function parseUntrustedReport(text: string, ruleIds: readonly string[]): UntrustedReport {
  if (text.length > MAX_REPORT_BYTES) throw new ReportError(`the report is more than ${MAX_REPORT_BYTES} characters.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportError(`the report is not valid JSON (${(error as Error).message}).`);
  }
  const top = object(data, 'the report', TOP_KEYS, new Set());
  if (top['version'] !== 1) throw new ReportError(`the report's \`version\` is ${JSON.stringify(top['version'])}; only 1 is accepted.`);
  const pr = object(top['pullRequest'], '`pullRequest`', ['number', 'headSha'], new Set());
  const number = integer(pr['number'], '`pullRequest.number`', 1, Number.MAX_SAFE_INTEGER);
  const headSha = pr['headSha'];
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) throw new ReportError('`pullRequest.headSha` must be a 40-character lower-case hex commit sha.');
  const summary = object(top['summary'], '`summary`', SUMMARY_KEYS, new Set());
  for (const key of SUMMARY_KEYS) integer(summary[key], `\`summary.${key}\``, 0, Number.MAX_SAFE_INTEGER);
  if (!Array.isArray(top['findings'])) throw new ReportError('`findings` must be an array.');
  if (top['findings'].length > MAX_REPORT_FINDINGS) throw new ReportError(`the report has ${top['findings'].length} findings, more than the ${MAX_REPORT_FINDINGS} allowed.`);
  const known = new Set(ruleIds);
  const findings = top['findings'].map((item, index) => toFinding(item, `finding ${index + 1}`, known));
  return { findings: findings.sort(compareFindings), pullRequest: { number, headSha }, filesChecked: summary['filesChecked'] as number };
}

/**
 * @param file a finding's `file`
 * @returns why it is not a safe relative POSIX path inside the repository, or undefined when it is
 */
export function unsafePathReason(file: string): string | undefined {
  if (file === '') return 'is empty';
  if (file.length > MAX_PATH_CHARS) return `is longer than ${MAX_PATH_CHARS} characters`;
  if (CONTROL_IN_PATH.test(file)) return 'has a control character';
  if (file.includes('\\')) return 'has a backslash';
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return 'is absolute';
  if (file.split('/').some((part) => part === '..' || part === '.' || part === '')) return 'has a `..`, `.` or empty segment';
  return undefined;
}

function toFinding(value: unknown, where: string, knownRules: Set<string>): Finding {
  const item = object(value, where, FINDING_KEYS, FINDING_OPTIONAL);
  const file = item['file'];
  if (typeof file !== 'string') throw new ReportError(`${where}: \`file\` must be a string.`);
  const unsafe = unsafePathReason(file);
  if (unsafe) throw new ReportError(`${where}: \`file\` ${JSON.stringify(file)} ${unsafe}; only relative paths inside the repository are accepted.`);
  const at = `${where} (${file})`;
  const range = rangeOf(item, at);
  const rule = item['rule'];
  if (typeof rule !== 'string' || !knownRules.has(rule)) throw new ReportError(`${at}: \`rule\` ${JSON.stringify(rule)} is not a bloglint rule.`);
  const messageId = item['messageId'];
  if (typeof messageId !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(messageId)) throw new ReportError(`${at}: \`messageId\` must be an identifier of at most 64 letters and digits.`);
  const severity = item['severity'];
  if (!SEVERITIES.includes(severity as Severity)) throw new ReportError(`${at}: \`severity\` must be one of ${SEVERITIES.join(', ')}.`);
  const fingerprint = item['fingerprint'];
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/.test(fingerprint)) throw new ReportError(`${at}: \`fingerprint\` must be 8 to 64 lower-case hex digits.`);
  const finding: Finding = {
    file,
    range,
    rule,
    messageId,
    severity: severity as Severity,
    message: textField(item['message'], `${at}: \`message\``, MAX_MESSAGE_CHARS),
    data: {},
    fingerprint,
  };
  if (item['fix'] !== undefined) finding.fix = fixOf(item['fix'], `${at}: \`fix\``);
  if (item['suggestions'] !== undefined) {
    const list = item['suggestions'];
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_SUGGESTIONS) throw new ReportError(`${at}: \`suggestions\` must be an array of 1 to ${MAX_SUGGESTIONS} suggestions.`);
    finding.suggestions = list.map((entry, index) => {
      const suggestion = object(entry, `${at}: suggestion ${index + 1}`, ['message', 'fix'], new Set());
      return { message: textField(suggestion['message'], `${at}: suggestion ${index + 1} \`message\``, MAX_MESSAGE_CHARS), fix: fixOf(suggestion['fix'], `${at}: suggestion ${index + 1} \`fix\``) };
    });
  }
  return finding;
}

function fixOf(value: unknown, where: string): Fix {
  const fix = object(value, where, FIX_KEYS, new Set());
  return { range: rangeOf(fix, where), text: textField(fix['text'], `${where}.text`, MAX_FIX_TEXT_CHARS, true, CONTROL_IN_FIX) };
}

function rangeOf(item: Record<string, unknown>, where: string): Finding['range'] {
  const line = integer(item['line'], `${where}: \`line\``, 1, MAX_POSITION);
  const column = integer(item['column'], `${where}: \`column\``, 1, MAX_POSITION);
  const endLine = integer(item['endLine'], `${where}: \`endLine\``, line, MAX_POSITION);
  const endColumn = integer(item['endColumn'], `${where}: \`endColumn\``, endLine === line ? column : 1, MAX_POSITION);
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

function object(value: unknown, where: string, keys: readonly string[], optional: Set<string>): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReportError(`${where} must be a JSON object.`);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) throw new ReportError(`${where} has the unknown field ${JSON.stringify(key.slice(0, 100))}; allowed fields are ${keys.join(', ')}.`);
  }
  for (const key of keys) {
    if (!optional.has(key) && !(key in record)) throw new ReportError(`${where} lacks the field \`${key}\`.`);
  }
  return record;
}

function integer(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new ReportError(`${where} must be an integer from ${min} to ${max}, not ${JSON.stringify(value)}.`);
  return value;
}

function textField(value: unknown, where: string, max: number, allowEmpty = false, control = CONTROL_IN_TEXT): string {
  if (typeof value !== 'string') throw new ReportError(`${where} must be a string.`);
  if (!allowEmpty && value === '') throw new ReportError(`${where} is empty.`);
  if (value.length > max) throw new ReportError(`${where} is ${value.length} characters long, more than the ${max} allowed.`);
  if (control.test(value)) throw new ReportError(`${where} has a control character.`);
  return value;
}
