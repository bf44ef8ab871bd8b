import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJekyllConfig } from '../../src/core/jekyll-config.js';
import { loadAndScan, loadBatch, type LoadedDocument, type LoadJob } from '../../src/core/load-document.js';
import { DEFAULT_READ_LIMITS } from '../../src/parse/source-file.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

const now = new Date('2026-01-01T00:00:00Z');
const config = parseJekyllConfig('_config.yml', 'permalink: /:categories/:year/:month/:day/:title/\ncollections:\n  notes:\n    output: true\n');

/** Every kind of document a batch may mix: each must load exactly as it loads alone. */
function mixedSite(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    '_config.yml': 'title: t\n',
    '_posts/2020-01-01-yaml-error.md': '---\ntitle: "broken\ncategories: [a]\n---\n본문\n',
    '_posts/2020-01-02-unclosed.md': '---\ntitle: t\n본문\n',
    '_posts/2020-01-03-binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2, 3]),
    '_posts/2020-01-04-bad-utf8.md': new Uint8Array([...Buffer.from('---\ntitle: '), 0xff, 0xfe, ...Buffer.from('\n---\nx\n')]),
    '_posts/2020-01-05-bom-crlf.md': '\ufeff---\r\ntitle: t\r\ncategories: [crlf]\r\n---\r\n![a](/x.png)\r\n',
    '_posts/2020-01-06-permalink.md': '---\npermalink: /elsewhere/\n---\n[x](/y/)\n',
    '_posts/2020-01-07-unpublished.md': '---\npublished: false\n---\nx\n',
    '_posts/2099-01-01-future.md': '---\ntitle: later\n---\nx\n',
    '_posts/2020-01-08-long-head.md': `---\ndescription: ${'설명 '.repeat(3000)}\ncategories: [late]\n---\n![b](/b.png)\n`,
    '_posts/2020-01-09-no-front-matter.md': '# Just text\n\n![c](c.png)\n',
    '_drafts/draft.md': '---\ntitle: d\n---\nx\n',
    '_notes/note.md': '---\ntitle: n\n---\n[p](/p/)\n',
    'about.md': '---\ntitle: About\npermalink: /about/\n---\nx\n',
    'linked.md': '---\ntitle: linked\n---\n',
  };
  // More ordinary posts than one stage batch holds, each with its own categories, slug and text.
  for (let k = 0; k < 120; k++) {
    const day = String((k % 28) + 1).padStart(2, '0');
    files[`_posts/2021-${String((k % 12) + 1).padStart(2, '0')}-${day}-post-${k}.md`] = `---\ntitle: "글 ${k}"\ncategories: [c${k % 7}]\ntags: [t${k}]\n${k % 5 === 0 ? `slug: 슬러그-${k}\n` : ''}---\n![i${k}](/assets/${k}.png)\n[n](/c${k % 7}/2021/)\n`;
  }
  return files;
}

function jobsOf(files: string[], headOnly: (file: string) => boolean): LoadJob[] {
  return files.map((file) => {
    const kind = file.startsWith('_posts/') ? 'post' : file.startsWith('_drafts/') ? 'draft' : file.startsWith('_notes/') ? 'document' : 'page';
    const collection = kind === 'post' || kind === 'draft' ? 'posts' : kind === 'document' ? 'notes' : undefined;
    return { root, file, rel: file, kind, collection, headOnly: headOnly(file) } as LoadJob;
  });
}

/** What a loaded document says: its place, front matter, keys, read and scan. */
function summary(loaded: LoadedDocument): unknown {
  const { doc } = loaded;
  const scan = loaded.scan ?? loaded.lazyScan?.();
  return {
    path: doc.path,
    url: doc.url,
    unpublished: doc.unpublished,
    keys: doc.keys,
    data: doc.data,
    errors: doc.frontMatter?.errors.map((e) => e.message),
    read: doc.read.ok ? { hasBom: doc.read.hasBom, bytes: doc.read.bytes, text: doc.read.text } : doc.read,
    partial: doc.partial,
    scan: scan && JSON.parse(JSON.stringify(scan, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v))),
  };
}

