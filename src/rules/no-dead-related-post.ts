import { defineRule, type RuleContext } from '../core/rule.js';
import type { Site, SiteDocument } from '../core/site.js';
import { postIndex } from '../core/post-index.js';
import { getEntry, type FmNode, type FmScalar } from '../parse/front-matter.js';

/**
 * ## no-dead-related-post
 *
 * **What it reports.** Entries of a post's `related_posts:` list that match no post the way the
 * Hydejack theme matches them (`_includes/pro/related-posts.html`): an entry must be exactly a
 * post's `path` (its source path from the site root, **no leading slash**:
 * `devlog/_posts/Event&Seminar/2019-02-23-x.md`) or its `url` without `baseurl`
 * (`/devlog/event/2019-02-23-x/`). As warnings: a post that lists itself, or lists a post twice.
 *
 * **Why.** The theme silently shows no related post for an entry that matches nothing. A leading
 * slash is the usual mistake: the entry names a file that exists, yet matches nothing.
 *
 * **Options.** None.
 *
 * **Fix.** `--fix` drops the leading slash (or the `baseurl` prefix) when that makes the entry
 * match. A closest post (same file name elsewhere, a stray character) is only suggested.
 */
export const noDeadRelatedPost = defineRule({
  id: 'no-dead-related-post',
  description: '`related_posts` entries must match a post by its exact source path or URL.',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    leadingSlash: 'Related post `{entry}` matches nothing: entries are compared with the post\'s path without a leading slash. Use `{fixed}`.',
    withBaseurl: 'Related post `{entry}` matches nothing: post URLs are compared without the baseurl. Use `{fixed}`.',
    dead: 'Related post `{entry}` matches no post: use a post\'s source path (like `{example}`) or its URL.',
    deadDidYouMean: 'Related post `{entry}` matches no post; did you mean `{closest}`?',
    unpublished: 'Related post `{entry}` is not published ({reason}), so the theme cannot show it.',
    self: 'The post lists itself as a related post.',
    duplicate: 'Related post `{entry}` is listed twice.',
    notAList: '`related_posts` should be a list of post paths or URLs.',
  },
  appliesTo: (doc) => doc.kind === 'post' || doc.kind === 'draft',
  check(context) {
    // Most lists are fine: decided from the values, without the YAML tree (which a large run
    // lets go after scanning, and parses again only to place a finding).
    if (allEntriesFine(context.site, context.doc)) return;
    const entry = getEntry(context.doc.frontMatter?.tree, 'related_posts');
    if (!entry?.value) return;
    const items = listItems(entry.value);
    if (!items) {
      context.report({ messageId: 'notAList', start: entry.keyStart, end: entry.keyEnd });
      return;
    }
    const seen = new Set<SiteDocument>();
    for (const item of items) {
      if (typeof item.value !== 'string') continue;
      checkEntry(context, item, seen);
    }
  },
  examples: [
    {
      name: 'ok',
      text: '---\ntitle: A\nrelated_posts:\n  - _posts/2020-01-02-other.md\n  - /2020/01/03/third.html\n---\nBody\n',
      files: { '_posts/2020-01-02-other.md': '---\ntitle: Other\n---\n', '_posts/2020-01-03-third.md': '---\ntitle: Third\n---\n' },
      expect: [],
    },
    {
      name: 'duplicate',
      text: '---\ntitle: A\nrelated_posts:\n  - _posts/2020-01-02-other.md\n  - /2020/01/02/other.html\n---\nBody\n',
      files: { '_posts/2020-01-02-other.md': '---\ntitle: Other\n---\n' },
      expect: ['5:5-5:27 duplicate'],
    },
    {
      name: 'leading-slash',
      text: '---\ntitle: A\nrelated_posts:\n  - /_posts/2020-01-02-other.md\n---\nBody\n',
      files: { '_posts/2020-01-02-other.md': '---\ntitle: Other\n---\n' },
      expect: ['4:5-4:32 leadingSlash'],
    },
    {
      name: 'typo',
      text: '---\ntitle: A\nrelated_posts:\n  - _posts/2020-01-02-other.md=\n---\nBody\n',
      files: { '_posts/2020-01-02-other.md': '---\ntitle: Other\n---\n' },
      expect: ['4:5-4:32 deadDidYouMean'],
    },
  ],
});

