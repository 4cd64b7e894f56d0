/**
 * The tokens registry names are matched by: runs of letters, marks and
 * digits, and single punctuation characters; whitespace only separates.
 * Keys are normalised the way nameKey normalises (case, curly apostrophes);
 * each token carries a hash of its key, so that a text's tokens can be
 * looked up without making a string of each.
 */

/** Tokens of a text as parallel arrays (the first `count` entries): offsets, whether whitespace comes before each, and hashes of their keys (alone and after a space). */
export interface NameTokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  spaced: Uint8Array;
  hashes: Int32Array;
  spacedHashes: Int32Array;
}

const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHE = /^[\u2018\u2019\u02BC\u2032`]$/;
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/;

/** The key of one token: lower case (final sigma folded), NFC, one apostrophe. */
export function tokenKey(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  if (APOSTROPHE.test(raw)) return "'";
  return raw.normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
}

/** The key of token `k` of a text. */
export function keyAt(text: string, tokens: NameTokens, k: number): string {
  return tokenKey(text.slice(tokens.starts[k], tokens.ends[k]));
}

const FNV_OFFSET = 0x811c9dc5;
const mix = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
/** FNV-1a of a key's code units, kept in small-integer range. */
export function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = mix(h, key.charCodeAt(i));
  return h & 0x3fffffff;
}

/** Character classes: 1 a letter, mark or digit, 2 whitespace, 3 anything else (0: not yet known). */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const s = String.fromCharCode(c);
  CLASS[c] = WORD.test(s) ? 1 : SPACE.test(s) ? 2 : 3;
}
function classOf(cp: number): number {
  if (cp < 0x10000 && CLASS[cp]) return CLASS[cp];
  const s = String.fromCodePoint(cp);
  const cls = WORD.test(s) ? 1 : SPACE.test(s) ? 2 : 3;
  if (cp < 0x10000) CLASS[cp] = cls;
  return cls;
}

/** The key of a character beyond ASCII that is no letter, mark or digit, where it is one code unit (0: not yet known, -1: longer). */
const PUNCTUATION_KEY = new Int32Array(0x10000);
function punctuationKey(c: number): number {
  if (!PUNCTUATION_KEY[c]) {
    const key = tokenKey(String.fromCharCode(c));
    PUNCTUATION_KEY[c] = key.length === 1 ? key.charCodeAt(0) : -1;
  }
  return PUNCTUATION_KEY[c];
}

/** Splits a text into name tokens (one pass; a string is made only for a word with characters beyond ASCII), into `reuse`'s arrays when given (they are overwritten). */
export function nameTokens(text: string, reuse?: NameTokens): NameTokens {
  const n = text.length;
  let out = reuse ?? tokenArrays(Math.min(n, 256));
  out.count = 0;
  let spaced = false;
  const SPACED_OFFSET = mix(FNV_OFFSET, 32);
  for (let i = 0; i < n; ) {
    const start = i;
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) cp = text.codePointAt(i)!;
    const cls = cp < 128 ? CLASS[cp] : classOf(cp);
    if (cls === 2) {
      spaced = true;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let h = FNV_OFFSET;
    let hs = SPACED_OFFSET;
    let ascii = true;
    if (cls === 1) {
      for (;;) {
        let c = text.charCodeAt(i);
        if (c < 128) {
          if (CLASS[c] !== 1) break;
          if (c >= 65 && c <= 90) c |= 0x20;
          h = mix(h, c);
          hs = mix(hs, c);
          i++;
        } else {
          const p = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? text.codePointAt(i)! : c;
          if (classOf(p) !== 1) break;
          ascii = false;
          i += p > 0xffff ? 2 : 1;
        }
        if (i >= n) break;
      }
    } else {
      i += cp > 0xffff ? 2 : 1;
      const key = cp < 128 ? cp : cp < 0x10000 && (cp < 0xd800 || cp > 0xdfff) ? punctuationKey(cp) : -1;
      if (key >= 0) {
        h = mix(h, key);
        hs = mix(hs, key);
      } else ascii = false;
    }
    if (!ascii) {
      const key = tokenKey(text.slice(start, i));
      h = FNV_OFFSET;
      hs = SPACED_OFFSET;
      for (let k = 0; k < key.length; k++) {
        h = mix(h, key.charCodeAt(k));
        hs = mix(hs, key.charCodeAt(k));
      }
    }
    if (out.count === out.starts.length) out = grown(out);
    const k = out.count++;
    out.starts[k] = start;
    out.ends[k] = i;
    out.spaced[k] = spaced ? 1 : 0;
    out.hashes[k] = h & 0x3fffffff;
    out.spacedHashes[k] = hs & 0x3fffffff;
    spaced = false;
  }
  return out;
}

/** Empty token arrays with room for `size` tokens. */
export function tokenArrays(size: number): NameTokens {
  return { count: 0, starts: new Int32Array(size), ends: new Int32Array(size), spaced: new Uint8Array(size), hashes: new Int32Array(size), spacedHashes: new Int32Array(size) };
}

/** The arrays at twice the room. */
function grown(t: NameTokens): NameTokens {
  const g = tokenArrays(Math.max(16, t.starts.length * 2));
  g.count = t.count;
  g.starts.set(t.starts);
  g.ends.set(t.ends);
  g.spaced.set(t.spaced);
  g.hashes.set(t.hashes);
  g.spacedHashes.set(t.spacedHashes);
  return g;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character ending at `at` (a whole code point) is a letter or digit: no name starts right after one. */
export function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  // (ASCII, most of them, without a string: its letters and digits are the only \p{L}\p{N} below 128)
  if (low < 128) return CLASS[low] === 1;
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const from = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** True when the code point starting at `at` is a letter or digit: no name ends right before one. */
export function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return CLASS[c] === 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}
