import { describe, expect, it } from 'vitest';
import { renderSummaryMarkdown, summaryReporter } from '../../src/report/summary-table.js';
import { SAMPLE, context, finding } from './sample-findings.js';

const blobUrl = (file: string, line: number): string => `https://github.com/o/r/blob/abc/${file}#L${line}`;

describe('summary markdown', () => {
  it.each<[string, Parameters<typeof renderSummaryMarkdown>, string]>([
    ['no problems', [[], context()], '### ✅ bloglint: no problems in 12 files\n'],
    ['no problems, one file', [[], context({ filesChecked: 1 })], '### ✅ bloglint: no problems in 1 file\n'],
    [
      'sample with blob links, paths relative to the workspace',
      [SAMPLE, context({ cwd: '/work' }), { blobUrl }],
      [
        '### ❌ bloglint: 1 error, 1 warning, 1 info in 2 files',
        '',
        '| Rule | Problems |',
        '| :--- | ---: |',
        '| [`no-dead-link`](https://bloglint.dev/rules/no-dead-link) | 1 |',
        '| [`no-missing-image`](https://bloglint.dev/rules/no-missing-image) | 1 |',
        '| [`required-front-matter`](https://bloglint.dev/rules/required-front-matter) | 1 |',
        '',
        '| File | Severity | Rule | Message |',
        '| :--- | :--- | :--- | :--- |',
        '| [`blog/_posts/2024-01-01-one.md:3`](https://github.com/o/r/blob/abc/blog/_posts/2024-01-01-one.md#L3) | error | `no-missing-image` | Image \\`/assets/cat.png\\` is not published; did you mean \\`/assets/Cat.png\\`? |',
        '| [`blog/_posts/2024-01-01-one.md:120`](https://github.com/o/r/blob/abc/blog/_posts/2024-01-01-one.md#L120) | info | `no-dead-link` | Link to \\`/2023/hello\\` matches no page |',
        '| [`blog/_posts/2024-02-02-two.md:12`](https://github.com/o/r/blob/abc/blog/_posts/2024-02-02-two.md#L12) | warning | `required-front-matter` | Missing front matter key \\`title\\` |',
        '',
      ].join('\n'),
    ],
    [
      'row cap, no blob links, rules ordered by count',
      [[...SAMPLE, finding({ file: 'z.md', fingerprint: 'z' })], context(), { maxRows: 1 }],
      [
        '### ❌ bloglint: 2 errors, 1 warning, 1 info in 3 files',
        '',
        '| Rule | Problems |',
        '| :--- | ---: |',
        '| [`no-missing-image`](https://bloglint.dev/rules/no-missing-image) | 2 |',
        '| [`no-dead-link`](https://bloglint.dev/rules/no-dead-link) | 1 |',
        '| [`required-front-matter`](https://bloglint.dev/rules/required-front-matter) | 1 |',
        '',
        '| File | Severity | Rule | Message |',
        '| :--- | :--- | :--- | :--- |',
        '| `_posts/2024-01-01-one.md:3` | error | `no-missing-image` | Image \\`/assets/cat.png\\` is not published; did you mean \\`/assets/Cat.png\\`? |',
        '',
        '_3 more problems not shown; run bloglint locally or see the log for all of them._',
        '',
      ].join('\n'),
    ],
    [
      'only warnings; zero rows drops the file table; unknown rule and unsafe blob URL are not linked',
      [
        [finding({ file: 'a.md', severity: 'warning', rule: 'custom-rule' })],
        context(),
        { maxRows: 0, blobUrl: () => 'javascript:alert(1)' },
      ],
      [
        '### ⚠️ bloglint: 0 errors, 1 warning in 1 file',
        '',
        '| Rule | Problems |',
        '| :--- | ---: |',
        '| `custom-rule` | 1 |',
        '',
        '_1 more problem not shown; run bloglint locally or see the log for all of them._',
        '',
      ].join('\n'),
    ],
    [
      'only infos; unsafe blob URL not linked',
      [[SAMPLE[2]!], context(), { blobUrl: () => 'javascript:alert(1)' }],
      [
        '### ℹ️ bloglint: 0 errors, 0 warnings, 1 info in 1 file',
        '',
        '| Rule | Problems |',
        '| :--- | ---: |',
        '| [`no-dead-link`](https://bloglint.dev/rules/no-dead-link) | 1 |',
        '',
        '| File | Severity | Rule | Message |',
        '| :--- | :--- | :--- | :--- |',
        '| `_posts/2024-01-01-one.md:120` | info | `no-dead-link` | Link to \\`/2023/hello\\` matches no page |',
        '',
      ].join('\n'),
    ],
  ])('%s', (_name, args, expected) => {
    expect(renderSummaryMarkdown(...args)).toBe(expected);
  });

  it('stops adding rows before the size cap', () => {
    const findings = Array.from({ length: 500 }, (_, i) =>
      finding({ file: `f${String(i).padStart(3, '0')}.md`, message: 'x'.repeat(400), fingerprint: String(i) }),
    );
    const text = renderSummaryMarkdown(findings, context(), { maxRows: 1000, maxChars: 10_000 });
    expect(text.length).toBeLessThanOrEqual(10_000);
    const rows = text.split('\n').filter((line) => line.startsWith('| `f'));
    expect(text).toContain(`_${500 - rows.length} more problems not shown;`);
    expect(rows.length).toBeGreaterThan(5);
  });

  it('with default options stays under GitHub’s comment limit and 200 rows', () => {
    const findings = Array.from({ length: 300 }, (_, i) =>
      finding({ file: `f${String(i).padStart(3, '0')}.md`, message: 'y'.repeat(1000), fingerprint: String(i) }),
    );
    const text = summaryReporter.report(findings, context());
    expect(text.length).toBeLessThan(65_536);
    const short = summaryReporter.report(findings.map((f) => ({ ...f, message: 'short' })), context());
    expect(short.split('\n').filter((line) => line.startsWith('| `f')).length).toBe(200);
    expect(short).toContain('_100 more problems not shown;');
  });
});
