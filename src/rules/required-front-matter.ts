import { defineRule, type OffsetEdit, type RuleContext } from '../core/rule.js';
import type { Site, SiteDocument } from '../core/site.js';

export interface RequiredFrontMatterOptions {
  /** Fields every post must have, non-empty. When empty, the blog's own conventions are learned. */
  fields: string[];
  /** Learn conventions when `fields` is empty: a field carried by at least `threshold` of posts (and `minPosts` posts). */
  learn: boolean;
  threshold: number;
  minPosts: number;
  /** Let `--fix` insert `title`/`description` (otherwise they are only suggested). */
  fix: boolean;
}

/**
 * ## required-front-matter
 *
 * **What it reports.** A post without one of the configured `fields` (or with it empty), after
 * `_config.yml` `defaults` are applied. With no fields configured, bloglint learns the blog's own
 * conventions: a field that at least 95 % of posts (and at least 10) carry is expected, and a
 * post without it gets a *warning* that says how many posts have it. `title` is not demanded by
 * default: Jekyll takes it from the file name, and GitHub Pages' jekyll-titles-from-headings from
 * the first heading.
 *
 * **Why.** Themes render nothing, or something wrong, for a missing `description`, `image` or
 * `tags` (empty previews in social cards, posts missing from tag pages).
 *
 * **Options.** `fields` (default `[]`), `learn` (default `true`), `threshold` (default `0.95`),
 * `minPosts` (default `10`), `fix` (default `false`).
 *
 * **Fix.** A `title` (from the first heading or the file name) or `description` (from the first
 * paragraph) is offered as a suggestion; `--fix` inserts it only with `fix: true`.
 */
export const requiredFrontMatter = defineRule<RequiredFrontMatterOptions>({
  id: 'required-front-matter',
  description: 'Posts must carry the configured (or the blog\'s usual) front-matter fields, non-empty.',
  severity: 'error',
  fixable: true,
  defaultOptions: { fields: [], learn: true, threshold: 0.95, minPosts: 10, fix: false },
  messages: {
    missing: 'The post has no `{field}` (required by the configuration). Add `{field}:` to the front matter.',
    empty: '`{field}` is empty; it is required by the configuration.',
    convention: 'The post has no `{field}`, unlike {count} of {total} posts of this blog. Add `{field}:` to the front matter.',
  },
  validateOptions(options) {
    const problems: string[] = [];
    if (options.fields !== undefined && (!Array.isArray(options.fields) || !options.fields.every((f) => typeof f === 'string'))) problems.push('`fields` must be a list of field names');
    if (options.threshold !== undefined && (typeof options.threshold !== 'number' || options.threshold <= 0 || options.threshold > 1)) problems.push('`threshold` must be a number between 0 and 1');
    return problems;
  },
  appliesTo: (doc) => doc.kind === 'post',
  check(context) {
    const { doc, options } = context;
    if (doc.frontMatter && (doc.frontMatter.errors.length > 0 || !doc.frontMatter.block.closed)) return;
    if (options.fields.length > 0) {
      for (const field of options.fields) {
        if (!(field in doc.data)) reportField(context, field, 'missing', 'error', {});
        else if (isEmpty(doc.data[field])) reportField(context, field, 'empty', 'error', {});
      }
      return;
    }
    if (!options.learn) return;
    const conventions = learnedConventions(context.site, options);
    for (const { field, count, total } of conventions) {
      if (!(field in doc.data) || isEmpty(doc.data[field])) reportField(context, field, 'convention', 'warning', { count: String(count), total: String(total) });
    }
  },
  examples: [
    { name: 'ok', text: '---\ntitle: Fine\ndescription: About it\n---\nBody\n', options: { fields: ['description'] }, expect: [] },
    { name: 'missing', text: '---\ntitle: Fine\n---\n# Heading\n\nFirst paragraph.\n', options: { fields: ['description'] }, expect: ['1:1-1:4 missing'] },
    { name: 'fix-when-asked', text: '---\ntitle: Fine\n---\nFirst paragraph.\n', options: { fields: ['description'], fix: true }, expect: ['1:1-1:4 missing'] },
    { name: 'empty', text: '---\ntitle: Fine\ndescription:\n---\nBody\n', options: { fields: ['description'] }, expect: ['1:1-1:4 empty'] },
  ],
});

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function reportField(context: RuleContext<RequiredFrontMatterOptions>, field: string, messageId: string, severity: 'error' | 'warning', extra: Record<string, string>): void {
  const { doc } = context;
  const edit = insertionFor(doc, field);
  const base = { messageId, severity, data: { field, ...extra }, start: 0, end: doc.frontMatter ? 3 : 0, key: field };
  if (!edit || messageId === 'empty') {
    context.report(base);
    return;
  }
  const suggestion = { message: `Add \`${edit.text.trim()}\``, edit };
  context.report(context.options.fix ? { ...base, fix: edit, suggestions: [suggestion] } : { ...base, suggestions: [suggestion] });
}

/** An edit that inserts `title`/`description` with a value taken from the post itself. */
function insertionFor(doc: SiteDocument, field: string): OffsetEdit | undefined {
  if (!doc.read.ok) return undefined;
  const text = doc.read.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = doc.frontMatter?.block;
  const body = text.slice(block?.bodyStart ?? 0);
  const value = field === 'title' ? titleFrom(body, doc.path) : field === 'description' ? firstParagraph(body) : undefined;
  if (value === undefined) return undefined;
  const line = `${field}: ${JSON.stringify(value)}${eol}`;
  if (block) return { start: block.yamlEnd, end: block.yamlEnd, text: line };
  return { start: 0, end: 0, text: `---${eol}${line}---${eol}` };
}

function titleFrom(body: string, path: string): string {
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  if (heading) return heading[1]!.trim();
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '').replace(/^\d+-\d+-\d+-/, '');
  return base.split('-').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

function firstParagraph(body: string): string | undefined {
  for (const block of body.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = block.trim();
    if (!trimmed || /^(#|```|~~~|<|\{%|!\[|[-*+] |\d+\. |>|\|)/.test(trimmed)) continue;
    const plain = trimmed.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
    if (!plain) continue;
    return plain.length > 160 ? `${plain.slice(0, 157).replace(/\s+\S*$/, '')}…` : plain;
  }
  return undefined;
}

const learned = new WeakMap<Site, { field: string; count: number; total: number }[]>();

/** The fields most posts carry: counted once per site over posts whose front matter parsed. */
export function learnedConventions(site: Site, options: Pick<RequiredFrontMatterOptions, 'threshold' | 'minPosts'>): { field: string; count: number; total: number }[] {
  const cached = learned.get(site);
  if (cached) return cached;
  // Counted from each post's key scan (plus defaults), so a full run and an `--only` run, which
  // reads other posts only as far as their front matter, learn the same conventions.
  const posts = site.posts.filter((p) => p.frontMatter && p.frontMatter.errors.length === 0 && p.frontMatter.block.closed);
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const field of post.keys) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const total = posts.length;
  const result = [...counts]
    .filter(([field, count]) => field !== 'title' && count >= options.minPosts && count < total && count / total >= options.threshold)
    .map(([field, count]) => ({ field, count, total }))
    .sort((a, b) => (a.field < b.field ? -1 : 1));
  learned.set(site, result);
  return result;
}
