import { describe, expect, it } from 'vitest';
import { decode, validUtf8Text } from '../../src/parse/source-file.js';

/** What every way of decoding must give: the WHATWG decoder, strict, BOM kept. */
const oracle = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A text of `length` characters drawn from `alphabet` by a seeded generator. */
function generated(seed: number, length: number, alphabet: string[]): string {
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) >>> 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const KOREAN = ['가', '나', '다', '한', '국', '어', ' ', '\n', 'a', '/', '.', 'é', '’', '😀', '\uFEFF', '\u0000', '\r\n', '\uFFFD', '\u{10FFFF}', '\u0800', '\u07FF', '\u0080'];

describe('validUtf8Text: every way of decoding gives what TextDecoder gives', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['ASCII, short', 'title: hello\n'],
    ['ASCII, long (the Latin-1 copy)', `${'plain ascii line\n'.repeat(500)}`],
    ['Latin-1 only (not ASCII), long', `${'café é ü\n'.repeat(300)}`],
    ['Korean under 1 KB (TextDecoder)', '한국어 본문 '.repeat(20)],
    ['Korean from 1 KB (transcoded)', '한국어 본문 '.repeat(200)],
    ['emoji pairs across the 1 KB limit', `${'x'.repeat(1020)}😀😀😀`],
    ['a BOM first, long', `\uFEFF---\ntitle: 제목\n---\n${'본문 '.repeat(400)}`],
    ['a BOM first, short', '\uFEFFab'],
    ['NUL and controls among Korean', `가\u0000나\u0001다\r\n\t${'라'.repeat(600)}`],
    ['the highest code point and U+FFFD', `\u{10FFFF}\uFFFD${'끝'.repeat(500)}`],
  ];
  for (const [name, s] of cases) {
    it(name, () => {
      const bytes = Buffer.from(s, 'utf8');
      expect(validUtf8Text(bytes)).toBe(oracle.decode(bytes));
      expect(validUtf8Text(bytes)).toBe(s);
    });
  }

  it('gives equal strings for generated texts of every length around the limit, from a Buffer and from a plain Uint8Array view', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const length of [1, 300, 340, 341, 342, 1023, 1024, 1025, 5000]) {
        const s = generated(seed * 7919 + length, length, KOREAN);
        const bytes = Buffer.from(s, 'utf8');
        expect(validUtf8Text(bytes)).toBe(s);
        // A view into a larger ArrayBuffer at an offset, as the read buffer is.
        const padded = new Uint8Array(bytes.length + 16);
        padded.set(bytes, 7);
        expect(validUtf8Text(padded.subarray(7, 7 + bytes.length))).toBe(s);
      }
    }
  });
});

describe('decode: a file as text, or why it is not', () => {
  it('keeps a BOM out of the text and says it was there', () => {
    const read = decode(Buffer.from(`\uFEFF${'본문 '.repeat(400)}`, 'utf8'));
    expect(read).toMatchObject({ ok: true, hasBom: true });
    expect(read.ok && read.text).toBe('본문 '.repeat(400));
  });

  it('refuses invalid UTF-8 anywhere, also past what it decodes, naming the line and byte', () => {
    const good = Buffer.from(`---\ntitle: 가\n---\n${'본문\n'.repeat(400)}`, 'utf8');
    for (const at of [5, good.length - 1]) {
      const bad = Buffer.from(good);
      bad[at] = 0xff;
      const whole = decode(bad);
      const head = decode(bad, 18);
      for (const read of [whole, head]) {
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.message).toContain(`byte offset ${at}`);
      }
    }
  });

  it('refuses a surrogate encoded as UTF-8 (CESU-8), as TextDecoder does', () => {
    const cesu = Buffer.from([0x61, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, ...Buffer.from('가'.repeat(400))]);
    expect(() => oracle.decode(cesu)).toThrow();
    expect(decode(cesu).ok).toBe(false);
  });

  it('decodes only the asked length of a head, from a character boundary', () => {
    const text = `---\ntitle: 제목\n---\n${'본문 '.repeat(400)}`;
    const bytes = Buffer.from(text, 'utf8');
    const headBytes = Buffer.byteLength('---\ntitle: 제목\n---\n');
    const read = decode(bytes, headBytes);
    expect(read.ok && read.text).toBe('---\ntitle: 제목\n---\n');
  });
});
