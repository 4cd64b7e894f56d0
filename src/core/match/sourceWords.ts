/**
 * The words of a source text for alignment, as `words` gives them, in one
 * pass over the characters for the common case (ASCII text with typographic
 * apostrophes, quotes and dashes) instead of the Unicode word pattern, which
 * costs more than the alignment on a candidate's first lookup. Any other text
 * goes through `words`, which this pass equals (tested).
 */
import { words, type Word } from '../text/normalize.ts';
import { APOSTROPHE, charKind, fastPassKnows, insertionEnd } from './fastPass.ts';

/** The words of `text` (as `words(text)` gives them). */
export function sourceWords(text: string): Word[] {
  return fastWords(text) ?? words(text);
}

/** The words in one pass, or undefined when the text holds a character the pass does not know. */
function fastWords(text: string): Word[] | undefined {
  if (!fastPassKnows(text)) return undefined;
  const n = text.length;
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
      const end = insertionEnd(text, i);
      if (end >= 0) wildcard(i, end);
      i = end >= 0 ? end : i + 1;
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
    if (charKind(c) !== 1) {
      i++;
      continue;
    }
    // a word: letters and digits, joined by an apostrophe followed by more of them
    const start = i;
    let marked = false;
    while (i < n) {
      const k = charKind(text.charCodeAt(i));
      if (k === 1) i++;
      else if (k === 2 && i + 1 < n && charKind(text.charCodeAt(i + 1)) === 1) {
        if (text.charCodeAt(i) !== APOSTROPHE) marked = true;
        i++;
      } else break;
    }
    const raw = text.slice(start, i).toLowerCase();
    out.push({ key: marked ? raw.replace(/[\u2018\u2019\u02BC\u2032`]/g, "'") : raw, start, end: i, wildcard: false });
  }
  return out;
}
