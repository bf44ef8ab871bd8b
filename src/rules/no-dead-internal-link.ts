import { anchorsOf, isComputedAnchor } from '../core/document-scan.js';
import { sourcePrefixOf } from '../core/jekyll-config.js';
import { readSourceFileSync } from '../parse/source-file.js';
import { findPostByName, resolveReference } from '../core/resolve.js';
import { defineRule, type RuleContext } from '../core/rule.js';
import type { Site, SiteDocument } from '../core/site.js';
import { postIndex, stemOf } from '../core/post-index.js';
import type { Reference } from '../parse/reference.js';
import { reportBroken } from './broken-reference.js';

/**
 * ## no-dead-internal-link
 *
 * **What it reports.** Links inside the site that lead nowhere: markdown and HTML links to
 * posts, pages and files that are not published (with the exact case, `baseurl` included; the
 * pages the site's plugins generate count as published: feeds, archives, pagination, redirects),
 * `{% post_url %}` and `{% link %}` tags naming nothing (Jekyll's build fails on them), relative
 * links to `.md` files that are not a published post or page (GitHub Pages' jekyll-relative-links
 * turns them into the document's URL), and, as warnings, `#fragments` that match no heading id
 * (as kramdown generates it) or `id` in the target, and the deprecated name-only `post_url` for a
 * post in a subfolder. A page whose ids Liquid makes at build time (a tags page's
 * `id="{{ tag[0] | slugify }}"`, a heading Liquid writes) has its fragments left unchecked, and
 * an id the site's own `_layouts` or `_includes` write (`#comments`) is on every page.
 *
 * **Why.** A dead link is the first thing a reader of an old post meets; a dead `post_url` stops
 * the whole blog from building.
 *
 * **Options.** None.
 *
 * **Fix.** `--fix` corrects the case of a path, writes a decomposed path composed when the
 * published name is (a link in another Unicode form than the name is reported: the server
 * compares bytes), adds a missing `{{ site.baseurl }}` and rewrites
 * a deprecated `post_url` name to the exact one. Other targets are only suggested.
 */
export const noDeadInternalLink = defineRule({
  id: 'no-dead-internal-link',
  description: 'Internal links, `post_url` and `link` tags must lead to a published post, page or file (and an existing #fragment).',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    missing: 'Link `{ref}` leads nowhere: nothing is published at `{url}`{reasonSuffix}. Fix the path or remove the link.',
    missingDidYouMean: 'Link `{ref}` leads nowhere: nothing is published at `{url}`; did you mean `{closest}`?',
    caseMismatch: 'Link `{ref}` does not match the case of `{actual}`: GitHub Pages serves from a case-sensitive disk. Use `{actual}`.',
    unicodeForm: 'Link `{ref}` and the published `{actual}` look the same but are spelled in different Unicode forms: the link is {refForm}, the published name {fileForm}. GitHub Pages compares the bytes, so `{url}` is missing there. {advice}',
    baseurlMissing: 'Link `{ref}` misses the site\'s baseurl `{baseurl}`: the page is published at `{baseurl}{actual}`. Prefix it with `{{ site.baseurl }}`.',
    relativeToUrl: 'Link `{ref}` is resolved by the browser against the post URL `{postUrl}`, giving `{url}`, which does not exist; the target is `{actual}`. Use a root-relative path.',
    unpublished: 'Link `{ref}` leads to a file that is not published: `{url}` {reason}.',
    deadRelativeMarkdown: 'Link `{ref}` points to `{url}`, which is not a published post or page{reasonSuffix}. Fix the path.',
    subpathPrefixesRoot: 'Link `{ref}` is looked for at `{url}`, with media_subpath `{subpath}` prefixed; the file is at `{actual}`.',
    missingTried: 'Link `{ref}` leads nowhere under any reading bloglint tried ({tried}).',
    deadPostUrl: '`{% {tag} {name} %}` names no published post: Jekyll\'s build fails on it. Use the post\'s file name without extension{closestSuffix}.',
    deadLinkTag: '`{% link {name} %}` names no file of the site: Jekyll\'s build fails on it. Use the source path of a page, post or file.',
    deprecatedPostUrl: '`{% post_url {name} %}` only matches by date and title (deprecated; Jekyll warns): use the exact name `{exact}`.',
    deadFragment: 'Fragment `#{fragment}` matches no heading or id in `{target}`. Headings get kramdown ids such as `{example}`.',
  },
  check(context) {
    const scan = context.scan();
    for (const ref of scan.body) {
      if (ref.kind !== 'link') continue;
      checkPostUrlNames(context, ref);
      const resolution = resolveReference(context.site, context.doc, ref);
      switch (resolution.status) {
        case 'broken':
          reportBroken(context, ref, resolution);
          break;
        case 'dead-tag':
          reportDeadTag(context, ref, resolution.name, resolution.argument);
          break;
        case 'same-document':
          checkFragment(context, ref, context.doc, resolution.fragment);
          break;
        case 'ok': {
          if (resolution.fragment === undefined) break;
          const target = context.site.documents.get(resolution.target.path);
          if (target) checkFragment(context, ref, target, resolution.fragment);
          break;
        }
        default:
          break;
      }
    }
  },
  examples: [
    {
      name: 'ok',
      text: '---\ntitle: Links\n---\n## Setup\n\n[other]({% post_url 2020-01-02-other %}) and [setup](#setup) and [about](/about/)\n',
      files: { '_posts/2020-01-02-other.md': '---\ntitle: Other\n---\nhi\n', 'about.md': '---\npermalink: /about/\n---\nAbout\n' },
      expect: [],
    },
    {
      name: 'dead-post-url',
      text: '---\ntitle: Links\n---\nSee [it]({% post_url 2020-01-09-nope %}).\n',
      expect: ['4:10-4:40 deadPostUrl'],
    },
    {
      name: 'dead-fragment',
      text: '---\ntitle: Links\n---\n## Setup\n\n[setup](#set-up)\n',
      expect: ['6:9-6:16 deadFragment'],
    },
    {
      name: 'case-mismatch',
      text: '---\ntitle: Links\n---\nRead [the guide](/docs/Guide.html).\n',
      files: { 'docs/guide.html': '<p>guide</p>\n' },
      expect: ['4:18-4:34 caseMismatch'],
    },
    {
      name: 'relative-markdown-link',
      text: '---\ntitle: Links\n---\n[ok](2020-01-02-other.md) [dead](2020-01-03-gone.md)\n',
      files: { '_posts/2020-01-02-other.md': '---\ntitle: Other\n---\nhi\n' },
      expect: ['4:34-4:52 deadRelativeMarkdown'],
    },
  ],
});

