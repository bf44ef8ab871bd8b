import { describe, expect, it } from 'vitest';
import { createKeepMatcher, selectKeptEntries } from '../../src/deploy/keep-files.js';
import { parseLsTree, toIndexInfo, type TreeEntry } from '../../src/deploy/tree-entries.js';

const OID = 'e69de29bb2d1d6434b8b29ae775a8cf66f5d0a1b';

function lsTree(paths: string[]): Buffer {
  return Buffer.concat(paths.map((p) => Buffer.from(`100644 blob ${OID}\t${p}\0`, 'utf8')));
}

describe('parseLsTree / toIndexInfo', () => {
  it('parses NUL-separated records with tabs, newlines and Korean in names, and round-trips the bytes', () => {
    const raw = Buffer.concat([lsTree(['글/안녕.html', 'a&b.html', 'new\nline.txt', 'tab\there.txt']), Buffer.from(`160000 commit ${OID}\tvendor/sub\0`)]);
    const entries = parseLsTree(raw);
    expect(entries.map((e) => e.path)).toEqual(['글/안녕.html', 'a&b.html', 'new\nline.txt', 'tab\there.txt', 'vendor/sub']);
    expect(entries[4]).toMatchObject({ mode: '160000', type: 'commit', oid: OID });
    expect(toIndexInfo(entries).equals(raw)).toBe(true);
  });

  it('keeps non-UTF-8 names byte for byte', () => {
    const raw = Buffer.concat([Buffer.from(`100644 blob ${OID}\t`), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from([0])]);
    expect(toIndexInfo(parseLsTree(raw)).equals(raw)).toBe(true);
  });
});

describe('selectKeptEntries', () => {
  const tip: TreeEntry[] = parseLsTree(
    lsTree(['CNAME', 'index.html', 'docs/manual.pdf', 'docs/deep/a.txt', 'downloads', 'assets/app.js', '.well-known/x', 'sub/CNAME', 'old.html']),
  );

  it('keeps CNAME and glob matches that the publish folder does not have', () => {
    const publish = new Set(['index.html', 'assets/app.js']);
    const selection = selectKeptEntries(tip, publish, { keepFiles: ['docs/**', '.well-known/*', 'assets/*'], keepCname: true });
    expect(selection.kept.map((e) => e.path)).toEqual(['CNAME', 'docs/manual.pdf', 'docs/deep/a.txt', '.well-known/x']);
    expect(selection.replaced).toEqual(['assets/app.js']);
    expect(selection.conflicts).toEqual([]);
  });

  it('drops CNAME when a cname option replaces it, and only the root CNAME counts', () => {
    const selection = selectKeptEntries(tip, new Set(['index.html']), { keepFiles: [], keepCname: false });
    expect(selection.kept).toEqual([]);
    expect(selection.kept.map((e) => e.path)).not.toContain('sub/CNAME');
  });

  it('reports file/folder clashes with the publish folder as conflicts', () => {
    const publish = new Set(['downloads/latest.zip', 'docs']);
    const selection = selectKeptEntries(tip, publish, { keepFiles: ['downloads', 'docs/**'], keepCname: false });
    expect(selection.kept).toEqual([]);
    expect(selection.conflicts).toEqual(['docs/manual.pdf', 'docs/deep/a.txt', 'downloads']);
  });

  it('matches dotfiles and ignores empty globs', () => {
    const isKept = createKeepMatcher({ keepFiles: ['', '**/*.pdf'], keepCname: false });
    expect(isKept('.hidden/a.pdf')).toBe(true);
    expect(isKept('a.html')).toBe(false);
    expect(createKeepMatcher({ keepFiles: [''], keepCname: false })('anything')).toBe(false);
  });
});
