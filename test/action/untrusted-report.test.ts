/** The validation of `mode: report`'s untrusted JSON report, and the patch-based text of the review. */
import { describe, expect, it } from 'vitest';
import { textFromPatch } from '../../src/action/changed-files.js';
import { parseUntrustedReport, unsafePathReason } from '../../src/action/untrusted-report.js';

const SHA = 'a'.repeat(40);
const finding = {
  file: '_posts/2024-01-01-a.md',
  line: 3,
  column: 2,
  endLine: 3,
  endColumn: 5,
  rule: 'no-missing-image',
  messageId: 'missing',
  severity: 'error',
  message: 'Image `/x.png` is not published.',
  suggestions: [{ message: 'Use `/y.png`', fix: { line: 3, column: 2, endLine: 3, endColumn: 5, text: '/y.png' } }],
  fingerprint: '0123456789abcdef0123',
};
const report = (findings: unknown[] = [finding], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, findings, summary: { errors: 1, warnings: 0, infos: 0, fixable: 0, filesChecked: 1 }, pullRequest: { number: 3, headSha: SHA }, ...extra });
const RULES = ['no-missing-image'];

describe('parseUntrustedReport', () => {
  it('turns a valid report into findings, with the pull request', () => {
    const parsed = parseUntrustedReport(report(), RULES);
    expect(parsed.pullRequest).toEqual({ number: 3, headSha: SHA });
    expect(parsed.findings).toEqual([
      {
        file: finding.file,
        range: { start: { line: 3, column: 2 }, end: { line: 3, column: 5 } },
        rule: 'no-missing-image',
        messageId: 'missing',
        severity: 'error',
        message: finding.message,
        data: {},
        suggestions: [{ message: 'Use `/y.png`', fix: { range: { start: { line: 3, column: 2 }, end: { line: 3, column: 5 } }, text: '/y.png' } }],
        fingerprint: finding.fingerprint,
      },
    ]);
  });

  it.each([
    ['an end before the start', { endLine: 2 }, '`endLine` must be an integer from 3'],
    ['a zero line', { line: 0 }, '`line` must be an integer from 1'],
    ['a fractional column', { column: 1.5 }, '`column` must be an integer'],
    ['an unknown severity', { severity: 'fatal' }, '`severity` must be one of error, warning, info.'],
    ['a bad fingerprint', { fingerprint: 'XYZ' }, '`fingerprint` must be 8 to 64 lower-case hex digits.'],
    ['a control character in the message', { message: 'a\u0007b' }, '`message` has a control character.'],
    ['an unknown field in a suggestion', { suggestions: [{ message: 'm', fix: finding.suggestions[0]!.fix, extra: 1 }] }, 'suggestion 1 has the unknown field "extra"'],
    ['a fix text too long', { fix: { line: 3, column: 2, endLine: 3, endColumn: 5, text: 'x'.repeat(10_001) } }, 'is 10001 characters long'],
  ])('rejects %s', (_name, change, message) => {
    expect(() => parseUntrustedReport(report([{ ...finding, ...change }]), RULES)).toThrow(message);
  });

  it('rejects a pull request sha that is not a full sha', () => {
    expect(() => parseUntrustedReport(report([finding], { pullRequest: { number: 3, headSha: 'HEAD' } }), RULES)).toThrow('`pullRequest.headSha` must be a 40-character lower-case hex commit sha.');
  });
});

describe('unsafePathReason', () => {
  it.each([
    ['_posts/a.md', undefined],
    ['a/../b.md', 'has a `..`, `.` or empty segment'],
    ['./a.md', 'has a `..`, `.` or empty segment'],
    ['a//b.md', 'has a `..`, `.` or empty segment'],
    ['/etc/passwd', 'is absolute'],
    ['C:/x.md', 'is absolute'],
    ['a\\b.md', 'has a backslash'],
    ['a\u0085b.md', 'has a control character'],
    ['', 'is empty'],
  ])('%j: %s', (file, reason) => {
    expect(unsafePathReason(file)).toBe(reason);
  });
});

describe('textFromPatch', () => {
  it('puts each new-side line at its line number, other lines empty, CR and BOM removed', () => {
    const patch = '@@ -0,0 +1,2 @@\n+\uFEFFone\r\n+two\r\n@@ -8,2 +5,3 @@\n five\n-old\n+six\n seven\n\\ No newline at end of file';
    expect(textFromPatch(patch).split('\n')).toEqual(['one', 'two', '', '', 'five', 'six', 'seven']);
  });
});
