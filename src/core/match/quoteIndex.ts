/**
 * An index of every registered source text by word pairs, so that a quote
 * finds its few candidate sources without scanning the registry, and the
 * best of them by alignment; and of each speaker's statements by word, so
 * that a quote attributed to a speaker is aligned against their own.
 */
import type { Word } from '../text/normalize.ts';
import { similarity, type Alignment } from './align.ts';
import { alignInWindow } from './alignWindow.ts';
import { PairTable, type PairRows } from './pairTable.ts';
import { QuoteVocabulary } from './quoteVocabulary.ts';
import { QuoteWordKeys } from './quoteWordKeys.ts';
import { sourceWords } from './sourceWords.ts';
import { SpeakerWords } from './speakerWords.ts';
import { VoteCounts } from './voteCounts.ts';
import { wordKey, wordKeysInto, wordKeysScratch } from './wordKeys.ts';
import { workCounts } from '../workCounts.ts';

/** A text to index: the id of its source, its verbatim words and, when registered, the id of its speaker. */
export interface IndexedText {
  id: string;
  text: string;
  speaker?: string;
}

/** The best source for a quote and how the quote lines up with it. */
export interface QuoteMatch {
  id: string;
  alignment: Alignment;
  /** 1 = verbatim (under the normalisation rules), lower = more words differ. */
  similarity: number;
  /** The source's words, for mapping the alignment back to its text. */
  sourceWords: Word[];
}

/** Pairs seen in more sources than this are too common to pick candidates by. */
const COMMON_PAIR = 2000;
/** Winnowing window: of every WINDOW consecutive word pairs, the one with the smallest hash is indexed. */
const WINDOW = 3;
/** Texts whose words are kept for reuse across lookups. */
const WORD_CACHE = 1024;
/** A candidate is aligned only if this share of the quote's words occur in it (a close match needs ≥ 60 %). */
const MIN_SHARED_WORDS = 0.55;
/** Postings read per quote at most, rarest pairs first: bounds lookup time at any registry size. */
const POSTINGS_BUDGET = 4_000;
/** Postings read first, rarest pairs first: where they give a verbatim source, no more are read (in a large registry most are common pairs'). */
const FIRST_BUDGET = 256;
/** Candidates aligned per quote. */
const MAX_CANDIDATES = 6;
/** Candidates aligned per quote among its speaker's own statements. */
const MAX_OWN_CANDIDATES = 8;

/**
 * The key of a word pair: a 30-bit hash, so keys stay small integers (compact
 * and fast in a Map). A rare collision only adds a candidate, which alignment rejects.
 */
function pairKey(first: number, second: number): number {
  let h = Math.imul(first + 1, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) & 0x3fffffff;
}

