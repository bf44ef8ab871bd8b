/**
 * The `id` kramdown gives a heading in a Jekyll site (what GitHub Pages renders).
 *
 * Jekyll's default kramdown options are `input: GFM` and `auto_ids: true`, so the id comes
 * from kramdown-parser-gfm's `generate_gfm_header_id`, not kramdown's `basic_generate_id`:
 * the heading's *parsed* text (`update_raw_text`: text, code spans, math and entities; link
 * text without the URL; no image alt text; `--` already a dash), lower-cased, everything
 * but Unicode word characters, `-`, space and tab removed, then each space or tab becomes
 * `-`. Korean and accented letters stay; nothing is trimmed (`## Emoji 🎉` is `emoji-`).
 * Duplicates get `-1`, `-2`, ... per document (a later `## a-1` can collide with the second
 * `## a`). An empty id is not written at all. An explicit `{#id}` wins and is not counted.
 *
 * Verified against `jekyll build` (4.3.1, kramdown 2.4.0, kramdown-parser-gfm 1.1.0; the
 * versions GitHub Pages pins) by test/fixtures/jekyll-urls/headings.json.
 */
import { decodeHTML } from 'entities';

/** kramdown `HEADER_ID`: ` {#id}` at the very end, id an XML name. */
const HEADER_ID = /[\t ]\{#([\p{L}_:][\p{L}\p{N}_:.\-\u00B7\u0300-\u036F\u203F\u2040]*)\}$/u;

/** kramdown-parser-gfm `ESCAPED_CHARS_GFM`. */
const ESCAPABLE = new Set('\\.*_+`<>()[]{}#!:|"\'$=-~');

/** `NON_WORD_RE = /[^\p{Word}\- \t]/`; Onigmo's `\p{Word}` is this union. */
const NON_WORD = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu;

/** Characters that start markup `headingText` interprets (code, math, tags, entities, escapes, links, `_` emphasis, `--`). */
const MARKUP = /[`$<>&\\[_]|--/;

/** Text made only of characters `NON_WORD` keeps (ASCII word characters, Hangul, space, tab, `-`). */
const PLAIN_WORDS = /^[A-Za-z0-9_\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3 \t-]*$/;

/**
 * Split a heading's source text into its text and an explicit id, as kramdown's
 * `parse_header_contents` does (after the GFM parser drops closing `#`s preceded by a space).
 * Only a trailing ` {#id}` counts on the heading line; `{: #id}` there is plain text (checked
 * with jekyll build). A block IAL on the next line is read by {@link blockIalId}.
 * @param rawHeadingText The heading's source after the opening `#`s (ATX) or its first line (setext).
 * @returns The heading text and the explicit id, if any.
 */
export function parseHeadingIal(rawHeadingText: string): { text: string; id?: string } {
  let text = rawHeadingText.trimEnd();
  const match = HEADER_ID.exec(text);
  if (match) text = text.slice(0, -match[0].length).trimEnd();
  // atx_header_gfm_quirk: `text.sub!(/[\t ]#+\z/, '') && text.rstrip!` (so `## C#` keeps its `#`).
  text = text.replace(/[\t ]#+$/, '').trimEnd();
  return match ? { text, id: match[1]! } : { text };
}

/**
 * The id set by a kramdown block IAL line (`{: #id .class}`) placed right after a heading.
 * @param line The line after the heading.
 * @returns The id, or undefined when the line is not an IAL with an id.
 */
export function blockIalId(line: string): string | undefined {
  const ial = /^ {0,3}\{:(?!:)([^}]*)\}\s*$/.exec(line);
  return ial ? /(?:^|\s)#([\w:-][\w:.-]*)/u.exec(ial[1]!)?.[1] : undefined;
}

/** Find the `]` closing the `[` at `open`, honouring nesting and escapes. */
function closingBracket(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') depth++;
    else if (source[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Skip a link/image destination `(...)` or reference `[...]` after `]`. */
function skipDestination(source: string, at: number): number {
  if (source[at] === '(') {
    let depth = 0;
    for (let i = at; i < source.length; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) return i + 1;
    }
  } else if (source[at] === '[') {
    const end = closingBracket(source, at);
    if (end !== -1) return end + 1;
  }
  return at;
}

/**
 * Plain inline text: kramdown's typographic symbols (`---`, `--` become dashes) and `_`
 * emphasis markers apply only here; `*` and `~` markers vanish later as non-word anyway.
 */
function plainText(text: string): string {
  return text
    .replace(/---|--/g, (dash) => (dash === '---' ? '\u2014' : '\u2013'))
    .replace(/(^|[^\p{L}\p{N}_])(_{1,2})(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}_])/gu, '$1$3');
}

/**
 * The text kramdown's GFM parser collects from a heading's parsed children
 * (`Kramdown::Parser::GFM#update_raw_text`), from the heading's markdown source.
 */
function headingText(source: string): string {
  // Most headings are plain words: nothing below applies to text without these characters.
  if (!MARKUP.test(source)) return source;
  let out = '';
  let plain = '';
  const flush = (literal = ''): void => {
    out += plainText(plain) + literal;
    plain = '';
  };
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i);
    const char = source[i]!;
    const code = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    const math = /^\$\$([\s\S]+?)\$\$/.exec(rest);
    const autolink = /^<((?:https?|ftp):\/\/[^>\s]+|mailto:[^>\s]+|[^>\s@]+@[^>\s@]+)>/.exec(rest);
    const tag = /^<\/?[A-Za-z][\w-]*(?:\s[^>]*)?\/?>|^<!--[\s\S]*?-->/.exec(rest);
    const entity = /^&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.exec(rest);
    if (rest.startsWith('<<') || rest.startsWith('>>')) {
      plain += rest.slice(0, 2); // typographic « », never a tag
      i += 2;
    } else if (char === '\\' && ESCAPABLE.has(source[i + 1] ?? '')) {
      flush(source[i + 1]);
      i += 2;
    } else if (code) {
      flush(code[2]!.replace(/^ (.*) $/s, '$1'));
      i += code[0].length;
    } else if (math) {
      flush(math[1]);
      i += math[0].length;
    } else if (autolink) {
      flush(autolink[1]!.replace(/^mailto:/, ''));
      i += autolink[0].length;
    } else if (tag) {
      flush();
      i += tag[0].length;
    } else if (entity) {
      flush(decodeHTML(entity[0]));
      i += entity[0].length;
    } else if (rest.startsWith('[^') && closingBracket(source, i) !== -1) {
      flush(); // footnote reference: no text
      i = closingBracket(source, i) + 1;
    } else if (rest.startsWith('![') && closingBracket(source, i + 1) !== -1) {
      flush(); // image: the alt text is not collected
      i = skipDestination(source, closingBracket(source, i + 1) + 1);
    } else if (char === '[' && closingBracket(source, i) !== -1) {
      const end = closingBracket(source, i);
      flush(headingText(source.slice(i + 1, end)));
      i = skipDestination(source, end + 1);
    } else {
      plain += char;
      i++;
    }
  }
  flush();
  return out;
}

