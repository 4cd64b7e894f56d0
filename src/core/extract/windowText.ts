/**
 * The windows of text around a quote that the attribution stages read: the
 * text as the patterns read it and as written, and helpers on their spans.
 */
import type { TextSpan } from '../types.ts';
import { SENTENCE_END } from './grammar.ts';
import type { RawAttribution } from './stageTypes.ts';
import { keepWidth } from './twoByte.ts';

/** A sentence end or line break inside a speaker phrase. */
export const CROSSES_SENTENCE = new RegExp(`${SENTENCE_END}\\s|\\n`, 'u');

/**
 * A window of text around a quote as the patterns read it (registry names
 * masked by stand-ins) and as written; both have the same offsets.
 */
export interface Window {
  read: string;
  text: string;
}

/** The first `length` characters of a window. */
export function prefix(w: Window, length: number): Window {
  return { read: w.read.slice(0, length), text: w.text.slice(0, length) };
}

/** Filler for the words of an earlier quote: neither a letter, a space nor a sentence end. */
export const HIDDEN = '#';

/**
 * The text before a quote with the earlier quotes in it blanked out (same
 * length), so that a sentence holding several quotes still reads as one:
 * Bolton called it “a farce” and a tribute to “…”. A quote that ends its
 * sentence keeps its final mark and a space ("“… the end.” Next").
 */
export function hideQuotes(before: string): string {
  if (!/["“”]/.test(before)) return before;
  let out = '';
  let done = 0;
  const re = /“([^“”\n]*)”|(?<=^|[\s(\u2014\u2013:;,-])"(?!\s)([^"\n]*)"(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const inner = m[1] ?? m[2];
    if (!inner.trim()) continue;
    const ends = /([.!?,;:])\s*$/.exec(inner);
    // a question or exclamation that runs on in lower case ends no sentence: She declared “What a day!” and said …
    const runsOn = ends && /[.!?]/.test(ends[1]) && /^\s*\p{Ll}/u.test(before.slice(m.index + m[0].length));
    const keep = ends && !runsOn ? ends[1] : '';
    out += before.slice(done, m.index) + HIDDEN.repeat(m[0].length - keep.length - 1) + keep + ' ';
    done = m.index + m[0].length;
  }
  // (two-byte when the window it was made from is: "####. " alone would be one-byte, twoByte.ts)
  return done ? keepWidth(out + before.slice(done), before) : before;
}

/** Puts back the words a speaker or cue span covers in the windows before (offsets < 0) and after a quote. */
export function restoreText(found: RawAttribution, before: string, after: string): RawAttribution {
  const fix = (s: TextSpan | null) =>
    s && span(s.start < 0 ? before.slice(before.length + s.start, before.length + s.start + s.text.length) : after.slice(s.start, s.start + s.text.length) || s.text, s.start);
  return found.speaker || found.cue ? { ...found, speaker: fix(found.speaker), cue: fix(found.cue) } : found;
}

/** The text after the last sentence end (a period, ? or ! and a space) — roughly the sentence a quote sits in. */
export function lastSentenceOf(before: string): string {
  for (let i = before.length - 2; i > 0; i--) {
    const c = before[i];
    if ((c === '.' || c === '?' || c === '!') && /\s/.test(before[i + 1])) return before.slice(i + 1);
  }
  return before;
}

/** The last non-space character inside a span. */
export function lastWordChar(text: string, part: { start: number; end: number }): string {
  let i = part.end - 1;
  while (i >= part.start && /\s/.test(text[i])) i--;
  return text[i] ?? '';
}

/** A span of `text` starting at `start`. */
export function span(text: string, start: number): TextSpan {
  return { text, start, end: start + text.length };
}
