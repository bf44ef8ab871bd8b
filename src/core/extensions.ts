/** Markdown sources: their body is parsed for references, and without front matter they are still pages on GitHub Pages. */
export const MARKDOWN_EXT = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|mdwn)$/i;
/** What Jekyll reads as a post or a draft in `_posts`/`_drafts` (any other file there is skipped). */
export const POST_EXT = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|mdwn|html?|textile)$/i;
/** Extensions of files that may carry front matter (and so become pages or collection documents). */
export const MAY_HAVE_FRONT_MATTER = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|mdwn|html?|xml|json|css|scss|sass|js|txt|textile|liquid|rss|atom|svg|webmanifest|yml|yaml|coffee)$/i;

