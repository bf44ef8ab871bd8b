import { readSettingsFile } from '../parse/source-file.js';

/**
 * Which Jekyll major version builds the site: 4 when the Gemfile or Gemfile.lock pins Jekyll 4,
 * otherwise 3 (GitHub Pages' own build, and the `github-pages` gem, run Jekyll 3.10).
 * It matters for `{% post_url %}` and `{% link %}`, which include `baseurl` only from 4.0.
 */
export async function detectJekyllMajor(root: string): Promise<3 | 4> {
  const lock = await readOptional(root, 'Gemfile.lock');
  if (lock) {
    const m = /^\s{4}jekyll \((\d+)\./m.exec(lock);
    if (m) return m[1] === '3' ? 3 : 4;
  }
  const gemfile = await readOptional(root, 'Gemfile');
  if (gemfile) {
    if (/^\s*gem\s+["']github-pages["']/m.test(gemfile)) return 3;
    const m = /^\s*gem\s+["']jekyll["']\s*,\s*["'][~>=\s]*(\d+)/m.exec(gemfile);
    if (m) return m[1] === '3' ? 3 : 4;
  }
  return 3;
}

/** A Gemfile inside the root, never one a link points to outside it (or a device). */
async function readOptional(root: string, name: string): Promise<string | undefined> {
  try {
    return await readSettingsFile(root, name);
  } catch {
    return undefined;
  }
}
