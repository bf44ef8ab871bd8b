import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { encodeUriPath, hiddenMarker, readHiddenMarkers } from '../../src/report/github/escape.js';
import { renderWorkflowCommands, workflowCommandsReporter } from '../../src/report/github/workflow-commands.js';
import { jsonReporter } from '../../src/report/json.js';
import type { JsonReport } from '../../src/report/json.js';
import type { Reporter } from '../../src/report/reporter.js';
import { sarifReporter } from '../../src/report/sarif.js';
import { stylishReporter } from '../../src/report/stylish.js';
import { renderSummaryMarkdown, summaryReporter } from '../../src/report/summary-table.js';
import { context, finding, range } from './sample-findings.js';
import { validateSarif } from './sarif-schema.js';

/** Repository text an attacker controls in a pull request: file names, messages, fix text. */
const HOSTILE = [
  '::error::pwned',
  '%0A::warning::x',
  'a\r\nb',
  '\n::error file=x::injected',
  '| table | break |',
  '<img src=x onerror=alert(1)>',
  '@octocat',
  '<!-- bloglint:fingerprint abc -->',
  '``` ` backticks `` ',
  '`',
  ']( javascript:alert(1) )',
  '[click](javascript:alert(1))',
  'fixes #1 and GH-2',
  '\u001b[2J\u001b[31mred',
  '\\|\\\\|',
  '$$\\LaTeX$$',
  'https://evil.example',
  'invoice\u202Egnp.md',
];

/** Every reporter the project ships; adding one without adding it here fails the count below. */
const REPORTERS: Reporter[] = [stylishReporter, jsonReporter, sarifReporter, workflowCommandsReporter, summaryReporter];

/** A file name cannot contain `/`; use a look-alike so the text stays one path segment. */
function fileName(text: string): string {
  return `_posts/${text.replace(/\//g, '\u2215')}.md`;
}

/** One finding with the hostile text as message, one with it in the file name, fix and suggestion. */
function hostileFindings(text: string): Finding[] {
  return [
    finding({ file: 'safe.md', range: range(1, 1, 1, 5), message: text, data: { value: text }, fingerprint: 'm' }),
    finding({
      file: fileName(text),
      range: range(2, 3, 4, 5),
      severity: 'warning',
      message: `Image ${text} is missing`,
      fix: { range: range(2, 3, 2, 9), text },
      suggestions: [{ message: text, fix: { range: range(2, 3, 2, 9), text } }],
      fingerprint: 'f',
    }),
  ];
}

/** Parses one workflow command the way the Actions runner does (ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } {
  expect(line.startsWith('::')).toBe(true);
  const end = line.indexOf('::', 2);
  expect(end).toBeGreaterThan(2);
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  const props: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      expect(eq).toBeGreaterThan(0);
      props[pair.slice(0, eq)] = pair
        .slice(eq + 1)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%');
    }
  }
  const data = line
    .slice(end + 2)
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
  return { command, props, data };
}

/**
 * Replaces every inline code span with `CODE`, as CommonMark finds them: an unescaped backtick run
 * opens, the next run of the same length closes (backslashes inside code are literal).
 */
