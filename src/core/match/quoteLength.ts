/**
 * How long a quote is, in words, when deciding whether it is long enough to
 * match a source: a character of a script written without spaces is half a
 * word (a Chinese or Japanese word is about two characters), so a quoted
 * two-character term (「遺憾」) is one word and matches nothing, as one English
 * word does not.
 */
import type { Word } from '../text/normalize.ts';
import { CHARACTER_WORD } from '../text/wordPattern.ts';

/** The quote's length in words, wildcards left out, each character word counting half. */
export function quoteLength(ws: readonly Word[]): number {
  let n = 0;
  for (const w of ws) if (!w.wildcard) n += w.key.charCodeAt(0) < 0x80 || !CHARACTER_WORD.test(w.key) ? 1 : 0.5;
  return n;
}
