/**
 * kramdown's comment and raw-output extensions, which CommonMark does not know:
 * `{::comment}…{:/comment}` (or `{:/}`) renders nothing, and `{::nomarkdown}…{:/nomarkdown}`
 * passes its content to the page as it is: HTML in it is rendered, markdown is not
 * (`jekyll build` 4.3.1: test/fixtures/jekyll-evidence/rendered-links). Before the markdown
 * scan both are blanked (same length, line breaks kept, so every offset stays valid); the content
 * of a `nomarkdown` block is handed to the HTML scan instead.
 */
export interface KramdownExtensions {
  /** The text with every comment and nomarkdown block blanked out. */
  markdown: string;
  /** The content of each nomarkdown block (offsets in the text), to be scanned as HTML. */
  raw: { start: number; end: number }[];
}

const OPENER = /\{::(comment|nomarkdown)(?:[ \t][^}\n]*)?\}/y;
const CLOSERS = ['{:/}', '{:/comment}', '{:/nomarkdown}'];

/** Blanks kramdown comment and nomarkdown blocks; found with `indexOf`, so a text of openers without closers costs one pass. */
export function maskKramdownExtensions(text: string): KramdownExtensions {
  if (!text.includes('{::')) return { markdown: text, raw: [] };
  const raw: { start: number; end: number }[] = [];
  let markdown = '';
  let copied = 0;
  for (let from = text.indexOf('{::'); from >= 0; from = text.indexOf('{::', from)) {
    OPENER.lastIndex = from;
    const open = OPENER.exec(text);
    if (!open) {
      from += 3;
      continue;
    }
    const contentStart = from + open[0].length;
    const close = closerAt(text, contentStart);
    // No closer anywhere after this opener: none after it can be closed either.
    if (!close) break;
    markdown += text.slice(copied, from) + blankOut(text.slice(from, close.end));
    if (open[1] === 'nomarkdown') raw.push({ start: contentStart, end: close.start });
    copied = from = close.end;
  }
  return { markdown: markdown + text.slice(copied), raw };
}

/** The first closer (`{:/}`, `{:/comment}`, `{:/nomarkdown}`) at or after `from`. */
function closerAt(text: string, from: number): { start: number; end: number } | undefined {
  for (let at = text.indexOf('{:/', from); at >= 0; at = text.indexOf('{:/', at + 3)) {
    const closer = CLOSERS.find((c) => text.startsWith(c, at));
    if (closer) return { start: at, end: at + closer.length };
  }
  return undefined;
}

/** Spaces for every character but line breaks. */
function blankOut(part: string): string {
  return part.replace(/[^\r\n]/g, ' ');
}
