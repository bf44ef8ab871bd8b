import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFrontMatter } from '../../src/parse/front-matter.js';
import { readSourceFileSync, readSourceHead, readSourceHeads, scanHead, validUtf8Text } from '../../src/parse/source-file.js';
import { mulberry32 } from '../../scripts/bench/generate.mjs';

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

describe('scanHead: the head\'s length', () => {
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
    expect(scanHead(bytes(text)).end).toBe(expected);
  });
});

describe('scanHead', () => {
  it('says the bytes hold the whole front matter exactly when the closing-line expression finds it in the decoded head', () => {
    // What holdsFrontMatter tested on the text before: no `---` first, or a closing line after it.
    const byText = (text: string): boolean => !text.startsWith('---') || /\n(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/.test(text.slice(3));
    const pieces = ['---', '...', '--', '-', '.', '\n', '\r', '\r\n', ' ', '\t', 'a', '가', 'x: 1', '---x'];
    // mulberry32: every bit random (an LCG's low bits repeat every few draws); its 32-bit draws.
    const next = mulberry32(7);
    const random = (n: number): number => (next() * 2 ** 32) % n;
    let closed = 0;
    for (let k = 0; k < 20_000; k++) {
      const bom = random(5) === 0 ? '\uFEFF' : '';
      const text = (random(4) === 0 ? '' : '---\n') + Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)]).join('');
      const bytes = new Uint8Array(Buffer.from(bom + text));
      const head = scanHead(bytes);
      const decoded = validUtf8Text(bytes.subarray(0, head.end)).replace(/^\uFEFF/, '');
      expect(head.closed, JSON.stringify(bom + text)).toBe(byText(decoded));
      if (head.closed) closed++;
    }
    // Both answers are well represented.
    expect(closed).toBeGreaterThan(2_000);
    expect(closed).toBeLessThan(18_000);
  });
});

/**
 * Many heads at once: the system calls for every file first, then every head checked and decoded
 * (`readSourceHeads`). Each result must be what `readSourceHead` gives for that file alone,
 * hostile files included, with and without what the site cache asks for.
 */
describe('readSourceHeads: each file as readSourceHead reads it', () => {
  const body = `${'본문 텍스트 '.repeat(400)}\n`;
  const names = (): string[] => {
    const made = [
      file(`---\ntitle: 제목\ncategories: [a]\n---\n${body}`),
      file(`\uFEFF---\r\ntitle: t\r\n---\r\n${body}`),
      file(`---\ndescription: ${'긴 설명 '.repeat(1500)}\ntitle: t\n---\n${body}`),
      file(`---\ndescription: ${'아주 긴 설명 '.repeat(6000)}\n---\n${body}`),
      file('---\ntitle: unclosed\n'),
      file(''),
      file('# no front matter\n'),
      file(Buffer.concat([Buffer.from('---\ntitle: t\n---\n'), Buffer.from([0, 1, 2])])),
      file(Buffer.concat([Buffer.from('---\ntitle: t\n---\nok '), Buffer.from([0xc3, 0x28])])),
      // A three-byte character cut by the first 4 KB.
      file(`---\ntitle: ${'a'.repeat(4096 - 12)}한\n---\n`),
      file(`---\ntitle: ${'x'.repeat(4096 - 16)}\n---\n`),
      file(`---\ntitle: big\n---\n${'x'.repeat(20_000)}`),
    ];
    symlinkSync('/etc/passwd', path.join(dir, `out${n}.md`));
    symlinkSync(path.join(dir, made[0]!), path.join(dir, `in${n}.md`));
    mkdirSync(path.join(dir, `folder${n}.md`));
    return [...made, `out${n}.md`, `in${n}.md`, `folder${n}.md`, 'missing.md'];
  };
  const limits = { maxFileBytes: 15_000 };

  it('gives the same results, in order, whatever the batch (more files than one buffer holds included)', () => {
    const list = names();
    const many = Array.from({ length: 70 }, (_, i) => list[i % list.length]!);
    for (const batch of [list, many, list.slice(0, 1), []]) {
      const alone = batch.map((name) => readSourceHead(dir, name, limits));
      expect(readSourceHeads(batch.map((relativePath) => ({ root: dir, relativePath })), limits)).toEqual(alone);
    }
    const reasons = list.map((name) => { const r = readSourceHead(dir, name, limits); return r.ok ? 'ok' : r.reason; });
    expect(new Set(reasons)).toEqual(new Set(['ok', 'binary', 'invalid-utf8', 'too-large', 'outside-root', 'not-a-file', 'unreadable']));
  });

  it('gives the stamps, hashes and known heads the site cache asks for', () => {
    const list = names();
    const known = new Set<string>();
    const options = { forCache: true, knownHead: (hash: string): boolean => known.has(hash) };
    const first = list.map((name) => readSourceHead(dir, name, limits, options));
    for (const read of first) if (read.ok && read.headHash && known.size < 3) known.add(read.headHash);
    const alone = list.map((name) => readSourceHead(dir, name, limits, options));
    expect(alone.filter((read) => read.ok && read.known).length).toBeGreaterThanOrEqual(3);
    expect(readSourceHeads(list.map((relativePath) => ({ root: dir, relativePath, options })), limits)).toEqual(alone);
  });
});
