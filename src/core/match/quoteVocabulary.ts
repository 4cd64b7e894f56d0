/**
 * A quote's distinct words numbered, and a source text read as those numbers
 * in one pass over its characters, so that a candidate is aligned on integers
 * without making a string or an object per source word (at a million
 * statements no cache of tokenised candidates can hold them, and tokenising
 * each candidate again cost more than aligning it). A source word gets a
 * quote word's number only when its normalised characters equal that word's
 * (compared, not only hashed), and wildcards merge as `words` merges them,
 * so position k of the numbers is word k of `sourceWords(text)` (tested).
 */
import type { Word } from '../text/normalize.ts';
import { charKind, fastPassKnows, insertionEnd } from './fastPass.ts';
import { scannedWord, scanWord, wordKey } from './wordKeys.ts';

/** An ellipsis or an [insertion]: stands for any words. */
export const WILDCARD = -1;
/** A source word that is none of the quote's. */
export const OTHER_WORD = -2;

/**
 * The numbers of the text read last, by any vocabulary: one array for all of them (a
 * vocabulary is made per lookup, and an array of its own cost an allocation outside
 * the heap each time; each read is aligned before the next one is made).
 */
let scratch = new Int32Array(1024);

/** The quote's words by number (`ids`), and `read` to number a source text's words the same way. */
export class QuoteVocabulary {
  /** For each quote word, its number (0, 1, … by first occurrence), or WILDCARD. */
  readonly ids: Int32Array;
  /** Non-wildcard words of the quote (repeats counted). */
  readonly words: number;
  /** Number → the word's normalised form. */
  private readonly forms: string[] = [];
  private readonly byForm = new Map<string, number>();
  /** Hash table by `wordKey` of the form: slot → number + 1, or 0 when empty (forms with equal keys take several slots). */
  private readonly slots: Int32Array;
  private readonly slotKeys: Int32Array;
  /** Slot → how many of the quote's words have its key (repeats counted; on the first slot of a key, 0 on the others). */
  private readonly keyWords: Int32Array;
  /** Slot → the read that last found its key in a source (so that a key counts once a source). */
  private readonly seen: Int32Array;
  private reads = 0;
  /** Of the last text `read`: how many of the quote's words (repeats counted) have a key found in it, as `QuoteWordKeys.sharedWith` counts them. */
  shared = 0;

  /** The vocabulary of a quote's words. */
  constructor(quote: readonly Word[]) {
    this.ids = new Int32Array(quote.length);
    quote.forEach((w, k) => {
      if (w.wildcard) {
        this.ids[k] = WILDCARD;
        return;
      }
      let id = this.byForm.get(w.key);
      if (id === undefined) {
        id = this.forms.length;
        this.forms.push(w.key);
        this.byForm.set(w.key, id);
      }
      this.ids[k] = id;
    });
    this.words = quote.length - this.ids.filter((id) => id === WILDCARD).length;
    let size = 16;
    while (size < this.forms.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.slotKeys = new Int32Array(size);
    this.keyWords = new Int32Array(size);
    this.seen = new Int32Array(size);
    const mask = size - 1;
    const uses = new Int32Array(this.forms.length);
    for (const id of this.ids) if (id >= 0) uses[id]++;
    this.forms.forEach((form, id) => {
      const key = wordKey(form);
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      let first = -1;
      while (this.slots[slot] !== 0) {
        if (first < 0 && this.slotKeys[slot] === key) first = slot;
        slot = (slot + 1) & mask;
      }
      this.slots[slot] = id + 1;
      this.slotKeys[slot] = key;
      this.keyWords[first >= 0 ? first : slot] += uses[id];
    });
  }

  /** The numbers of the words `read` or `readWords` found (valid until the next read of any vocabulary). */
  get source(): Int32Array {
    return scratch;
  }

  /** The numbers of a source text's words in order, into `source`: their count, or -1 when the text holds a character the one pass does not know. */
  read(text: string): number {
    if (!fastPassKnows(text)) return -1;
    const n = text.length;
    if (scratch.length < (n >> 1) + 2) scratch = new Int32Array(n + 2);
    const out = scratch;
    const read = ++this.reads;
    this.shared = 0;
    let count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let wildcardEnd = -1;
      if (c === 0x5b) wildcardEnd = insertionEnd(text, i);
      else if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) wildcardEnd = i + 3;
      else if (c === 0x2026) wildcardEnd = i + 1;
      if (wildcardEnd >= 0) {
        if (count === 0 || out[count - 1] !== WILDCARD) out[count++] = WILDCARD;
        i = wildcardEnd;
        continue;
      }
      if (charKind(c) !== 1) {
        i++;
        continue;
      }
      // a word: letters and digits, joined by an apostrophe followed by more of them (keyed as `wordKey` keys its form: `scanWord`)
      const start = i;
      i = scanWord(text, i, n);
      out[count++] = this.idOf(scannedWord.key, text, start, i, read);
    }
    return count;
  }

  /** The numbers of words already tokenised (for texts the one pass does not know), into `source`: their count. */
  readWords(source: readonly Word[]): number {
    if (scratch.length < source.length) scratch = new Int32Array(source.length * 2);
    for (let k = 0; k < source.length; k++) {
      const w = source[k];
      scratch[k] = w.wildcard ? WILDCARD : (this.byForm.get(w.key) ?? OTHER_WORD);
    }
    return source.length;
  }

  /** The number of the quote word whose form is the word `text[start, end)` with key `key`, or OTHER_WORD (counting the key into `shared` once a read). */
  private idOf(key: number, text: string, start: number, end: number, read: number): number {
    const mask = this.slots.length - 1;
    let counted = false;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slotKeys[slot] !== key) continue;
      if (!counted) {
        // the first slot of the key holds its words
        counted = true;
        if (this.seen[slot] !== read) {
          this.seen[slot] = read;
          this.shared += this.keyWords[slot];
        }
      }
      if (sameForm(this.forms[this.slots[slot] - 1], text, start, end)) return this.slots[slot] - 1;
    }
    return OTHER_WORD;
  }
}

/** Whether `form` is the normalised form of `text[start, end)` (ASCII letters lower-cased, any apostrophe straight). */
function sameForm(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) {
    const d = text.charCodeAt(start + k);
    const normal = charKind(d) === 2 ? 0x27 : d >= 0x41 && d <= 0x5a ? d | 0x20 : d;
    if (form.charCodeAt(k) !== normal) return false;
  }
  return true;
}
