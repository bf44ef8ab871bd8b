import { describe, expect, it } from 'vitest';
import { renderStylish, stylishReporter } from '../../src/report/stylish.js';
import { SAMPLE, context, finding, range } from './sample-findings.js';

describe('stylish reporter', () => {
  it('prints nothing when there are no findings', () => {
    expect(stylishReporter.report([], context())).toBe('');
  });

  it.each<[string, Parameters<typeof renderStylish>, string]>([
    [
      'sample: grouped by file, sorted, aligned, summary and fixable count',
      [SAMPLE, context()],
      [
        '_posts/2024-01-01-one.md',
        '    3:8   error  Image `/assets/cat.png` is not published; did you mean `/assets/Cat.png`?  no-missing-image',
        '  120:15  info   Link to `/2023/hello` matches no page                                      no-dead-link',
        '',
        '_posts/2024-02-02-two.md',
        '  12:1  warning  Missing front matter key `title`  required-front-matter',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 fixable with --fix',
        '',
      ].join('\n'),
    ],
    [
      'one warning, paths relative to cwd, no fixable line, no info count',
      [[SAMPLE[0]!], context({ cwd: '/work' })],
      [
        'blog/_posts/2024-02-02-two.md',
        '  12:1  warning  Missing front matter key `title`  required-front-matter',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
      ].join('\n'),
    ],
    [
      'cwd inside the root',
      [[SAMPLE[0]!], context({ cwd: '/work/blog/_posts' })],
      [
        '2024-02-02-two.md',
        '  12:1  warning  Missing front matter key `title`  required-front-matter',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
      ].join('\n'),
    ],
    [
      'colour only when asked',
      [[SAMPLE[0]!], context({ color: true })],
      [
        '\u001b[4m_posts/2024-02-02-two.md\u001b[24m',
        '  \u001b[2m12:1\u001b[22m  \u001b[33mwarning\u001b[39m  Missing front matter key `title`  \u001b[2mrequired-front-matter\u001b[22m',
        '',
        '\u001b[1m\u001b[33m✖ 1 problem (0 errors, 1 warning)\u001b[39m\u001b[22m',
        '',
      ].join('\n'),
    ],
    [
      'wide characters count as two cells when aligning',
      [
        [
          finding({ file: 'a.md', range: range(1, 1, 1, 2), message: '한글 경로', rule: 'r1' }),
          finding({ file: 'a.md', range: range(2, 1, 2, 2), message: 'abcdefghi', rule: 'r2' }),
          finding({ file: 'a.md', range: range(3, 1, 3, 2), message: 'ab', rule: 'r3' }),
        ],
        context(),
      ],
      [
        'a.md',
        '  1:1  error  한글 경로  r1',
        '  2:1  error  abcdefghi  r2',
        '  3:1  error  ab         r3',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    ],
    [
      'control characters in repository text cannot drive the terminal',
      [[finding({ file: 'x\u001b[2J.md', message: 'a\r\nb\u0007c' })], context()],
      [
        'x\\x1b[2J.md',
        '  1:1  error  a b\\x07c  no-missing-image',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    ],
  ])('%s', (_name, args, expected) => {
    expect(renderStylish(...args)).toBe(expected);
  });

  it('does not mutate or depend on the input order', () => {
    const reversed = [...SAMPLE].reverse();
    const before = JSON.stringify(reversed);
    expect(renderStylish(reversed, context())).toBe(renderStylish(SAMPLE, context()));
    expect(JSON.stringify(reversed)).toBe(before);
  });
});
