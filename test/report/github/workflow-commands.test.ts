import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import {
  DEFAULT_ANNOTATION_CAP,
  formatWorkflowCommand,
  renderWorkflowCommands,
  workflowCommandsReporter,
} from '../../../src/report/github/workflow-commands.js';
import { SAMPLE, context, finding, range } from '../sample-findings.js';

function many(severity: Finding['severity'], count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({ file: `${severity}.md`, range: range(i + 1, 1, i + 1, 2), severity, message: `${severity} ${i + 1}` }),
  );
}

describe('workflow commands', () => {
  it('renders the sample: columns only on single-line ranges, levels mapped, sorted', () => {
    expect(renderWorkflowCommands(SAMPLE, context())).toEqual({
      lines: [
        '::error file=_posts/2024-01-01-one.md,line=3,endLine=3,col=8,endColumn=26,title=no-missing-image::Image `/assets/cat.png` is not published; did you mean `/assets/Cat.png`?',
        '::notice file=_posts/2024-01-01-one.md,line=120,endLine=121,title=no-dead-link::Link to `/2023/hello` matches no page',
        '::warning file=_posts/2024-02-02-two.md,line=12,endLine=12,col=1,endColumn=4,title=required-front-matter::Missing front matter key `title`',
      ],
      emitted: 3,
      dropped: 0,
    });
  });

  it('writes paths relative to ctx.cwd (the workspace) when the root is a subfolder', () => {
    expect(renderWorkflowCommands([SAMPLE[0]!], context({ cwd: '/work' })).lines).toEqual([
      '::warning file=blog/_posts/2024-02-02-two.md,line=12,endLine=12,col=1,endColumn=4,title=required-front-matter::Missing front matter key `title`',
    ]);
  });

  it('escapes properties and data', () => {
    expect(
      formatWorkflowCommand('error', { file: 'a,b:c.md', line: 1, title: 't:1' }, 'x\ny%'),
    ).toBe('::error file=a%2Cb%3Ac.md,line=1,title=t%3A1::x%0Ay%25');
    expect(formatWorkflowCommand('notice', {}, 'hi')).toBe('::notice::hi');
  });

  it.each<[string, Finding[], Parameters<typeof renderWorkflowCommands>[2], number, number, string[]]>([
    ['under the default cap', [...many('error', 10), ...many('warning', 10), ...many('info', 10)], undefined, 30, 0, []],
    [
      'errors over the cap',
      [...many('error', 12), ...many('warning', 1)],
      undefined,
      11,
      2,
      ['::notice title=bloglint::2 more problems not annotated (GitHub shows only a few per step); see the job summary.'],
    ],
    [
      'a full notice budget gives one slot to the overflow notice',
      [...many('error', 2), ...many('info', 2)],
      { error: 1, warning: 1, notice: 2 },
      2,
      2,
      ['::notice title=bloglint::2 more problems not annotated (GitHub shows only a few per step); see the job summary.'],
    ],
    [
      'one dropped',
      many('warning', 2),
      { error: 1, warning: 1, notice: 1 },
      1,
      1,
      ['::notice title=bloglint::1 more problem not annotated (GitHub shows only a few per step); see the job summary.'],
    ],
  ])('%s', (_name, findings, cap, emitted, dropped, tail) => {
    const result = renderWorkflowCommands(findings, context(), cap);
    expect([result.emitted, result.dropped]).toEqual([emitted, dropped]);
    expect(result.lines.length).toBe(emitted + tail.length);
    expect(result.lines.slice(emitted)).toEqual(tail);
    const effectiveCap = cap ?? DEFAULT_ANNOTATION_CAP;
    for (const level of ['error', 'warning', 'notice'] as const) {
      const count = result.lines.filter((line) => line.startsWith(`::${level} `) || line.startsWith(`::${level}::`)).length;
      expect(count).toBeLessThanOrEqual(effectiveCap[level]);
    }
  });

  it('keeps the first findings in the stable order', () => {
    const { lines } = renderWorkflowCommands([...many('error', 3)].reverse(), context(), { error: 2, warning: 0, notice: 1 });
    expect(lines.map((line) => line.split('::').at(-1))).toEqual([
      'error 1',
      'error 2',
      '1 more problem not annotated (GitHub shows only a few per step); see the job summary.',
    ]);
  });

  it('the reporter prints one command per line, or nothing', () => {
    expect(workflowCommandsReporter.report([], context())).toBe('');
    expect(workflowCommandsReporter.report([SAMPLE[0]!], context())).toBe(
      '::warning file=_posts/2024-02-02-two.md,line=12,endLine=12,col=1,endColumn=4,title=required-front-matter::Missing front matter key `title`\n',
    );
  });
});
