/**
 * Word-level alignment of a quotation against a source text: the cheapest
 * edit that turns some stretch of the source into the quote, where an
 * ellipsis or a [bracketed insertion] in the quote stands for any words.
 */
import type { Word } from '../text/normalize.ts';
import { QuoteVocabulary } from './quoteVocabulary.ts';

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
/** The cost table, reused between alignments (grown when one needs more). */
let costs = new Uint32Array(4096);

/**
 * Semi-global alignment: the whole quote against the best-fitting stretch of
 * the source. O(quote × source) time and memory; callers bound the source.
 */
export function align(quote: Word[], source: Word[]): Alignment {
  const vocabulary = new QuoteVocabulary(quote);
  const count = vocabulary.readWords(source);
  return alignIds(vocabulary.ids, vocabulary.source, 0, count);
}

/**
 * `align` on word numbers: the quote's (WILDCARD for a wildcard) against the
 * source's from `from` to `to` (WILDCARD, or OTHER_WORD for a word not in the
 * quote), as `QuoteVocabulary` numbers them; positions count from `from`.
 */
export function alignIds(quote: Int32Array, sourceIds: Int32Array, from: number, to: number): Alignment;
/** With `bound`: undefined as soon as no alignment can cost less than `bound` edits (a row's cheapest cell never falls in a later row). */
export function alignIds(quote: Int32Array, sourceIds: Int32Array, from: number, to: number, bound: number): Alignment | undefined;
export function alignIds(quote: Int32Array, sourceIds: Int32Array, from: number, to: number, bound = Infinity): Alignment | undefined {
  const m = quote.length;
  const n = to - from;
  const source = sourceIds.subarray(from, to);
  const width = n + 1;
  if (costs.length < (m + 1) * width) costs = new Uint32Array((m + 1) * width * 2);
  const cost = costs;
  // row 0: free start anywhere in the source (every later cell is written before it is read)
  cost.fill(0, 0, width);
  for (let i = 1; i <= m; i++) {
    const q = quote[i - 1];
    const row = i * width;
    const prev = (i - 1) * width;
    let cheapest = (cost[row] = q < 0 ? cost[prev] : cost[prev] + GAP);
    for (let j = 1; j <= n; j++) {
      let here: number;
      if (q < 0) {
        // absorb source words for free, or stand for nothing
        here = Math.min(cost[prev + j], cost[row + j - 1]);
      } else {
        const diag = cost[prev + j - 1] + (source[j - 1] === q ? 0 : SUB);
        const up = cost[prev + j] + GAP; // quote word not in source
        const left = cost[row + j - 1] + GAP; // source word left out of the quote
        here = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
      }
      cost[row + j] = here;
      if (here < cheapest) cheapest = here;
    }
    if (cheapest >= bound) return undefined;
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
    if (q < 0) {
      if (j > 0 && here === cost[i * width + j - 1]) j--;
      else i--;
      continue;
    }
    if (j > 0) {
      const diag = cost[(i - 1) * width + j - 1] + (source[j - 1] === q ? 0 : SUB);
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
  let quoteWords = 0;
  for (let k = 0; k < m; k++) if (quote[k] >= 0) quoteWords++;
  return { distance: cost[last + bestJ], quoteWords, sourceStart, sourceEnd: bestJ, pairs };
}

/** 1 for a verbatim quote, falling towards 0 as more words differ. */
export function similarity(a: Alignment): number {
  return a.quoteWords === 0 ? 0 : Math.max(0, 1 - a.distance / a.quoteWords);
}
