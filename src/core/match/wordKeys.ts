/**
 * Word keys for the quote index: each word of a source text normalised
 * (NFC, lower case, straight apostrophes) and hashed, with ellipses and
 * [insertions] as breaks. The common case — ASCII text with typographic
 * apostrophes, quotes and dashes — is hashed in one pass over the characters,
 * without making a string per word; any other text goes through the
 * reference tokeniser (`indexWords`), which the fast pass equals (tested).
 */

import { WORD_PATTERN } from '../text/wordPattern.ts';
import { APOSTROPHE, charKind, fastPassKnows, insertionEnd } from './fastPass.ts';

/** Words as matching reads them (each character of a script without spaces is one). */
const WORD = new RegExp(WORD_PATTERN, 'gv');

/** A 30-bit hash of a normalised word (FNV-1a): no vocabulary to keep. */
export function wordKey(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 2) & 0x3fffffff;
}

/** The reference tokeniser: normalised words of a text, '' where a wildcard breaks the run. */
export function indexWords(text: string): string[] {
  // lower case word by word, as `words` does (Σ lowers by context: ς at the end of a word)
  const normal = text.normalize('NFC').replace(/[\u2018\u2019\u02BC\u2032`]/g, "'");
  return normal.match(WORD)?.map((w) => (w === '...' || w === '…' || w.startsWith('[') ? '' : w.toLowerCase())) ?? [];
}

/** Word keys of a text in order, -1 for a wildcard. */
export function wordKeys(text: string): number[] {
  const n = wordKeysInto(text);
  return Array.from(scratch.subarray(0, n));
}

/** Reused between texts: the keys of the last text. */
let scratch = new Int32Array(1024);

/** Writes the word keys of a text into `wordKeysScratch()` and returns how many there are (no array per text). */
export function wordKeysInto(text: string): number {
  const n = fastWordKeys(text);
  if (n >= 0) return n;
  const keys = indexWords(text).map((w) => (w === '' ? -1 : wordKey(w)));
  if (keys.length > scratch.length) scratch = new Int32Array(keys.length * 2);
  scratch.set(keys);
  return keys.length;
}

/** The buffer `wordKeysInto` fills (valid until its next call). */
export function wordKeysScratch(): Int32Array {
  return scratch;
}

/** The keys in one pass into `scratch` (their count), or -1 when the text holds a character the pass does not know. */
function fastWordKeys(text: string): number {
  if (!fastPassKnows(text)) return -1;
  const n = text.length;
  // a text of n characters has at most n / 2 + 1 keys (a word and a separator each)
  if (scratch.length < (n >> 1) + 2) scratch = new Int32Array(n + 2);
  const keys = scratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) {
      const end = insertionEnd(text, i);
      if (end >= 0) keys[count++] = -1;
      i = end >= 0 ? end : i + 1;
      continue;
    }
    if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) {
      keys[count++] = -1;
      i += 3;
      continue;
    }
    if (c === 0x2026) {
      keys[count++] = -1;
      i++;
      continue;
    }
    if (charKind(c) !== 1) {
      i++;
      continue;
    }
    i = scanWord(text, i, n);
    keys[count++] = scannedWord.key;
  }
  return count;
}

/** The key of the word `scanWord` read last (an out-slot, so the hot loops allocate nothing). */
export const scannedWord = { key: 0 };

/**
 * Reads the word starting at `i` of `text` (letters and digits, joined by an
 * apostrophe followed by more of them), puts its key — the hash `wordKey`
 * gives its form — in `scannedWord.key`, and returns where it ends.
 */
export function scanWord(text: string, i: number, n: number): number {
  let h = 0x811c9dc5;
  while (i < n) {
    const d = text.charCodeAt(i);
    const k = charKind(d);
    if (k === 1) {
      h = Math.imul(h ^ (d >= 0x41 && d <= 0x5a ? d | 0x20 : d), 0x01000193);
      i++;
    } else if (k === 2 && i + 1 < n && charKind(text.charCodeAt(i + 1)) === 1) {
      h = Math.imul(h ^ APOSTROPHE, 0x01000193);
      i++;
    } else break;
  }
  scannedWord.key = (h >>> 2) & 0x3fffffff;
  return i;
}
