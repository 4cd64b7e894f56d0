/**
 * Stage 7, sources: the registered source a quote's attribution or its
 * surroundings name ("the letter said", "in the letter"), and sources cited
 * by alias outside quotations with an attribution cue: "the letter said
 * troops would …", "according to the letter", "in the letter".
 */
import { firstNotBefore } from '../sorted.ts';
import type { TextSpan } from '../types.ts';
import { CUE, SENTENCE_END } from './grammar.ts';
import type { ExtractedQuote, SourceMention, SourceReference } from './model.ts';
import type { LexiconHit, LexiconMatcher, RawQuote } from './stageTypes.ts';

const CUE_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(${CUE})`, 'u');
const CUE_BEFORE = /\b(according to|in|from|under|read|cited|citing|quoted|quoting)\s+$/i;

/**
 * Alias references to registered sources that carry a cue, outside
 * quotations. `slice` reads the masked draft; `quotes` are in document order.
 */
export function findReferences(slice: (start: number, end: number) => string, hits: readonly LexiconHit[], matcher: LexiconMatcher, quotes: readonly ExtractedQuote[]): SourceReference[] {
  const out: SourceReference[] = [];
  // the furthest end of the quotes up to each one, so that "inside a quote" is a binary search
  const reach = new Float64Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) reach[i] = Math.max(i ? reach[i - 1] : -1, quotes[i].outer.end);
  for (const hit of hits) {
    const opened = firstNotBefore(quotes.length, (i) => quotes[i].outer.start <= hit.start); // quotes opening at or before the hit
    if (opened > 0 && reach[opened - 1] >= hit.end) continue;
    const source = matcher.source(hit.text);
    if (!source) continue;
    const after = CUE_AFTER.exec(slice(hit.end, hit.end + 60));
    const before = CUE_BEFORE.exec(slice(Math.max(0, hit.start - 20), hit.start));
    if (!after && !before) continue;
    const cue = after
      ? { text: after[1], start: hit.end + after[0].length - after[1].length, end: hit.end + after[0].length }
      : { text: before![1], start: hit.start - before![0].length, end: hit.start - before![0].length + before![1].length };
    out.push({ ...hit, sourceId: source.id, cue });
  }
  return out;
}

/**
 * The registered source a quote's attribution names ("the letter said"), or
 * an alias in the quote's own sentence ("in the letter", "the letter says
 * troops “…”"), or in the lead-in paragraph ending in a colon that introduces
 * it; never one in an earlier or later sentence.
 */
export function sourceOf(speaker: TextSpan | null, q: RawQuote, masked: string, matcher: LexiconMatcher): SourceMention | null {
  if (speaker) {
    const s = matcher.source(speaker.text.replace(/^(?:the|a|an)\s+/i, 'the '));
    if (s) return { ...speaker, sourceId: s.id };
  }
  const around = Math.max(0, q.outer.start - 200);
  const window = masked.slice(around, Math.min(masked.length, q.outer.end + 120));
  const hits = matcher.sources(window);
  if (!hits.length) return null;
  // (the sentence's bounds only when an alias is near: most quotes have none)
  const from = sentenceStart(masked, around, q.outer.start);
  const to = sentenceEnd(masked, q.outer.end, around + window.length);
  for (const hit of hits) {
    const s = matcher.source(hit.text);
    const at = around + hit.start;
    if (s && at >= from && at + hit.text.length <= to && (at < q.outer.start || at >= q.outer.end)) return { text: hit.text, start: at, end: at + hit.text.length, sourceId: s.id };
  }
  return null;
}

/** A sentence end (not an abbreviation's period) with the marks closing on it, then space; or a paragraph break. */
const SENTENCE_BREAK = new RegExp(`${SENTENCE_END}["”’»)\\]]*\\s|\\n[ \\t]*\\n`, 'gu');

/** Where the sentence holding `at` starts, not before `from`: after the last sentence end, or paragraph break not after a lead-in colon. */
function sentenceStart(masked: string, from: number, at: number): number {
  const before = masked.slice(from, at);
  let start = from;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(before); m; m = SENTENCE_BREAK.exec(before)) {
    if (m[0][0] !== '\n' || !/:\s*$/.test(before.slice(0, m.index))) start = from + m.index + m[0].length;
  }
  return start;
}

/** Where the sentence going on at `at` ends (its last mark included), not after `to`. */
function sentenceEnd(masked: string, at: number, to: number): number {
  SENTENCE_BREAK.lastIndex = 0;
  const m = SENTENCE_BREAK.exec(masked.slice(at, to));
  return m ? at + m.index + m[0].length : to;
}
