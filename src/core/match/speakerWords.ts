/**
 * Every speaker's statements by word: a quote attributed to a registered
 * speaker finds the statements of theirs that share the most of its words,
 * rarer words weighing more, without reading anyone else's statements. Each
 * speaker's table is built the first time one of their quotes is looked up,
 * from their statements only, so a registry pays for the speakers drafts
 * quote. Single words, not word pairs, so that one changed word in a short
 * quote still leaves most of its keys in common with the statement it comes from.
 */
import { WordPostings, type Positions } from './wordPostings.ts';
import { workCounts } from '../workCounts.ts';

/** Postings read per quote at most beyond the rarest words' (which give the candidates): bounds the ranking's cost. */
const POSTINGS_BUDGET = 20_000;

/** The statements of each speaker by word: `add` every text (in increasing order), then `candidates`. */
export class SpeakerWords {
  /** Each speaker's texts, by speaker id, in increasing order. */
  private readonly textsBy = new Map<string, number[]>();
  /** Word key → the positions (among the speaker's texts) of those holding it, per speaker looked up so far. */
  private readonly tables = new Map<string, WordPostings>();
  /** Scores by position among the speaker's texts, reused across lookups (always left at zero). */
  private scores = new Float64Array(0);
  /** The positions a lookup scored, reused across lookups. */
  private touched = new Int32Array(0);
  /** How many of the quote's words each scored position holds, reused across lookups (always left at zero). */
  private shared = new Uint16Array(0);

  /** `textOf` gives the text of a text number, for building a speaker's table when first needed. */
  constructor(private readonly textOf: (doc: number) => string) {}

  /** Adds text `doc` (texts in increasing order) as said by `speaker`. */
  add(doc: number, speaker: string): void {
    const list = this.textsBy.get(speaker);
    if (list) list.push(doc);
    else this.textsBy.set(speaker, [doc]);
  }

  /** How many statements `speaker` has here. */
  statementsBy(speaker: string): number {
    return this.textsBy.get(speaker)?.length ?? 0;
  }

  /**
   * The statements by `speaker` that could be within `maxAbsent` word edits of
   * the quote, ranked by the quote's distinct word keys they share, each word
   * weighted by how rare it is among the speaker's statements; best first (the
   * earlier text on a tie), at most `limit`. Each quote word a statement lacks
   * costs an edit, so such a statement holds at least one of any `maxAbsent + 1`
   * of the quote's words: only the texts of its rarest ones are candidates.
   */
  candidates(speaker: string, quoteKeys: readonly number[], limit: number, maxAbsent: number): number[] {
    const table = this.tableOf(speaker);
    const docs = this.textsBy.get(speaker);
    if (!table || !docs) return [];
    const total = docs.length;
    const lists: Positions[] = [];
    let absent = 0;
    for (const key of new Set(quoteKeys)) {
      const list = table.get(key);
      if (list) lists.push(list);
      else absent++; // in none of the speaker's statements
    }
    const seeds = maxAbsent - absent + 1;
    if (seeds <= 0 || !lists.length) return [];
    lists.sort((a, b) => a.length - b.length);
    let read = 0;
    for (let l = 0; l < seeds && l < lists.length; l++) read += lists[l].length;
    if (this.scores.length < total) {
      this.scores = new Float64Array(total);
      this.shared = new Uint16Array(total);
    }
    const shared = this.shared;
    if (this.touched.length < read) this.touched = new Int32Array(read);
    const scores = this.scores;
    const touched = this.touched;
    let count = 0;
    let readLists = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      if (l >= seeds && read + list.length > POSTINGS_BUDGET) break;
      readLists++;
      if (l >= seeds) read += list.length;
      const weight = Math.log(1 + total / list.length);
      for (let k = 0; k < list.length; k++) {
        const n = list[k];
        if (l < seeds) {
          if (scores[n] === 0) touched[count++] = n;
        } else if (scores[n] === 0) continue; // not a candidate: it holds none of the rarest words
        scores[n] += weight;
        shared[n]++;
      }
    }
    workCounts.speakerPostings += read;
    // with every word read, a text lacking more of them than the edits allow is no candidate
    const needed = readLists === lists.length ? lists.length - (seeds - 1) : 0;
    // the best `limit` by score, kept in order as the candidates are read once
    const best: number[] = [];
    for (let k = 0; k < count; k++) {
      const n = touched[k];
      const score = scores[n];
      if (shared[n] < needed || (best.length === limit && score < scores[best[limit - 1]])) continue;
      let at = best.length;
      while (at > 0 && (scores[best[at - 1]] < score || (scores[best[at - 1]] === score && best[at - 1] > n))) at--;
      if (at < limit) {
        best.splice(at, 0, n);
        if (best.length > limit) best.pop();
      }
    }
    for (let k = 0; k < count; k++) {
      scores[touched[k]] = 0;
      shared[touched[k]] = 0;
    }
    // positions follow the speaker's texts in order, so ties keep the earlier text first
    return best.map((p) => docs[p]);
  }

  /** The word table of one speaker's statements, built on first use; undefined for a speaker with none. */
  private tableOf(speaker: string): WordPostings | undefined {
    let table = this.tables.get(speaker);
    if (table) return table;
    const docs = this.textsBy.get(speaker);
    if (!docs) return undefined;
    table = new WordPostings(docs.length, (p) => this.textOf(docs[p]));
    this.tables.set(speaker, table);
    return table;
  }
}
