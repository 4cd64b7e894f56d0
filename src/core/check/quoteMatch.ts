/**
 * Resolves each quotation of a draft to the registered source it comes from,
 * by its words (verbatim or close) or by the source the draft names with it.
 * A quote the draft gives to a registered speaker is aligned against that
 * speaker's own statements too (one changed word in four or more is close
 * enough, two in ten …), and a statement of theirs further off is another one.
 */
import type { ExtractedQuote } from '../extract/model.ts';
import { similarity } from '../match/align.ts';
import type { QuoteMatch } from '../match/quoteIndex.ts';
import { quoteLength } from '../match/quoteLength.ts';
import type { SourceEntry } from '../registry/model.ts';
import type { Registry } from '../registry/registry.ts';
import { words, type Word } from '../text/normalize.ts';

/** Quotes shorter than this many words are matched only verbatim. */
const MIN_WORDS_FOR_CLOSE_MATCH = 4;
/** Below this similarity a quote is not taken to come from the source. */
const CLOSE_MATCH = 0.6;
/** Among the speaker's own statements, a close match differs by at most one word edit per this many quote words (at least one). */
const WORDS_PER_OWN_EDIT = 5;

/** A quotation with the source its words come from, if any. */
export interface MatchedQuote {
  quote: ExtractedQuote;
  /** The source, when the words (or the draft's naming of it) point at one. */
  source?: SourceEntry;
  /** How the words line up with the source text, when they do. */
  match?: QuoteMatch;
  /** True when the words are the source's, under the normalisation rules. */
  verbatim: boolean;
}

/** The words of a quote over all its parts. */
export function quoteWords(text: string, quote: ExtractedQuote): Word[] {
  const parts = quote.parts.length ? quote.parts : [quote];
  return parts.flatMap((p) => words(text.slice(p.start, p.end), p.start));
}

/** Lookups by quote text, per registry: most quotes of a draft are unchanged between checks. */
const lookups = new WeakMap<Registry, Map<string, QuoteMatch | null>>();
/** Cached lookups per registry before the cache is emptied. */
const MAX_CACHED = 50_000;

/** Finds the source of one quotation. */
export function matchQuote(text: string, quote: ExtractedQuote, registry: Registry): MatchedQuote {
  let cache = lookups.get(registry);
  if (!cache) lookups.set(registry, (cache = new Map()));
  const key = quote.parts.map((p) => text.slice(p.start, p.end)).join('\u0001') + '\u0002' + (quote.source?.sourceId ?? '') + '\u0002' + (quote.speaker?.id ?? '');
  const cached = cache.get(key);
  if (cached === null) {
    const named = quote.source ? registry.sources.get(quote.source.sourceId) : undefined;
    return { quote, source: named, verbatim: false };
  }
  const result = cached ? withMatch(quote, registry, cached) : lookup(text, quote, registry);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, result.match ?? null);
  return result;
}

function withMatch(quote: ExtractedQuote, registry: Registry, match: QuoteMatch): MatchedQuote {
  return { quote, source: registry.sourceOfMatch(match.id), match, verbatim: match.alignment.distance === 0 };
}

