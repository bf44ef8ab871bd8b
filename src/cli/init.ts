import { open } from 'node:fs/promises';
import path from 'node:path';
import { learnedConventions } from '../rules/required-front-matter.js';
import type { Site } from '../core/site.js';

/** The commented starter config `bloglint --init` writes, with the fields this blog's posts carry. */
export function starterConfig(site: Site): string {
  const learned = learnedConventions(site, { threshold: 0.95, minPosts: 10 }).map((c) => c.field);
  const common = commonFields(site);
  const fields = learned.length > 0 ? learned : common;
  const fieldLine = fields.length > 0 ? `    fields: [${fields.join(', ')}]` : '    # fields: [description, image, tags]';
  return `# bloglint configuration: https://github.com/bloglint/bloglint#configuration
# Every key is optional; delete what you do not need.

# Documents to lint (globs, root-relative). Default: every post, draft, page and collection document.
# include: ["_posts/**", "_drafts/**"]

# Documents never linted.
# ignore: ["_posts/archive/**"]

# Largest file read; larger ones are reported, not read.
# max-file-size: 10MB

# Jekyll major version that builds the site (default: from Gemfile.lock; 3 = GitHub Pages).
# jekyll: 3

rules:
  # Each rule: off | info | warn | error, or a mapping of options with an optional severity.
  no-missing-image: error
  no-dead-internal-link: error
  no-dead-related-post: error
  post-filename: error
  valid-front-matter:
    severity: error
    # types: { tags: "string[]", comments: boolean, date: date }
    # schema: front-matter.schema.json
  required-front-matter:
    severity: error
    # Learned from ${site.posts.length} posts of this blog (fields that nearly every post carries):
${fieldLine}
    # fix: true   # let --fix insert a missing title/description taken from the post
`;
}

/** Fields carried by at least 80 % of posts, as a starting point when nothing reaches 95 %. */
function commonFields(site: Site): string[] {
  const posts = site.posts.filter((p) => p.frontMatter && p.frontMatter.errors.length === 0);
  if (posts.length === 0) return [];
  const counts = new Map<string, number>();
  for (const p of posts) for (const key of Object.keys(p.data)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([k, n]) => k !== 'title' && k !== 'layout' && n / posts.length >= 0.8).map(([k]) => k).sort();
}

/** Writes the starter config; refuses to overwrite an existing one. Returns its path. */
export async function writeStarterConfig(root: string, text: string): Promise<string> {
  const file = path.join(root, '.bloglint.yml');
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  return file;
}
