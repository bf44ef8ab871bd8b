import { defineRule } from '../core/rule.js';

/**
 * ## readable-file
 *
 * **What it reports.** Posts and pages bloglint could not read as text (binary content under a
 * `.md` name, invalid UTF-8, a file over the size limit, no permission) and paths it refused to
 * follow: symlinks that leave the site root, symlink loops, file names that are not UTF-8.
 *
 * **Why.** Jekyll skips a post that is not valid UTF-8 without failing, and GitHub Pages (safe
 * mode) does not publish links out of the site; both lose content silently. Nothing outside the
 * root is ever read.
 *
 * **Options.** None (the size limit is `max-file-size` in `.bloglint.yml`).
 *
 * **Fix.** None: the file itself needs attention.
 */
export const readableFile = defineRule({
  id: 'readable-file',
  description: 'Posts and pages must be readable UTF-8 text inside the site root.',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    unreadable: 'This file {reason}',
    walk: '`{path}` {reason}',
    tooDeep: 'This post nests blockquotes or lists deeper than {depth} levels: bloglint checked only the first {depth} (kramdown renders such nesting poorly too). Flatten it.',
  },
  check(context) {
    const { read } = context.doc;
    if (read.ok) {
      const deep = context.doc.isMarkdown ? context.scan().tooDeep : undefined;
      if (deep) context.report({ messageId: 'tooDeep', severity: 'warning', data: { depth: String(deep) }, start: context.scan().bodyStart, end: context.scan().bodyStart, key: 'tooDeep' });
      return;
    }
    context.report({ messageId: 'unreadable', data: { reason: read.message }, start: 0, end: 0, key: read.reason });
  },
  checkSite(context) {
    for (const problem of context.site.problems) {
      context.report({ file: problem.path, messageId: 'walk', data: { path: problem.path, reason: problem.message }, start: 0, end: 0, key: problem.message });
    }
  },
  examples: [
    { name: 'ok', text: '---\ntitle: Fine\n---\nBody\n', expect: [] },
  ],
});
