import { defineRule } from '../core/rule.js';
import { parsePostFilename } from '../core/permalink.js';
import { getEntry } from '../parse/front-matter.js';

const POST_LIKE = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|html?)$/i;

/**
 * ## post-filename
 *
 * **What it reports.** A markdown or HTML file inside a `_posts` folder whose name is not
 * `YYYY-MM-DD-title.ext` (Jekyll skips it without a word), a post whose file-name date is
 * impossible (`2019-02-30-x.md`: Jekyll aborts the whole build), and, as a warning, a post dated
 * in the future without `future: true` in `_config.yml` (it is not published until that date).
 *
 * **Why.** A skipped post is the hardest bug a blog author meets: nothing fails, the post is
 * simply not there.
 *
 * **Options.** None.
 *
 * **Fix.** None automatic (a rename is the author's call); the message names the expected form.
 */
export const postFilename = defineRule({
  id: 'post-filename',
  description: 'Files in `_posts` must be named `YYYY-MM-DD-title.ext` with a real date, and not be dated in the future.',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    badName: '`{name}` is inside `_posts` but not named `YYYY-MM-DD-title.ext`: Jekyll skips it silently. Rename it, e.g. `{example}`.',
    invalidDate: '{error}: Jekyll aborts the whole build on it. Fix the date in the file name or in `date:`.',
    rolledOver: 'The date {written} in the file name does not exist: Jekyll rolls it over to {actual} and publishes the post under that date. Fix the date.',
    future: 'The post is dated {date}, in the future: Jekyll does not publish it until then (set `future: true` in _config.yml to publish it now).',
  },
  appliesTo: (doc) => doc.kind === 'post',
  check(context) {
    const { doc } = context;
    const rolled = rolledOverDate(doc.path);
    if (rolled) context.report({ messageId: 'rolledOver', severity: 'warning', data: rolled, start: 0, end: 0, key: rolled.written });
    if (doc.url || !doc.unpublished) return;
    const dateEntry = getEntry(doc.frontMatter?.tree, 'date');
    const start = dateEntry?.value?.start ?? 0;
    const end = dateEntry?.value?.end ?? 0;
    if (doc.unpublished === 'is dated in the future') {
      const date = String(doc.data.date instanceof Date ? doc.data.date.toISOString().slice(0, 10) : (doc.data.date ?? doc.path.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? 'later'));
      context.report({ messageId: 'future', severity: 'warning', data: { date }, start, end });
    } else if (doc.unpublished.startsWith('Invalid date')) {
      context.report({ messageId: 'invalidDate', data: { error: doc.unpublished.replace(/\.$/, '') }, start, end });
    }
  },
  checkSite(context) {
    for (const [file, reason] of context.site.unpublished) {
      if (!reason.includes('`_posts`') || !POST_LIKE.test(file)) continue;
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const inner = file.slice(file.lastIndexOf('_posts/') + '_posts/'.length);
      if (parsePostFilename(inner)) continue;
      const slug = name.replace(/\.[^.]+$/, '').replace(/^\d+[-_.]?\d*[-_.]?\d*[-_]?/, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'title';
      context.report({ file, messageId: 'badName', data: { name, example: `2024-01-31-${slug}${name.slice(name.lastIndexOf('.'))}` }, start: 0, end: 0, key: name });
    }
  },
  examples: [
    { name: 'ok', text: '---\ntitle: Fine\n---\nBody\n', expect: [] },
    { name: 'impossible-date', path: '_posts/2019-02-32-leap.md', text: '---\ntitle: Leap\n---\nBody\n', expect: ['1:1-1:1 invalidDate'] },
    { name: 'rolled-over-date', path: '_posts/2019-02-30-leap.md', text: '---\ntitle: Leap\n---\nBody\n', expect: ['1:1-1:1 rolledOver'] },
    { name: 'future', path: '_posts/2999-01-01-later.md', text: '---\ntitle: Later\ndate: 2999-01-01\n---\nBody\n', expect: ['3:7-3:17 future'] },
  ],
});

/**
 * A file-name date such as 2019-02-30 that Ruby's Time rolls over (to 2019-03-02) instead of
 * rejecting: Jekyll publishes the post under the rolled-over date (test/fixtures/jekyll-urls).
 */
function rolledOverDate(file: string): { written: string; actual: string } | undefined {
  const inner = file.slice(file.lastIndexOf('_posts/') + '_posts/'.length);
  const parsed = parsePostFilename(inner);
  if (!parsed) return undefined;
  const [y, m, d] = parsed.date.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() === m - 1) return undefined;
  return { written: parsed.date, actual: date.toISOString().slice(0, 10) };
}
