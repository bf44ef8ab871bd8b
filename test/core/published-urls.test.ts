import { describe, expect, it } from 'vitest';
import { PublishedUrls } from '../../src/core/published-urls.js';
import type { Target } from '../../src/core/site.js';

const post = (url: string, path: string): Target => ({ url, path, kind: 'post' });

/** Every registration as kept, in order. */
function registrations(urls: PublishedUrls): [string, string][] {
  const out: [string, string][] = [];
  urls.forEachTail((entry, tail) => out.push([tail, typeof entry === 'string' ? `static ${entry}` : `${entry.kind} ${entry.path}`]));
  return out;
}

describe('PublishedUrls: the first source of a URL keeps it', () => {
  it('static files first, then targets: a target does not take a static file\'s URL', () => {
    const urls = new PublishedUrls();
    urls.addStatic('assets/a.png', 'assets/a.png');
    urls.addStatic('b/index.html', 'b/index.html');
    urls.add('/assets/a.png', post('/assets/a.png', '_posts/2020-01-01-a.md'));
    urls.add('/b/', post('/b/', '_posts/2020-01-02-b.md'));
    urls.add('/b/index.html', post('/b/', '_posts/2020-01-02-b.md'));
    expect(registrations(urls)).toEqual([
      ['assets/a.png', 'static assets/a.png'],
      ['b/index.html', 'static b/index.html'],
      ['b/', 'post _posts/2020-01-02-b.md'],
    ]);
    expect(urls.get('/assets/a.png')).toEqual({ url: '/assets/a.png', path: 'assets/a.png', kind: 'static' });
  });

  it('a target first (a collection\'s static file at its output URL): a static file registered after it does not take its URL', () => {
    const urls = new PublishedUrls();
    urls.add('/notes/x.png', { url: '/notes/x.png', path: '_notes/x.png', kind: 'static' });
    urls.addStatic('notes/x.png', 'notes/x.png');
    urls.addStatic('notes/y.png', 'notes/y.png');
    expect(registrations(urls)).toEqual([
      ['notes/x.png', 'static _notes/x.png'],
      ['notes/y.png', 'static notes/y.png'],
    ]);
    expect(urls.get('/notes/x.png')?.path).toBe('_notes/x.png');
    expect(urls.size).toBe(2);
  });
});
