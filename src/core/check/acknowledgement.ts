/**
 * Finds where a draft itself reports that a source was labelled (a draft, a
 * mistake, retracted …): by quoting the statement that labelled it, or by
 * naming who labelled it next to the label, where the label is not negated
 * ("called it a draft" reports it, "never called it a draft" does not).
 */
import type { SourceEntry } from '../registry/model.ts';
import type { SourceStatus, Span } from '../types.ts';
import { lineOf, sourceName, type CheckContext } from './context.ts';
import { NameDictionary, SPEAKER_NAME } from '../extract/nameDictionary.ts';
import { isNegated, proseTokens, type ProseToken } from './negation.ts';
import { workCounts } from '../workCounts.ts';

/** Where and how a draft acknowledges a source's status. */
export interface Acknowledgement extends Span {
  how: string;
}

/** Words that report each status; the last word of each is matched as a word prefix. */
const LABEL_WORDS: Record<SourceStatus, string[]> = {
  verified: [],
  unverified: [],
  draft: ['draft', 'unsigned', 'mistake', 'not final'],
  disputed: ['disput', 'contest', 'deni', 'deny', 'reject'],
  mistaken: ['mistake', 'mistaken', 'error', 'erroneous', 'wrong', 'incorrect'],
  retracted: ['retract', 'withdr', 'pulled', 'rescind'],
  superseded: ['supersed', 'replac', 'updated', 'revised', 'correct'],
  fabricated: ['fabricat', 'fake', 'false', 'invent', 'made up'],
};

/** How far (in characters) a label may be from the name that reports it. */
const NEAR = 200;
/** How much prose before the label window is read for a negator of a label at its start. */
const NEGATOR_REACH = 160;
/** Occurrences of a plain (unregistered) name read at most. */
const MAX_NAME_HITS = 200;

/** Acknowledgements found per check (keyed by its matches) and source: a draft may quote one source hundreds of times. */
const found = new WeakMap<CheckContext['matches'], Map<SourceEntry, Acknowledgement | undefined>>();

/** The first place the draft acknowledges `source`'s status, if any. */
export function findAcknowledgement(ctx: CheckContext, source: SourceEntry): Acknowledgement | undefined {
  let known = found.get(ctx.matches);
  if (!known) found.set(ctx.matches, (known = new Map()));
  if (!known.has(source)) known.set(source, acknowledgementOf(ctx, source));
  return known.get(source);
}

function acknowledgementOf(ctx: CheckContext, source: SourceEntry): Acknowledgement | undefined {
  if (source.statusSource) {
    const statement = ctx.registry.sources.get(source.statusSource);
    const quoted = ctx.matches.find((m) => m.source?.id === source.statusSource);
    if (quoted && statement) {
      return { start: quoted.quote.start, end: quoted.quote.end, how: `the draft quotes ${sourceName(statement)} at ${lineOf(ctx, quoted.quote.start)}` };
    }
  }
  const by = source.statusBy;
  if (!by) return undefined;
  const labels = LABEL_WORDS[source.status].map((l) => l.split(' '));
  if (!labels.length) return undefined;
  for (const mention of mentionsOf(ctx, by)) {
    if (reportsLabel(ctx.text, mention, labels)) {
      return { start: mention.start, end: mention.end, how: `the draft reports ${by.name}'s label at ${lineOf(ctx, mention.start)}` };
    }
  }
  return undefined;
}

/** Where the draft names who set the status: the extractor's mentions, and for a plain name its occurrences. */
function mentionsOf(ctx: CheckContext, by: NonNullable<SourceEntry['statusBy']>): Span[] {
  const name = by.name.toLowerCase();
  const spans: Span[] = ctx.extraction.speakerMentions.filter((m) => (by.id ? m.id === by.id : m.name.toLowerCase() === name));
  if (!by.id) spans.push(...nameOccurrences(ctx.text, by.name));
  return spans.sort((a, b) => a.start - b.start);
}

/** Where a plain name occurs as whole words, across any whitespace (hard wraps, no-break spaces), any case: through the name dictionary, never a pattern built from registry data. */
function nameOccurrences(text: string, name: string): Span[] {
  const dictionary = new NameDictionary();
  dictionary.add(name, SPEAKER_NAME);
  return dictionary.find(text, 'speaker').slice(0, MAX_NAME_HITS).map(({ start, end }) => ({ start, end }));
}

/** Whether a label word near the mention (same paragraph, NEAR characters) is there and not negated. */
function reportsLabel(text: string, mention: Span, labels: string[][]): boolean {
  const from = paragraphStart(text, mention.start, NEAR);
  const to = paragraphEnd(text, mention.end, NEAR);
  const readFrom = paragraphStart(text, mention.start, NEAR + NEGATOR_REACH);
  workCounts.labelWindowChars += to - readFrom;
  const tokens = proseTokens(text.slice(readFrom, to), readFrom);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < from || !labelAt(tokens, i, labels)) continue;
    if (!isNegated(tokens, i)) return true;
  }
  return false;
}

/** Whether one of the labels starts at word `i`: its words in order, the last as a prefix. */
function labelAt(tokens: ProseToken[], i: number, labels: string[][]): boolean {
  return labels.some((words) =>
    words.every((w, k) => {
      const t = tokens[i + k];
      return t?.kind === 'word' && (k === words.length - 1 ? t.word.startsWith(w) : t.word === w);
    }),
  );
}

/** The start of the paragraph holding `at`, or `max` characters before it if nearer. */
function paragraphStart(text: string, at: number, max: number): number {
  const limit = Math.max(0, at - max);
  for (let i = at - 1; i > limit; i--) if (text.charCodeAt(i) === 10 && blankLineBefore(text, i)) return i + 1;
  return limit;
}

/** The end of the paragraph holding `at`, or `max` characters after it if nearer. */
function paragraphEnd(text: string, at: number, max: number): number {
  const limit = Math.min(text.length, at + max);
  for (let i = at; i < limit; i++) if (text.charCodeAt(i) === 10 && blankLineBefore(text, i)) return i;
  return limit;
}

/** Whether the line break at `i` ends a blank line (only spaces, tabs or \r since the previous break). */
function blankLineBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return false;
}
