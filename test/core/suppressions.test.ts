import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/core/document-scan.js';
import { runLint } from '../../src/core/run.js';
import { lintFiles, removeTempSite, writeTempSite } from '../helpers/temp-site.js';

const site = (post: string) => ({ '_config.yml': 'title: t\n', '_posts/2020-01-01-a.md': post });
const lines = (findings: { range: { start: { line: number } }; rule: string }[]) => findings.map((f) => `${f.range.start.line} ${f.rule}`);

describe('inline directives', () => {
  it.each([
    ['disable-next-line, all rules', '---\ntitle: A\n---\n<!-- bloglint-disable-next-line -->\n![a](/gone-a.png)\n![b](/gone-b.png)\n', ['6 no-missing-image']],
    ['disable-next-line, one rule', '---\ntitle: A\n---\n<!-- bloglint-disable-next-line no-dead-internal-link -->\n![a](/gone-a.png) [x](/gone.html)\n', ['5 no-missing-image']],
    ['disable-line', '---\ntitle: A\n---\n![a](/gone-a.png) <!-- bloglint-disable-line no-missing-image -->\n', []],
    ['disable ... enable', '---\ntitle: A\n---\n<!-- bloglint-disable no-missing-image -->\n![a](/a.png)\n\n![b](/b.png)\n<!-- bloglint-enable no-missing-image -->\n\n![c](/c.png)\n', ['10 no-missing-image']],
    ['a YAML comment in front matter', '---\ntitle: A\n# bloglint-disable-next-line no-missing-image\nimage: /gone.png\nthumbnail: /gone2.png\n---\nx\n', ['5 no-missing-image']],
    ['a directive among comments of commented-out markdown', '---\ntitle: A\n---\n<!-- ![old](/old.png) -->\n<!--\n![older](/older.png)\n-->\n<!-- bloglint-disable-next-line -->\n![a](/gone-a.png)\n<!-- a note -->\n![b](/gone-b.png)\n', ['11 no-missing-image']],
    ['a directive inside a code block does nothing', '---\ntitle: A\n---\n```\n<!-- bloglint-disable -->\n```\n![a](/gone-a.png)\n', ['7 no-missing-image']],
  ])('%s', async (_name, post, expected) => {
    const { findings } = await lintFiles(site(post as string), { only: ['_posts/2020-01-01-a.md'] });
    expect(lines(findings)).toEqual(expected);
  });
});

describe('what a scan keeps of comments', () => {
  it('keeps the comments that may hold a directive, and no others (the scan outlives the text)', async () => {
    const post = '---\ntitle: A\n---\n<!-- ![old](/old.png) -->\n<!-- bloglint-disable-next-line -->\n![a](/gone-a.png)\n<!-- TODO: a note -->\n<div><!-- bloglint-enable --></div>\n';
    const root = writeTempSite(site(post));
    try {
      const { site: built } = await runLint({ root });
      const scan = scanDocument(built.documents.get('_posts/2020-01-01-a.md')!);
      expect(scan.comments.map((c) => c.text.trim())).toEqual(['bloglint-disable-next-line', 'bloglint-enable']);
    } finally {
      removeTempSite(root);
    }
  });
});

describe('valid-front-matter with a JSON Schema', () => {
  it('reports schema errors at the value (or the block when the whole mapping fails)', async () => {
    const root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'rules:\n  valid-front-matter:\n    schema: fm.schema.json\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\ntags: web\ndate: 2020-01-01\n---\nx\n',
    });
    writeFileSync(path.join(root, 'fm.schema.json'), JSON.stringify({ type: 'object', required: ['title', 'description'], properties: { tags: { type: 'array' } } }));
    try {
      const { result } = await runLint({ root });
      const schema = result.findings.filter((f) => f.messageId === 'schema');
      expect(schema.map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([
        [2, 1, "Front matter must have required property 'description' (JSON Schema)."],
        [3, 7, 'Front matter `tags` must be array (JSON Schema).'],
      ]);
    } finally {
      removeTempSite(root);
    }
  });
});
