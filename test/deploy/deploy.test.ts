import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deploy } from '../../src/deploy/deploy.js';
import { DeployError } from '../../src/deploy/deploy-error.js';
import { DEFAULT_USER_EMAIL, DEFAULT_USER_NAME } from '../../src/deploy/deploy-options.js';
import { createGitSandbox, type GitSandbox } from './git-sandbox.js';

let box: GitSandbox;
beforeAll(() => {
  box = createGitSandbox();
});
afterAll(() => box.dispose());
afterEach(() => {
  // Every deploy, successful or not, removes its temp folder.
  expect(box.leftovers()).toEqual([]);
});

const SITE = { 'index.html': '<h1>Home</h1>\n', 'posts/hello.html': '<p>hello</p>\n', 'assets/site.css': 'body{}\n' };

describe('deploy: first and repeated deploys', () => {
  it('creates the branch as an orphan with one commit, the files and the bot author', async () => {
    const remote = box.bareRepo('first');
    const options = box.options({ publishDir: box.folder('site-first', SITE), remote, commitMessage: 'Deploy 1234abc' });
    const result = await deploy(options);

    expect(result).toMatchObject({ deployed: true, pushed: true, attempts: 1, filesPublished: 3 });
    expect(box.files(remote)).toEqual(['assets/site.css', 'index.html', 'posts/hello.html']);
    const log = box.log(remote);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ sha: result.commit, parents: [], subject: 'Deploy 1234abc', author: `${DEFAULT_USER_NAME} <${DEFAULT_USER_EMAIL}>` });
    expect(box.show(remote, 'index.html')).toBe('<h1>Home</h1>\n');
    expect(options.lines.some((line) => line.includes('creating it as an orphan'))).toBe(true);
  });

  it('makes no commit when the content is unchanged, and one commit on top when it changed', async () => {
    const remote = box.bareRepo('repeat');
    const site = box.folder('site-repeat', SITE);
    await deploy(box.options({ publishDir: site, remote }));
    const tip = box.tip(remote);

    const again = await deploy(box.options({ publishDir: site, remote }));
    expect(again).toMatchObject({ deployed: false, reason: 'no changes', pushed: false, attempts: 0 });
    expect(again.commit).toBeUndefined();
    expect(box.tip(remote)).toBe(tip);

    const changed = box.folder('site-repeat', { 'index.html': '<h1>New</h1>\n', 'about.html': 'about' });
    const third = await deploy(box.options({ publishDir: changed, remote, commitMessage: 'Deploy second' }));
    expect(third).toMatchObject({ deployed: true, pushed: true });
    const log = box.log(remote);
    expect(log.map((entry) => entry.subject)).toEqual(['Deploy second', 'Deploy abc1234']);
    expect(log[0]?.parents).toEqual([tip]);
    // Files that left the publish folder are removed from the branch.
    expect(box.files(remote)).toEqual(['about.html', 'index.html']);
  });

  it('writes .nojekyll when asked', async () => {
    const remote = box.bareRepo('nojekyll');
    await deploy(box.options({ publishDir: box.folder('site-nojekyll', SITE), remote, nojekyll: true }));
    expect(box.files(remote)).toContain('.nojekyll');
    expect(box.show(remote, '.nojekyll')).toBe('');
  });

  it('dry run builds the commit but does not push', async () => {
    const remote = box.bareRepo('dry');
    const result = await deploy(box.options({ publishDir: box.folder('site-dry', SITE), remote, dryRun: true }));
    expect(result).toMatchObject({ deployed: true, pushed: false, attempts: 0, reason: expect.stringContaining('dry run') });
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(box.tip(remote)).toBeUndefined();
  });

  it('publishes to another branch name and keeps other branches alone', async () => {
    const remote = box.bareRepo('other-branch');
    await deploy(box.options({ publishDir: box.folder('site-a', SITE), remote, branch: 'site/live' }));
    expect(box.files(remote, 'site/live')).toHaveLength(3);
    expect(box.tip(remote, 'gh-pages')).toBeUndefined();
  });
});