/**
 * The automatic id of one heading, without the duplicate counter
 * (kramdown-parser-gfm `generate_gfm_header_id`).
 * @param rawHeadingText The heading's markdown source (see {@link parseHeadingIal}).
 * @returns The id; `''` means kramdown writes no id attribute.
 */
export function headingId(rawHeadingText: string): string {
  const text = headingText(parseHeadingIal(rawHeadingText).text);
  // Ruby `downcase` maps each character on its own (no final-sigma rule), so do the same; only
  // `Σ` lower-cases differently in context, so other text is lower-cased in one call.
  const lower = text.includes('\u03A3') ? Array.from(text, (c) => c.toLowerCase()).join('') : text.toLowerCase();
  const words = PLAIN_WORDS.test(lower) ? lower : lower.replace(NON_WORD, '');
  return words.replace(/[ \t]/g, '-');
}

/** Ids for the headings of one document, in order, with kramdown's duplicate counter. */
export class HeadingIdGenerator {
  readonly #counters = new Map<string, number>();

  /**
   * The id of the next heading of the document.
   * @param rawHeadingText The heading's markdown source (see {@link parseHeadingIal}).
   * @param ialId The id of a block IAL on the next line ({@link blockIalId}), if any.
   * @returns The explicit id if there is one (IAL first; not counted), else the automatic id with
   *   `-N` appended for the N-th repeat; `''` means the heading gets no id attribute.
   */
  next(rawHeadingText: string, ialId?: string): string {
    // add_header sets the `{#id}`, then update_tree applies the block IAL over it.
    const explicit = ialId ?? parseHeadingIal(rawHeadingText).id;
    if (explicit !== undefined) return explicit;
    const id = headingId(rawHeadingText);
    const count = (this.#counters.get(id) ?? -1) + 1;
    this.#counters.set(id, count);
    return count > 0 ? `${id}-${count}` : id;
  }
}
