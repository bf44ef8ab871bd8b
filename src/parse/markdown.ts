import { parse, postprocess, preprocess } from 'micromark';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Event, Token } from 'micromark-util-types';
import { BARE_TAG } from './html.js';
import type { Reference } from './reference.js';

/** A heading as written: its raw text span (for kramdown's id rules). */
export interface HeadingSource {
  raw: string;
  start: number;
  end: number;
}

/** What the markdown parser found in a body. Offsets are into the full file text. */
export interface MarkdownScan {
  references: Reference[];
  /** Raw HTML blocks and inline tags, to be parsed by `parse/html.ts`. */
  html: { start: number; end: number }[];
  headings: HeadingSource[];
  /** Set when nesting went deeper than the parser follows (the deeper part was not checked). */
  tooDeep?: number;
}

/**
 * Extracts images, links and reference definitions from markdown with a CommonMark parser
 * (micromark), with the exact span of each destination. Code blocks, inline code and HTML
 * comments contribute nothing. `masked` is the body with Liquid masked (same length as the
 * original); `original` is the same span of the unmasked file text; `offset` is where the body
 * starts in the file.
 */
export function scanMarkdown(masked: string, original: string, offset: number): MarkdownScan {
  const events: Event[] = postprocess(parse().document().write(preprocess()(masked, undefined, true)));
  const references: Reference[] = [];
  const html: { start: number; end: number }[] = [];
  const headings: HeadingSource[] = [];
  const definitions = new Map<string, { raw: string; start: number; end: number }>();
  const usages: { label: string; kind: 'image' | 'link' }[] = [];
  const stack: { kind: 'image' | 'link'; label?: string; hasResource: boolean; referenceLabel?: string }[] = [];
  let definitionLabel = '';

  for (const [phase, token] of events) {
    const type = token.type as string;
    if (phase === 'enter') {
      switch (type) {
        case 'image':
        case 'link':
          stack.push({ kind: type, hasResource: false });
          break;
        case 'labelText': {
          const top = stack[stack.length - 1];
          if (top && top.label === undefined) top.label = slice(masked, token);
          break;
        }
        case 'resource': {
          const top = stack[stack.length - 1];
          if (top) top.hasResource = true;
          break;
        }
        case 'referenceString': {
          const top = stack[stack.length - 1];
          if (top) top.referenceLabel = slice(masked, token);
          break;
        }
        case 'resourceDestinationString': {
          const top = stack[stack.length - 1];
          if (top) references.push(makeReference(top.kind, 'markdown', original, token, offset, top.kind === 'image' ? 'markdown image' : 'markdown link'));
          break;
        }
        case 'definitionLabelString':
          definitionLabel = normalizeIdentifier(slice(masked, token));
          break;
        case 'definitionDestinationString':
          if (!definitions.has(definitionLabel)) {
            definitions.set(definitionLabel, { raw: slice(original, token), start: token.start.offset, end: token.end.offset });
          }
          break;
        case 'htmlText':
          if (BARE_TAG.test(slice(masked, token))) break;
          html.push({ start: token.start.offset + offset, end: token.end.offset + offset });
          break;
        case 'htmlFlow':
          html.push({ start: token.start.offset + offset, end: token.end.offset + offset });
          break;
        case 'atxHeadingText':
        case 'setextHeadingText':
          headings.push({ raw: slice(original, token), start: token.start.offset + offset, end: token.end.offset + offset });
          break;
        default:
          break;
      }
    } else if (type === 'image' || type === 'link') {
      const top = stack.pop();
      if (top && !top.hasResource) {
        const label = top.referenceLabel ?? top.label ?? '';
        usages.push({ label: normalizeIdentifier(label), kind: top.kind });
      }
    }
  }

  const definitionKinds = new Map<string, 'image' | 'link'>();
  for (const usage of usages) {
    if (!definitions.has(usage.label)) continue;
    if (definitionKinds.get(usage.label) !== 'image') definitionKinds.set(usage.label, usage.kind);
  }
  for (const [label, kind] of definitionKinds) {
    const def = definitions.get(label)!;
    const raw = def.raw;
    references.push({
      kind,
      source: 'markdown',
      raw,
      value: decodeString(raw),
      start: def.start + offset,
      end: def.end + offset,
      context: kind === 'image' ? 'markdown image definition' : 'markdown link definition',
    });
  }
  references.sort((a, b) => a.start - b.start);
  return { references, html, headings };
}

function slice(text: string, token: Token): string {
  return text.slice(token.start.offset, token.end.offset);
}

function makeReference(kind: 'image' | 'link', source: Reference['source'], original: string, token: Token, offset: number, context: string): Reference {
  const raw = slice(original, token);
  return { kind, source, raw, value: decodeString(raw), start: token.start.offset + offset, end: token.end.offset + offset, context };
}
