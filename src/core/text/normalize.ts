/**
 * Normalisation of names and words, so that case, curly vs straight marks,
 * periods in titles and runs of whitespace never make two spellings differ.
 */

import { WORD_PATTERN } from './wordPattern.ts';

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`]/g;

/** A name or alias in the form used as a lookup key: "Gen. Mark  Milley" → "gen mark milley". */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** One word of a text, normalised, with its offsets in that text. */
export interface Word {
  /** The normalised form: lower case, straight apostrophes. */
  key: string;
  start: number;
  end: number;
  /** True for an ellipsis or a [bracketed insertion]: stands for any words. */
  wildcard: boolean;
}

/** A word of ASCII letters, digits and straight apostrophes needs no normalising beyond lower case (a backtick becomes '). */
const NON_ASCII = /[^\x00-\x5f\x61-\x7f]/;

const WORD = new RegExp(WORD_PATTERN, 'gv');

/** Splits a text into normalised words; ellipses and [insertions] become wildcards. */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const wildcard = raw === '...' || raw === '…' || raw.startsWith('[');
    if (wildcard && out.length > 0 && out[out.length - 1].wildcard) {
      out[out.length - 1].end = offset + m.index + raw.length;
      continue;
    }
    out.push({
      key: wildcard ? '' : NON_ASCII.test(raw) ? raw.normalize('NFC').replace(APOSTROPHES, "'").toLowerCase() : raw.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + raw.length,
      wildcard,
    });
  }
  return out;
}
