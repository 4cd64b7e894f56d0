/**
 * An index of every registered source text by word pairs, so that a quote
 * finds its few candidate sources without scanning the registry, and the
 * best of them by alignment.
 */
import { words, type Word } from '../text/normalize.ts';
import { align, similarity, type Alignment } from './align.ts';

/** A text to index: the id of its source and its verbatim words. */
export interface IndexedText {
  id: string;
  text: string;
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
/** Candidates aligned per quote. */
const MAX_CANDIDATES = 6;
/** Alignment is bounded to this many source words around the seeds. */
const WINDOW_SLACK = 64;

/** Word-pair index over source texts with alignment-based lookup. */
export class QuoteIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly postings = new Map<number, number[]>();
  private readonly texts: IndexedText[] = [];

  /** Indexes the given texts. */
  constructor(texts: Iterable<IndexedText>) {
    for (const t of texts) this.add(t);
  }

  /** The number of indexed texts. */
  get size(): number {
    return this.texts.length;
  }

  private add(t: IndexedText): void {
    const n = this.texts.length;
    this.texts.push(t);
    const ws = words(t.text);
    let prev = -1;
    const seen = new Set<number>();
    for (const w of ws) {
      if (w.wildcard) {
        prev = -1;
        continue;
      }
      let id = this.vocabulary.get(w.key);
      if (id === undefined) {
        id = this.vocabulary.size;
        this.vocabulary.set(w.key, id);
      }
      if (prev >= 0) {
        const key = prev * 4194304 + id;
        if (!seen.has(key)) {
          seen.add(key);
          const list = this.postings.get(key);
          if (list) list.push(n);
          else this.postings.set(key, [n]);
        }
      }
      prev = id;
    }
  }

  /** The sources sharing the most word pairs with the quote, best first. */
  candidates(quote: Word[]): number[] {
    const votes = new Map<number, number>();
    const pairs = this.pairKeys(quote);
    let used = 0;
    for (const key of pairs) {
      const list = this.postings.get(key);
      if (!list || (list.length > COMMON_PAIR && pairs.length > 1)) continue;
      used++;
      for (const n of list) votes.set(n, (votes.get(n) ?? 0) + 1);
    }
    if (used === 0) return [];
    const floor = Math.max(1, Math.ceil(used * 0.25));
    return [...votes].filter(([, v]) => v >= floor).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([n]) => n);
  }

  /** The best-aligned source for a quote's words, or undefined when none shares enough words. */
  lookup(quote: Word[]): QuoteMatch | undefined {
    let best: QuoteMatch | undefined;
    for (const n of this.candidates(quote)) {
      const t = this.texts[n];
      const sourceWords = words(t.text);
      const window = this.window(quote, sourceWords);
      const alignment = align(quote, sourceWords.slice(window.start, window.end));
      if (window.start > 0) {
        for (let k = 0; k < alignment.pairs.length; k++) if (alignment.pairs[k] >= 0) alignment.pairs[k] += window.start;
        alignment.sourceStart += window.start;
        alignment.sourceEnd += window.start;
      }
      const sim = similarity(alignment);
      if (!best || sim > best.similarity) best = { id: t.id, alignment, similarity: sim, sourceWords };
    }
    return best;
  }

  private pairKeys(quote: Word[]): number[] {
    const keys: number[] = [];
    let prev = -1;
    for (const w of quote) {
      const id = w.wildcard ? undefined : this.vocabulary.get(w.key);
      if (id === undefined) {
        prev = -1;
        continue;
      }
      if (prev >= 0) keys.push(prev * 4194304 + id);
      prev = id;
    }
    return keys;
  }

  /** Bounds alignment to the part of a long source where the quote's words are. */
  private window(quote: Word[], source: Word[]): { start: number; end: number } {
    const limit = quote.length * 3 + WINDOW_SLACK * 2;
    if (source.length <= limit) return { start: 0, end: source.length };
    const keys = new Set(quote.filter((w) => !w.wildcard).map((w) => w.key));
    let bestStart = 0;
    let bestHits = -1;
    let hits = 0;
    const span = quote.length + WINDOW_SLACK;
    for (let j = 0; j < source.length; j++) {
      if (keys.has(source[j].key)) hits++;
      if (j >= span && keys.has(source[j - span].key)) hits--;
      if (hits > bestHits) {
        bestHits = hits;
        bestStart = Math.max(0, j - span + 1);
      }
    }
    const start = Math.max(0, bestStart - WINDOW_SLACK);
    return { start, end: Math.min(source.length, start + limit) };
  }
}
