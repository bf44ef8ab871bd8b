import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import type { Finding } from '../../src/core/finding.js';
import { lint } from '../../src/core/lint.js';
import { runLint } from '../../src/core/run.js';
import { buildSite } from '../../src/core/site.js';
import { DEFAULT_CACHE_FILE, encodeData, frontMatterOf, SiteCache } from '../../src/core/site-cache.js';
import { YamlDay } from '../../src/parse/yaml-schema.js';
import { readSourceFileSync, readSourceHead } from '../../src/parse/source-file.js';
import { rules as allRules } from '../../src/rules/index.js';
import { createGitSandbox } from '../deploy/git-sandbox.js';
import { commitAll, settledClone } from '../helpers/git-checkout.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

const NOW = new Date('2024-06-01T00:00:00Z');
const linker = '_posts/2024-01-01-linker.md';

/** Link targets of every shape whose URL or publication the site index must get right. */
const TARGETS: Record<string, string | Uint8Array> = {
  '_posts/2020-01-01-plain.md': '---\ntitle: 평범한 글\ncategories: [일상, 메모]\n---\n본문\n',
  '_posts/2020-01-02-moved.md': '---\ntitle: t\npermalink: /elsewhere/:title/\n---\n본문\n',
  '_posts/2020-01-03-broken-yaml.md': '---\ncategories: [a]\ntitle: "broken\n---\n본문\n',
  '_posts/2020-01-04-dated.md': '---\ntitle: t\ndate: 2020-02-03 10:00:00 +0900\ncategories: x\n---\n본문\n',
  '_posts/2030-01-01-future.md': '---\ntitle: t\n---\n아직\n',
  '_posts/2020-01-05-hidden.md': '---\ntitle: t\npublished: false\n---\n본문\n',
  '_posts/2020-01-06-bom-crlf.md': '\uFEFF---\r\ntitle: t\r\ncategories: [crlf]\r\n---\r\n본문\r\n',
  '_posts/2020-01-07-long.md': `---\ndescription: ${'설명 '.repeat(2000)}\ncategories: [late]\n---\n본문\n`,
  '_posts/2020-01-08-nested.md': '---\ntitle: t\ncategories:\n  - a b\n  - c\nslug: custom-slug\n---\n본문\n',
  '_posts/2020-01-09-binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2, 3]),
  'about.md': '# About\n',
};

const LINKER = `---
title: Linker
related_posts:
  - _posts/2020-01-01-plain.md
  - _posts/2020-01-05-hidden.md
---
[a](/일상/메모/2020/01/01/plain.html)
[b](/elsewhere/moved/)
[c](/a/2020/01/03/broken-yaml.html)
[d](/x/2020/02/03/dated.html)
[e](/2030/01/01/future.html)
[f](/2020/01/05/hidden.html)
[g](/crlf/2020/01/06/bom-crlf.html)
[h](/late/2020/01/07/long.html)
[i](/a%20b/c/2020/01/08/custom-slug.html)
[j](/2020/01/09/binary.html)
[k](/about.html)
[l]({% post_url 2020-01-02-moved %})
`;

function site(extra: Record<string, string | Uint8Array> = {}): string {
  return writeTempSite({ '_config.yml': 'title: t\n', ...TARGETS, [linker]: LINKER, ...extra });
}

const cacheFile = (r: string): string => path.join(r, DEFAULT_CACHE_FILE);

/** A run as `runLint` makes it, with the cache opened as if the run started at `runStart`. */
async function check(r: string, options: { only?: string[]; cache?: string; runStart?: number; stamps?: boolean } = {}): Promise<{ findings: string[]; cache?: SiteCache }> {
  const config = await loadConfig(r, allRules);
  const only = options.only;
  const s = await buildSite(r, {
    now: NOW,
    prescan: !only,
    ...(only ? { only: new Set(only) } : {}),
    ...(options.cache ? { cacheFor: (scope: unknown) => SiteCache.open(options.cache!, scope, options.runStart ?? Date.now(), { stamps: options.stamps !== false }) } : {}),
  });
  const result = lint(s, { rules: allRules, config, ...(only ? { only } : {}) });
  if (s.cache) expect(s.cache.save()).toBeUndefined();
  return { findings: result.findings.map(show), ...(s.cache ? { cache: s.cache } : {}) };
}

