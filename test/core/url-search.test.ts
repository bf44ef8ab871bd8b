import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, type Site } from '../../src/core/site.js';
import { caseVariants, filesInFolder, hasName, missingUrlAnswers, planQuestions, sameNameFiles, SCAN_LIMIT } from '../../src/core/url-search.js';
import { mulberry32 } from '../../scripts/bench/generate.mjs';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

/** Names whose lower case is tricky: İ grows, ß and Σ do not change length, Korean has no case. */
const NAMES = ['Photo.PNG', 'photo.png', 'PHOTO.png', 'İstanbul.jpg', 'i̇stanbul.jpg', 'STRASSE.gif', 'straße.gif', 'ΣΟΦΙΑ.svg', 'σοφια.svg', '사진.png', '사진.PNG', 'a.png'];
const FOLDERS = ['assets/img', 'assets/Img', 'assets/img/sub', '자료'];

/** The answers, worked out the plain way: over every published URL, lower-casing each. */
function oracle(site: Site) {
  const all = [...site.urls.entries()];
  const statics = all.filter(([url, target]) => target.kind === 'static' && target.url === url).map(([url]) => url);
  return {
    caseVariants: (lower: string) => all.map(([url]) => url).filter((url) => url.toLowerCase() === lower),
    sameNameFiles: (name: string) => statics.filter((url) => url.slice(url.lastIndexOf('/') + 1).toLowerCase() === name),
    filesInFolder: (folder: string) => statics.filter((url) => url.slice(0, url.lastIndexOf('/') + 1) === folder).map((url) => url.slice(folder.length)),
  };
}

async function tricky(): Promise<{ site: Site; probes: string[] }> {
  const files: Record<string, string> = { '_config.yml': 'title: t\n', 'about.md': '---\ntitle: About\n---\n', '_posts/2020-01-01-post.md': '---\ntitle: p\n---\n' };
  for (const folder of FOLDERS) for (const name of NAMES) files[`${folder}/${name}`] = 'x';
  root = writeTempSite(files);
  const site = await buildSite(root);
  const probes = [...site.urls.keys()].flatMap((url) => [url, url.toUpperCase(), url.replace(/i/g, 'İ')]);
  probes.push('/nowhere/x.png', '/ASSETS/IMG/PHOTO.PNG', '/about/', '/', 'no-slash.png');
  return { site, probes };
}

