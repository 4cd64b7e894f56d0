/**
 * Finds quotation marks in prose and pairs them: curly and straight double
 * quotes, « guillemets » (and »German« ones), „German“, ‚single‘,
 * ”Swedish”, 「」, 『』, ‹ ›. A quote stays inside its paragraph unless the
 * next paragraph reopens it (a quote running over paragraphs); apostrophes
 * inside words never close; an opening mark nothing closes is reported, and
 * its words, to the end of its paragraph or to the next opening of the same
 * kind, are a quote all the same (a closing mark the writer forgot).
 * A quote nested in another (of the same kind, or straight in curly and curly
 * in straight) is part of it, and a quote of its own if the other never closes.
 */
import { firstNotBefore } from '../sorted.ts';
import type { Span } from '../types.ts';
import type { MarkReport, ProseBlock, RawQuote } from './stageTypes.ts';
import { workCounts } from '../workCounts.ts';

/** Opening marks and the marks that close them. */
const CLOSERS: Record<string, string> = {
  '\u201C': '\u201D\u201C"', // “ ”, and the mixed or mistyped closings of real copy: “ … " and “ … “
  '"': '"\u201D\u201C',
  '\u00AB': '\u00BB', // « »
  '\u00BB': '\u00AB', // » « (German)
  '\u201E': '\u201C\u201D', // „ “ (German), „ ” (Polish)
  '\u201D': '\u201D', // ” ” (Swedish, Finnish; and the mistyped openings of English copy)
  '\u201A': '\u2018\u2019', // ‚ ‘
  '\u300C': '\u300D', // 「 」
  '\u300E': '\u300F', // 『 』
  '\u2039': '\u203A', // ‹ ›
};

/** Whether `c` can open a quotation. */
export function isOpeningMark(c: string | undefined): boolean {
  return c !== undefined && c in CLOSERS;
}