/**
 * True when every string entry of the post's `related_posts` (a list, one string, or nothing)
 * matches a post with nothing to say about it: then `checkEntry` reports nothing for any of them.
 */
function allEntriesFine(site: Site, doc: SiteDocument): boolean {
  const value = doc.data.related_posts;
  if (value === undefined || value === null) return true;
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items) return false;
  const seen = new Set<SiteDocument>();
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const match = matchPost(site, item.trim());
    if (!match || matchProblems(match, doc, seen).length > 0) return false;
  }
  return true;
}

/** What is wrong with an entry that matches `match` (the post itself, listed twice, unpublished); records the match as seen. */
function matchProblems(match: SiteDocument, doc: SiteDocument, seen: Set<SiteDocument>): ('self' | 'duplicate' | 'unpublished')[] {
  const problems: ('self' | 'duplicate' | 'unpublished')[] = [];
  if (match === doc) problems.push('self');
  else if (seen.has(match)) problems.push('duplicate');
  seen.add(match);
  if (!match.url) problems.push('unpublished');
  return problems;
}

function listItems(node: FmNode): FmScalar[] | undefined {
  if (node.kind === 'scalar') return node.value === null ? [] : [node];
  if (node.kind === 'seq') return node.items.filter((i): i is FmScalar => i?.kind === 'scalar');
  return undefined;
}

function contentSpan(item: FmScalar): { start: number; end: number } {
  return item.style === 'plain' ? { start: item.start, end: item.end } : { start: item.start + 1, end: item.end - 1 };
}

function checkEntry(context: RuleContext<unknown>, item: FmScalar, seen: Set<SiteDocument>): void {
  const { site, doc } = context;
  const entry = (item.value as string).trim();
  const span = contentSpan(item);
  const base = { start: span.start, end: span.end, key: entry };
  const match = matchPost(site, entry);
  if (match) {
    for (const problem of matchProblems(match, doc, seen)) {
      if (problem === 'self') context.report({ ...base, messageId: 'self', severity: 'warning' });
      else if (problem === 'duplicate') context.report({ ...base, messageId: 'duplicate', severity: 'warning', data: { entry } });
      else context.report({ ...base, messageId: 'unpublished', data: { entry, reason: match.unpublished ?? 'unpublished' } });
    }
    return;
  }
  const editable = item.style !== 'double' || !entry.includes('\\');
  const baseurl = site.config.baseurl;
  const candidates: [string, string][] = [];
  if (entry.startsWith('/')) candidates.push(['leadingSlash', entry.replace(/^\/+/, '')]);
  if (baseurl && entry.startsWith(`${baseurl}/`)) candidates.push(['withBaseurl', entry.slice(baseurl.length)]);
  for (const [messageId, fixed] of candidates) {
    if (!matchPost(site, fixed)) continue;
    context.report({
      ...base,
      messageId,
      data: { entry, fixed },
      ...(editable ? { fix: { start: span.start, end: span.end, text: fixed } } : {}),
    });
    return;
  }
  const closest = closestPost(site, entry);
  if (closest) {
    context.report({ ...base, messageId: 'deadDidYouMean', data: { entry, closest }, ...(editable ? { suggestions: [{ message: `Use \`${closest}\``, edit: { start: span.start, end: span.end, text: closest } }] } : {}) });
    return;
  }
  context.report({ ...base, messageId: 'dead', data: { entry, example: (site.posts[0] === doc ? site.posts[1] : site.posts[0])?.path ?? '_posts/2020-01-01-title.md' } });
}

/** The post an entry matches: equal to its source path or to its URL (Hydejack's `where` on path and url). */
export function matchPost(site: Site, entry: string): SiteDocument | undefined {
  const index = postIndex(site);
  return index.byPath.get(entry) ?? index.byUrl.get(entry);
}

/** The one post whose path or URL ends with the entry's file name (ignoring stray characters), if exactly one does. */
function closestPost(site: Site, entry: string): string | undefined {
  const cleaned = entry.replace(/^\/+/, '').replace(/\/+$/, '').replace(/[^\w.\-/&%\p{L}]+$/u, '');
  const name = cleaned.slice(cleaned.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '').toLowerCase();
  if (name === '') return undefined;
  const index = postIndex(site);
  const matches = index.byStem.get(name) ?? index.bySlug.get(name) ?? [];
  return matches.length === 1 ? matches[0]!.path : undefined;
}
