import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBlog } from '../../scripts/bench/generate.mjs';
import { scanDocument } from '../../src/core/document-scan.js';
import { packScan, unpackScan } from '../../src/core/packed-scan.js';
import { buildSite } from '../../src/core/site.js';

/** What a parse worker's scan becomes on the main thread: packed, structured-cloned, unpacked. */
const roundTrip = (scan: ReturnType<typeof scanDocument>) => unpackScan(structuredClone(packScan(scan)));

describe('a packed scan survives the trip from a worker unchanged', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bloglint-packed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  generateBlog({ posts: 60, outDir: dir, seed: 3 });

  it.each([
    ['the example blog', realpathSync('examples/blog'), 10, 1],
    ['a generated blog (Korean, srcset, reference images, Liquid)', realpathSync(dir), 500, 100],
    ['the Chirpy example (front-matter paths, includes)', realpathSync('examples/themes/chirpy'), 5, 0],
  ])('%s', async (_name, root, minReferences, minAnchors) => {
    const site = await buildSite(root, { now: new Date('2026-01-01T00:00:00Z') });
    let references = 0;
    let anchors = 0;
    for (const doc of site.documents.values()) {
      if (!doc.read.ok) continue;
      const scan = scanDocument(doc);
      references += scan.body.length + scan.frontMatter.length;
      anchors += scan.anchors.length;
      expect(roundTrip(scan), doc.path).toStrictEqual(scan);
    }
    expect(references).toBeGreaterThanOrEqual(minReferences);
    expect(anchors).toBeGreaterThanOrEqual(minAnchors);
  });

  it('keeps a value that differs from its raw text, and a parser limit', () => {
    const scan = {
      body: [{ kind: 'image' as const, source: 'markdown' as const, raw: 'a%20b.png', value: 'a b.png', start: 10, end: 19, context: 'markdown image' }],
      frontMatter: [{ kind: 'image' as const, source: 'front-matter' as const, raw: '/x.png', value: '/x.png', start: 4, end: 10, context: 'image' }],
      anchors: [{ id: '섹션-1', start: 30, end: 36 }],
      comments: [{ text: ' bloglint-disable ', start: 40, end: 63 }],
      bodyStart: 12,
      tooDeep: 100,
    };
    expect(roundTrip(scan)).toStrictEqual(scan);
  });
});
