/**
 * Converts between string offsets and LSP line/character positions for one
 * text, with a binary search over line starts (built once, O(log n) a lookup).
 */
import type { Position, Range, Span } from './types.ts';

/** The line starts being collected (reused: each index keeps an exact-size copy). */
let scratch = new Uint32Array(1024);

/** Offset ↔ position conversion for one text. */
export class LineIndex {
  /** Where each line starts, in a typed array: outside the collected heap, so a large draft's index is not copied by every young-generation collection after an edit. */
  private readonly lineStarts: Uint32Array;
  /** The text's length (the text itself is not kept). */
  private readonly length: number;
  /** True when the text holds no \r (every line ends with \n): then an edit's index can be made from this one. */
  private readonly onlyLineFeeds: boolean;

  /**
   * Indexes the line starts of `text` (\n, \r\n and \r end a line). With `after`: the
   * index of the text before one edit, which replaced what is now `text` from
   * `after.start` to `after.end`; its line starts are kept and moved instead of
   * `text` searched whole (when neither text holds a \r; else `text` is read).
   */
  constructor(text: string, after?: { before: LineIndex; start: number; end: number }) {
    this.length = text.length;
    if (after && after.before.onlyLineFeeds && !text.slice(after.start, after.end).includes('\r')) {
      this.onlyLineFeeds = true;
      this.lineStarts = LineIndex.moved(after.before, text, after.start, after.end);
      return;
    }
    let starts = scratch;
    let n = 0;
    const add = (start: number) => {
      if (n === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = scratch = grown;
      }
      starts[n++] = start;
    };
    add(0);
    this.onlyLineFeeds = !text.includes('\r');
    if (this.onlyLineFeeds) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) add(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) add(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          add(i + 1);
        }
      }
    }
    this.lineStarts = starts.slice(0, n);
  }

  /** The number of lines in the text. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The zero-based line and character of an offset (clamped to the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  /** True when `position` is where `offset` is (what positionAt would give), found without a search: for positions kept from before an edit. */
  isAt(position: Position, offset: number): boolean {
    return this.isAtLine(position.line, position.character, offset);
  }

  /** isAt for a position given as its line and character. */
  isAtLine(line: number, character: number, offset: number): boolean {
    const o = Math.max(0, Math.min(offset, this.length));
    if (line < 0 || line >= this.lineStarts.length || character < 0) return false;
    return this.lineStarts[line] + character === o && (line + 1 === this.lineStarts.length || o < this.lineStarts[line + 1]);
  }

  /** The offset of a zero-based line and character (clamped to the line). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.length;
    return Math.max(start, Math.min(start + position.character, next));
  }

  /** The LSP range of a span. */
  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The line starts of the text an edit made from the one `before` indexes (see the constructor): those before the edit kept, those after it moved by what it added. */
  private static moved(before: LineIndex, text: string, start: number, end: number): Uint32Array {
    const delta = text.length - before.length;
    const old = before.lineStarts;
    // kept: the starts up to the edit (their \n lies before it); dropped: those whose \n the edit replaced
    let kept = 0;
    while (kept < old.length && old[kept] <= start) kept++;
    let after = kept;
    while (after < old.length && old[after] <= end - delta) after++;
    let added = 0;
    for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) added++;
    const starts = new Uint32Array(kept + added + old.length - after);
    starts.set(old.subarray(0, kept));
    let n = kept;
    for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    for (let k = after; k < old.length; k++) starts[n++] = old[k] + delta;
    return starts;
  }
}
