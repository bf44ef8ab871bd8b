import { describe, expect, it } from 'vitest';
import { insideBaseurl, otherUnicodeForms, unicodeForm, withoutDotSegments } from '../../src/core/url-path.js';

/** A seeded generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the browser asks for: the WHATWG URL parser's path, percent-decoded. */
const whatwg = (path: string): string => decodeURIComponent(new URL(`https://example.com${path}`).pathname);

describe('withoutDotSegments', () => {
  it('drops . and .. segments as the WHATWG URL parser does, on hand-picked paths', () => {
    for (const path of ['/a/../b', '/..', '/../..', '/.', '/a/.', '/a/..', '/a/b/..', '/a/b/../', '/a/./b/', '/a//../b', '/a/b/../../../c', '/a/b.', '/사진/../x.png', '/a/', '/']) {
      expect(withoutDotSegments(path), path).toBe(whatwg(path));
    }
  });

  it('agrees with the WHATWG URL parser on 5,000 random paths', () => {
    const next = random(20261129);
    // No segment starting with a dot other than `.` and `..`: Node 20's parser (Ada 2) keeps the
    // `.` of `/b/.a//./x.png`, which the standard and Node 24 drop (checked below by hand).
    const parts = ['a', 'b', '.', '..', '', 'a.', '사진', 'x.png'];
    for (let k = 0; k < 5000; k++) {
      const length = 1 + Math.floor(next() * 7);
      const path = `/${Array.from({ length }, () => parts[Math.floor(next() * parts.length)]).join('/')}`;
      expect(withoutDotSegments(path), path).toBe(whatwg(path));
    }
  });

  it('keeps names that only start or end with dots (the standard, as Node 24 and Python read it)', () => {
    expect(withoutDotSegments('/b/.a//./x.png')).toBe('/b/.a//x.png');
    expect(withoutDotSegments('/..a/.../../b.')).toBe('/..a/b.');
    expect(withoutDotSegments('/.well-known/./x')).toBe('/.well-known/x');
  });

  it('returns a path without dot segments as it is', () => {
    const path = '/assets/img/x.png';
    expect(withoutDotSegments(path)).toBe(path);
  });
});

describe('insideBaseurl', () => {
  it('strips the baseurl, and says when a path is outside it', () => {
    expect(insideBaseurl('/blog/a.png', '/blog')).toBe('/a.png');
    expect(insideBaseurl('/blog', '/blog')).toBe('/');
    expect(insideBaseurl('/blogs/a.png', '/blog')).toBeUndefined();
    expect(insideBaseurl('/a.png', '/blog')).toBeUndefined();
    expect(insideBaseurl('/a.png', '')).toBe('/a.png');
  });
});

describe('Unicode forms', () => {
  const nfc = '/assets/사진.png'.normalize('NFC');
  const nfd = '/assets/사진.png'.normalize('NFD');

  it('names the form of a text', () => {
    expect(unicodeForm(nfc)).toBe('NFC');
    expect(unicodeForm(nfd)).toBe('NFD');
    expect(unicodeForm('/assets/x.png')).toBe('NFC');
    expect(unicodeForm(`${'/사진'.normalize('NFC')}/${'사진'.normalize('NFD')}`)).toBe('mixed');
  });

  it('gives the other spellings of a path once each, and none for ASCII', () => {
    expect(nfc).not.toBe(nfd);
    expect(otherUnicodeForms(nfc)).toEqual([nfd]);
    expect(otherUnicodeForms(nfd)).toEqual([nfc]);
    const folder = '/사진/'.normalize('NFC');
    const mixed = `${folder}${'풍경.png'.normalize('NFD')}`;
    expect(otherUnicodeForms(mixed)).toEqual([`${folder}풍경.png`, mixed.normalize('NFD'), `${folder.normalize('NFD')}풍경.png`]);
    expect(otherUnicodeForms('/assets/x.png')).toEqual([]);
  });
});