describe('url-search: passes and indexes give the plain answers', () => {
  it.each([
    ['passes (each question asked of a fresh view of the site, as a pull request\'s first few are)', 'passes'],
    ['a pull request (a few documents: passes first, then the indexes)', 3],
    ['a full run (many documents: the indexes at once)', 500],
  ] as const)('%s', async (_name, documents) => {
    const { site: real, probes } = await tricky();
    // Questions are counted per site object: a fresh view (same URLs) starts again with passes.
    const view = (): Site => (documents === 'passes' ? (Object.create(real) as Site) : real);
    if (documents !== 'passes') planQuestions(real, documents);
    const expected = oracle(real);
    expect(probes.length).toBeGreaterThan(SCAN_LIMIT * 3);

    const folded = probes.map((p) => [...caseVariants(view(), p.toLowerCase())]);
    expect(folded.some((list) => list.length > 1)).toBe(true);
    probes.forEach((p, i) => expect(folded[i], p).toEqual(expected.caseVariants(p.toLowerCase())));

    const names = probes.map((p) => p.slice(p.lastIndexOf('/') + 1).toLowerCase());
    const named = names.map((n) => [...sameNameFiles(view(), n)]);
    expect(named.some((list) => list.length >= FOLDERS.length)).toBe(true);
    names.forEach((n, i) => expect(named[i], n).toEqual(expected.sameNameFiles(n)));

    const folders = probes.map((p) => p.slice(0, p.lastIndexOf('/') + 1));
    folders.forEach((f) => expect([...filesInFolder(view(), f)], f).toEqual(expected.filesInFolder(f)));
    // (In registration order: .svg files may hold front matter, so they are registered after a look.)
    expect([...filesInFolder(view(), '/assets/img/')].sort()).toEqual([...NAMES].sort());

    // The three questions of one missing URL at once (one pass for the three, or the indexes).
    for (const p of probes) {
      const answers = missingUrlAnswers(view(), p);
      expect([...answers.folded], p).toEqual(p.startsWith('/') ? expected.caseVariants(p.toLowerCase()) : []);
      expect([...answers.sameName()], p).toEqual(expected.sameNameFiles(p.slice(p.lastIndexOf('/') + 1).toLowerCase()));
      expect([...answers.siblings()], p).toEqual(p.startsWith('/') ? expected.filesInFolder(p.slice(0, p.lastIndexOf('/') + 1)) : []);
    }
  });

  it('a run answers its first missing URLs by one pass each, then builds the indexes', async () => {
    const { site, probes } = await tricky();
    planQuestions(site, 3);
    let passes = 0;
    const forEachTail = site.urls.forEachTail.bind(site.urls);
    site.urls.forEachTail = (visit) => {
      passes++;
      forEachTail(visit);
    };
    for (let i = 0; i < SCAN_LIMIT; i++) missingUrlAnswers(site, probes[i]!);
    expect(passes).toBe(SCAN_LIMIT);
    // Then the three indexes, once each, and no more passes.
    for (const p of probes.slice(SCAN_LIMIT)) {
      const answers = missingUrlAnswers(site, p);
      answers.sameName();
      answers.siblings();
    }
    expect(passes).toBe(SCAN_LIMIT + 3);
  });

  it('the site registers a static file under its path and makes its target once, when asked', async () => {
    const { site } = await tricky();
    const first = site.urls.get('/assets/img/photo.png');
    expect(first).toEqual({ url: '/assets/img/photo.png', path: 'assets/img/photo.png', kind: 'static' });
    expect(site.urls.get('/assets/img/photo.png')).toBe(first);
    expect(site.urls.get('assets/img/photo.png')).toBeUndefined();
    expect(site.urls.has('/assets/img/Photo.PNG')).toBe(true);
    expect(site.urls.has('/assets/img/PHOTO.PNG')).toBe(false);
    // The post's directory URL and its index.html alias, after every static file.
    const keys = [...site.urls.keys()];
    expect(keys.indexOf('/2020/01/01/post.html')).toBeGreaterThan(keys.indexOf('/자료/사진.png'));
    expect(site.urls.size).toBe(keys.length);
  });
});

describe('hasName: a URL\'s file name lower-cases to the name asked for', () => {
  it('gives what cutting the name and lower-casing it gives, on random names with tricky letters', () => {
    // İ grows when lower-cased, Σ depends on its context, the Kelvin sign becomes ASCII k.
    const LETTERS = ['a', 'A', 'k', 'K', '\u212A', 'i', 'I', 'İ', 'ı', 'Σ', 'σ', 'ς', '사', '진', '.', '-', '7', '/', 'p', 'P', 'ß', '😀'];
    const next = mulberry32(42);
    const word = (n: number): string => Array.from({ length: n }, () => LETTERS[Math.floor(next() * LETTERS.length)]!).join('');
    const exact = (tail: string, lower: string): boolean => tail.slice(tail.lastIndexOf('/') + 1).toLowerCase() === lower;
    let matches = 0;
    for (let k = 0; k < 20000; k++) {
      const tail = word(1 + Math.floor(next() * 8));
      const name = tail.slice(tail.lastIndexOf('/') + 1);
      // The name itself lower-cased (a match), another tail's, or a variant one letter off.
      const other = word(1 + Math.floor(next() * 5));
      const lower = [name.toLowerCase(), other.slice(other.lastIndexOf('/') + 1).toLowerCase(), (name.slice(1) + 'a').toLowerCase(), name.slice(0, -1).toLowerCase()][k % 4]!;
      const expected = exact(tail, lower);
      if (expected) matches++;
      expect(hasName(tail, lower), JSON.stringify([tail, lower])).toBe(expected);
    }
    expect(matches).toBeGreaterThan(4000);
  });
});