describe('loadBatch: documents loaded stage by stage are the documents loaded one at a time', () => {
  it.each([
    ['every document whole, scanned (a full run)', true, () => false],
    ['link targets read only as far as their front matter (a pull request)', false, (file: string) => !file.endsWith('post-3.md')],
    ['whole, not scanned', false, () => false],
  ])('%s', (_name, scan, headOnly) => {
    root = writeTempSite(mixedSite());
    // A symlink to a post of the site, and one out of the site (never read).
    symlinkSync(path.join(root, 'linked.md'), path.join(root, '_posts', '2020-01-10-link.md'));
    symlinkSync('/etc/passwd', path.join(root, '_posts', '2020-01-11-outside.md'));
    const files = [...Object.keys(mixedSite()).filter((f) => f !== '_config.yml' && f !== 'linked.md'), '_posts/2020-01-10-link.md', '_posts/2020-01-11-outside.md'];
    const jobs = jobsOf(files, headOnly);
    const alone = jobs.map((job) => summary(loadAndScan(job, config, DEFAULT_READ_LIMITS, now, scan)));
    const together = loadBatch(jobs, config, DEFAULT_READ_LIMITS, now, scan).map(summary);
    expect(together).toHaveLength(jobs.length);
    expect(together).toEqual(alone);
    // The mix is what it claims to be.
    const byPath = new Map(together.map((d) => [(d as { path: string }).path, d as { url?: string; unpublished?: string; read: { ok?: boolean; reason?: string } }]));
    expect(byPath.get('_posts/2020-01-03-binary.md')!.read.reason).toBe('binary');
    expect(byPath.get('_posts/2020-01-04-bad-utf8.md')!.read.reason).toBe('invalid-utf8');
    expect(byPath.get('_posts/2020-01-11-outside.md')!.read.reason).toBe('outside-root');
    expect(byPath.get('_posts/2020-01-10-link.md')!.url).toBe('/2020/01/10/link/');
    expect(byPath.get('_posts/2020-01-01-yaml-error.md')!.unpublished).toMatch(/YAML error/);
    expect(byPath.get('_posts/2099-01-01-future.md')!.unpublished).toMatch(/future/);
    expect(byPath.get('_posts/2020-01-05-bom-crlf.md')!.url).toBe('/crlf/2020/01/05/bom-crlf/');
    expect(byPath.get('_posts/2020-01-08-long-head.md')!.url).toBe('/late/2020/01/08/long-head/');
    expect(byPath.get('_posts/2021-01-01-post-0.md')!.url).toBe('/c0/2021/01/01/슬러그-0/');
    expect(byPath.get('_posts/2021-02-02-post-1.md')!.url).toBe('/c1/2021/02/02/post-1/');
  });
});

describe("a document's keys: its own keys with a value, then its defaults', each once", () => {
  const withDefaults = parseJekyllConfig('_config.yml', 'defaults:\n  - scope: {path: "", type: posts}\n    values: {layout: post, comments: true, toc: null, title: Default}\n');
  it.each([
    ['a few keys, a duplicate and keys the defaults give too', '---\ntitle: t\ntags: [a]\ntitle: again\nempty:\nlayout: mine\n---\nx\n', ['title', 'tags', 'layout', 'comments']],
    ['more keys than a list scan is kept for (40), one repeated', `---\n${Array.from({ length: 40 }, (_, k) => `k${k}: v`).join('\n')}\nk3: again\ncomments: false\n---\nx\n`, [...Array.from({ length: 40 }, (_, k) => `k${k}`), 'comments', 'layout', 'title']],
  ])('%s', (_name, text, keys) => {
    root = writeTempSite({ '_config.yml': 'title: t\n', '_posts/2020-01-01-keys.md': text });
    for (const headOnly of [false, true]) {
      const [job] = jobsOf(['_posts/2020-01-01-keys.md'], () => headOnly);
      expect(loadAndScan(job!, withDefaults, DEFAULT_READ_LIMITS, now, false).doc.keys, `headOnly ${headOnly}`).toEqual(keys);
    }
  });
});
