import type { Point, Range } from '../core/finding.js';

/**
 * Converts between string offsets and 1-based line/column points for one text.
 * The only place in bloglint that counts lines. Line breaks are `\n`, `\r\n` and lone `\r`.
 */
export class Location {
  /** Offsets at which each line starts. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Number of lines (a final line break opens an empty last line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Point of an offset (clamped into the text). */
  toPoint(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset between `\r` and `\n` (or past the line) is the end of the line.
    const column = Math.min(o, this.lineEnd(lo + 1)) - this.lineStarts[lo]! + 1;
    return { line: lo + 1, column };
  }

  /** Range of an offset span. */
  toRange(start: number, end: number): Range {
    return { start: this.toPoint(start), end: this.toPoint(end) };
  }

  /** Offset of a point (clamped into the text). */
  toOffset(point: Point): number {
    const line = Math.max(1, Math.min(point.line, this.lineStarts.length));
    const start = this.lineStarts[line - 1]!;
    return Math.min(start + point.column - 1, this.lineEnd(line));
  }

  /** Offset where `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** Offset where `line`'s content ends (before its line break). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of `line`, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
