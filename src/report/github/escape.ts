/**
 * Every escape bloglint applies when repository text leaves the process towards GitHub.
 *
 * File names, messages and referenced paths all come from the repository, and in a pull request
 * the repository is attacker-controlled. Nothing outside this file builds workflow commands or
 * markdown from such text by hand.
 *
 * - Workflow commands (`::error file=…::message`): {@link escapeCommandData} and
 *   {@link escapeCommandProperty}, byte-for-byte what `@actions/core` does.
 * - Markdown (job summary, PR comments, check-run text): {@link escapeMarkdownInline} for prose and
 *   table cells, {@link markdownCode} for an inline code span, {@link markdownLink} for a link.
 *   None of them ever lets a raw `<` through, so repository text can never open raw HTML nor forge
 *   one of our hidden markers (`<!-- bloglint:… -->`, built only by {@link hiddenMarker}).
 */

/** Zero-width space as a character reference: breaks mentions, issue refs and autolinks, renders as nothing. */
const ZERO_WIDTH = '&#8203;';

/**
 * Sanitises any value into a string as `@actions/core`'s `toCommandValue` does:
 * `null`/`undefined` become `''`, strings stay as they are, anything else is JSON.
 *
 * @param input any value
 * @returns its string form
 */
export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

/**
 * Escapes the data (message) part of a workflow command, exactly as `@actions/core`'s `escapeData`:
 * `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`. The result never contains a line break, so it cannot
 * start a second command.
 *
 * @param value the message
 * @returns the escaped message
 */
export function escapeCommandData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a workflow-command property value, exactly as `@actions/core`'s `escapeProperty`:
 * as {@link escapeCommandData}, plus `:` → `%3A` and `,` → `%2C`, so a value cannot end the
 * property list (`::`) or start another property (`,`).
 *
 * @param value the property value (file name, title, …)
 * @returns the escaped value
 */
export function escapeCommandProperty(value: unknown): string {
  return toCommandValue(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}

/**
 * Puts text on one line: every line break (`\r\n`, `\r`, `\n`, U+2028, U+2029) and tab becomes a
 * space, and any other control character, including the bidirectional overrides and isolates that
 * can make text display in another order ("Trojan Source"), becomes U+FFFD.
 */
function toSingleLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\t]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

/** ASCII punctuation that markdown (CommonMark, GFM, GitHub math) could read as syntax. */
const MARKDOWN_SPECIAL = /[\\`*_[\]()#+\-!|~$&<>]/g;

/**
 * Escapes untrusted text for use inside markdown prose or a GFM table cell. The result:
 * - is one line (line breaks become spaces; other control characters and bidi overrides become U+FFFD);
 * - contains no raw HTML: `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;`;
 * - has every markdown special character backslash-escaped
 *   (`` \ ` * _ [ ] ( ) # + - ! | ~ $ ``), so no link, image, emphasis, code, math or table
 *   delimiter can be formed, and a leading `1.` cannot start a list;
 * - cannot notify anyone or link anything: a zero-width space (`&#8203;`) is inserted after `@`
 *   before a name, after `#` / `GH-` before a number, and into `://` and `www.`, because GitHub
 *   links mentions, issue references and bare URLs in the rendered text, after markdown escapes
 *   are gone.
 *
 * @param text untrusted text (a message, a path, …)
 * @returns markdown source that renders as exactly that text
 */
export function escapeMarkdownInline(text: string): string {
  return toSingleLine(text)
    .replace(MARKDOWN_SPECIAL, (c) => {
      if (c === '&') return '&amp;';
      if (c === '<') return '&lt;';
      if (c === '>') return '&gt;';
      return `\\${c}`;
    })
    .replace(/^(\s*\d+)\./, '$1\\.')
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZERO_WIDTH}`)
    .replace(/\\#(?=\p{N})/gu, `\\#${ZERO_WIDTH}`)
    .replace(/\b(GH\\-)(?=\p{N})/giu, `$1${ZERO_WIDTH}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH}.`);
}

/** Options of {@link markdownCode}. */
export interface MarkdownCodeOptions {
  /** The span goes into a GFM table cell: escape `|` as `\|` (GFM removes that backslash there). */
  inTable?: boolean;
}

/**
 * Wraps untrusted text in an inline code span that cannot be broken out of: the backtick fence is
 * one longer than the longest backtick run inside, and the content is padded with a space when it
 * starts or ends with a backtick or a space (CommonMark strips one padding space on each side).
 * Line breaks become spaces (a line break would end a table row), and `<` is shown as the
 * full-width `＜` (U+FF1C) so that no raw `<`, and so no hidden-marker look-alike, ever reaches the
 * markdown source.
 *
 * @param text untrusted text
 * @param options `inTable` when the span is inside a table cell
 * @returns the code span, e.g. `` `a.md` `` or ``` `` a`b `` ```
 */
