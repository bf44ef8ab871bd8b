import { scanMarkdown, type MarkdownScan } from './markdown.js';
import { scanMarkdownFast } from './markdown-fast.js';

/**
 * An HTML block that starts with an opening tag with kramdown's `markdown="1"` (or `block`,
 * `span`) attribute: kramdown parses the element's content as markdown
 * (`<div class="notice" markdown="1">`, as Minimal Mistakes documents it), where CommonMark keeps
 * the HTML block raw up to its first blank line. `markdown="0"` and other elements stay raw.
 */
const MARKDOWN_TAG = /^<[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*?\smarkdown[ \t]*=[ \t]*(?:"(?:1|block|span)"|'(?:1|block|span)'|(?:1|block|span)(?=[\s/>]))[^>]*>/;

/** How deep `markdown="1"` elements are followed inside each other. */
const MAX_DEPTH = 16;

/**
 * The markdown scan of a body (markdown-it first, micromark when a span cannot be mapped exactly),
 * with the content of HTML blocks marked `markdown="1"` scanned as markdown too, as kramdown
 * renders it (`jekyll build` 4.3.1: test/fixtures/jekyll-evidence/kramdown-markdown-attribute).
 * The opening tag stays HTML (its attributes may hold paths); what follows it in the block, on
 * its line or below, is scanned as markdown at its own offsets, and may hold further such blocks.
 */
export function scanMarkdownBody(masked: string, original: string, offset: number, maxNesting?: number, depth = 0): MarkdownScan {
  const md = scanMarkdownFast(masked, original, offset, maxNesting) ?? scanMarkdown(masked, original, offset);
  if (depth >= MAX_DEPTH) return md;
  const tagEnds = md.html.map((range) => markdownTagEnd(masked, range.start - offset, range.end - offset));
  if (tagEnds.every((end) => end === undefined)) return md;
  const out: MarkdownScan = { references: [...md.references], html: [], headings: [...md.headings], ...(md.tooDeep ? { tooDeep: md.tooDeep } : {}) };
  for (const [k, range] of md.html.entries()) {
    const tagEnd = tagEnds[k];
    if (tagEnd === undefined) {
      out.html.push(range);
      continue;
    }
    out.html.push({ start: range.start, end: offset + tagEnd });
    const inner = scanMarkdownBody(masked.slice(tagEnd, range.end - offset), original.slice(tagEnd, range.end - offset), offset + tagEnd, maxNesting, depth + 1);
    out.references.push(...inner.references);
    out.html.push(...inner.html);
    out.headings.push(...inner.headings);
    if (inner.tooDeep) out.tooDeep = inner.tooDeep;
  }
  out.references.sort((a, b) => a.start - b.start);
  out.html.sort((a, b) => a.start - b.start);
  out.headings.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Where the opening tag of a `markdown="1"` block ends (local offset), if `start`..`end` is one
 * with content after it. Only the block's first kilobyte is looked at (an opening tag longer than
 * that is left as HTML), and the pattern runs only where the word is there.
 */
function markdownTagEnd(masked: string, start: number, end: number): number | undefined {
  if (masked.charCodeAt(start) !== 0x3c /* < */) return undefined;
  const head = masked.slice(start, Math.min(end, start + 1024));
  if (!head.includes('markdown')) return undefined;
  const m = MARKDOWN_TAG.exec(head);
  return m && start + m[0].length < end ? start + m[0].length : undefined;
}