const show = (f: Finding): string => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.rule}/${f.messageId} ${f.message}`;

const LATER = (): number => Date.now() + 60_000;

describe('site-index cache: a pull request run gives the same findings, whichever way a head is found', () => {
  it('cold, by content, by stamp, and from a full run, against no cache at all', async () => {
    root = site();
    const expected = (await check(root, { only: [linker] })).findings;
    expect(expected.length).toBeGreaterThan(3);
    expect(expected).toEqual((await check(root)).findings.filter((f) => f.startsWith(linker)));

    const file = cacheFile(root);
    const cold = await check(root, { only: [linker], cache: file });
    expect(cold.findings).toEqual(expected);
    expect(cold.cache!.stats).toMatchObject({ byStamp: 0, byContent: 0 });
    expect(existsSync(file)).toBe(true);

    // Files written a moment ago are "racy": found again by content, and no stamp is kept yet.
    const content = await check(root, { only: [linker], cache: file });
    expect(content.findings).toEqual(expected);
    expect(content.cache!.stats.byContent).toBeGreaterThanOrEqual(9);
    expect(content.cache!.stats.byStamp).toBe(0);

    // As if the files had been written long before the run: stamps kept, then trusted unread.
    await check(root, { only: [linker], cache: file, runStart: LATER() });
    const stamped = await check(root, { only: [linker], cache: file, runStart: LATER() });
    expect(stamped.findings).toEqual(expected);
    expect(stamped.cache!.stats.byStamp).toBeGreaterThanOrEqual(9);
    expect(stamped.cache!.stats).toMatchObject({ byContent: 0, read: 1 });

    // A full run records every document; a pull request run then finds them all by content.
    const fresh = path.join(root, 'other-cache.json');
    await check(root, { cache: fresh });
    const fromFull = await check(root, { only: [linker], cache: fresh });
    expect(fromFull.findings).toEqual(expected);
    expect(fromFull.cache!.stats.byContent).toBeGreaterThanOrEqual(9);
    expect(fromFull.cache!.stats.read).toBe(1);
  });

  it('a post edited after it was cached is read again, even when its size and modification time are put back', async () => {
    root = site();
    const file = cacheFile(root);
    const target = path.join(root, '_posts/2020-01-01-plain.md');
    await check(root, { only: [linker], cache: file, runStart: LATER() });
    await check(root, { only: [linker], cache: file, runStart: LATER() });
    const before = statSync(target);
    // Same length, same mtime: only the change time (which no one can set) tells.
    writeFileSync(target, '---\ntitle: 평범한 글\ncategories: [일상, 메무]\n---\n본문\n');
    utimesSync(target, before.atime, before.mtime);
    expect(statSync(target).size).toBe(before.size);
    const after = await check(root, { only: [linker], cache: file, runStart: LATER() });
    expect(after.findings.some((f) => f.includes('/일상/메모/2020/01/01/plain.html'))).toBe(true);
    expect(after.cache!.stats.read).toBe(2);
    expect(after.findings).toEqual((await check(root, { only: [linker] })).findings);
  });

  it('a file changed within two seconds of the run that read it gets no stamp (git\'s racy-clean rule)', async () => {
    root = site();
    const file = cacheFile(root);
    await check(root, { only: [linker], cache: file });
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.heads.every((row: unknown[]) => row[3] === 0)).toBe(true);
    await check(root, { only: [linker], cache: file, runStart: LATER() });
    const later = JSON.parse(readFileSync(file, 'utf8'));
    expect(later.heads.filter((row: unknown[]) => Array.isArray(row[3])).length).toBeGreaterThanOrEqual(9);
  });

  it('a run that records no stamps (the Action: every job checks out anew) finds heads by content and keeps no stamp', async () => {
    root = site();
    const file = cacheFile(root);
    await check(root, { only: [linker], cache: file, runStart: LATER() });
    expect(JSON.parse(readFileSync(file, 'utf8')).heads.some((row: unknown[]) => Array.isArray(row[3]))).toBe(true);
    const run = await check(root, { only: [linker], cache: file, runStart: LATER(), stamps: false });
    expect(run.findings).toEqual((await check(root, { only: [linker] })).findings);
    expect(JSON.parse(readFileSync(file, 'utf8')).heads.every((row: unknown[]) => row[3] === 0)).toBe(true);
    const again = await check(root, { only: [linker], cache: file, runStart: LATER(), stamps: false });
    expect(again.cache!.stats).toMatchObject({ byStamp: 0, read: 1 });
    expect(again.cache!.stats.byContent).toBeGreaterThanOrEqual(9);
  });

  it('on a fresh clone (a CI runner), documents are found by the git blob ids the writing run recorded, unread; an uncommitted edit is read again', async () => {
    const box = createGitSandbox();
    try {
      const origin = (root = site());
      commitAll(box, origin);
      // Each job checks out anew: the push run in one clone writes the cache, the pull request
      // run in another reads it (as actions/cache restores it), no stamps either way.
      const clone = (name: string): string => settledClone(box, origin, path.join(box.root, name));
      const pushRun = clone('push');
      const file = path.join(box.root, 'site-index.json');
      await runLint({ root: pushRun, cache: file, cacheStamps: false });
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { files: string[]; heads: unknown[][] };
      // Every committed document has its blob id (the binary post and the linker included).
      expect(saved.heads.filter((row) => typeof row[9] === 'string')).toHaveLength(saved.files.length);

      const pullRun = clone('pull');
      const only = [path.join(pullRun, linker)];
      const plain = await runLint({ root: pullRun, only });
      const cached = await runLint({ root: pullRun, only, cache: file, cacheStamps: false });
      expect(cached.result.findings).toEqual(plain.result.findings);
      expect(cached.cache).toMatchObject({ byStamp: 0, byGitBlob: saved.files.length - 1, byContent: 0, read: 1 });

      // An edit not committed (same size): git's index no longer vouches for it, so it is read.
      const edited = path.join(pullRun, '_posts/2020-01-01-plain.md');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace('메모', '메무'));
      const afterEdit = await runLint({ root: pullRun, only, cache: file, cacheStamps: false });
      expect(afterEdit.cache).toMatchObject({ byGitBlob: saved.files.length - 2, byContent: 0, read: 2 });
      expect(afterEdit.result.findings).toEqual((await runLint({ root: pullRun, only })).result.findings);
      expect(afterEdit.result.findings.map((f) => f.message).join('\n')).toContain('/일상/메모/2020/01/01/plain.html');
    } finally {
      box.dispose();
    }
  });

  it('entries of deleted posts are dropped; a new post is read and added', async () => {
    root = site();
    const file = cacheFile(root);
    await check(root, { only: [linker], cache: file });
    const { rmSync } = await import('node:fs');
    rmSync(path.join(root, '_posts/2020-01-02-moved.md'));
    writeFileSync(path.join(root, '_posts/2020-01-10-new.md'), '---\ntitle: new\n---\n본문\n');
    const run = await check(root, { only: [linker], cache: file });
    expect(run.cache!.stats.read).toBe(2);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.files).toContain('_posts/2020-01-10-new.md');
    expect(saved.files).not.toContain('_posts/2020-01-02-moved.md');
    expect(run.findings.some((f) => f.includes('/elsewhere/moved/'))).toBe(true);
  });

  it('a cache made under another _config.yml is not used', async () => {
    root = site();
    const file = cacheFile(root);
    await check(root, { only: [linker], cache: file });
    writeFileSync(path.join(root, '_config.yml'), 'title: t\npermalink: /:year/:title/\n');
    const run = await check(root, { only: [linker], cache: file });
    expect(run.cache!.stats).toMatchObject({ byStamp: 0, byContent: 0, ignored: expect.stringContaining('another configuration') });
    expect(run.findings).toEqual((await check(root, { only: [linker] })).findings);
  });
});

describe('site-index cache: a hostile or broken cache file is ignored, never trusted half-way', () => {
  const cases: [string, (file: string, good: any) => string | undefined][] = [
    ['not JSON', () => '{"bloglint": "site-index", "format": 1, '],
    ['another kind of file', () => '{"eslint": true}'],
    ['another format', (_f, good) => JSON.stringify({ ...good, format: 99 })],
    ['lists of different lengths', (_f, good) => JSON.stringify({ ...good, files: good.files.slice(1) })],
  ];
  it.each(cases)('%s', async (_name, corrupt) => {
    root = site();
    const file = cacheFile(root);
    await check(root, { only: [linker], cache: file });
    const good = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, corrupt(file, good)!);
    const expected = (await check(root, { only: [linker] })).findings;
    const run = await check(root, { only: [linker], cache: file });
    expect(run.findings).toEqual(expected);
    expect(run.cache!.stats.ignored).toBeTruthy();
    expect(run.cache!.stats.byContent + run.cache!.stats.byStamp).toBe(0);
    // ...and written anew.
    expect(JSON.parse(readFileSync(file, 'utf8')).files.length).toBe(good.files.length);
  });

  it('rows of the wrong shape are dropped one by one; a lying row cannot survive a content check', async () => {
    root = site();
    const file = cacheFile(root);
    await check(root, { only: [linker], cache: file });
    const good = JSON.parse(readFileSync(file, 'utf8'));
    const at = (name: string): number => good.files.indexOf(name);
    good.heads[at('_posts/2020-01-01-plain.md')] = ['x', -1, 0, 0, 0, [], 0, 0, 0];
    good.heads[at('_posts/2020-01-04-dated.md')][5] = 9999;
    // A key list naming a key the file does not have: the rows that use it are dropped.
    good.keyLists.push([0, 9999]);
    good.heads[at('_posts/2030-01-01-future.md')][5] = good.keyLists.length - 1;
    good.heads[at('_posts/2020-01-08-nested.md')][6] = 'http://evil.example/';
    // Data nested 100,000 deep (JSON.parse takes it; taking it back must not overflow the stack),
    // and a `__proto__` key.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    good.heads[at('_posts/2020-01-06-bom-crlf.md')][4][4] = { categories: '@DEEP@' };
    good.heads[at('_posts/2020-01-07-long.md')][4][4] = JSON.parse('{"__proto__": {"polluted": true}, "categories": ["late"]}');
    // Same size and flags, another hash: the planted URL must not be believed.
    const moved = good.heads[at('_posts/2020-01-02-moved.md')];
    moved[0] = 'AAAAAAAAAAAAAAAAAAAAAAAAAAA';
    moved[6] = '/2020/01/02/moved.html';
    writeFileSync(file, JSON.stringify(good).replace('"@DEEP@"', deep));
    const run = await check(root, { only: [linker], cache: file });
    expect(run.findings).toEqual((await check(root, { only: [linker] })).findings);
    expect(run.cache!.stats.read).toBe(8);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a cache file over 64 MB is not read at all (a sparse file: nothing is written to make it)', async () => {
    root = site();
    const file = cacheFile(root);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    truncateSync(file, 65 * 1024 * 1024);
    const run = await check(root, { only: [linker], cache: file });
    expect(run.cache!.stats.ignored).toMatch(/larger than 64 MB/);
    expect(run.findings).toEqual((await check(root, { only: [linker] })).findings);
    expect(statSync(file).size).toBeLessThan(1024 * 1024);
  });

  it('a folder where the cache file should be, or a cache that cannot be written, leaves the run as it was', async () => {
    root = site();
    const blocked = path.join(root, 'blocked');
    mkdirSync(blocked);
    const expected = (await check(root, { only: [linker] })).findings;
    const config = await loadConfig(root, allRules);
    const s = await buildSite(root, { now: NOW, only: new Set([linker]), cacheFor: (scope) => SiteCache.open(blocked, scope) });
    expect(s.cache!.stats.ignored).toMatch(/not a regular file/);
    expect(s.cache!.save()).toMatch(/could not write the cache .*blocked/);
    expect(lint(s, { rules: allRules, config, only: [linker] }).findings.map(show)).toEqual(expected);
    expect(readdirSync(root).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});

describe('site-index cache: one file, one head', () => {
  it('a whole read and a head read of a file hash the same head; a known head is not decoded, but still checked', () => {
    const texts = [
      '---\ntitle: t\n---\nbody\n',
      '---\r\ntitle: t\r\n---\r\nbody',
      '---\ntitle: t\n...\nbody',
      '---\ntitle: t\n---',
      '---\ntitle: t\n--- \t\nbody',
      '---\ntitle: t\n---x\n---\nbody',
      '---\nunclosed: true\nbody\n',
      'no front matter\nsecond line\n',
      'one line only',
      `---\ndescription: ${'설명 '.repeat(3000)}\n---\n본문`,
      `---\ntitle: t\n---\n${'본문 '.repeat(5000)}`,
    ];
    root = writeTempSite({});
    texts.forEach((text, i) => {
      for (const bom of [false, true]) {
        const name = `f${i}${bom ? 'b' : ''}.md`;
        writeFileSync(path.join(root, name), (bom ? '\uFEFF' : '') + text);
        const whole = readSourceFileSync(root, name, undefined, { forCache: true });
        const head = readSourceHead(root, name, undefined, { forCache: true });
        expect(whole.ok && head.ok, name).toBe(true);
        expect(head.headHash, name).toBe(whole.headHash);
        expect(head.headHash, name).toMatch(/^[A-Za-z0-9+/]{27}$/);
        // Asked after each chunk (a long front matter takes more than one), known as the cache knows it.
        const asked: unknown[] = [];
        const known = readSourceHead(root, name, undefined, { forCache: true, knownHead: (...args) => (asked.push(args), args[0] === whole.headHash) });
        expect(known, name).toMatchObject({ ok: true, known: true, text: '', hasBom: bom, headHash: whole.headHash });
        expect(asked.at(-1), name).toEqual([whole.headHash, statSync(path.join(root, name)).size, bom]);
      }
    });
    // A file whose head is known but whose first kilobytes are not UTF-8 is refused as before.
    writeFileSync(path.join(root, 'bad.md'), Buffer.concat([Buffer.from('---\ntitle: t\n---\n'), Buffer.from([0xff, 0xfe, 0x41])]));
    expect(readSourceHead(root, 'bad.md', undefined, { forCache: true, knownHead: () => true })).toMatchObject({ ok: false, reason: 'invalid-utf8' });
  });

  it('front-matter values come back as they were: dates as dates; values JSON cannot keep are not cached', () => {
    expect(encodeData({ date: new Date(0), list: ['a', 1, true, null] })).toEqual({ date: { '$bloglint-date': 0 }, list: ['a', 1, true, null] });
    expect(encodeData({ n: Number.POSITIVE_INFINITY })).toBeUndefined();
    expect(encodeData({ n: Number.NaN })).toBeUndefined();
    expect(encodeData({ '$bloglint-date': 5 })).toBeUndefined();
    expect(encodeData({ d: new Date(Number.NaN) })).toBeUndefined();
    // A day without a time stays a day: its URL is midnight in the site's time zone.
    const encoded = encodeData({ day: new YamlDay(Date.UTC(2019, 0, 5)), time: new Date(Date.UTC(2019, 0, 5)) });
    expect(encoded).toEqual({ day: { '$bloglint-date': Date.UTC(2019, 0, 5), day: true }, time: { '$bloglint-date': Date.UTC(2019, 0, 5) } });
    const back = frontMatterOf({ block: { yamlStart: 4, yamlEnd: 4, bodyStart: 8, closed: true }, data: encoded as Record<string, unknown>, errors: [], duplicateKeys: [], notAMapping: false }).data;
    expect(back.day).toBeInstanceOf(YamlDay);
    expect(back.time).toBeInstanceOf(Date);
    expect(back.time).not.toBeInstanceOf(YamlDay);
    expect([(back.day as Date).getTime(), (back.time as Date).getTime()]).toEqual([Date.UTC(2019, 0, 5), Date.UTC(2019, 0, 5)]);
  });

  it('runLint with a cache path writes it and reports how it served', async () => {
    root = site();
    const file = path.join(root, 'custom', 'cache.json');
    const first = await runLint({ root, only: [path.join(root, linker)], cache: file });
    expect(first.cache).toMatchObject({ file, byStamp: 0, byContent: 0 });
    expect(first.cache!.read).toBeGreaterThanOrEqual(10);
    const second = await runLint({ root, only: [path.join(root, linker)], cache: file });
    expect(second.cache!.byContent + second.cache!.byStamp).toBeGreaterThanOrEqual(9);
    expect(second.result.findings).toEqual(first.result.findings);
  });
});