export function markdownCode(text: string, options: MarkdownCodeOptions = {}): string {
  let content = toSingleLine(text).replace(/</g, '\uFF1C');
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  if (content === '') return '` `';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const needsPadding =
    content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '));
  return needsPadding ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/**
 * Percent-encodes a relative POSIX path for use in a URL or URI reference, segment by segment:
 * `/` stays a separator; everything else outside `A-Z a-z 0-9 - _ . ! ~ * ' ( )` is encoded
 * (`#`, `?`, `%`, `&`, `:`, spaces, non-ASCII such as Korean, …), so a file name can never become
 * a query, a fragment or a scheme. Use it when building blob URLs from `Finding.file`.
 *
 * @param file a relative POSIX path, e.g. `_posts/한글 & more.md`
 * @returns e.g. `_posts/%ED%95%9C%EA%B8%80%20%26%20more.md`
 */
export function encodeUriPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Characters percent-encoded in a link destination even when a URL parser leaves them alone. */
const UNSAFE_IN_DESTINATION: Record<string, string> = {
  '(': '%28',
  ')': '%29',
  '[': '%5B',
  ']': '%5D',
  '|': '%7C',
  '\\': '%5C',
  '<': '%3C',
  '>': '%3E',
  '"': '%22',
  "'": '%27',
  '`': '%60',
  ' ': '%20',
};

/**
 * Makes a URL safe as a markdown link destination: only absolute `http:`/`https:` URLs are kept
 * (no `javascript:`, `data:` or relative tricks); the URL is normalised by the WHATWG parser and
 * characters that could end the destination, the link or a table cell are percent-encoded.
 *
 * @param url a URL built from untrusted parts (e.g. a blob URL with a file name in it)
 * @returns the safe destination, or `undefined` when the URL must not be linked
 */
export function safeLinkDestination(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[()[\]|\\<>"'` ]/g, (c) => UNSAFE_IN_DESTINATION[c] ?? c);
}

/**
 * A markdown link whose label is escaped with {@link escapeMarkdownInline} and whose destination
 * passes {@link safeLinkDestination}; without a safe URL it is just the escaped label.
 *
 * @param label untrusted link text
 * @param url destination, or `undefined` for no link
 * @returns `[label](url)` or `label`, as markdown source
 */
export function markdownLink(label: string, url: string | undefined): string {
  const text = escapeMarkdownInline(label);
  const destination = url === undefined ? undefined : safeLinkDestination(url);
  return destination === undefined ? text : `[${text}](${destination})`;
}

/** A hidden marker read back from a comment body. */
export interface HiddenMarker {
  name: string;
  value: string;
}

const MARKER_NAME = /^[a-z][a-z0-9-]*$/;
const MARKER_VALUE = /^[A-Za-z0-9._:/=+-]*$/;
const MARKER_PATTERN = /<!-- bloglint:([a-z][a-z0-9-]*)(?: ([A-Za-z0-9._:/=+-]*))? -->/g;

/**
 * Builds one of our hidden HTML comment markers, e.g. `<!-- bloglint:sticky-comment -->` or
 * `<!-- bloglint:fingerprint 3f2a… -->`. Name and value are restricted to a small alphabet, so a
 * marker can never carry repository text; and since every escape in this file removes raw `<`,
 * repository text can never produce `<!--` at all: markers found in our bodies are ours.
 *
 * @param name marker name: lowercase letters, digits and `-`, starting with a letter
 * @param value optional value: letters, digits and `. _ : / = + -`
 * @returns the marker
 * @throws Error when the name or value is outside the alphabet
 */
export function hiddenMarker(name: string, value?: string): string {
  if (!MARKER_NAME.test(name)) throw new Error(`Invalid hidden marker name ${JSON.stringify(name)}`);
  if (value !== undefined && (value === '' || !MARKER_VALUE.test(value))) {
    throw new Error(`Invalid hidden marker value ${JSON.stringify(value)}`);
  }
  return value === undefined ? `<!-- bloglint:${name} -->` : `<!-- bloglint:${name} ${value} -->`;
}

/**
 * @param body a comment or summary body
 * @returns every well-formed hidden marker in it, in order
 */
export function readHiddenMarkers(body: string): HiddenMarker[] {
  return [...body.matchAll(MARKER_PATTERN)].map((m) => ({ name: m[1]!, value: m[2] ?? '' }));
}
