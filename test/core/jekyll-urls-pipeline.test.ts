import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { deepMergeHashes } from '../../src/core/front-matter-defaults.js';
import { anchorsOf } from '../../src/core/document-scan.js';
import { buildSite, type Site } from '../../src/core/site.js';

/**
 * The recorded `jekyll build`s of test/fixtures/jekyll-urls (scripts/jekyll-fixtures.sh), through
 * the whole pipeline: the fixture site is copied with each configuration overlay merged into its
 * `_config.yml` and read by `buildSite`, so front matter goes through bloglint's own parsers,
 * `_config.yml` defaults and classification; every document Jekyll published (drafts aside: Jekyll
 * was run with `--drafts`) must get the URL Jekyll gave it. permalink.test.ts checks `outputUrl`
 * against the same builds with a front matter it reads itself; this read a `date:` without a time
 * as UTC midnight while Jekyll makes it local midnight, which only the whole pipeline shows.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/jekyll-urls/', import.meta.url));

interface BuiltSite {
  config: string | null;
  items: { path: string; draft: boolean | null; url: string }[];
}

const builds = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json') && !['headings.json', 'invalid-date.json'].includes(name))
  .map((name) => ({ name, built: JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as BuiltSite }));

const temps: string[] = [];
afterAll(() => {
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
});

async function siteFor(overlay: string | null): Promise<Site> {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bloglint-jekyll-urls-')));
  temps.push(root);
  cpSync(path.join(FIXTURES, 'site'), root, { recursive: true });
  if (overlay) {
    const base = parseYaml(readFileSync(path.join(root, '_config.yml'), 'utf8')) as Record<string, unknown>;
    const extra = parseYaml(readFileSync(path.join(FIXTURES, 'configs', overlay), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(root, '_config.yml'), stringify(deepMergeHashes(base, extra)));
  }
  return buildSite(root, { now: new Date() });
}

describe.each(builds)('the whole pipeline gives the URLs jekyll build gave: $name', async ({ built }) => {
  const site = await siteFor(built.config);
  const published = built.items.filter((item) => !item.draft);

  it('reads the configuration it was given', () => {
    expect(published.length).toBeGreaterThan(10);
    expect(site.config.timezone ?? null).toBe((parseYaml(built.config ? readFileSync(path.join(FIXTURES, 'configs', built.config), 'utf8') : 'a: 1') as { timezone?: string }).timezone ?? null);
  });

  it.each(published.map((item) => [item.path, decodeURI(item.url)]))('%s -> %s', (file, url) => {
    expect(site.documents.get(file)?.url).toBe(url);
  });
});

/**
 * The heading ids kramdown gave the fixture's headings.md and headings-2.md (headings.json), from
 * the anchors bloglint's own scan finds: heading-ids.test.ts feeds the id generator headings it
 * cuts out itself; this takes them from the markdown as a run does (setext headings, IALs, code
 * spans, one document's duplicates). Anchors also hold HTML `id`s and `name`s, so the heading ids
 * must be among them, in order.
 */
describe('the whole pipeline finds the heading ids kramdown gave', async () => {
  const recorded = JSON.parse(readFileSync(path.join(FIXTURES, 'headings.json'), 'utf8')) as { documents: { source: string; headings: { id: string | null }[] }[] };
  const site = await siteFor(null);

  it.each(recorded.documents.map((d) => [d.source, d.headings.map((h) => h.id).filter((id): id is string => id !== null)] as const))('%s', (source, ids) => {
    const doc = site.documents.get(source);
    expect(doc).toBeDefined();
    const anchors = anchorsOf(doc!).map((a) => a.id);
    // In order: each recorded id found after the previous one.
    let at = 0;
    for (const id of ids) {
      const found = anchors.indexOf(id, at);
      expect(found, `${id} after position ${at} in ${JSON.stringify(anchors)}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
