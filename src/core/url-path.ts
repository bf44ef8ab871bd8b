/**
 * What the browser does to a URL path before it asks the server for it, and what the server (a
 * Linux disk, on GitHub Pages) compares: the parts of resolving a reference that do not depend on
 * the site.
 */

const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** Whether an absolute path holds a `.` or `..` segment. */
export function hasDotSegment(path: string): boolean {
  return DOT_SEGMENT.test(path);
}

/**
 * An absolute path (starting with `/`) as the WHATWG URL parser leaves it: `.` segments dropped,
 * `..` segments dropping the segment before them (never above the root), and a path ending in
 * either ending in `/`. Empty segments (`//`) are kept, as the parser keeps them. The path must be
 * percent-decoded already (the parser reads `%2e` as `.`). test/core/url-path.test.ts compares it
 * with `new URL(path, origin).pathname`.
 */
export function withoutDotSegments(path: string): string {
  if (!hasDotSegment(path)) return path;
  const segments = path.split('/');
  const out: string[] = [];
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (segment === '..') out.pop();
    else if (segment !== '.') {
      out.push(segment);
      continue;
    }
    if (last) out.push('');
  }
  return `/${out.join('/')}`;
}

/**
 * `browserPath` (what the browser asks for, baseurl included) as a path of the site (without the
 * baseurl), or undefined when it is outside the baseurl.
 */
export function insideBaseurl(browserPath: string, baseurl: string): string | undefined {
  if (baseurl === '') return browserPath;
  if (browserPath === baseurl) return '/';
  return browserPath.startsWith(`${baseurl}/`) ? browserPath.slice(baseurl.length) : undefined;
}

/** How a text's characters are composed: `NFC`, `NFD`, or `mixed` (neither form, only for non-ASCII text). */
export function unicodeForm(text: string): 'NFC' | 'NFD' | 'mixed' {
  if (text === text.normalize('NFC')) return 'NFC';
  return text === text.normalize('NFD') ? 'NFD' : 'mixed';
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The other spellings of a path that look the same but hold other code points: all of it composed
 * (NFC) or decomposed (NFD, as macOS writes file names), and its folder in one form with its name
 * in the other (a file saved on a Mac into a folder made elsewhere). The server compares bytes, so
 * a reference in one form misses a file named in another. None for an ASCII path.
 */
export function otherUnicodeForms(path: string): string[] {
  if (!NON_ASCII.test(path)) return [];
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const forms = [path.normalize('NFC'), path.normalize('NFD'), folder.normalize('NFC') + name.normalize('NFD'), folder.normalize('NFD') + name.normalize('NFC')];
  return forms.filter((form, i) => form !== path && forms.indexOf(form) === i);
}
