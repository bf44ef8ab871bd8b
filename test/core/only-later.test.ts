import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLint, type RunResult } from '../../src/core/run.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

/**
 * `onlyLater`: the Action lists a pull request's files while the site is read, every document
 * read as a link target until the list comes; the documents it names are then read again whole.
 * Whenever the list comes (before the walk, during it, after it), the run is the `--only` run of
 * those files; no list means the whole site.
 */
let root = '';
afterEach(() => root && removeTempSite(root));

/** What a run reports, and what it read of each document, comparable across runs. */
function outcome(run: RunResult): unknown {
  return {
    findings: run.result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.rule} ${f.messageId} ${f.message}`),
    checked: run.result.checked,
    documents: [...run.site.documents.values()].map((doc) => `${doc.path} ${doc.url ?? `(${doc.unpublished})`} partial=${doc.partial === true} keys=${doc.keys.join(',')}`),
  };
}

const later = <T>(value: T, ms: number): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

function site(): Record<string, string> {
  const files: Record<string, string> = {
    '_config.yml': 'title: t\nbaseurl: /blog\ncollections:\n  notes:\n    output: true\n',
    '_posts/2020-01-01-target.md': '---\ntitle: Target\ncategories: [a]\n---\n## 본문 제목\n',
    // Invalid UTF-8 is not in its head: read as a link target it is published, read whole it is not.
    '_posts/2020-01-02-changed.md': `---\ntitle: Changed\n---\n[t]({{ site.baseurl }}/a/2020/01/01/target.html#본문-제목)\n![x](/missing.png)\n${'가'.repeat(3000)}\n`,
    '_posts/2020-01-03-linker.md': '---\ntitle: Linker\n---\n[c]({{ site.baseurl }}/2020/01/02/changed.html)\n![y](/nope.png)\n',
    'about.md': '---\ntitle: About\npermalink: /about/\n---\n![z](/gone.png)\n',
    '_notes/note.md': '---\ntitle: Note\n---\n[a]({{ site.baseurl }}/about/)\n![w](/none.png)\n',
  };
  for (let k = 1; k <= 30; k++) files[`_posts/2019-02-${String((k % 28) + 1).padStart(2, '0')}-other-${k}.md`] = `---\ntitle: o${k}\ncategories: [o]\n---\n![i](/img/${k}.png)\n`;
  return files;
}

describe('runLint with the files to check known later (onlyLater)', () => {
  const changed = ['_posts/2020-01-02-changed.md', 'about.md', '_notes/note.md'];

  it.each([
    ['known at once', 0],
    ['known after the walk', 150],
  ])('gives the --only run of the same files: %s', async (_name, delay) => {
    root = writeTempSite(site());
    const files = changed.map((file) => path.join(root, file));
    const only = await runLint({ root, only: files });
    const whenKnown = await runLint({ root, onlyLater: later(files, delay) });
    expect(outcome(whenKnown)).toEqual(outcome(only));
    // The documents it names were read again whole (not left as link targets).
    for (const file of changed) expect(whenKnown.site.documents.get(file)?.partial, file).not.toBe(true);
    expect(whenKnown.result.checked.sort()).toEqual([...changed].sort());
    expect(whenKnown.result.findings.some((f) => f.file === 'about.md')).toBe(true);
  });

  it('the same on a document whose bytes past its head are not UTF-8 (read whole, it is refused)', async () => {
    const files = site();
    root = writeTempSite(files);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(root, '_posts/2020-01-02-changed.md'), Buffer.concat([Buffer.from(files['_posts/2020-01-02-changed.md']!), Buffer.from([0xff, 0xfe, 0x0a])]));
    const only = await runLint({ root, only: [path.join(root, '_posts/2020-01-02-changed.md')] });
    const whenKnown = await runLint({ root, onlyLater: later([path.join(root, '_posts/2020-01-02-changed.md')], 50) });
    expect(outcome(whenKnown)).toEqual(outcome(only));
    expect(whenKnown.site.documents.get('_posts/2020-01-02-changed.md')?.unpublished).toBe('is not valid UTF-8');
  });

  it('no files after all (the list could not be had): the whole site, as a run without --only', async () => {
    root = writeTempSite(site());
    const whole = await runLint({ root });
    const unknown = await runLint({ root, onlyLater: later(undefined, 50) });
    expect(outcome(unknown)).toEqual(outcome(whole));
    expect(unknown.timings.phases.map((p) => p.name)).toContain('files to check unknown');
  });
});