describe('deploy: kept files and CNAME', () => {
  it('keeps CNAME and keep-files globs from the branch, removes everything else', async () => {
    const remote = box.bareRepo('keep');
    const seed = box.folder('site-keep-seed', {
      ...SITE,
      CNAME: 'blog.example.com\n',
      'docs/manual.pdf': 'PDF',
      'docs/deep/a.txt': 'A',
      '.well-known/security.txt': 'sec',
      'old.html': 'old',
    });
    await deploy(box.options({ publishDir: seed, remote }));

    const next = box.folder('site-keep-next', { 'index.html': 'v2' });
    const options = box.options({ publishDir: next, remote, keepFiles: ['docs/**', '.well-known/*'] });
    await deploy(options);
    expect(box.files(remote)).toEqual(['.well-known/security.txt', 'CNAME', 'docs/deep/a.txt', 'docs/manual.pdf', 'index.html']);
    expect(box.show(remote, 'CNAME')).toBe('blog.example.com\n');
    expect(box.show(remote, 'docs/manual.pdf')).toBe('PDF');
    expect(options.lines.some((line) => line.startsWith('Keeping 4 file(s)'))).toBe(true);
  });

  it('the cname option replaces the CNAME on the branch; a CNAME in the publish folder wins over the branch one', async () => {
    const remote = box.bareRepo('cname');
    await deploy(box.options({ publishDir: box.folder('site-cname', { ...SITE, CNAME: 'old.example.com' }), remote }));

    await deploy(box.options({ publishDir: box.folder('site-cname', SITE), remote, cname: 'new.example.com' }));
    expect(box.show(remote, 'CNAME')).toBe('new.example.com\n');

    await deploy(box.options({ publishDir: box.folder('site-cname', { ...SITE, CNAME: 'from-site.example.com' }), remote }));
    expect(box.show(remote, 'CNAME')).toBe('from-site.example.com');

    // Not given anywhere: the branch's CNAME is kept.
    await deploy(box.options({ publishDir: box.folder('site-cname', { 'index.html': 'v9' }), remote }));
    expect(box.show(remote, 'CNAME')).toBe('from-site.example.com');
  });

  it('a kept path that the publish folder now has (as file or folder) takes the publish folder version', async () => {
    const remote = box.bareRepo('shadow');
    await deploy(box.options({ publishDir: box.folder('site-shadow', { 'docs/a.txt': 'old', 'docs/b': 'file b', 'index.html': 'x' }), remote }));
    const options = box.options({
      publishDir: box.folder('site-shadow', { 'docs/a.txt': 'new', 'docs/b/inner.txt': 'b is a folder now', 'index.html': 'y' }),
      remote,
      keepFiles: ['docs/**'],
    });
    await deploy(options);
    expect(box.files(remote)).toEqual(['docs/a.txt', 'docs/b/inner.txt', 'index.html']);
    expect(box.show(remote, 'docs/a.txt')).toBe('new');
    expect(options.lines).toContain('Not keeping 1 file(s) from gh-pages: a file and a folder of the publish folder have the same path: docs/b');
  });

  it('forceOrphan replaces the history with one commit and still keeps CNAME', async () => {
    const remote = box.bareRepo('orphan');
    await deploy(box.options({ publishDir: box.folder('site-orphan', { ...SITE, CNAME: 'o.example.com' }), remote }));
    await deploy(box.options({ publishDir: box.folder('site-orphan', { 'index.html': 'two' }), remote }));
    expect(box.log(remote)).toHaveLength(2);

    const result = await deploy(box.options({ publishDir: box.folder('site-orphan', { 'index.html': 'two' }), remote, forceOrphan: true }));
    expect(result).toMatchObject({ deployed: true, pushed: true });
    const log = box.log(remote);
    expect(log).toHaveLength(1);
    expect(log[0]?.parents).toEqual([]);
    expect(box.files(remote)).toEqual(['CNAME', 'index.html']);

    // A brand-new branch with forceOrphan: the lease expects the branch not to exist.
    const fresh = box.bareRepo('orphan-new');
    expect(await deploy(box.options({ publishDir: box.folder('site-orphan', { 'index.html': 'two' }), remote: fresh, forceOrphan: true }))).toMatchObject({ pushed: true });
    expect(box.log(fresh)).toHaveLength(1);

    // Already a single orphan commit with this content: nothing to do.
    const again = await deploy(box.options({ publishDir: box.folder('site-orphan', { 'index.html': 'two' }), remote, forceOrphan: true }));
    expect(again.reason).toBe('no changes');
  });
});