function lookup(text: string, quote: ExtractedQuote, registry: Registry): MatchedQuote {
  const ws = quoteWords(text, quote);
  const plain = quoteLength(ws);
  let match: QuoteMatch | undefined;
  if (plain >= 2) {
    const found = registry.quotes.lookup(ws);
    if (found && (found.alignment.distance === 0 || (plain >= MIN_WORDS_FOR_CLOSE_MATCH && found.similarity >= CLOSE_MATCH))) {
      match = found;
    }
    const speaker = quote.speaker?.id;
    const theirs = !!match && registry.sourceOfMatch(match.id)?.speaker?.id === speaker;
    if (speaker && registry.quotes.statementsBy(speaker) && !(theirs && match!.alignment.distance === 0)) {
      // a registered speaker's own statements are held to their own closeness: further off, it is another statement of theirs
      const allowed = ownEdits(ws, plain);
      if (theirs && plain >= MIN_WORDS_FOR_CLOSE_MATCH && match!.alignment.distance > allowed) match = undefined;
      const own = registry.quotes.lookupBySpeaker(ws, speaker, allowed);
      // the speaker's own words win unless another source's fit better (a misattribution)
      if (own && own.alignment.distance <= allowed && (!match || own.similarity >= match.similarity)) match = own;
    }
  }
  const named = quote.source ? registry.sources.get(quote.source.sourceId) : undefined;
  if (named && (!match || match.id !== named.id) && named.text) {
    // the draft says which source; prefer it when its words fit as well
    const own = registry.quotes.lookup(ws);
    if (own && own.id === named.id && similarity(own.alignment) >= CLOSE_MATCH) match = own;
  }
  const source = match ? registry.sourceOfMatch(match.id) : named;
  return { quote, source, match, verbatim: !!match && match.alignment.distance === 0 };
}

/**
 * The word edits a quote of `plain` words may differ by from one of its
 * speaker's own statements: none below a close match's length, else one per
 * five words, at least one (counted as alignment counts words: each character
 * in scripts written without spaces).
 */
function ownEdits(ws: Word[], plain: number): number {
  if (plain < MIN_WORDS_FOR_CLOSE_MATCH) return 0;
  let aligned = 0;
  for (const w of ws) if (!w.wildcard) aligned++;
  return Math.max(1, Math.floor(aligned / WORDS_PER_OWN_EDIT));
}

/**
 * The replacement wrapped where the replaced words were: each line break of
 * `original` (with what follows it on the next line, such as a block quote's
 * `> ` or a list's indent) comes back after as many words in `replacement`.
 * Breaks past its last word are dropped, so a shorter wording joins lines.
 */
export function keepLineBreaks(original: string, replacement: string): string {
  const breaks: { afterWords: number; text: string }[] = [];
  let words = 0;
  for (const m of original.matchAll(/([^\S\n]*\n[\s>]*)|(\S+)|\s+/g)) {
    if (m[1] !== undefined) breaks.push({ afterWords: words, text: m[1] });
    else if (m[2] !== undefined) words++;
  }
  if (!breaks.length) return replacement;
  let next = 0;
  words = 0;
  return replacement.replace(/(\S+)|(\s+)/g, (all, word: string | undefined) => {
    if (word !== undefined) {
      words++;
      return all;
    }
    if (next < breaks.length && words >= breaks[next].afterWords) return breaks[next++].text;
    return all;
  });
}

/**
 * The quote's text with each run of words replaced by the source's verbatim
 * wording; ellipses and [insertions] stay as the draft wrote them.
 */
export function verbatimWording(text: string, m: MatchedQuote): string | undefined {
  if (!m.match || !m.source?.text || m.quote.parts.length > 1) return undefined;
  const { pairs } = m.match.alignment;
  const src = m.match.sourceWords;
  const sourceText = m.source.text;
  const q = m.quote;
  const words = quoteWords(text, q);
  let out = '';
  let cursor = q.start;
  let i = 0;
  while (i < words.length) {
    if (words[i].wildcard) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && !words[j + 1].wildcard) j++;
    // the run i..j of quote words maps to the source words they line up with
    const aligned = [...pairs.slice(i, j + 1)].filter((p) => p >= 0);
    const segStart = words[i].start;
    const segEnd = words[j].end;
    out += text.slice(cursor, segStart);
    if (aligned.length) {
      const from = src[Math.min(...aligned)].start;
      const to = src[Math.max(...aligned)].end;
      out += keepLineBreaks(text.slice(segStart, segEnd), sourceText.slice(from, to).replace(/\s+/g, ' '));
    }
    cursor = segEnd;
    i = j + 1;
  }
  out += text.slice(cursor, q.end);
  return out;
}