/** A cheap, well-mixed hash of a pair key, for winnowing. */
function mix(key: number): number {
  const h = Math.imul(key, 0x27d4eb2d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** One quote's tables for choosing among candidates, and what was found of each candidate tried. */
interface Lookup {
  quote: Word[];
  vocabulary: QuoteVocabulary;
  /** The quote's word keys, made for texts the one pass does not know. */
  keys?: QuoteWordKeys;
  /** Text number → how many quote words it holds, and its alignment, or at least how many edits that costs. */
  tried: Map<number, { shared: number; alignment?: Alignment; atLeast: number }>;
}

/** The tables of a lookup of `quote`. */
function lookupOf(quote: Word[]): Lookup {
  return { quote, vocabulary: new QuoteVocabulary(quote), tried: new Map() };
}

/** The candidate chosen so far: its text number and alignment. */
interface Chosen {
  n: number;
  alignment: Alignment;
  similarity: number;
}

/** Word-pair index over source texts with alignment-based lookup. */
export class QuoteIndex {
  /** Pair key → the texts holding it. */
  private readonly postings: PairTable;
  /** Each speaker's statements by word. */
  private readonly speakerWords = new SpeakerWords((n) => this.texts[n].text);
  private readonly texts: IndexedText[] = [];
  private readonly wordCache = new Map<number, Word[]>();
  /** Vote counts by text number, reused across lookups. */
  private readonly votes = new VoteCounts();
  /** Candidates aligned so far (for the bench and tests: how much alignment the lookups took). */
  aligned = 0;
  /** Postings read so far (for the bench and tests). */
  postingsRead = 0;
  /** Texts tokenised into words so far (for tests: a lookup makes the words of the source it chooses only). */
  tokenised = 0;

  /** Indexes the given texts; with `table` (the pair rows of the same texts, from `pairRows`, checked), their pairs are not hashed again. */
  constructor(texts: Iterable<IndexedText>, table?: PairTable) {
    this.postings = table ?? new PairTable();
    if (table) {
      for (const t of texts) {
        if (t.speaker) this.speakerWords.add(this.texts.length, t.speaker);
        this.texts.push(t);
      }
      return;
    }
    for (const t of texts) this.add(t);
    this.postings.freeze();
  }

  /** The index of `texts` with stored pair rows, or undefined when the rows cannot be rows of these texts. */
  static fromPairRows(texts: readonly IndexedText[], rows: PairRows): QuoteIndex | undefined {
    const table = PairTable.fromRows(rows, texts.length);
    return table && new QuoteIndex(texts, table);
  }

  /** The word-pair rows of the index, to store them (`fromPairRows` reads them back). */
  pairRows(): PairRows {
    return this.postings.rows();
  }

  /** The number of indexed texts. */
  get size(): number {
    return this.texts.length;
  }

  /** Pair keys and their hashes of the text being added (reused: no arrays per text). */
  private pairs = new Int32Array(1024);
  private hashes = new Uint32Array(1024);

  private add(t: IndexedText): void {
    const n = this.texts.length;
    this.texts.push(t);
    const count = wordKeysInto(t.text);
    const words = wordKeysScratch();
    if (t.speaker) this.speakerWords.add(n, t.speaker);
    if (this.pairs.length < count) {
      this.pairs = new Int32Array(count * 2);
      this.hashes = new Uint32Array(count * 2);
    }
    const keys = this.pairs;
    const hashes = this.hashes;
    let pairs = 0;
    let prev = -1;
    for (let w = 0; w < count; w++) {
      const id = words[w];
      if (id < 0) {
        prev = -1;
        continue;
      }
      if (prev >= 0) keys[pairs++] = pairKey(prev, id);
      prev = id;
    }
    // winnowing: index the minimum-hash pair of each window of WINDOW pairs, so any
    // stretch of WINDOW pairs a quote shares with the text shares an indexed pair
    if (pairs <= WINDOW) {
      for (let k = 0; k < pairs; k++) this.postings.add(keys[k], n);
      return;
    }
    for (let k = 0; k < pairs; k++) hashes[k] = mix(keys[k]);
    let last = -1;
    for (let start = 0; start + WINDOW <= pairs; start++) {
      let best = start;
      for (let k = start + 1; k < start + WINDOW; k++) if (hashes[k] <= hashes[best]) best = k;
      if (best !== last) {
        this.postings.add(keys[best], n);
        last = best;
      }
    }
  }

  /** The sources sharing the most word pairs with the quote, best first (reading postings up to `budget`). */
  candidates(quote: Word[], budget = POSTINGS_BUDGET): number[] {
    const rows = this.rowsOf(quote);
    const [used, read] = this.reading(rows, budget);
    if (used === 0) return [];
    this.postingsRead += read;
    this.votes.start(read);
    this.vote(rows, 0, used);
    return this.best(used);
  }

  /** The best-aligned source for a quote's words, or undefined when none shares enough words. */
  lookup(quote: Word[]): QuoteMatch | undefined {
    // the rarest pairs first: a verbatim source among their candidates ends the lookup;
    // else the reading goes on from there to the full budget (the first rows' votes kept)
    const rows = this.rowsOf(quote);
    const [firstUsed, firstRead] = this.reading(rows, FIRST_BUDGET);
    if (firstUsed === 0) return undefined;
    const [used, read] = this.reading(rows, POSTINGS_BUDGET);
    this.votes.start(read);
    this.vote(rows, 0, firstUsed);
    const state = lookupOf(quote);
    const found = this.bestOf(state, this.best(firstUsed));
    if (used === firstUsed || found?.alignment.distance === 0) {
      this.postingsRead += firstRead;
      return this.matchOf(found);
    }
    this.vote(rows, firstUsed, used);
    this.postingsRead += read;
    return this.matchOf(this.bestOf(state, this.best(used)));
  }

  /** The rows of the quote's word pairs that pick candidates (those of pairs too common left out), rarest first. */
  private rowsOf(quote: Word[]): number[] {
    const pairs = this.pairKeys(quote);
    const table = this.postings;
    const rows: number[] = [];
    for (const key of pairs) {
      const row = table.rowOf(key);
      if (row >= 0 && (table.rowEnd(row) - table.rowStart(row) <= COMMON_PAIR || pairs.length === 1)) rows.push(row);
    }
    rows.sort((a, b) => table.rowEnd(a) - table.rowStart(a) - (table.rowEnd(b) - table.rowStart(b)));
    return rows;
  }

  /** How many of `rows` (rarest first) a reading of `budget` postings takes (at least one, when there is one), and their postings. */
  private reading(rows: readonly number[], budget: number): [used: number, read: number] {
    const table = this.postings;
    let used = 0;
    let read = 0;
    while (used < rows.length) {
      const length = table.rowEnd(rows[used]) - table.rowStart(rows[used]);
      if (used > 0 && read + length > budget) break;
      read += length;
      used++;
    }
    return [used, read];
  }

  /** One vote for each text of rows `from` to `to` (of `rows`). */
  private vote(rows: readonly number[], from: number, to: number): void {
    const table = this.postings;
    const votes = this.votes;
    const docs = table.texts;
    for (let r = from; r < to; r++) for (let k = table.rowStart(rows[r]), end = table.rowEnd(rows[r]); k < end; k++) votes.add(docs[k]);
  }

  /** The best MAX_CANDIDATES of the texts voted for by at least a quarter of `used` rows: most votes first, then the earlier text. */
  private best(used: number): number[] {
    const votes = this.votes;
    const floor = Math.max(1, Math.ceil(used * 0.25));
    const best: number[] = [];
    const bestVotes: number[] = [];
    for (let k = 0; k < votes.size; k++) {
      const v = votes.votesAt(k);
      if (v < floor) continue;
      const n = votes.text(k);
      let at = best.length;
      while (at > 0 && (bestVotes[at - 1] < v || (bestVotes[at - 1] === v && best[at - 1] > n))) at--;
      if (at >= MAX_CANDIDATES) continue;
      best.splice(at, 0, n);
      bestVotes.splice(at, 0, v);
      if (best.length > MAX_CANDIDATES) {
        best.pop();
        bestVotes.pop();
      }
    }
    return best;
  }

  /** How many indexed texts `speaker` (a speaker id) said. */
  statementsBy(speaker: string): number {
    return this.speakerWords.statementsBy(speaker);
  }

  /**
   * The best-aligned of the statements `speaker` (a speaker id) said, among those
   * that could be within `maxEdits` word edits of the quote; undefined when none is.
   */
  lookupBySpeaker(quote: Word[], speaker: string, maxEdits: number): QuoteMatch | undefined {
    const keys = quote.filter((w) => !w.wildcard).map((w) => wordKey(w.key));
    return this.matchOf(this.bestOf(lookupOf(quote), this.speakerWords.candidates(speaker, keys, MAX_OWN_CANDIDATES, maxEdits)));
  }

  /**
   * The candidate that aligns best with the quote (the first of equals), among
   * those holding most of its words, on `lookup`'s tables (what an earlier call
   * for the same quote aligned is not aligned again). Each quote word a candidate
   * lacks costs an edit, so one that cannot come closer than the best so far is
   * not aligned, an alignment stops once it cannot, and none is after a verbatim match.
   */
  private bestOf(lookup: Lookup, candidates: readonly number[]): Chosen | undefined {
    const { vocabulary, tried } = lookup;
    const words = vocabulary.words;
    let best: Chosen | undefined;
    for (const n of candidates) {
      if (best && best.alignment.distance === 0) break;
      // a candidate whose alignment costs `bound` edits or more cannot be more similar than the best so far
      const bound = best ? Math.min(best.alignment.distance, words) : Infinity;
      let trial = tried.get(n);
      // (the text read for its shared words is aligned on the numbers read, unless it is not aligned at once)
      let count = -1;
      if (!trial) {
        count = this.read(lookup, n);
        trial = { shared: count >= 0 ? vocabulary.shared : (lookup.keys ??= new QuoteWordKeys(lookup.quote)).sharedWith(this.texts[n].text), atLeast: 0 };
        tried.set(n, trial);
      }
      // alignment can only reach a close match if most of the quote's words are in the text
      if (trial.shared < words * MIN_SHARED_WORDS) continue;
      if (best && words - trial.shared >= best.alignment.distance) continue;
      if (!trial.alignment) {
        if (trial.atLeast >= bound) continue;
        workCounts.alignments++;
        trial.alignment = this.alignment(lookup, n, count >= 0 ? count : this.read(lookup, n), bound);
        if (!trial.alignment) {
          trial.atLeast = bound;
          continue;
        }
      }
      const sim = similarity(trial.alignment);
      if (!best || sim > best.similarity) best = { n, alignment: trial.alignment, similarity: sim };
    }
    return best;
  }

  /** Reads text `n` into the lookup's word numbers in one pass: how many (-1 when the pass does not know its characters). */
  private read(lookup: Lookup, n: number): number {
    return lookup.vocabulary.read(this.texts[n].text);
  }

  /** How the quote lines up with text `n` (its `count` word numbers just read, or -1), or undefined when that costs `bound` edits or more. */
  private alignment(lookup: Lookup, n: number, count: number, bound: number): Alignment | undefined {
    this.aligned++;
    // where the one pass does not know the text's characters, its numbers come from its words
    const vocabulary = lookup.vocabulary;
    if (count < 0) count = vocabulary.readWords(this.wordsOf(n));
    return alignInWindow(vocabulary.ids, vocabulary.source, count, bound);
  }

  /** The match of a chosen candidate: only its words are made (its numbers are its words', position for position). */
  private matchOf(chosen: Chosen | undefined): QuoteMatch | undefined {
    return chosen && { id: this.texts[chosen.n].id, alignment: chosen.alignment, similarity: chosen.similarity, sourceWords: this.wordsOf(chosen.n) };
  }

  /** The words of text `n`, tokenised once and kept for the texts looked at most recently. */
  private wordsOf(n: number): Word[] {
    let ws = this.wordCache.get(n);
    if (!ws) {
      if (this.wordCache.size >= WORD_CACHE) this.wordCache.clear();
      this.tokenised++;
      ws = sourceWords(this.texts[n].text);
      this.wordCache.set(n, ws);
    }
    return ws;
  }

  private pairKeys(quote: Word[]): number[] {
    const keys: number[] = [];
    let prev = -1;
    for (const w of quote) {
      if (w.wildcard) {
        prev = -1;
        continue;
      }
      const id = wordKey(w.key);
      if (prev >= 0) keys.push(pairKey(prev, id));
      prev = id;
    }
    return keys;
  }
}
