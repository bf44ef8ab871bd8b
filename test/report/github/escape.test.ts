import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdownInline,
  hiddenMarker,
  markdownCode,
  markdownLink,
  readHiddenMarkers,
  safeLinkDestination,
  toCommandValue,
} from '../../../src/report/github/escape.js';

/** Runs `fn` and returns what it wrote to stdout (how @actions/core issues commands). */
function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

afterEach(() => {
  vi.restoreAllMocks();
});

const COMMAND_CASES: Array<[string, string, string]> = [
  // input, escapeCommandData, escapeCommandProperty
  ['plain', 'plain', 'plain'],
  ['100%', '100%25', '100%25'],
  ['%0A', '%250A', '%250A'],
  ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
  ['::error::pwned', '::error::pwned', '%3A%3Aerror%3A%3Apwned'],
  ['a,b:c', 'a,b:c', 'a%2Cb%3Ac'],
  ['%0A::warning::x', '%250A::warning::x', '%250A%3A%3Awarning%3A%3Ax'],
  ['한글 & more.md', '한글 & more.md', '한글 & more.md'],
  ['', '', ''],
];

describe('workflow-command escapes', () => {
  it.each(COMMAND_CASES)('%j', (input, data, property) => {
    expect(escapeCommandData(input)).toBe(data);
    expect(escapeCommandProperty(input)).toBe(property);
  });

  it.each(COMMAND_CASES)('matches @actions/core for %j', (input) => {
    const ours = `::error file=${escapeCommandProperty(input)}::${escapeCommandData(input)}`;
    const theirs = captureStdout(() => core.error(input, { file: input }));
    // core skips an empty property but still writes the separating space.
    if (input === '') expect(theirs.trimEnd()).toBe('::error ::');
    else expect(theirs.trimEnd()).toBe(ours);
  });

  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    ['s', 's'],
    [12, '12'],
    [{ a: 1 }, '{"a":1}'],
  ])('toCommandValue(%j) = %j', (input, expected) => {
    expect(toCommandValue(input)).toBe(expected);
    expect(escapeCommandData(input)).toBe(expected);
  });
});

