/**
 * Sources cited by alias outside quotations, with an attribution cue:
 * "the letter said troops would …", "according to the letter", "in the letter".
 */
import { CUE } from './grammar.ts';
import type { LexiconHit, LexiconMatcher } from './lexiconMatcher.ts';
import type { ExtractedQuote, SourceReference } from './model.ts';

const CUE_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(${CUE})`, 'u');
const CUE_BEFORE = /\b(according to|in|from|under|read|cited|citing|quoted|quoting)\s+$/i;

/** Alias references to registered sources that carry a cue, outside quotations. */
export function findReferences(masked: string, hits: readonly LexiconHit[], matcher: LexiconMatcher, quotes: readonly ExtractedQuote[]): SourceReference[] {
  const out: SourceReference[] = [];
  for (const hit of hits) {
    if (quotes.some((q) => q.outer.start <= hit.start && hit.end <= q.outer.end)) continue;
    const source = matcher.source(hit.text);
    if (!source) continue;
    const after = CUE_AFTER.exec(masked.slice(hit.end, hit.end + 60));
    const before = CUE_BEFORE.exec(masked.slice(Math.max(0, hit.start - 20), hit.start));
    if (!after && !before) continue;
    const cue = after
      ? { text: after[1], start: hit.end + after[0].length - after[1].length, end: hit.end + after[0].length }
      : { text: before![1], start: hit.start - before![0].length, end: hit.start - before![0].length + before![1].length };
    out.push({ ...hit, sourceId: source.id, cue });
  }
  return out;
}
