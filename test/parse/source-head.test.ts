import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFrontMatter } from '../../src/parse/front-matter.js';
import { headLength, readSourceFileSync, readSourceHead } from '../../src/parse/source-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Buffer): string {
  const name = `f${n++}.md`;
  writeFileSync(path.join(dir, name), content);
  return name;
}

/** A head is decoded only through the front matter, yet must give what the whole file gives. */
describe('readSourceHead: the front matter of a file without decoding the rest', () => {
  const body = `${'본문 텍스트 '.repeat(400)}\n`;

  it.each([
    ['LF', '---\ntitle: 제목\ncategories: [a]\n---\n'],
    ['CRLF', '---\r\ntitle: 제목\r\n---\r\n'],
    ['BOM', '\uFEFF---\ntitle: t\n---\n'],
    ['closing with dots and spaces', '---\ntitle: t\n... \t\n'],
    ['a "---" inside a value is not the close', '---\ntitle: "a\n---x"\n---\n'],
    ['empty block', '---\n---\n'],
  ])('%s: the same block as the whole file, and nothing after it is decoded', (_name, head) => {
    const name = file(head + body);
    const whole = readSourceFileSync(dir, name);
    const part = readSourceHead(dir, name);
    expect(whole.ok && part.ok).toBe(true);
    if (!whole.ok || !part.ok) return;
    expect(findFrontMatter(part.text)).toEqual(findFrontMatter(whole.text));
    expect(part.text.length).toBe(findFrontMatter(whole.text)!.bodyStart);
    expect(part.hasBom).toBe(whole.hasBom);
    expect(part.bytes).toBe(whole.bytes);
  });

  it('a file without front matter gives its first line only', () => {
    const name = file(`# Title\n${body}`);
    const part = readSourceHead(dir, name);
    expect(part.ok && part.text).toBe('# Title\n');
    expect(part.ok && findFrontMatter(part.text)).toBeUndefined();
  });

  it('a block that closes past the first chunk is read on until it closes', () => {
    const long = `---\ndescription: ${'긴 설명 '.repeat(1500)}\ntitle: t\n---\n`;
    const name = file(long + body);
    const part = readSourceHead(dir, name);
    expect(part.ok && part.text).toBe(long);
  });

  it('invalid UTF-8 after the front matter, within the bytes read, still makes the file unreadable (as a full read does)', () => {
    const name = file(Buffer.concat([Buffer.from('---\ntitle: t\n---\nok '), Buffer.from([0xc3, 0x28]), Buffer.from(' more\n')]));
    const part = readSourceHead(dir, name);
    const whole = readSourceFileSync(dir, name);
    expect(part.ok).toBe(false);
    expect(!part.ok && part.reason).toBe('invalid-utf8');
    expect(!whole.ok && !part.ok && part.message).toBe(!whole.ok ? whole.message : '');
  });

  it('a NUL byte near the start is a binary file, head or not', () => {
    const name = file(Buffer.concat([Buffer.from('---\ntitle: t\n---\n'), Buffer.from([0, 1, 2])]));
    expect(readSourceHead(dir, name)).toMatchObject({ ok: false, reason: 'binary' });
  });
});

describe('headLength', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s));
  it.each([
    ['---\na: 1\n---\nbody', 13],
    ['---\r\na: 1\r\n---\r\nbody', 16],
    ['---\na: 1\n---', 12],
    ['---\na: 1\n--- x\nbody', 19],
    ['no front matter\nline 2', 16],
    ['no newline at all', 17],
    ['\uFEFF---\n---\nbody', 11],
  ])('%j -> %i', (text, expected) => {
    expect(headLength(bytes(text))).toBe(expected);
  });
});
