/**
 * A quote's word keys in a small open-addressing table, so that how many of
 * the quote's words a candidate source holds is counted from the source's
 * word keys in one pass (`wordKeysInto`), without tokenising it into words or
 * making a set of them. That count bounds the alignment from below: each
 * quote word a source lacks costs an edit, so a candidate holding too few of
 * them is rejected, or skipped when it cannot beat the best one aligned.
 */
import { wordKey, wordKeysInto, wordKeysScratch } from './wordKeys.ts';
import type { Word } from '../text/normalize.ts';

/** The distinct word keys of a quote, each with how many of the quote's words it is. */
export class QuoteWordKeys {
  /** Non-wildcard words of the quote (repeats counted). */
  readonly words: number;
  /** Slot → key, or -1 for an empty slot. */
  private readonly slots: Int32Array;
  /** Slot → how many of the quote's words have that key. */
  private readonly counts: Int32Array;
  /** Slot → the pass that last found that key in a source (so a key is counted once a source). */
  private readonly seen: Int32Array;
  private pass = 0;

  /** The table of the quote's non-wildcard words. */
  constructor(quote: readonly Word[]) {
    let words = 0;
    for (const w of quote) if (!w.wildcard) words++;
    this.words = words;
    let size = 16;
    while (size < words * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.counts = new Int32Array(size);
    this.seen = new Int32Array(size);
    for (const w of quote) {
      if (w.wildcard) continue;
      const slot = this.slotOf(wordKey(w.key));
      this.slots[slot] = wordKey(w.key);
      this.counts[slot]++;
    }
  }

  /** How many of the quote's words (repeats counted) occur somewhere in `text` (a hash collision can only add to it). */
  sharedWith(text: string): number {
    const n = wordKeysInto(text);
    const keys = wordKeysScratch();
    const pass = ++this.pass;
    let shared = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (key < 0) continue;
      const slot = this.slotOf(key);
      if (this.slots[slot] === key && this.seen[slot] !== pass) {
        this.seen[slot] = pass;
        shared += this.counts[slot];
      }
    }
    return shared;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.slots[slot] !== -1 && this.slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }
}
