import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockIalId, HeadingIdGenerator, headingId, parseHeadingIal } from '../../src/parse/heading-ids.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/jekyll-urls/headings.json', import.meta.url));
const built = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  documents: { source: string; headings: { markdown: string; id: string | null }[] }[];
};

/** Split a fixture heading block into the heading's source text and the next line. */
function headingSource(markdown: string): { text: string; next?: string } {
  const [first, second] = markdown.split('\n') as [string, string | undefined];
  if (second !== undefined && /^[=-]+\s*$/.test(second)) return { text: first.trim() }; // setext
  return { text: first.replace(/^#{1,6}[\t ]+/, ''), ...(second !== undefined ? { next: second } : {}) };
}

describe.each(built.documents)('HeadingIdGenerator matches jekyll build: $source', ({ headings }) => {
  // One generator per document, fed in order, as kramdown counts duplicates per document.
  const generator = new HeadingIdGenerator();
  const actual = headings.map(({ markdown }) => {
    const { text, next } = headingSource(markdown);
    return generator.next(text, next === undefined ? undefined : blockIalId(next));
  });

  it.each(headings.map((heading, i) => [heading.markdown, heading.id, i] as const))('%j -> %j', (_markdown, id, i) => {
    // kramdown writes no id attribute for an empty id.
    expect(actual[i]).toBe(id ?? '');
  });
});

describe('headingId', () => {
  it.each([
    ['Hello *world*', 'hello-world'],
    ['a -- b', 'a--b'],
    ['a--b', 'ab'],
    ['a\\-\\-b', 'a--b'],
    ['`a--b` c', 'a--b-c'],
    ['_emphasis_ and snake_case', 'emphasis-and-snake_case'],
    ['&eacute;t&eacute;', 'été'],
    ['<http://example.com> site', 'httpexamplecom-site'],
    ['[link **bold**](http://x "title") after', 'link-bold-after'],
    ['ΣΑΣ', 'σασ'],
    ['', ''],
  ])('%j -> %j', (text, id) => {
    expect(headingId(text)).toBe(id);
  });
});

describe('parseHeadingIal', () => {
  it.each([
    ['Custom {#my-id}', { text: 'Custom', id: 'my-id' }],
    ['Custom {#my-id}   ', { text: 'Custom', id: 'my-id' }],
    ['Span IAL {: #span-ial}', { text: 'Span IAL {: #span-ial}' }],
    ['Closing hashes ##', { text: 'Closing hashes' }],
    ['C#', { text: 'C#' }],
    ['Both {#x} ##', { text: 'Both {#x}' }],
    ['No space{#x}', { text: 'No space{#x}' }],
  ])('%j', (raw, expected) => {
    expect(parseHeadingIal(raw)).toEqual(expected);
  });
});

describe('blockIalId', () => {
  it.each([
    ['{: #ial-id .klass}', 'ial-id'],
    ['{:.klass}', undefined],
    ['{: #a}', 'a'],
    ['not an ial', undefined],
  ])('%j', (line, id) => {
    expect(blockIalId(line)).toBe(id);
  });

  it('wins over a {#id} and does not advance the counter', () => {
    const generator = new HeadingIdGenerator();
    expect(generator.next('A {#x}', 'y')).toBe('y');
    expect(generator.next('A')).toBe('a');
    expect(generator.next('A')).toBe('a-1');
  });
});

describe('headingId fast paths (plain text skips the markup scan and the Unicode filter)', () => {
  const NON_WORD = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu;
  /** The id computed the long way for text without markup: per-character downcase, then the filter. */
  const slow = (text: string): string =>
    Array.from(text.trimEnd(), (c) => c.toLowerCase())
      .join('')
      .replace(NON_WORD, '')
      .replace(/[ \t]/g, '-');

  it('gives what the per-character path gives, on plain and mixed-script text', () => {
    const alphabet = ['a', 'Z', '9', ' ', '\t', '-', '섹', '션', 'ㄱ', 'ᄀ', 'é', 'Σ', 'ß', 'İ', '!', '?', '.', '🎉', 'Ω', '_'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('').replace(/^[\s#]+/, '');
        if (/[_]|--|[\t ]#+$/.test(text)) return; // markup: covered by the jekyll fixture above
        expect(headingId(text)).toBe(slow(text));
      }),
      { seed: 20240521, numRuns: 3000 },
    );
  });

  it('keeps kramdown\'s per-character downcase of Σ (no final sigma)', () => {
    expect(headingId('ΟΔΟΣ')).toBe('οδοσ');
    expect(headingId('섹션 1 후기 반성')).toBe('섹션-1-후기-반성');
  });
});