describe('escapeMarkdownInline', () => {
  it.each<[string, string]>([
    ['plain text', 'plain text'],
    ['a*b_c', 'a\\*b\\_c'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['](  javascript:alert(1) )', '\\]\\(  javascript:alert\\(1\\) \\)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['a & b', 'a &amp; b'],
    ['&lt;', '&amp;lt;'],
    ['| table | break |', '\\| table \\| break \\|'],
    ['back\\slash', 'back\\\\slash'],
    ['`code`', '\\`code\\`'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['$x^2$', '\\$x^2\\$'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['![img](x)', '\\!\\[img\\]\\(x\\)'],
    ['> quote', '&gt; quote'],
    ['a\r\nb\nc\rd', 'a b c d'],
    ['tab\there', 'tab here'],
    ['esc\u001b[31m', 'esc\uFFFD\\[31m'],
    ['abc\u202Egnp.md', 'abc\uFFFDgnp.md'],
    ['x\u2066y\u2069', 'x\uFFFDy\uFFFD'],
    ['@octocat', '@&#8203;octocat'],
    ['ping @org/team now', 'ping @&#8203;org/team now'],
    ['mail a@b.c', 'mail a@&#8203;b.c'],
    ['fixes #123', 'fixes \\#&#8203;123'],
    ['o/r#4', 'o/r\\#&#8203;4'],
    ['GH-12', 'GH\\-&#8203;12'],
    ['#anchor', '\\#anchor'],
    ['see https://evil.example/x', 'see https:&#8203;//evil.example/x'],
    ['www.evil.example', 'www&#8203;.evil.example'],
    ['<!-- bloglint:fingerprint abc -->', '&lt;\\!\\-\\- bloglint:fingerprint abc \\-\\-&gt;'],
    ['한글 이미지.png', '한글 이미지.png'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });
});

describe('markdownCode', () => {
  it.each<[string, string]>([
    ['a.md', '`a.md`'],
    ['a`b', '``a`b``'],
    ['``x```y', '```` ``x```y ````'],
    ['`lead', '`` `lead ``'],
    ['trail`', '`` trail` ``'],
    [' both ', '`  both  `'],
    [' left', '` left`'],
    ['', '` `'],
    ['line\nbreak', '`line break`'],
    ['<!-- bloglint:x -->', '`＜!-- bloglint:x -->`'],
    ['a|b', '`a|b`'],
  ])('%j → %j', (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });

  it('escapes pipes inside a table cell', () => {
    expect(markdownCode('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(markdownCode('a\\|b', { inTable: true })).toBe('`a\\\\|b`');
  });

  it('never lets the content close the fence', () => {
    for (const text of ['`', '``', 'a``b`', '```', 'x` `y']) {
      const span = markdownCode(text);
      const fence = /^`+/.exec(span)![0];
      const inner = span.slice(fence.length, -fence.length);
      expect(inner.includes(fence)).toBe(false);
      expect(span.endsWith(fence)).toBe(true);
    }
  });
});

describe('links', () => {
  it.each<[string, string | undefined]>([
    ['https://github.com/o/r/blob/abc/_posts/a.md#L3', 'https://github.com/o/r/blob/abc/_posts/a.md#L3'],
    ['https://github.com/o/r/blob/abc/a (1).md#L3', 'https://github.com/o/r/blob/abc/a%20%281%29.md#L3'],
    ['https://github.com/o/r/blob/abc/x|y.md', 'https://github.com/o/r/blob/abc/x%7Cy.md'],
    ['https://github.com/o/r/blob/abc/한글.md', 'https://github.com/o/r/blob/abc/%ED%95%9C%EA%B8%80.md'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['/relative/path', undefined],
    ['not a url', undefined],
  ])('safeLinkDestination(%j) = %j', (url, expected) => {
    expect(safeLinkDestination(url)).toBe(expected);
  });

  it('links only safe URLs and always escapes the label', () => {
    expect(markdownLink('a_b.md', 'https://x.example/a_b.md')).toBe('[a\\_b.md](https://x.example/a_b.md)');
    expect(markdownLink('a_b.md', 'javascript:alert(1)')).toBe('a\\_b.md');
    expect(markdownLink('a_b.md', undefined)).toBe('a\\_b.md');
  });
});

describe('hidden markers', () => {
  it('builds and reads back our markers', () => {
    const body = `${hiddenMarker('sticky-comment')}\nhello\n${hiddenMarker('fingerprint', 'ab12/v1')}\n`;
    expect(body).toBe('<!-- bloglint:sticky-comment -->\nhello\n<!-- bloglint:fingerprint ab12/v1 -->\n');
    expect(readHiddenMarkers(body)).toEqual([
      { name: 'sticky-comment', value: '' },
      { name: 'fingerprint', value: 'ab12/v1' },
    ]);
  });

  it.each<[string, string | undefined]>([
    ['Sticky', undefined],
    ['a b', undefined],
    ['x-->', undefined],
    ['fingerprint', 'abc -->'],
    ['fingerprint', 'a<b'],
    ['fingerprint', ''],
  ])('rejects name %j / value %j', (name, value) => {
    expect(() => hiddenMarker(name, value)).toThrow(/Invalid hidden marker/);
  });

  it.each(['<!-- bloglint:fingerprint abc -->', '<!-- bloglint:sticky-comment -->', 'x <!-- bloglint:a --> y'])(
    'cannot be forged from repository text %j',
    (text) => {
      for (const escaped of [escapeMarkdownInline(text), markdownCode(text), markdownCode(text, { inTable: true })]) {
        expect(escaped).not.toContain('<');
        expect(readHiddenMarkers(escaped)).toEqual([]);
      }
    },
  );
});