const SPACE = /\s/;
/** Every character that can open or close a quotation. */
const MARKS = /["\u201C\u201D\u00AB\u00BB\u201E\u201A\u2018\u2019\u300C\u300D\u300E\u300F\u2039\u203A]/g;
const BEFORE_STRAIGHT_OPEN = /[\s([{\u2014\u2013\-/:;,]/;
const WORDISH = /[\p{L}\p{N}]/u;

function isOpening(text: string, i: number, blockStart: number): boolean {
  const c = text[i];
  if (!(c in CLOSERS)) return false;
  const next = text[i + 1] ?? '';
  if (next === '') return false;
  // a right mark opens only between a space (or bracket, dash) and a word: ”Vi går”, not 6’2”
  if (c === '\u201D') {
    const before = visibleBefore(text, i, blockStart);
    return (before === '' || /[\s([{\u2014\u2013]/.test(before)) && RIGHT_MARK_OPENS.test(text.slice(i + 1, i + 5));
  }
  // guillemets, brackets and curly openings may be spaced (« … », “ … a quote”); straight marks hug their words
  if (SPACE.test(next) && c !== '\u00AB' && c !== '\u2039' && c !== '\u300C' && c !== '\u300E' && c !== '\u201C') return false;
  if (c === '"' || c === '\u00BB') {
    if (c === '"' && next === '>') return false; // the end of a markup attribute: <tweet date="May 9">
    const before = visibleBefore(text, i, blockStart);
    return before === '' || BEFORE_STRAIGHT_OPEN.test(before);
  }
  return true;
}

/** What follows a right mark that opens: a word, or an ellipsis for words left out (”… they are not like him,”). */
const RIGHT_MARK_OPENS = /^(?:[\p{L}\p{N}…]|[ \u00A0]?(?:…|\.\.\.))/u;

/** Invisible format characters (zero-width space, bidi embeddings and marks, BOM): no text to a mark beside them. */
const FORMAT = /\p{Cf}/u;

/** The character before `i`, past invisible format characters; '' at the start of the block. */
function visibleBefore(text: string, i: number, blockStart: number): string {
  let k = i - 1;
  while (k >= blockStart && FORMAT.test(text[k])) k--;
  return k >= blockStart ? text[k] : '';
}

function isClosing(text: string, i: number, open: string): boolean {
  const c = text[i];
  if (!CLOSERS[open].includes(c)) return false;
  if (c === '"' || c === '\u201C' || c === '\u00AB' || c === '\u2018' || c === '\u2019') {
    const next = text[i + 1] ?? '';
    return !WORDISH.test(next); // a mark followed by a letter is an apostrophe or an opening
  }
  return true;
}

/** The mark that closes a quotation opened by `open` (” for “, » for «): what an unclosed one expects. */
export function closingMarkFor(open: string): string {
  return CLOSERS[open]?.[0] ?? open;
}

/**
 * Pairs quotation marks across the prose blocks `from` to `to` (exclusive)
 * of a draft, starting with no quote open; `report` collects the marks left
 * open and unbalanced.
 */
export function findQuotes(masked: string, blocks: readonly ProseBlock[], from = 0, to = blocks.length, report: MarkReport = {}): RawQuote[] {
  const { openAfter, unclosed, unopened } = report;
  const quotes: RawQuote[] = [];
  /**
   * Reports the mark at `at` (opened in `block`) as unclosed. Its words so far
   * (`parts`) are a quote all the same when they lie in its own paragraph and
   * hold no quote of the other kind: a run of paragraphs that one never closes
   * is an excerpt whose nested quotes are the quotations. Its words end at
   * `wordsEnd` (where a new quotation opens a sentence), else at its block's end.
   */
  const leftOpen = (at: number, block: number, parts: readonly Span[], wordsEnd = blocks[block].end) => {
    unclosed?.push({ start: at, end: at + 1, words: { start: at + 1, end: Math.max(at + 1, wordsEnd) } });
    const words = parts.length === 1 ? trimmed(masked, parts[0].start, parts[0].end) : undefined;
    if (words && words.end > words.start && !nested.length) quotes.push({ outer: { start: at, end: words.end }, parts: [words], firstBlock: block, lastBlock: block });
  };
  let carry: { mark: string; outerStart: number; parts: Span[]; firstBlock: number } | undefined;
  const marks: number[] = [];
  if (from >= to) return quotes;
  const scanEnd = blocks[to - 1].end;
  MARKS.lastIndex = blocks[from].start;
  for (let m = MARKS.exec(masked); m && m.index < scanEnd; m = MARKS.exec(masked)) marks.push(m.index);
  // the line breaks, found once and only when a nested opening asks for them
  let breaks: number[] | undefined;
  const lineEnd = (pos: number) => {
    if (!breaks) {
      breaks = [];
      for (let n = masked.indexOf('\n', blocks[from].start); n >= 0 && n < scanEnd; n = masked.indexOf('\n', n + 1)) breaks.push(n);
    }
    const found = breaks;
    const k = firstNotBefore(found.length, (j) => found[j] < pos);
    return k < found.length ? found[k] : scanEnd;
  };
  // quotes of the other kind nested in the open one (“… "hell" …”, "… “hell” …"): inside it if it closes, quotes of their own if it never does
  let nested: RawQuote[] = [];
  const release = () => {
    if (nested.length) quotes.push(...nested);
    nested = [];
  };
  let next = 0;
  for (let b = from; b < to; b++) {
    const { start, end } = blocks[b];
    let open: { mark: string; at: number } | undefined;
    let i = start;
    while (i < end && SPACE.test(masked[i])) i++;
    if (carry) {
      // a quote left open at the end of the last paragraph continues only if this one reopens it
      if (masked[i] === carry.mark || (carry.mark === '\u201C' && masked[i] === '"')) open = { mark: carry.mark, at: i++ };
      else {
        leftOpen(carry.outerStart, carry.firstBlock, carry.parts);
        carry = undefined;
        release();
      }
    }
    while (next < marks.length && marks[next] < i) next++;
    for (; next < marks.length && marks[next] < end; next++) {
      i = marks[next];
      const c = masked[i];
      if (open && i > open.at && OTHER_KIND[open.mark] === c && opensTightly(masked, i, start)) {
        const close = otherKindEnd(masked, marks, next, Math.min(end, lineEnd(i)), c);
        if (close >= 0) {
          const part = trimmed(masked, i + 1, marks[close]);
          if (part.end > part.start) nested.push({ outer: { start: i, end: marks[close] + 1 }, parts: [part], firstBlock: b, lastBlock: b });
          next = close;
          continue;
        }
      }
      if (open && i > open.at && isClosing(masked, i, open.mark)) {
        const part = trimmed(masked, open.at + 1, i);
        if (part.end > part.start) {
          const parts = carry ? carry.parts.concat(part) : [part];
          quotes.push({ outer: { start: carry ? carry.outerStart : open.at, end: i + 1 }, parts, firstBlock: carry ? carry.firstBlock : b, lastBlock: b });
        }
        open = undefined;
        carry = undefined;
        nested = [];
        continue;
      }
      if (isOpening(masked, i, start) && (!open || (c === open.mark && c !== '"'))) {
        // a second opening of the same kind with two closings after it is nested: “… what he calls “hell” than …”
        // (not one opening a sentence: “… the end. “Next …” is a new quote, the first left open, however the lines wrap)
        const inner = open && lineEnd(open.at) > i && !SENTENCE_BEFORE.test(masked.slice(Math.max(start, i - 3), i)) ? nestedEnd(masked, marks, next, Math.min(end, lineEnd(i)), open.mark) : -1;
        if (inner >= 0) {
          next = inner;
          continue;
        }
        // a second opening of the same kind means the first was never closed: its words end before it, start again
        // (a quote all the same when the new one opens a sentence, “… the end. “Next …, not inside one: “… her film, “Trainwreck.”)
        if (open) {
          const opensSentence = SENTENCE_BEFORE.test(masked.slice(Math.max(start, i - 3), i));
          const words = opensSentence ? trimmed(masked, open.at + 1, i) : { start: i, end: i };
          leftOpen(carry ? carry.outerStart : open.at, carry ? carry.firstBlock : b, (carry ? carry.parts : []).concat(words), opensSentence && !carry ? i : undefined);
        }
        if (open && carry) carry = undefined;
        release();
        open = { mark: c, at: i };
      } else if (!open && c === '\u201D' && !/[\p{N}’']/u.test(masked[i - 1] ?? '')) {
        unopened?.push({ start: i, end: i + 1, words: { start: Math.min(start, i), end: i } }); // not an inch mark (6’2”)
      }
    }
    if (open) {
      const part = { start: open.at + 1, end: trimEnd(masked, open.at + 1, end) };
      // the parts grow in place: a quotation reopened over thousands of paragraphs is not copied at each
      if (carry) carry.parts.push(part);
      else carry = { mark: open.mark, outerStart: open.at, parts: [part], firstBlock: b };
      if (part.end <= part.start) {
        leftOpen(carry.outerStart, carry.firstBlock, carry.parts);
        carry = undefined;
      }
    } else carry = undefined;
    if (!carry) release();
    if (openAfter) openAfter[b] = carry ? 1 : 0;
  }
  if (carry) leftOpen(carry.outerStart, carry.firstBlock, carry.parts);
  release();
  return quotes;
}

/** A sentence end and a space just before a mark. */
const SENTENCE_BEFORE = /[.!?]\s+$/;

/** The double mark of the other kind, which opens a quote nested in one of this kind. */
const OTHER_KIND: Record<string, string> = { '"': '\u201C', '\u201C': '"' };

/** An opening mark between a space (or bracket, dash, slash) and a word: no mistyped closing (“… go,“ he said). */
function opensTightly(text: string, i: number, blockStart: number): boolean {
  return (i === blockStart || /[\s([{\u2014\u2013\-/]/.test(text[i - 1])) && /[\p{L}\p{N}$£€#@'‘.…[(]/u.test(text[i + 1] ?? '');
}

/** Where a quote of the other kind opened at `marks[at]` closes, by its own closing mark, before `end` (the line's end); else -1. */
function otherKindEnd(masked: string, marks: readonly number[], at: number, end: number, mark: string): number {
  const closing = mark === '"' ? '"' : '\u201D';
  const last = Math.min(marks.length, at + 1 + NEST_MARKS);
  for (let k = at + 1; k < last && marks[k] < end; k++) {
    if (masked[marks[k]] === closing && !WORDISH.test(masked[marks[k] + 1] ?? '')) return k;
  }
  return -1;
}

/** How many marks after a nested opening its closing and the outer one are looked for. */
const NEST_MARKS = 8;

/**
 * Where a quote nested in one of the same kind closes (its index in `marks`),
 * when the outer quote closes after it before `end` (the line's end); else -1.
 */
function nestedEnd(masked: string, marks: readonly number[], at: number, end: number, mark: string): number {
  const last = Math.min(marks.length, at + 1 + NEST_MARKS);
  for (let k = at + 1; k < last && marks[k] < end; k++) {
    workCounts.nestingMarks++;
    if (!isClosing(masked, marks[k], mark)) continue;
    for (let j = k + 1; j < last && marks[j] < end; j++) if (isClosing(masked, marks[j], mark)) return k;
    return -1;
  }
  return -1;
}

/** A span without the spaces just inside the marks (« spaced guillemets »). */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && SPACE.test(text[start])) start++;
  return { start, end: trimEnd(text, start, end) };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end;
}