describe('deploy: failures', () => {
  it('a pre-receive hook that rejects leaves the remote branch as it was and throws a clear error', async () => {
    const remote = box.bareRepo('hooked');
    await deploy(box.options({ publishDir: box.folder('site-hooked', SITE), remote }));
    const before = box.tip(remote);
    writeFileSync(path.join(remote, 'hooks', 'pre-receive'), '#!/bin/sh\necho "deploys are frozen" >&2\nexit 1\n', { mode: 0o755 });

    const options = box.options({ publishDir: box.folder('site-hooked', { 'index.html': 'changed' }), remote });
    const failure: unknown = await deploy(options).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DeployError);
    const message = (failure as Error).message;
    expect(message).toContain('refused the push to gh-pages');
    expect(message).toContain('pre-receive hook declined');
    expect(message).toContain('deploys are frozen');
    expect(message).toContain('was not changed');
    expect(box.tip(remote)).toBe(before);
    expect(box.log(remote)).toHaveLength(1);
  });

  it('a rejected first push (new branch) leaves no branch behind', async () => {
    const remote = box.bareRepo('hooked-new');
    writeFileSync(path.join(remote, 'hooks', 'pre-receive'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await expect(deploy(box.options({ publishDir: box.folder('site-hooked-new', SITE), remote }))).rejects.toThrow(/pre-receive hook declined/);
    expect(box.tip(remote)).toBeUndefined();
  });

  it('an unreachable remote, a missing or empty publish folder and bad options are clear errors', async () => {
    const site = box.folder('site-errors', SITE);
    await expect(deploy(box.options({ publishDir: site, remote: path.join(box.root, 'nope.git') }))).rejects.toThrow(/git ls-remote failed/);
    await expect(deploy(box.options({ publishDir: path.join(box.root, 'missing'), remote: 'x' }))).rejects.toThrow(/is not an existing folder/);
    await expect(deploy(box.options({ publishDir: box.folder('site-empty', {}), remote: box.bareRepo('empty') }))).rejects.toThrow(/Nothing to publish/);
    await expect(deploy(box.options({ publishDir: 'relative/_site', remote: 'x' }))).rejects.toThrow(/absolute path/);
    await expect(deploy(box.options({ publishDir: site, remote: 'x', branch: 'bad..name' }))).rejects.toThrow(/not a valid branch name/);
    await expect(deploy(box.options({ publishDir: site, remote: 'x', cname: 'https://x.com/' }))).rejects.toThrow(/cname/);
  });
});

describe('deploy: file names and the publish folder', () => {
  it('publishes Korean, &, spaces and glob characters in file names exactly', async () => {
    const remote = box.bareRepo('unicode');
    const names = ['글/안녕하세요.html', 'a&b.html', 'tom & jerry/index.html', 'space name.txt', '[draft]*?.html', 'ÿ-nfc-é.txt', '"quoted".txt'];
    const site = box.folder('site-unicode', Object.fromEntries(names.map((name) => [name, `content of ${name}`])));
    const result = await deploy(box.options({ publishDir: site, remote }));
    expect(result.filesPublished).toBe(names.length);
    expect(box.files(remote)).toEqual([...names].sort());
    for (const name of names) expect(box.show(remote, name)).toBe(`content of ${name}`);

    // Kept files with such names survive too (matched by glob, re-added byte for byte).
    await deploy(box.options({ publishDir: box.folder('site-unicode', { 'index.html': 'x' }), remote, keepFiles: ['글/**', '*&*'] }));
    expect(box.files(remote)).toEqual(['a&b.html', 'index.html', '글/안녕하세요.html']);
    expect(box.show(remote, '글/안녕하세요.html')).toBe('content of 글/안녕하세요.html');
  });

  it('skips symlinks leaving the publish folder, copies symlinked files inside as files, skips .git folders', async () => {
    const remote = box.bareRepo('symlinks');
    const outside = box.folder('outside', { 'secret.txt': 'TOP SECRET' });
    const site = box.folder('site-symlinks', { 'index.html': 'home', 'sub/page.html': 'page', '.git/config': '[core]', 'sub/.git': 'gitdir: x' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(site, 'secret.txt'));
    symlinkSync('../outside', path.join(site, 'escape-dir'));
    symlinkSync('../../outside/secret.txt', path.join(site, 'sub', 'relative-escape.txt'));
    symlinkSync('index.html', path.join(site, 'alias.html'));
    symlinkSync('sub', path.join(site, 'sub-alias'));
    symlinkSync('missing.html', path.join(site, 'dangling.html'));
    symlinkSync('.git/config', path.join(site, 'config-link'));

    const options = box.options({ publishDir: site, remote });
    const result = await deploy(options);
    expect(box.files(remote)).toEqual(['alias.html', 'index.html', 'sub/page.html']);
    expect(box.show(remote, 'alias.html')).toBe('home');
    // Published as a regular file, not as a symlink.
    expect(box.git(['ls-tree', 'gh-pages', 'alias.html'], remote)).toMatch(/^100644 blob /);
    expect(result.filesPublished).toBe(3);
    const skipped = options.lines.filter((line) => line.startsWith('Skipped'));
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Skipped symlink secret\.txt: its target .*outside.* is outside the publish folder$/),
        expect.stringMatching(/^Skipped symlink escape-dir: its target .* is outside the publish folder$/),
        expect.stringMatching(/^Skipped symlink sub\/relative-escape\.txt: .* outside the publish folder$/),
        expect.stringMatching(/^Skipped symlink sub-alias: it points to a folder/),
        expect.stringMatching(/^Skipped symlink dangling\.html: its target does not exist$/),
        expect.stringMatching(/^Skipped symlink config-link: it points into a \.git folder$/),
        'Skipped .git: a .git folder is never published',
        'Skipped sub/.git: a .git folder is never published',
      ]),
    );
    expect(skipped).toHaveLength(8);
  });

  it('publishes a .gitignore-d file and a .gitattributes-filtered file byte for byte', async () => {
    const remote = box.bareRepo('ignored');
    const site = box.folder('site-ignored', {
      '.gitignore': '*.log\n',
      '.gitattributes': '* text eol=crlf\n*.bin filter=lfs\n',
      'build.log': 'kept\n',
      'unix.txt': 'a\nb\n',
      'data.bin': 'raw',
    });
    await deploy(box.options({ publishDir: site, remote }));
    expect(box.files(remote)).toEqual(['.gitattributes', '.gitignore', 'build.log', 'data.bin', 'unix.txt']);
    expect(box.show(remote, 'unix.txt')).toBe('a\nb\n');
    expect(box.show(remote, 'data.bin')).toBe('raw');
  });

  it('deploys a large file without reading it into memory', async () => {
    const remote = box.bareRepo('large');
    const site = box.folder('site-large', { 'index.html': 'x' });
    const size = 160 * 1024 * 1024;
    mkdirSync(path.join(site, 'media'));
    truncateSync(createEmpty(path.join(site, 'media', 'video.bin')), size);
    let peak = 0;
    const baseline = process.memoryUsage().arrayBuffers;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
    }, 5);
    try {
      await deploy(box.options({ publishDir: site, remote }));
    } finally {
      clearInterval(sampler);
    }
    expect(box.git(['cat-file', '-s', 'gh-pages:media/video.bin'], remote)).toBe(String(size));
    // Reading the file would add its 160 MiB to this process's buffers.
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  });

  it('deploys 2,000 files and reports the time', async () => {
    const remote = box.bareRepo('many');
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i += 1) files[`posts/${Math.floor(i / 100)}/post-${i}.html`] = `<p>post ${i}</p>\n`.repeat(20);
    const site = box.folder('site-many', files);

    const started = performance.now();
    const first = await deploy(box.options({ publishDir: site, remote }));
    const firstMs = performance.now() - started;
    writeFileSync(path.join(site, 'posts', '0', 'post-0.html'), 'changed');
    const again = performance.now();
    const second = await deploy(box.options({ publishDir: site, remote }));
    const secondMs = performance.now() - again;
    const unchanged = performance.now();
    const third = await deploy(box.options({ publishDir: site, remote }));
    const unchangedMs = performance.now() - unchanged;

    console.log(
      `deploy timing, 2,000 files: first (new branch) ${firstMs.toFixed(0)} ms, one file changed ${secondMs.toFixed(0)} ms, unchanged ${unchangedMs.toFixed(0)} ms`,
    );
    expect(first.filesPublished).toBe(2000);
    expect(second).toMatchObject({ deployed: true, pushed: true });
    expect(third.reason).toBe('no changes');
    expect(box.files(remote)).toHaveLength(2000);
  });
});

function createEmpty(file: string): string {
  writeFileSync(file, '');
  return file;
}
