/**
 * The last sentence of a window before a quote, as the patterns that end in
 * `IN_SENTENCE_NL{0,n}$` read it: what follows their cue runs to the
 * window's end without a quote mark, a ! or ?, or a period that ends a
 * sentence (an abbreviation's may stay). A pattern whose cue must lie there
 * cannot match a window whose last sentence holds no cue: a cheap test
 * spares the search (the window's earlier sentences often hold one).
 */
import { ABBREV_DOT } from './grammar.ts';

/** A period that closes an abbreviation, tried at one position. */
const ABBREVIATION_DOT_AT = new RegExp(ABBREV_DOT, 'uy');

/** Where the window's last sentence starts: past its last quote mark, ! or ?, or sentence-ending period (0 when it has none). */
export function sentenceTailStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return i + 1; // ! ? " “ ” « »
    if (c === 0x2e) {
      ABBREVIATION_DOT_AT.lastIndex = i;
      if (!ABBREVIATION_DOT_AT.test(text)) return i + 1;
    }
  }
  return 0;
}

/** Whether `pattern` (a cue word) occurs in the window's last sentence; true whenever a cue there could end a `…IN_SENTENCE_NL{0,n}$` match. */
export function inLastSentence(pattern: RegExp, text: string): boolean {
  const from = sentenceTailStart(text);
  return pattern.test(from ? text.slice(from) : text);
}
