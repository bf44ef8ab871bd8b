import type { Finding, Range } from '../../src/core/finding.js';
import type { ReportContext, RuleMeta } from '../../src/report/reporter.js';

/** A range on one line, or across lines when `endLine` differs. */
export function range(line: number, column: number, endLine: number, endColumn: number): Range {
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

/** A finding with defaults for everything not given. */
export function finding(overrides: Partial<Finding> & Pick<Finding, 'file'>): Finding {
  return {
    range: range(1, 1, 1, 2),
    rule: 'no-missing-image',
    messageId: 'missing',
    severity: 'error',
    message: 'Image `/assets/cat.png` is not published',
    data: {},
    fingerprint: 'fp-0',
    ...overrides,
  };
}

export const RULES: RuleMeta[] = [
  {
    id: 'no-missing-image',
    description: 'Images must be published',
    severity: 'error',
    url: 'https://bloglint.dev/rules/no-missing-image',
    fixable: true,
  },
  {
    id: 'required-front-matter',
    description: 'Posts need title and date',
    severity: 'warning',
    url: 'https://bloglint.dev/rules/required-front-matter',
    fixable: false,
  },
  {
    id: 'no-dead-link',
    description: 'Internal links must resolve',
    severity: 'info',
    url: 'https://bloglint.dev/rules/no-dead-link',
    fixable: false,
  },
];

/** A context rooted at `/work/blog`, 12 files checked, no cwd. */
export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return { root: '/work/blog', rules: RULES, toolVersion: '0.1.0', filesChecked: 12, ...overrides };
}

/** A small, realistic set: two files, three severities, one fix, one suggestion. Deliberately unsorted. */
export const SAMPLE: Finding[] = [
  finding({
    file: '_posts/2024-02-02-two.md',
    range: range(12, 1, 12, 4),
    rule: 'required-front-matter',
    messageId: 'missingKey',
    severity: 'warning',
    message: 'Missing front matter key `title`',
    data: { key: 'title' },
    fingerprint: 'fp-title',
  }),
  finding({
    file: '_posts/2024-01-01-one.md',
    range: range(3, 8, 3, 26),
    messageId: 'caseMismatch',
    message: 'Image `/assets/cat.png` is not published; did you mean `/assets/Cat.png`?',
    data: { path: '/assets/cat.png', actual: '/assets/Cat.png' },
    fix: { range: range(3, 11, 3, 26), text: '/assets/Cat.png' },
    fingerprint: 'fp-cat',
  }),
  finding({
    file: '_posts/2024-01-01-one.md',
    range: range(120, 15, 121, 3),
    rule: 'no-dead-link',
    messageId: 'unknownPost',
    severity: 'info',
    message: 'Link to `/2023/hello` matches no page',
    data: { url: '/2023/hello' },
    suggestions: [{ message: 'Link to `/2023/hello/`', fix: { range: range(120, 15, 120, 26), text: '/2023/hello/' } }],
    fingerprint: 'fp-link',
  }),
];
