/**
 * Alignment of a quote against a long source bounded to the stretch where the
 * quote's words are, so that its cost grows with the quote, not the source.
 */
import { alignIds, type Alignment } from './align.ts';

/** Alignment is bounded to this many source words around the seeds. */
const WINDOW_SLACK = 64;

/**
 * `alignIds` of the quote's word numbers against the best window of the source's
 * first `count` numbers (positions counted from the source's start), or undefined
 * when that costs `bound` edits or more.
 */
export function alignInWindow(quote: Int32Array, source: Int32Array, count: number, bound = Infinity): Alignment | undefined {
  const window = windowOf(quote.length, source, count);
  const alignment = alignIds(quote, source, window.start, window.end, bound);
  if (alignment && window.start > 0) {
    for (let k = 0; k < alignment.pairs.length; k++) if (alignment.pairs[k] >= 0) alignment.pairs[k] += window.start;
    alignment.sourceStart += window.start;
    alignment.sourceEnd += window.start;
  }
  return alignment;
}

/** Bounds alignment to the part of a long source (`count` word numbers in `source`) where the quote's (`quoteLength` words) are. */
function windowOf(quoteLength: number, source: Int32Array, count: number): { start: number; end: number } {
  const limit = quoteLength * 3 + WINDOW_SLACK * 2;
  if (count <= limit) return { start: 0, end: count };
  let bestStart = 0;
  let bestHits = -1;
  let hits = 0;
  const span = quoteLength + WINDOW_SLACK;
  for (let j = 0; j < count; j++) {
    if (source[j] >= 0) hits++;
    if (j >= span && source[j - span] >= 0) hits--;
    if (hits > bestHits) {
      bestHits = hits;
      bestStart = Math.max(0, j - span + 1);
    }
  }
  const start = Math.max(0, bestStart - WINDOW_SLACK);
  return { start, end: Math.min(count, start + limit) };
}
