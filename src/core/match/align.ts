/**
 * Word-level alignment of a quotation against a source text: the cheapest
 * edit that turns some stretch of the source into the quote, where an
 * ellipsis or a [bracketed insertion] in the quote stands for any words.
 */
import type { Word } from '../text/normalize.ts';

/** How a quote lines up with a stretch of a source text. */
export interface Alignment {
  /** Word edits needed (substitutions, insertions, deletions). */
  distance: number;
  /** Non-wildcard words in the quote. */
  quoteWords: number;
  /** First and one-past-last source word of the aligned stretch. */
  sourceStart: number;
  sourceEnd: number;
  /** For each quote word, the source word it lines up with, or -1 (inserted or wildcard). */
  pairs: Int32Array;
}

const SUB = 1;
const GAP = 1;

/**
 * Semi-global alignment: the whole quote against the best-fitting stretch of
 * the source. O(quote × source) time and memory; callers bound the source.
 */
export function align(quote: Word[], source: Word[]): Alignment {
  const m = quote.length;
  const n = source.length;
  const width = n + 1;
  const cost = new Uint32Array((m + 1) * width);
  // row 0: free start anywhere in the source
  for (let i = 1; i <= m; i++) {
    const q = quote[i - 1];
    const row = i * width;
    const prev = (i - 1) * width;
    cost[row] = q.wildcard ? cost[prev] : cost[prev] + GAP;
    for (let j = 1; j <= n; j++) {
      if (q.wildcard) {
        // absorb source words for free, or stand for nothing
        cost[row + j] = Math.min(cost[prev + j], cost[row + j - 1]);
        continue;
      }
      const s = source[j - 1];
      const diag = cost[prev + j - 1] + (!s.wildcard && s.key === q.key ? 0 : SUB);
      const up = cost[prev + j] + GAP; // quote word not in source
      const left = cost[row + j - 1] + GAP; // source word left out of the quote
      cost[row + j] = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
    }
  }
  let bestJ = 0;
  const last = m * width;
  for (let j = 1; j <= n; j++) if (cost[last + j] <= cost[last + bestJ]) bestJ = j;

  const pairs = new Int32Array(m).fill(-1);
  let i = m;
  let j = bestJ;
  let firstJ = bestJ;
  while (i > 0) {
    const q = quote[i - 1];
    const here = cost[i * width + j];
    if (q.wildcard) {
      if (j > 0 && here === cost[i * width + j - 1]) j--;
      else i--;
      continue;
    }
    if (j > 0) {
      const s = source[j - 1];
      const diag = cost[(i - 1) * width + j - 1] + (!s.wildcard && s.key === q.key ? 0 : SUB);
      if (here === diag) {
        pairs[i - 1] = j - 1;
        firstJ = j - 1;
        i--;
        j--;
        continue;
      }
      if (here === cost[i * width + j - 1] + GAP) {
        j--;
        continue;
      }
    }
    i--;
  }
  // leading wildcard words do not pull the start back
  let sourceStart = firstJ;
  for (let k = 0; k < m; k++) if (pairs[k] >= 0) { sourceStart = pairs[k]; break; }
  const quoteWords = quote.reduce((n, w) => n + (w.wildcard ? 0 : 1), 0);
  return { distance: cost[last + bestJ], quoteWords, sourceStart, sourceEnd: bestJ, pairs };
}

/** 1 for a verbatim quote, falling towards 0 as more words differ. */
export function similarity(a: Alignment): number {
  return a.quoteWords === 0 ? 0 : Math.max(0, 1 - a.distance / a.quoteWords);
}
