/**
 * A reference: one URL or path written in a source file, as found by the parsers, with the span
 * of the value itself. References are facts about the text; resolving them is `core/resolve.ts`'s job.
 */
export interface Reference {
  /** `image`: the browser loads it; `link`: the reader follows it. */
  kind: 'image' | 'link';
  /** Which syntax it came from. */
  source: 'markdown' | 'html' | 'front-matter' | 'liquid-tag';
  /** The value as written in the file (may contain Liquid; entities and escapes not decoded). */
  raw: string;
  /** The value with markdown escapes/HTML entities decoded (still may contain Liquid). */
  value: string;
  /** Offsets of the value in the file text (BOM excluded). */
  start: number;
  end: number;
  /** Where the value sits: HTML attribute (`src`, `srcset`, `href`, `poster`, `style`), front-matter key path, or markdown construct. */
  context: string;
}

/** A heading or explicit anchor that a `#fragment` can point at. */
export interface Anchor {
  id: string;
  start: number;
  end: number;
}

/** An HTML comment in the body (used for `bloglint-disable` directives). */
export interface Comment {
  text: string;
  start: number;
  end: number;
}
