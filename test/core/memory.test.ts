import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLint } from '../../src/core/run.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

const post = (title: string, body: string): string => `---\ntitle: ${title}\nrelated_posts:\n  - _posts/2020-01-02-b.md\n---\n${body}\n`;

/** The getter behind `key` (own or inherited): a lazily read value rather than one held. */
function getterOf(object: object, key: string): unknown {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor) return descriptor.get;
  }
  return undefined;
}

/**
 * A document's text as the finished run gives it after its file is rewritten with `text`: the
 * text of the run when the run still holds it, `text` when it let it go (read again).
 */
function textAfterRewrite(run: Awaited<ReturnType<typeof runLint>>, file: string, text: string): string | false {
  writeFileSync(path.join(root, file), text);
  const doc = run.site.documents.get(file)!;
  return doc.read.ok && doc.read.text;
}

/** What a run keeps once documents are loaded: texts are read again when needed, not held (docs/benchmark.md). */
describe('documents do not hold their text after loading', () => {
  it('an --only run keeps no head text for link targets, and reads it again when asked', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '_posts/2020-01-01-a.md': post('A', '## 본문 제목\n\n[B](/2020/01/02/b.html#둘째)\n'),
      '_posts/2020-01-02-b.md': post('B', '## 둘째\n\n텍스트\n'),
      '_posts/2020-01-03-c.md': post('C', '[A](/2020/01/01/a.html#없음)\n'),
    });
    const run = await runLint({ root, only: [`${root}/_posts/2020-01-01-a.md`] });
    // The target's fragment was found (the text was read again), the untouched post was never linted.
    expect(run.result.findings.map((f) => f.message)).toEqual([]);
    const untouched = run.site.documents.get('_posts/2020-01-03-c.md')!;
    expect(untouched.partial).toBe(true);
    expect(untouched.read.ok).toBe(true);
    if (!untouched.read.ok) return;
    expect(getterOf(untouched.read, 'text')).toBeTypeOf('function');
    expect(untouched.read.text).toContain('[A](/2020/01/01/a.html#없음)');
    expect(untouched.url).toBe('/2020/01/03/c.html');
  });

  it('a full run releases every scanned text and still reports from it', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n텍스트\n\n![gone](/missing.png)\n',
      '_posts/2020-01-02-b.md': '---\ntitle: B\n---\n텍스트\n',
    });
    const run = await runLint({ root });
    expect(run.result.findings.map((f) => [f.file, f.rule, f.range.start.line, f.range.start.column])).toEqual([['_posts/2020-01-01-a.md', 'no-missing-image', 6, 9]]);
    for (const doc of run.site.documents.values()) {
      expect(doc.read.ok && getterOf(doc.read, 'text')).toBeTypeOf('function');
    }
  });

  it('a text read back to place a finding is let go again once its document is linted', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n텍스트\n\n![gone](/missing.png)\n',
      '_posts/2020-01-02-b.md': '---\ntitle: B\n---\n![also gone](/missing-too.png)\n',
    });
    const run = await runLint({ root });
    expect(run.result.findings.map((f) => [f.file, f.range.start.line])).toEqual([
      ['_posts/2020-01-01-a.md', 6],
      ['_posts/2020-01-02-b.md', 4],
    ]);
    // Held, the text would still be the one the findings were placed in; let go, it is read again.
    expect(textAfterRewrite(run, '_posts/2020-01-01-a.md', '---\ntitle: A\n---\nnow different\n')).toBe('---\ntitle: A\n---\nnow different\n');
  });

  it('a document with a fixable finding keeps the text its ranges were computed on, for the suggestions', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      'assets/Photo.png': 'png',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n![case](/assets/photo.png)\n',
    });
    const run = await runLint({ root });
    expect(run.result.findings.map((f) => [f.rule, f.messageId, f.fix?.text])).toEqual([['no-missing-image', 'caseMismatch', 'Photo.png']]);
    expect(textAfterRewrite(run, '_posts/2020-01-01-a.md', 'changed after the run\n')).toBe('---\ntitle: A\n---\n![case](/assets/photo.png)\n');
  });

  it('a full run lets YAML trees go and parses one again only to place a finding', async () => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '.bloglint.yml': 'rules:\n  valid-front-matter: [error, { types: { comments: boolean } }]\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\ncomments: "yes"\nrelated_posts:\n  - /_posts/2020-01-02-b.md\n---\n텍스트\n',
      '_posts/2020-01-02-b.md': '---\ntitle: B\ncomments: true\nrelated_posts:\n  - _posts/2020-01-01-a.md\n---\n텍스트\n',
    });
    const run = await runLint({ root });
    expect(run.result.findings.map((f) => [f.file, f.rule, f.messageId, f.range.start.line, f.range.start.column, f.range.end.column])).toEqual([
      ['_posts/2020-01-01-a.md', 'valid-front-matter', 'wrongType', 3, 11, 16],
      ['_posts/2020-01-01-a.md', 'no-dead-related-post', 'leadingSlash', 5, 5, 28],
    ]);
    const clean = run.site.documents.get('_posts/2020-01-02-b.md')!;
    expect(getterOf(clean.frontMatter!, 'tree')).toBeTypeOf('function');
    // Asked for, it is the tree the parser gives.
    expect(clean.frontMatter!.tree?.entries.map((e) => e.key)).toEqual(['title', 'comments', 'related_posts']);
  });
});
