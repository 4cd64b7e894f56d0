/**
 * The words of a source text for alignment, as `words` gives them, in one
 * pass over the characters for the common case (ASCII text with typographic
 * apostrophes, quotes and dashes) instead of the Unicode word pattern, which
 * costs more than the alignment on a candidate's first lookup. Any other text
 * goes through `words`, which this pass equals (tested).
 */
import { words, type Word } from '../text/normalize.ts';

/** Non-ASCII characters the fast pass knows (as the index's word keys do): apostrophes, the ellipsis, separators. */
const APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc, 0x2032]);
const SEPARATORS = new Set([0x2026, 0x201c, 0x201d, 0x00ab, 0x00bb, 0x2013, 0x2014, 0x00a0]);

/** 1 for an ASCII letter or digit, 2 for an apostrophe (' ` ‘ ’ ʼ ′), 0 otherwise. */
function kind(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return 1;
  if (c === 0x27 || c === 0x60 || APOSTROPHES.has(c)) return 2;
  return 0;
}

/** The words of `text` (as `words(text)` gives them). */
export function sourceWords(text: string): Word[] {
  return fastWords(text) ?? words(text);
}

/** The words in one pass, or undefined when the text holds a character the pass does not know. */
function fastWords(text: string): Word[] | undefined {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !APOSTROPHES.has(c) && !SEPARATORS.has(c)) return undefined;
  }
  const out: Word[] = [];
  const wildcard = (start: number, end: number) => {
    const last = out[out.length - 1];
    if (last?.wildcard) last.end = end;
    else out.push({ key: '', start, end, wildcard: true });
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) {
      // [insertion]: up to 200 characters other than ] and a line break, then ]
      let j = i + 1;
      while (j < n && j - i - 1 <= 200 && text.charCodeAt(j) !== 0x5d && text.charCodeAt(j) !== 10) j++;
      if (j < n && text.charCodeAt(j) === 0x5d && j - i - 1 <= 200) {
        wildcard(i, j + 1);
        i = j + 1;
      } else i++;
      continue;
    }
    if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e) {
      wildcard(i, i + 3);
      i += 3;
      continue;
    }
    if (c === 0x2026) {
      wildcard(i, i + 1);
      i++;
      continue;
    }
    if (kind(c) !== 1) {
      i++;
      continue;
    }
    // a word: letters and digits, joined by an apostrophe followed by more of them
    const start = i;
    let marked = false;
    while (i < n) {
      const k = kind(text.charCodeAt(i));
      if (k === 1) i++;
      else if (k === 2 && i + 1 < n && kind(text.charCodeAt(i + 1)) === 1) {
        if (text.charCodeAt(i) !== 0x27) marked = true;
        i++;
      } else break;
    }
    const raw = text.slice(start, i).toLowerCase();
    out.push({ key: marked ? raw.replace(/[\u2018\u2019\u02BC\u2032`]/g, "'") : raw, start, end: i, wildcard: false });
  }
  return out;
}