const POST_URL_TAG = /\{%-?\s*post_url\s+(\S+)\s*-?%\}/g;

/** Warns on a `post_url` name that only matches the deprecated way, with the exact name as fix. */
function checkPostUrlNames(context: RuleContext<unknown>, ref: Reference): void {
  if (!ref.raw.includes('post_url')) return;
  POST_URL_TAG.lastIndex = 0;
  for (let m = POST_URL_TAG.exec(ref.raw); m; m = POST_URL_TAG.exec(ref.raw)) {
    const name = m[1]!;
    const found = findPostByName(context.site, name);
    if (!found || found.exact || !found.exactName) continue;
    const start = ref.start + m.index + m[0].indexOf(name, 2);
    context.report({
      messageId: 'deprecatedPostUrl',
      severity: 'warning',
      data: { name, exact: found.exactName },
      start,
      end: start + name.length,
      fix: { start, end: start + name.length, text: found.exactName },
      key: name,
    });
  }
}

function reportDeadTag(context: RuleContext<unknown>, ref: Reference, tag: string, argument: string): void {
  if (tag === 'post_url') {
    const closest = closestPostName(context.site, argument);
    context.report({
      messageId: 'deadPostUrl',
      data: { tag, name: argument, closestSuffix: closest ? ` (did you mean \`${closest}\`?)` : '' },
      start: ref.start,
      end: ref.end,
      key: argument,
    });
  } else {
    context.report({ messageId: 'deadLinkTag', data: { name: argument }, start: ref.start, end: ref.end, key: argument });
  }
}

/** The `post_url` name of the post whose slug or date matches a dead name, when one does. */
function closestPostName(site: Site, name: string): string | undefined {
  const slug = name.slice(name.lastIndexOf('/') + 1).replace(/^\d+-\d+-\d+-/, '').toLowerCase();
  const matches = (postIndex(site).bySlug.get(slug) ?? []).filter((p) => p.url);
  return matches.length === 1 ? stemOf(matches[0]!.path) : undefined;
}

const layoutIdCache = new WeakMap<Site, Set<string>>();

/**
 * The literal ids (`id="comments"`, not `id="{{ ... }}"`) in the site's own `_layouts` and
 * `_includes` HTML: a page rendered with them has those ids around its content. Read once per
 * site, when a fragment is first missing; a theme gem's layouts are not in the repository.
 */
function layoutIds(site: Site): Set<string> {
  let ids = layoutIdCache.get(site);
  if (ids) return ids;
  ids = new Set();
  const prefix = sourcePrefixOf(site.config);
  for (const file of site.files) {
    if (!file.startsWith(`${prefix}_layouts/`) && !file.startsWith(`${prefix}_includes/`)) continue;
    if (!/\.(?:html?|liquid|xml|svg)$/i.test(file)) continue;
    const read = readSourceFileSync(site.root, file);
    if (!read.ok) continue;
    for (const m of read.text.matchAll(/\sid\s*=\s*(["'])([^"'{}<>\s]+)\1/gi)) ids.add(m[2]!);
  }
  layoutIdCache.set(site, ids);
  return ids;
}

/** Fragments a browser or kramdown handles without an anchor in the text. */
const BUILT_IN_FRAGMENTS = /^(?:top|fn:.*|fnref:.*|markdown-toc)?$/;

function checkFragment(context: RuleContext<unknown>, ref: Reference, target: SiteDocument, fragment: string): void {
  if (BUILT_IN_FRAGMENTS.test(fragment) || /[{}]/.test(fragment)) return;
  if (!target.read.ok || (!target.isMarkdown && !/\.html?$/i.test(target.path))) return;
  const anchors = anchorsOf(target);
  if (anchors.some((a) => a.id === fragment)) return;
  // Ids Liquid makes at build time (a tag page's `id="{{ tag | slugify }}"`): cannot be known here.
  if (anchors.some(isComputedAnchor)) return;
  // An id the site's own layouts or includes write around the content (`#comments`, `#disqus_thread`).
  if (layoutIds(context.site).has(fragment)) return;
  const hash = ref.raw.lastIndexOf('#');
  const start = hash >= 0 ? ref.start + hash : ref.start;
  context.report({
    messageId: 'deadFragment',
    severity: 'warning',
    data: { fragment, target: target === context.doc ? 'this post' : target.path, example: anchors[0]?.id ?? 'my-heading' },
    start,
    end: ref.end,
    key: `#${fragment}`,
  });
}
