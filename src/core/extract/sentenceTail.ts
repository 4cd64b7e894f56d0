/**
 * The last sentence of a window before a quote, as the patterns that end in
 * `IN_SENTENCE_NL{0,n}$` read it: what follows their cue runs to the
 * window's end without a quote mark, a ! or ?, or a period that ends a
 * sentence (an abbreviation's may stay). A pattern whose cue must lie there
 * cannot match a window whose last sentence holds no cue: a cheap test
 * spares the search (the window's earlier sentences often hold one).
 */
import { ABBREV_DOT, DESCRIPTION_NOUN, DETERMINER } from './grammar.ts';

/** A period that closes an abbreviation, tried at one position. */
const ABBREVIATION_DOT_AT = new RegExp(ABBREV_DOT, 'uy');

/** Whether `text[i]` ends a sentence as SENTENCE_END reads it: ! ? or a period that closes no abbreviation. */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x21 || c === 0x3f) return true;
  if (c !== 0x2e) return false;
  ABBREVIATION_DOT_AT.lastIndex = i;
  return !ABBREVIATION_DOT_AT.test(text);
}

/** The last window sentenceTailStart read, and its answer (the stages ask again about the same window). */
let lastText = '';
let lastTail = 0;

/** Where the window's last sentence starts: past its last quote mark, ! or ?, or sentence-ending period (0 when it has none). */
export function sentenceTailStart(text: string): number {
  if (text === lastText) return lastTail;
  lastTail = tailStartOf(text);
  lastText = text;
  return lastTail;
}

function tailStartOf(text: string): number {
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

/**
 * Where a match of a speaker pattern that runs through the window's last
 * sentence to its end may start: `subject` and `first` (a sentence start, a
 * phrase with no sentence end, a name or description, the rest of the
 * sentence) and the cue pattern `before[0]` (a speaker phrase and the cue in
 * the last sentence), with `rolePhrase` for the role phrase the cue pattern
 * also takes after a sentence start. Only a speaker phrase (or the sentence
 * start) can hold the end of the sentence before; where none can, the search
 * starts there (0 where one may).
 *
 * Why: the end at `tail - 1` is a quote mark, ! ? or a sentence-ending
 * period. No phrase the patterns take holds a quote mark; an apposition holds
 * ! ? or such a period only before a non-space, a name of a thing or a share
 * only before a letter or digit. Before a space, only these hold that period:
 * a name's bracket ("(ret. Gen)", at most 22 characters before it), a title
 * or initial written onto a word ("LiBrigGen.", "JohnA."), a description's
 * modifier (its determiner at most five words before, its noun at most five
 * after), a role phrase opening
 * a sentence at most eight words before (the cue pattern). A sentence start
 * holds it as its first or second character ('. ', '.” ').
 */
export function speakerSearchStart(text: string, rolePhrase: boolean): number {
  const tail = sentenceTailStart(text);
  if (tail < 3) return 0;
  const end = text.charCodeAt(tail - 1);
  const spaced = tail < text.length && isSpace(text.charCodeAt(tail));
  if (end !== 0x2e) return spaced || (end !== 0x21 && end !== 0x3f) ? tail - 2 : 0; // a quote mark; ! or ?
  if (!spaced) return 0;
  const dot = tail - 1;
  if (text.lastIndexOf('(', dot) >= dot - BRACKET_REACH) return 0;
  if (WRITTEN_ONTO_WORD.test(text.slice(Math.max(0, dot - 6), dot))) return 0;
  // the words before the one the period closes: a determiner among the five nearest, a sentence start among the eight nearest
  let at = wordStart(text, dot);
  for (let words = 0; words <= ROLE_WORDS; words++) {
    if (rolePhrase && opensSentence(text, at)) return 0;
    const gap = spaceStart(text, at);
    if (gap === 0) break;
    const word = wordStart(text, gap);
    if (words < DESCRIPTION_WORDS && ENDS_IN_DETERMINER.test(text.slice(word, gap)) && NOUN_AHEAD.test(text.slice(tail))) return 0;
    at = word;
  }
  return tail - 2;
}

/** The match of `pattern` (`subject`, `first` or `before[0]`) in `text` searched from speakerSearchStart: the first match a search from the start finds. */
export function execFromTail(pattern: RegExp, text: string, rolePhrase: boolean): RegExpExecArray | null {
  let re = pattern.global ? pattern : FROM_OFFSET.get(pattern);
  if (!re) FROM_OFFSET.set(pattern, (re = new RegExp(pattern.source, `${pattern.flags}g`)));
  re.lastIndex = speakerSearchStart(text, rolePhrase);
  return re.exec(text);
}

/** Patterns as global copies, searched from an offset. */
const FROM_OFFSET = new WeakMap<RegExp, RegExp>();

/** Whether a character code is white space as `\s` reads it (by code: the callers walk words character by character). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** How far before the period a name's bracket may open: "(", a capital, 20 characters. */
const BRACKET_REACH = 24;
/** A title or initial written onto a word ("LiBrigGen", "JohnA"): its period may close no abbreviation. */
const WRITTEN_ONTO_WORD = /\p{L}\p{Lu}\p{Ll}{0,3}$/u;
/** A determiner closing a word, as a description opens with it. */
const ENDS_IN_DETERMINER = new RegExp(`(?<![\\p{L}\\p{N}])${DETERMINER}$`, 'u');
/** A description's noun among the next five words: where a description over the period would end. */
const NOUN_AHEAD = new RegExp(`^(?:\\s+\\S+){0,4}?\\s+${DESCRIPTION_NOUN}`, 'u');
/** How many words before the period's a description's determiner, and a role phrase's start, may be. */
const DESCRIPTION_WORDS = 5;
const ROLE_WORDS = 8;

/** Where the word (a run of non-space characters) holding `i - 1` starts. */
export function wordStart(text: string, i: number): number {
  let at = i;
  while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where the run of spaces (as `\s` reads them) ending at `i` starts (`i` when none). */
export function spaceStart(text: string, i: number): number {
  let at = i;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Whether a role phrase may open at `at`: the window's start, after a line break, or after a sentence end ! ? . and spaces. */
function opensSentence(text: string, at: number): boolean {
  if (at === 0 || text[at - 1] === '\n') return true;
  const gap = spaceStart(text, at);
  return gap < at && (text.slice(gap, at).includes('\n') || (gap > 0 && /[.!?]/.test(text[gap - 1])));
}
