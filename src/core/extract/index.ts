/**
 * Extraction: the quotations of a draft, who says them and by which cue,
 * the registered speakers it mentions and the sources it cites by alias.
 * With a cache, an edit re-reads only the stretch of the draft around it.
 *
 * A one-way pipeline: each stage imports only earlier ones, and the data they
 * hand on are typed in stageTypes.ts (types only, at the bottom; the public
 * result in model.ts). `npm run lint:cycles` keeps it one-way.
 *  1. segment (segment.ts, chunks.ts, plainChunks.ts): Prose, the text with non-prose blanked
 *     (masked) and its blocks and chunks; beside it, names (nameHits.ts):
 *     registry names per chunk (ChunkHits) and speaker mentions.
 *  2. marks (quotes.ts): RawQuote, paired quotation marks, and a MarkReport
 *     of the marks nothing closes or opens.
 *  3. quotations (quotations.ts, turns.ts): Candidate, transcript turns with
 *     their label, block quotes with their lead-in.
 *  4. cues (quoteCues.ts over attribution.ts, beforeCues.ts, cueRefinements.ts,
 *     windowText.ts, patterns.ts): RawAttribution,
 *     a speaker and cue as written ("…," said Milley; Milley said: "…").
 *     Beside them, clause subjects (clauseSubjects.ts): SentenceClauses, the
 *     sentence before a quote split once into its clauses and their subjects,
 *     read by the cue's refinements (refineCued) and the rules without a cue.
 *  5. speaker candidates (speakerCandidates.ts; the lead-in paragraph through
 *     attribution.ts): sign-offs and lead-ins when the cue stage found no one.
 *  6. resolution (resolution.ts): SpeakerMention, pronouns to the last name
 *     seen, names to registry ids, continuing quotes to their speaker.
 *  7. sources (references.ts): SourceMention of a quote, SourceReference of
 *     an alias cited with a cue outside quotes.
 * scan.ts walks the candidates through stages 4-7 in order (ScannedQuote);
 * incremental.ts re-walks a window after an edit from the last ExtractionRun;
 * cache.ts (ExtractCache) keeps the stage outputs by chunk text between runs,
 * which the stages see only as a StageMemo.
 */
import type { Span } from '../types.ts';
import type { ExtractCache } from './cache.ts';
import { findCues } from './cues.ts';
import { extractIncremental, type ExtractionRun } from './incremental.ts';
import { EMPTY_MATCHER, matcherFor } from './lexiconMatcher.ts';
import type { DocumentLanguage, Extraction, Lexicon, UnbalancedMark } from './model.ts';
import { hitsInChunks, mentionsOf } from './nameHits.ts';
import { patternsFor } from './patterns.ts';
import { candidates } from './quotations.ts';
import { findReferences } from './references.ts';
import { scanQuotes } from './scan.ts';
import { segment } from './segment.ts';
import type { Candidate, ChunkHits, LexiconMatcher, ScanInput, ScannedQuote, ScanState } from './stageTypes.ts';

/** Options for one extraction run. */
export interface ExtractOptions {
  language: DocumentLanguage;
  /** Registry names; without it, only names written in the draft are found. */
  lexicon?: Lexicon;
  /** Parsed chunks kept from the last extraction of the same draft, reused where unchanged. */
  cache?: ExtractCache;
  /** Also report every attribution cue in the prose, direct or indirect. */
  cues?: boolean;
}

/** Extracts quotes, speakers, cues, speaker mentions and source references from a draft. */
export function extract(text: string, options: ExtractOptions): Extraction {
  const cache = options.cache;
  cache?.beginRun(options.lexicon);
  const matcher = options.lexicon ? matcherFor(options.lexicon) : EMPTY_MATCHER;
  const patterns = patternsFor(matcher.masked);
  const last = cache?.run;
  if (cache && last && last.language === options.language && last.lexicon === options.lexicon && !options.cues) {
    const run = extractIncremental(last, text, matcher, patterns, cache);
    if (run) {
      cache.run = run;
      return run.extraction;
    }
  }
  const run = extractFull(text, options, matcher, cache);
  if (cache) cache.run = options.language === 'markdown' && !options.cues ? run : undefined;
  return run.extraction;
}

/** Reads the whole draft. */
function extractFull(text: string, options: ExtractOptions, matcher: LexiconMatcher, cache?: ExtractCache): ExtractionRun {
  const prose = segment(text, options.language, cache?.segments);
  const input: ScanInput = { ...prose, text, matcher, patterns: patternsFor(matcher.masked), attributions: cache?.attributions };
  const hits = nameHits(prose.chunks, matcher, cache);
  const speakerMentions = mentionsOf(hits.speakers, matcher);
  const openAfter = new Uint8Array(prose.blocks.length);
  const state: ScanState = { previousBlock: -2, previousFromLead: false, named: speakerMentions, added: [] };
  const scanned: ScannedQuote[] = [];
  const marks = { openAfter, unclosed: [] as UnbalancedMark[], unopened: [] as UnbalancedMark[] };
  const raw = candidates(input, 0, prose.blocks.length, marks);
  scanQuotes(input, raw, state, scanned);
  const quotes = scanned.map((s) => s.quote);
  const references = findReferences((a, b) => prose.masked.slice(a, b), hits.sources, matcher, quotes);
  const extraction: Extraction = { quotes, references, speakerMentions, unclosed: marks.unclosed, unopened: marks.unopened, ...(options.cues ? { cues: findCues(prose.masked, quotedParts(raw)) } : {}) };
  return { text, language: options.language, lexicon: options.lexicon, prose, hits, speakerMentions, scanned, openAfter, extraction };
}

/** Registry names in every chunk (reused for unchanged chunks), in draft offsets; the cache keeps this run's. */
function nameHits(chunks: { start: number; masked: string }[], matcher: LexiconMatcher, cache?: ExtractCache): ChunkHits {
  const used = new Map<string, ChunkHits>();
  const all = hitsInChunks(chunks, matcher, (masked) => cache?.hits.get(masked), used);
  if (cache) cache.hits = used;
  return all;
}

/** The words inside the paired inline quotation marks (kept as quotes or not), sorted by start. */
function quotedParts(raw: readonly Candidate[]): Span[] {
  return raw.filter((q) => q.kind !== 'block').flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
}
