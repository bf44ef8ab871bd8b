import type { Anchor, Comment, Reference } from '../parse/reference.js';
import type { DocumentScan } from './document-scan.js';

/**
 * A document scan in the form a parse worker sends it: numbers in typed arrays and strings in
 * flat lists instead of one object per reference. Structured clone copies typed arrays in one
 * piece, so the main thread pays for a few arrays per document rather than for some twenty
 * objects of seven fields; it makes the objects again only when a rule asks (`unpackScan`).
 */
export interface PackedScan {
  /** Per reference: kind, source, start, end, context index (body references first). */
  numbers: Int32Array;
  /** Per reference: raw, then value (`null` when equal to raw). */
  strings: (string | null)[];
  contexts: string[];
  bodyCount: number;
  /** Per anchor: start, end; ids in `anchorIds`. */
  anchorNumbers: Int32Array;
  anchorIds: string[];
  comments: Comment[];
  bodyStart: number;
  tooDeep?: number;
}

const KINDS: Reference['kind'][] = ['image', 'link'];
const SOURCES: Reference['source'][] = ['markdown', 'html', 'front-matter', 'liquid-tag'];
const FIELDS = 5;

/** Packs a scan for the trip from a worker to the main thread. */
export function packScan(scan: DocumentScan): PackedScan {
  const refs = [...scan.body, ...scan.frontMatter];
  const numbers = new Int32Array(refs.length * FIELDS);
  const strings: (string | null)[] = new Array(refs.length * 2);
  const contexts: string[] = [];
  const contextIndex = new Map<string, number>();
  refs.forEach((ref, i) => {
    let context = contextIndex.get(ref.context);
    if (context === undefined) {
      context = contexts.push(ref.context) - 1;
      contextIndex.set(ref.context, context);
    }
    numbers.set([KINDS.indexOf(ref.kind), SOURCES.indexOf(ref.source), ref.start, ref.end, context], i * FIELDS);
    strings[i * 2] = ref.raw;
    strings[i * 2 + 1] = ref.value === ref.raw ? null : ref.value;
  });
  const anchorNumbers = new Int32Array(scan.anchors.length * 2);
  scan.anchors.forEach((anchor, i) => anchorNumbers.set([anchor.start, anchor.end], i * 2));
  return {
    numbers,
    strings,
    contexts,
    bodyCount: scan.body.length,
    anchorNumbers,
    anchorIds: scan.anchors.map((a) => a.id),
    comments: scan.comments,
    bodyStart: scan.bodyStart,
    ...(scan.tooDeep ? { tooDeep: scan.tooDeep } : {}),
  };
}

/** The scan a `PackedScan` was made from (equal field by field). */
export function unpackScan(packed: PackedScan): DocumentScan {
  const { numbers, strings, contexts } = packed;
  const refs: Reference[] = [];
  for (let i = 0; i < numbers.length / FIELDS; i++) {
    const at = i * FIELDS;
    const raw = strings[i * 2]!;
    refs.push({ kind: KINDS[numbers[at]!]!, source: SOURCES[numbers[at + 1]!]!, raw, value: strings[i * 2 + 1] ?? raw, start: numbers[at + 2]!, end: numbers[at + 3]!, context: contexts[numbers[at + 4]!]! });
  }
  const anchors: Anchor[] = packed.anchorIds.map((id, i) => ({ id, start: packed.anchorNumbers[i * 2]!, end: packed.anchorNumbers[i * 2 + 1]! }));
  return {
    body: refs.slice(0, packed.bodyCount),
    frontMatter: refs.slice(packed.bodyCount),
    anchors,
    comments: packed.comments,
    bodyStart: packed.bodyStart,
    ...(packed.tooDeep ? { tooDeep: packed.tooDeep } : {}),
  };
}
