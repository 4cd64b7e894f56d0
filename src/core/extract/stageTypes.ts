/**
 * The data the extraction stages hand each other (types only, no behaviour):
 * the bottom of the pipeline, so every stage can import it and nothing here
 * imports a stage. The stages and their order are described in index.ts.
 */
import type { Span, TextSpan } from '../types.ts';
import type { ExtractedQuote, SpeakerMention, UnbalancedMark, KnownSource, KnownSpeaker } from './model.ts';
import type { AttributionPatterns } from './patterns.ts';

// ---- segment: the draft's prose ----

/** A run of prose (a paragraph, heading, table cell …) and what kind of block holds it. */
export interface ProseBlock extends Span {
  kind: 'paragraph' | 'heading' | 'blockquote' | 'cell';
  /** For block-quote paragraphs: the index of the enclosing block quote, to group its paragraphs. */
  quoteGroup?: number;
  /** The index of the chunk holding the block (set when a draft is assembled from chunks). */
  chunk: number;
}

/** The prose of a draft. */
export interface Prose {
  /** The draft's text with non-prose blanked; same length as the draft. */
  masked: string;
  blocks: ProseBlock[];
  /** The chunks the text was parsed in: where each starts and its masked text. */
  chunks: { start: number; masked: string }[];
}

// ---- names: registry names found in the prose ----

/** A lexicon name found in the text. */
export interface LexiconHit {
  start: number;
  end: number;
  text: string;
}

/** Finders for one lexicon. */
export interface LexiconMatcher {
  speakers(text: string): LexiconHit[];
  sources(text: string): LexiconHit[];
  /** `speakers` and `sources` of one text together, in one pass over it. */
  names(text: string): ChunkHits;
  /** The text with every registered name written exactly as registered (case included) masked by a stand-in (see standIns.ts). */
  masked(text: string): string;
  /** The speaker a written name denotes: as written, without titles, or by surname. */
  speaker(name: string): KnownSpeaker | undefined;
  source(alias: string): KnownSource | undefined;
}

/** Registry names found in one chunk (offsets relative to the chunk), or in a draft. */
export interface ChunkHits {
  speakers: LexiconHit[];
  sources: LexiconHit[];
}

// ---- marks: paired quotation marks ----

/** A paired quotation: the words inside the marks, per paragraph. */
export interface RawQuote {
  /** From the first opening mark to the last closing mark, marks included. */
  outer: Span;
  /** The words inside the marks, one span per paragraph. */
  parts: Span[];
  /** Index of the block where the quote opens and where it closes. */
  firstBlock: number;
  lastBlock: number;
}

/** What pairing reports beside the quotes, each part when asked for. */
export interface MarkReport {
  /** Set to 1 for every block at whose end a quote is left open. */
  openAfter?: Uint8Array;
  /** Every opening mark that nothing closes (in its paragraph, or the paragraphs that reopen it). */
  unclosed?: UnbalancedMark[];
  /** Every right mark ” that closes nothing: its quotation has no opening mark. */
  unopened?: UnbalancedMark[];
}

// ---- cues: a speaker and cue as written ----

/** A speaker and cue found for a quote, as written. */
export interface RawAttribution {
  speaker: TextSpan | null;
  cue: TextSpan | null;
  /** True when the speaker is only the first name in the sentence: no cue, no subject position. */
  weak?: boolean;
  /** Which pattern found it (for measuring the rules). */
  rule?: string;
}

/**
 * Attributions reused while a draft is edited, by the text of the chunk that
 * holds the quote and the quote's place in it (its windows never leave the
 * chunk): last run's and this run's.
 */
export interface AttributionCache {
  previous: Map<string, Map<string, RawAttribution>>;
  current: Map<string, Map<string, RawAttribution>>;
}

// ---- quotations: candidates for quotes ----

/**
 * A quote as paired (a transcript turn with its label's attribution), or a
 * block quote with the lead-in paragraph that introduces it (its attribution
 * is read by the cue stage).
 */
export type Candidate = RawQuote & { kind?: 'inline' | 'block'; attribution?: RawAttribution; leadIn?: Span };

// ---- the walk: resolution and sources, quote after quote ----

/** What the scan reads: the draft, its prose, and the compiled registry names. */
export interface ScanInput extends Prose {
  text: string;
  matcher: LexiconMatcher;
  patterns: AttributionPatterns;
  attributions?: AttributionCache;
}

/** What the scan carries from one quote to the next. */
export interface ScanState {
  /** The last quote kept, and the index of the block it ends in (-2: none). */
  previous?: ExtractedQuote;
  previousBlock: number;
  /** Whether the last quote's speaker came only from the paragraph before it (directly or by continuing). */
  previousFromLead: boolean;
  /** Registry mentions, sorted by start: with `added`, the names pronouns resolve to (the last before them). */
  named: readonly SpeakerMention[];
  /** Speakers the quotes scanned so far named, sorted by start (on a tie, in the order seen); seen after a registry mention at the same start. */
  added: SpeakerMention[];
}

/** A kept quote with what a later scan needs to resume after it. */
export interface ScannedQuote {
  quote: ExtractedQuote;
  /** The block the quote ends in. */
  lastBlock: number;
  /** Whether its speaker came only from the paragraph before it (directly or by continuing). */
  fromLead: boolean;
  /** The speaker this quote added to the names seen, if any. */
  named?: SpeakerMention;
}

// ---- memo: stage outputs kept between runs over one draft ----

/** The stage outputs one run keeps for the next run over the same draft, by chunk text. */
export interface StageMemo {
  /** Parsed chunks (segment stage) by chunk text. */
  readonly segments: { chunks: Map<string, Prose> };
  /** Registry names per chunk (names stage) by masked chunk text. */
  hits: Map<string, ChunkHits>;
  /** Attributions (cue stage) by chunk text and the quote's place in it. */
  attributions: AttributionCache;
}
