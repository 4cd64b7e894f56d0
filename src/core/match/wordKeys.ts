/**
 * Word keys for the quote index: each word of a source text normalised
 * (NFC, lower case, straight apostrophes) and hashed, with ellipses and
 * [insertions] as breaks. The common case — ASCII text with typographic
 * apostrophes, quotes and dashes — is hashed in one pass over the characters,
 * without making a string per word; any other text goes through the
 * reference tokeniser (`indexWords`), which the fast pass equals (tested).
 */

import { WORD_PATTERN } from '../text/wordPattern.ts';

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

const APOSTROPHE = 0x27;
/** Non-ASCII characters the fast pass knows: apostrophes (→ '), the ellipsis, and separators. */
const KNOWN_NON_ASCII: Record<number, 'apostrophe' | 'ellipsis' | 'separator'> = {
  0x2018: 'apostrophe', 0x2019: 'apostrophe', 0x02bc: 'apostrophe', 0x2032: 'apostrophe',
  0x2026: 'ellipsis',
  0x201c: 'separator', 0x201d: 'separator', 0x00ab: 'separator', 0x00bb: 'separator',
  0x2013: 'separator', 0x2014: 'separator', 0x00a0: 'separator',
};

/** 0 = separator, 1 = letter or digit, 2 = apostrophe (after mapping), for a character code. */
function kind(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return 1;
  if (c === APOSTROPHE || c === 0x60) return 2;
  if (c < 0x80) return 0;
  const k = KNOWN_NON_ASCII[c];
  return k === 'apostrophe' ? 2 : 0;
}

/** The keys in one pass into `scratch` (their count), or -1 when the text holds a character the pass does not know. */
function fastWordKeys(text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && KNOWN_NON_ASCII[c] === undefined) return -1;
  }
  // a text of n characters has at most n / 2 + 1 keys (a word and a separator each)
  if (scratch.length < (n >> 1) + 2) scratch = new Int32Array(n + 2);
  const keys = scratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) {
      // [insertion]: up to 200 characters other than ] and a line break, then ]
      let j = i + 1;
      while (j < n && j - i - 1 <= 200 && text.charCodeAt(j) !== 0x5d && text.charCodeAt(j) !== 10) j++;
      if (j < n && text.charCodeAt(j) === 0x5d && j - i - 1 <= 200) {
        keys[count++] = -1;
        i = j + 1;
        continue;
      }
      i++;
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
    if (kind(c) !== 1) {
      i++;
      continue;
    }
    // a word: letters and digits, joined by an apostrophe followed by more of them
    let h = 0x811c9dc5;
    while (i < n) {
      const d = text.charCodeAt(i);
      const k = kind(d);
      if (k === 1) {
        h = Math.imul(h ^ (d >= 0x41 && d <= 0x5a ? d | 0x20 : d), 0x01000193);
        i++;
      } else if (k === 2 && i + 1 < n && kind(text.charCodeAt(i + 1)) === 1) {
        h = Math.imul(h ^ APOSTROPHE, 0x01000193);
        i++;
      } else break;
    }
    keys[count++] = (h >>> 2) & 0x3fffffff;
  }
  return count;
}