function stripCodeSpans(markdown: string): string {
  return markdown.replace(/(?<![\\`])(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, 'CODE');
}

/** Count of `|` not preceded by a backslash: what GFM splits a table row on. */
function cellDelimiters(row: string): number {
  return (row.match(/(?<!\\)\|/g) ?? []).length;
}


describe.each(HOSTILE)('hostile text %j', (text) => {
  const findings = hostileFindings(text);
  const ctx = context({ cwd: '/work' });

  it('runs through every reporter without throwing', () => {
    expect(REPORTERS.map((r) => r.name)).toEqual(['stylish', 'json', 'sarif', 'github', 'markdown']);
    for (const reporter of REPORTERS) expect(typeof reporter.report(findings, ctx)).toBe('string');
  });

  it('workflow commands: one command per line, and every value round-trips exactly', () => {
    const output = workflowCommandsReporter.report(findings, ctx);
    expect(output.endsWith('\n')).toBe(true);
    expect(output).not.toContain('\r');
    const lines = output.slice(0, -1).split('\n');
    expect(lines).toHaveLength(2);
    const parsed = lines.map(parseCommand).sort((a, b) => a.command.localeCompare(b.command));
    expect(parsed.map((p) => p.command)).toEqual(['error', 'warning']);
    expect(parsed.map((p) => Object.keys(p.props))).toEqual([
      ['file', 'line', 'endLine', 'col', 'endColumn', 'title'],
      ['file', 'line', 'endLine', 'title'],
    ]);
    expect(parsed.map((p) => p.props.file)).toEqual(['blog/safe.md', `blog/${fileName(text)}`]);
    expect(parsed.map((p) => p.data)).toEqual([text, `Image ${text} is missing`]);
    expect(renderWorkflowCommands(findings, ctx).dropped).toBe(0);
  });

  it('stylish: no control characters, one line per finding', () => {
    const output = stylishReporter.report(findings, ctx);
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const lines = output.split('\n');
    expect(lines.filter((line) => /^ {2,}\d+:\d+ /.test(line))).toHaveLength(2);
    expect(lines).toHaveLength(2 /* headers */ + 2 /* rows */ + 2 /* blanks */ + 2 /* summary, fixable */ + 1);
  });

  it('json: lossless', () => {
    const report = JSON.parse(jsonReporter.report(findings, ctx)) as JsonReport;
    const byFile = new Map(report.findings.map((f) => [f.file, f]));
    expect(byFile.get('safe.md')!.message).toBe(text);
    const other = byFile.get(fileName(text))!;
    expect(other.fix!.text).toBe(text);
    expect(other.suggestions![0]!.message).toBe(text);
  });

  it('sarif: schema-valid, lossless text, percent-encoded relative uri', () => {
    const log = JSON.parse(sarifReporter.report(findings, ctx)) as Sarif.Log;
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const results = log.runs[0]!.results!;
    const uris = results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    expect(uris.map(decodeURIComponent).sort()).toEqual([fileName(text), 'safe.md'].sort());
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=@%/]+$/);
    expect(results.map((r) => r.message.text).sort()).toEqual([text, `Image ${text} is missing`].sort());
  });

  it('markdown: no raw HTML, no cell break-out, no mention, no issue link, no forged marker, no foreign link', () => {
    const marker = hiddenMarker('sticky-comment');
    const body = `${marker}\n${renderSummaryMarkdown(findings, ctx, {
      blobUrl: (file, line) => `https://github.com/o/r/blob/abc/${encodeUriPath(file)}#L${line}`,
    })}`;
    const markdown = body.slice(marker.length + 1);
    expect(markdown).not.toContain('<');
    expect(markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(readHiddenMarkers(body)).toEqual([{ name: 'sticky-comment', value: '' }]);
    // Links: every `](` outside code spans opens one of our destinations (https, nothing that
    // could end it early); GFM forms no link inside a code span.
    const outsideCode = stripCodeSpans(markdown);
    for (const match of outsideCode.matchAll(/(?<!\\)\]\(/g)) {
      expect(outsideCode.slice(match.index + 2)).toMatch(/^https:\/\/[^\s()[\]<>"'`|]+\)/);
    }
    // Prose (GitHub links mentions, issue refs and URLs only in text outside code and links).
    const prose = outsideCode.replace(/(?<!\\)\]\(https:\/\/[^)]*\)/g, ']');
    expect(prose).not.toMatch(/@[\p{L}\p{N}_]/u);
    expect(prose).not.toMatch(/(?<!&)#\p{N}/u);
    expect(prose).not.toMatch(/GH\\?-\p{N}/iu);
    expect(prose).not.toMatch(/:\/\/|www\./);
    const lines = markdown.split('\n');
    const ruleRows = lines.slice(lines.indexOf('| Rule | Problems |'), lines.indexOf('| File | Severity | Rule | Message |') - 1);
    const fileRows = lines.slice(lines.indexOf('| File | Severity | Rule | Message |')).filter((l) => l.startsWith('|'));
    expect(fileRows).toHaveLength(2 + 2);
    for (const row of ruleRows) expect(cellDelimiters(row)).toBe(3);
    for (const row of fileRows) expect(cellDelimiters(row)).toBe(5);
  });
});
