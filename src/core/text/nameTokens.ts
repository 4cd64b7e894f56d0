/**
 * The tokens registry names are matched by: runs of letters, marks and
 * digits, and single punctuation characters; whitespace only separates.
 * Keys are normalised the way nameKey normalises (case, curly apostrophes).
 */

/** Tokens of a text as parallel arrays: normalised keys, offsets into the text, and whether whitespace comes before each. */
export interface NameTokens {
  keys: string[];
  starts: number[];
  ends: number[];
  spaced: boolean[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHE = /^[\u2018\u2019\u02BC\u2032`]$/;

/** The key of one token: lower case (final sigma folded), NFC, one apostrophe. */
export function tokenKey(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  if (APOSTROPHE.test(raw)) return "'";
  return raw.normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
}

/** Splits a text into name tokens. */
export function nameTokens(text: string): NameTokens {
  const out: NameTokens = { keys: [], starts: [], ends: [], spaced: [] };
  TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.keys.push(tokenKey(m[0]));
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
    out.spaced.push(m.index > last);
    last = m.index + m[0].length;
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character ending at `at` (a whole code point) is a letter or digit: no name starts right after one. */
export function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const from = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** True when the code point starting at `at` is a letter or digit: no name ends right before one. */
export function wordCharAt(text: string, at: number): boolean {
  return at < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}
