/**
 * Every speaker's statements by word, in one table of (speaker, word) keys
 * built once per registry: a quote attributed to a registered speaker finds
 * the statements of theirs that share the most of its words, rarer words
 * weighing more, without reading anyone else's statements. Single words, not
 * word pairs, so that one changed word in a short quote still leaves most of
 * its keys in common with the statement it comes from.
 */
import { PairTable } from './pairTable.ts';

/** Postings read per quote at most, rarest words first: bounds lookup time for a speaker with many statements. */
const POSTINGS_BUDGET = 20_000;

/** A 30-bit key for a word of one speaker's statements (a rare collision only adds a candidate, which alignment rejects). */
function speakerWordKey(speaker: number, word: number): number {
  let h = Math.imul(speaker + 1, 0x85ebca6b) ^ Math.imul(word + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x27d4eb2d);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** The statements of each speaker by word: `add` every text, `freeze`, then `candidates`. */
export class SpeakerWords {
  private readonly table = new PairTable();
  private readonly numbers = new Map<string, number>();
  /** How many statements each speaker (by number) has. */
  private readonly counts: number[] = [];
  /** Scores by text number, reused across lookups (always left at zero). */
  private scores = new Float64Array(0);
  private texts = 0;

  /** Adds text `doc` (texts in increasing order) said by `speaker`, from its word keys (-1 for a wildcard). */
  add(doc: number, speaker: string, keys: ArrayLike<number>, count: number): void {
    let s = this.numbers.get(speaker);
    if (s === undefined) {
      s = this.counts.length;
      this.numbers.set(speaker, s);
      this.counts.push(0);
    }
    this.counts[s]++;
    this.texts = Math.max(this.texts, doc + 1);
    for (let w = 0; w < count; w++) if (keys[w] >= 0) this.table.add(speakerWordKey(s, keys[w]), doc);
  }

  /** Sorts what was added (call once, after the last `add`). */
  freeze(): void {
    this.table.freeze();
  }

  /** How many statements `speaker` has here. */
  statementsBy(speaker: string): number {
    const s = this.numbers.get(speaker);
    return s === undefined ? 0 : this.counts[s];
  }

  /**
   * The statements by `speaker` that share the most of the quote's distinct
   * word keys, each word weighted by how rare it is among their statements;
   * best first, at most `limit`.
   */
  candidates(speaker: string, quoteKeys: readonly number[], limit: number): number[] {
    const s = this.numbers.get(speaker);
    if (s === undefined) return [];
    const total = this.counts[s];
    const lists = [...new Set(quoteKeys)]
      .map((key) => this.table.get(speakerWordKey(s, key)))
      .filter((list): list is Int32Array => list !== undefined)
      .sort((a, b) => a.length - b.length);
    if (this.scores.length < this.texts) this.scores = new Float64Array(this.texts);
    const scores = this.scores;
    const touched: number[] = [];
    let read = 0;
    for (const list of lists) {
      if (read > 0 && read + list.length > POSTINGS_BUDGET) break;
      read += list.length;
      const weight = Math.log(1 + total / list.length);
      for (const n of list) {
        if (scores[n] === 0) touched.push(n);
        scores[n] += weight;
      }
    }
    // the best `limit` by score (the earlier text on a tie), kept in order as the touched are read once
    const best: number[] = [];
    for (const n of touched) {
      const score = scores[n];
      let at = best.length;
      while (at > 0 && (scores[best[at - 1]] < score || (scores[best[at - 1]] === score && best[at - 1] > n))) at--;
      if (at < limit) {
        best.splice(at, 0, n);
        if (best.length > limit) best.pop();
      }
    }
    for (const n of touched) scores[n] = 0;
    return best;
  }
}
