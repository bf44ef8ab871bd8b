import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/core/site.js';
import { caseVariants, filesInFolder, sameNameFiles, SCAN_LIMIT } from '../../src/core/url-search.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

/** Names whose lower case is tricky: İ grows, ß and Σ do not change length, Korean has no case. */
const NAMES = ['Photo.PNG', 'photo.png', 'PHOTO.png', 'İstanbul.jpg', 'i̇stanbul.jpg', 'STRASSE.gif', 'straße.gif', 'ΣΟΦΙΑ.svg', 'σοφια.svg', '사진.png', '사진.PNG', 'a.png'];
const FOLDERS = ['assets/img', 'assets/Img', 'assets/img/sub', '자료'];

describe('url-search: a pass over the URLs answers as the indexes do', () => {
  it('case variants, same-named files and folder contents, before and after the indexes are built', async () => {
    const files: Record<string, string> = { '_config.yml': 'title: t\n', 'about.md': '---\ntitle: About\n---\n' };
    for (const folder of FOLDERS) for (const name of NAMES) files[`${folder}/${name}`] = 'x';
    root = writeTempSite(files);
    const site = await buildSite(root);
    const probes = [...site.urls.keys()].flatMap((url) => [url, url.toUpperCase(), url.replace(/i/g, 'İ')]);
    probes.push('/nowhere/x.png', '/ASSETS/IMG/PHOTO.PNG', '/about/');
    expect(probes.length).toBeGreaterThan(SCAN_LIMIT * 3);

    const folded = probes.map((p) => [...caseVariants(site, p.toLowerCase())]);
    expect(folded.slice(0, SCAN_LIMIT).some((list) => list.length > 1)).toBe(true);
    probes.forEach((p, i) => expect(folded[i], p).toEqual(site.foldedUrls.get(p.toLowerCase()) ?? []));

    const names = probes.map((p) => p.slice(p.lastIndexOf('/') + 1).toLowerCase());
    const named = names.map((n) => [...sameNameFiles(site, n)]);
    expect(named.slice(0, SCAN_LIMIT).some((list) => list.length >= FOLDERS.length)).toBe(true);
    names.forEach((n, i) => expect(named[i], n).toEqual(site.byName.get(n) ?? []));

    const folders = probes.map((p) => p.slice(0, p.lastIndexOf('/') + 1));
    const inFolder = folders.map((f) => [...filesInFolder(site, f)]);
    // The same answer from a pass (the first SCAN_LIMIT) and from the index (after).
    const byFolder = new Map<string, string[]>();
    folders.forEach((f, i) => {
      const seen = byFolder.get(f);
      if (seen) expect(inFolder[i], f).toEqual(seen);
      else byFolder.set(f, inFolder[i]!);
    });
    // (In registration order: .svg files may hold front matter, so they are registered after a look.)
    expect([...byFolder.get('/assets/img/')!].sort()).toEqual([...NAMES].sort());
    expect([...filesInFolder(site, '/assets/img/')]).toEqual(byFolder.get('/assets/img/'));
  });
});
