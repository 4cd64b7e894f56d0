/**
 * The contract between quote extraction and everything that uses it (the
 * checker, hover, definition, the CLI's `extract`). Offsets are JS string
 * indices into the draft's full text.
 */
import type { Span, TextSpan } from '../types.ts';

/** How a draft's text is to be read. */
export type DocumentLanguage = 'markdown' | 'plaintext';

/** A registry speaker as extraction needs to know it. */
export interface KnownSpeaker {
  id: string;
  name: string;
}

/** A registry source as extraction needs to know it. */
export interface KnownSource {
  id: string;
}

/**
 * What the registry tells extraction: names and aliases to recognise as
 * speaker mentions, and aliases ("the letter") that name a source. They are
 * found as whole words through one name dictionary (nameDictionary.ts), in
 * any case and spacing, a period of the name possibly left out.
 */
export interface Lexicon {
  /** Every name and alias of every registered speaker, as written in the registry. */
  speakerNames(): Iterable<string>;
  /** The speaker a written name or alias belongs to, if any. */
  lookupSpeaker(name: string): KnownSpeaker | undefined;
  /** Every alias and title of every registered source. */
  sourceAliases(): Iterable<string>;
  /** The source an alias belongs to, if any. */
  lookupSource(alias: string): KnownSource | undefined;
}

/** A speaker as named in the draft ("he", "Gen. Mark Milley", "the newspaper"). */
export interface SpeakerMention extends TextSpan {
  /** The resolved name: for a pronoun, the speaker it stands for. */
  name: string;
  /** The registry speaker id, when the name matches one. */
  id: string | null;
  /** For a pronoun: where the name it stands for is written (a registry mention, a quote's speaker, a sentence's subject). */
  refersTo?: TextSpan;
}

/** A source named in the draft by one of its aliases ("the letter"). */
export interface SourceMention extends TextSpan {
  sourceId: string;
}

/** One quotation found in a draft. */
export interface ExtractedQuote extends TextSpan {
  /** The quotation with its marks, from the first opening mark to the last closing one. */
  outer: Span;
  /**
   * The stretches of quoted words, in order, without marks or Markdown block
   * markers: one for an inline quote, one per paragraph or line for a quote
   * running over paragraphs or a block quote.
   */
  parts: Span[];
  /** `inline` for text between quote marks, `block` for a `>` block quote. */
  kind: 'inline' | 'block';
  /** Who the draft says spoke the words, or null when no speaker was found. */
  speaker: SpeakerMention | null;
  /** The attribution cue ("said", "according to", "wrote in a letter"). */
  cue: TextSpan | null;
  /** A registered source the draft names with the quote ("in the letter"). */
  source: SourceMention | null;
  /** How the speaker was found (a pattern name, `continued`, `block lead-in`), for explanations and measurement. */
  rule?: string;
}

/**
 * A source referred to by alias with an attribution cue but no quotation
 * ("the letter said troops would …", "according to the letter").
 */
export interface SourceReference extends SourceMention {
  cue: TextSpan | null;
}

/** An unbalanced quotation mark (the span is the mark itself). */
export interface UnbalancedMark extends Span {
  /** The block the mark stands in, on the side it quotes: from the mark to the block's end (or to a new quotation opening a sentence) for an opening, from the block's start to the mark for a closing. */
  words: Span;
}

/** Everything extraction found in one draft. */
export interface Extraction {
  quotes: ExtractedQuote[];
  /** Alias references to registered sources outside any quotation. */
  references: SourceReference[];
  /** Every mention of a registered speaker by name or alias, in order. */
  speakerMentions: SpeakerMention[];
  /** Opening quotation marks that nothing closes, in order. */
  unclosed: UnbalancedMark[];
  /** Right marks ” that close nothing, in order. */
  unopened: UnbalancedMark[];
  /** Attribution cues anywhere in the prose (only when asked for with `cues`). */
  cues?: TextSpan[];
}
