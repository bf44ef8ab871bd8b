import { describe, expect, it } from 'vitest';
import { jsonReporter, toJsonReport } from '../../src/report/json.js';
import { SAMPLE, context, finding, range } from './sample-findings.js';

const FINDING_KEYS = [
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'rule',
  'messageId',
  'severity',
  'message',
  'fix',
  'suggestions',
  'fingerprint',
];

describe('json reporter', () => {
  it('writes the documented format exactly', () => {
    const output = jsonReporter.report(
      [
        finding({
          file: '_posts/한글 & more.md',
          range: range(3, 8, 3, 26),
          messageId: 'caseMismatch',
          message: 'Image `/a.png` is not published',
          data: { path: '/a.png' },
          fix: { range: range(3, 11, 3, 26), text: '/A.png' },
          fingerprint: 'abc',
        }),
      ],
      context({ filesChecked: 3 }),
    );
    expect(output).toBe(`{
  "version": 1,
  "findings": [
    {
      "file": "_posts/한글 & more.md",
      "line": 3,
      "column": 8,
      "endLine": 3,
      "endColumn": 26,
      "rule": "no-missing-image",
      "messageId": "caseMismatch",
      "severity": "error",
      "message": "Image \`/a.png\` is not published",
      "fix": {
        "line": 3,
        "column": 11,
        "endLine": 3,
        "endColumn": 26,
        "text": "/A.png"
      },
      "fingerprint": "abc"
    }
  ],
  "summary": {
    "errors": 1,
    "warnings": 0,
    "infos": 0,
    "fixable": 1,
    "filesChecked": 3
  }
}
`);
  });

  it('writes an empty report when there are no findings', () => {
    expect(jsonReporter.report([], context())).toBe(
      '{\n  "version": 1,\n  "findings": [],\n  "summary": {\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0,\n    "fixable": 0,\n    "filesChecked": 12\n  }\n}\n',
    );
  });

  it('round-trips: parsing the output gives the report object, sorted, keys in order', () => {
    const output = jsonReporter.report(SAMPLE, context());
    const parsed = JSON.parse(output) as ReturnType<typeof toJsonReport>;
    expect(parsed).toEqual(toJsonReport(SAMPLE, context()));
    expect(Object.keys(parsed)).toEqual(['version', 'findings', 'summary']);
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings', 'infos', 'fixable', 'filesChecked']);
    expect(parsed.findings.map((f) => [f.file, f.line])).toEqual([
      ['_posts/2024-01-01-one.md', 3],
      ['_posts/2024-01-01-one.md', 120],
      ['_posts/2024-02-02-two.md', 12],
    ]);
    for (const f of parsed.findings) {
      const keys = Object.keys(f);
      expect(keys).toEqual(FINDING_KEYS.filter((k) => keys.includes(k)));
    }
    expect(parsed.findings[0]!.fix).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 26, text: '/assets/Cat.png' });
    expect(parsed.findings[1]!).toMatchObject({
      line: 120,
      column: 15,
      endLine: 121,
      endColumn: 3,
      severity: 'info',
      suggestions: [
        { message: 'Link to `/2023/hello/`', fix: { line: 120, column: 15, endLine: 120, endColumn: 26, text: '/2023/hello/' } },
      ],
    });
    expect('fix' in parsed.findings[1]!).toBe(false);
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, infos: 1, fixable: 1, filesChecked: 12 });
  });

  it('omits an empty suggestions list', () => {
    const report = toJsonReport([finding({ file: 'a.md', suggestions: [] })], context());
    expect('suggestions' in report.findings[0]!).toBe(false);
  });
});
