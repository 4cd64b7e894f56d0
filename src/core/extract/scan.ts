/**
 * The quote scan: pairs marks into candidates, then walks them in order,
 * finding each quote's speaker, cue and source and dropping what is not a
 * quotation. The walk carries a small state from quote to quote (the last
 * quote, for continuing quotes; the names seen, for pronouns), so that it can
 * also run over a stretch of a draft (the incremental path) from a known state.
 */
import { firstFrom } from '../sorted.ts';
import type { TextSpan } from '../types.ts';
import { attribute, attributeLeadIn, type AttributionCache, type RawAttribution } from './attribution.ts';
import type { AttributionPatterns } from './patterns.ts';
import { CUE, PRONOUN, stripTitles } from './grammar.ts';
import { PERSON_PRONOUN, SUBJECT_REACH, subjectBefore } from './pronouns.ts';
import type { LexiconHit, LexiconMatcher } from './lexiconMatcher.ts';
import type { ExtractedQuote, SourceMention, SpeakerMention } from './model.ts';
import { findQuotes, type MarkReport, type RawQuote } from './quotes.ts';
import { introducesTitle, isTitleLike } from './filters.ts';
import { japaneseAttribution } from './japaneseCues.ts';
import type { Prose, ProseBlock } from './segment.ts';
import { splitTurns } from './turns.ts';

/** Quotes of this many words or fewer count only when attributed (else: titles, scare quotes). */
const SHORT_QUOTE_WORDS = 3;

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

/** A quote as paired (a transcript turn with its label's attribution), or a block quote with the attribution of its lead-in. */
export type Candidate = RawQuote & { kind?: 'inline' | 'block'; attribution?: RawAttribution };

/** Quote candidates in blocks [from, to), in document order; `report` collects quotes left open and unbalanced marks. */
export function candidates(input: ScanInput, from: number, to: number, report?: MarkReport): Candidate[] {
  const raw: Candidate[] = findQuotes(input.masked, input.blocks, from, to, report).flatMap((q) => splitTurns(input.masked, q));
  raw.push(...blockQuotes(input.text, input.masked, input.blocks, input.patterns, from, to));
  raw.sort((a, b) => a.outer.start - b.outer.start);
  return raw;
}

/** Walks candidates in order from `state`, appending the quotes kept to `out`; updates `state`. */
export function scanQuotes(input: ScanInput, raw: readonly Candidate[], state: ScanState, out: ScannedQuote[]): void {
  const { text, masked, blocks, chunks, matcher, patterns } = input;
  for (const q of raw) {
    const first = blocks[q.firstBlock];
    const last = blocks[q.lastBlock];
    let found = q.attribution ?? attribute(masked, q, first.start, last.end, patterns, input.attributions, chunks[first.chunk]);
    if (!found?.speaker && q.kind !== 'block' && masked[q.outer.end - 1] >= '\u3000') found = japaneseAttribution(masked, q.outer.start, q.outer.end, first.start, last.end) ?? found;
    // a sign-off right after the quote outweighs a speaker found with no cue (“…” ― Ann Roe “…” ― Bo Li)
    if (!found?.cue && q.kind !== 'block') found = signOff(text, masked, q, last.end, blocks[q.lastBlock + 1]) ?? found;
    const lead = blocks[q.firstBlock - 1];
    const opensBlock = q.outer.start === firstNonSpace(masked, first.start);
    if (!found?.speaker && lead && opensBlock && /:\s*$/.test(masked.slice(lead.start, lead.end))) {
      found = attributeLeadIn(masked, lead.start, lead.end, patterns); // a lead-in paragraph: "Cruz continued:"
    }
    let speaker: SpeakerMention | null = null;
    if (found?.speaker) speaker = resolve(found.speaker, matcher, state, masked, q.outer.start);
    let rule = speaker ? (q.kind === 'block' ? 'block lead-in' : found?.rule) : undefined;
    let fromLeadOnly = false;
    if (!speaker && lead && opensBlock && q.kind !== 'block') {
      // a quote opening its paragraph after one that reports the speaker: "Carter said that …"
      const fromLead = attributeLeadIn(masked, lead.start, lead.end, patterns);
      if (fromLead.speaker && fromLead.cue && !fromLead.weak) {
        found = { ...fromLead, cue: null };
        speaker = resolve(fromLead.speaker, matcher, state, masked, q.outer.start);
        rule = fromLead.rule;
        fromLeadOnly = true;
      }
    }
    const previous = state.previous;
    const continues = !!previous?.speaker && (q.firstBlock === state.previousBlock || q.firstBlock === state.previousBlock + 1);
    if (!speaker && continues && previous?.speaker) {
      // a quote continuing the last speaker's words, at their nearest mention: "Brian Jack said … ¶ Jack noted “…”"
      const from = Math.max(previous.end, q.outer.start - NEARER_REACH, (lead ?? first).start);
      speaker = nearerMention(masked, previous.speaker, from, q.outer.start);
      rule = 'continued';
    }
    // a speaker found only in the paragraph before does not make a short stretch a quotation
    // (a guessed speaker where the last speaker's words may go on counts as much as going on: “…” and “…”)
    const attributed = !!speaker && (!found?.weak || continues) && !fromLeadOnly && (rule !== 'continued' && !found?.weak || !state.previousFromLead);
    if (q.kind !== 'block' && isNotQuotation(masked, q, attributed, !!found?.cue, rule === 'continued')) continue;
    let named: SpeakerMention | undefined;
    if (speaker && !PRONOUN.test(speaker.text) && speaker.name === speaker.text && /^[A-Z]/.test(speaker.text)) {
      named = speaker;
      insertSorted(state.added, speaker);
    }
    const source = sourceOf(found?.speaker ?? null, q, masked, matcher);
    const start = q.parts[0].start;
    const end = q.parts[q.parts.length - 1].end;
    const quote: ExtractedQuote = {
      text: text.slice(start, end), start, end, outer: q.outer, parts: q.parts, kind: q.kind ?? 'inline',
      speaker, cue: found?.cue ?? null, source, ...(rule ? { rule } : {}),
    };
    const fromLead = fromLeadOnly || (rule === 'continued' && state.previousFromLead);
    out.push(named ? { quote, lastBlock: q.lastBlock, fromLead, named } : { quote, lastBlock: q.lastBlock, fromLead });
    state.previous = quote;
    state.previousBlock = q.lastBlock;
    state.previousFromLead = fromLead;
  }
}

/**
 * Whether marks hold something other than a quotation: a short unattributed
 * stretch in a sentence without any cue or after "so-called" (scare quotes,
 * nicknames), or a title ("on ABC’s “Meet the Press”").
 */
function isNotQuotation(masked: string, q: RawQuote, attributed: boolean, hasCue: boolean, continued: boolean): boolean {
  // a work's title after "titled" is the words of the work (an ad, a memo, an editorial), and a name
  // after "as" (or "as the") the words someone gave it (referring to her as “…”, known as the “…”): quotations however short
  if (NAMED.test(masked.slice(Math.max(0, q.outer.start - 16), q.outer.start))) return false;
  const words = q.parts.reduce((n, p) => n + countWords(masked, p.start, p.end), 0);
  // one word that only the last speaker's going on would attribute is a term, not their words: a “philanthropub”
  if (words === 1 && continued) attributed = false;
  if (words <= SHORT_QUOTE_WORDS) {
    // a so-called name is no quotation whoever is around it
    if (/\bso[- ]called\s*$/i.test(masked.slice(Math.max(0, q.outer.start - 12), q.outer.start)) && !hasCue) return true;
    if (!attributed && !CUE_IN_SENTENCE.test(sentenceAround(masked, q.outer.start, q.outer.end))) return true;
  }
  if (q.parts.length !== 1) return false;
  // a headline with its byline: “Met accused of whitewashing the painting,” by the Post’s Ann Roe
  if (masked[q.parts[0].end - 1] === ',' || masked[q.outer.end] === ',') {
    if (BYLINE.test(masked.slice(q.outer.end, q.outer.end + 60))) return true;
  }
  if (isNickname(masked, q)) return true;
  const introduced = introducesTitle(masked.slice(Math.max(0, q.outer.start - 40), q.outer.start));
  return isTitleLike(masked.slice(q.parts[0].start, q.parts[0].end), introduced) && (!hasCue || introduced);
}

/** "titled", "entitled", "as" or "as the" right before a quote: the title of a work, a name someone used. */
const NAMED = /(?:\b(?:[Ee]n)?[Tt]itled,?|\bas(?:\s+the)?)\s*$/;

/** A quoted nickname inside a name: Marcia “Cia” Price, Dwayne “The Rock” Johnson. */
function isNickname(masked: string, q: RawQuote): boolean {
  const inner = masked.slice(q.parts[0].start, q.parts[0].end);
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(inner)
    && /(?:^|\s)\p{Lu}[\p{L}'’-]+\.?\s+$/u.test(masked.slice(Math.max(0, q.outer.start - 30), q.outer.start))
    && /^\s+\p{Lu}\p{Ll}/u.test(masked.slice(q.outer.end, q.outer.end + 3));
}

/** A byline right after a headline in quotes: “…,” by Times’ Ann Roe; “…,” by the Post’s Ann Roe. */
const BYLINE = /^,?\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}?\p{Lu}[\p{L}.&-]*['’]s?\s+\p{Lu}/u;

/** Block quotes (`>`) in blocks [from, to) introduced by a lead-in paragraph ending in a colon ("Milley said:"). */
function blockQuotes(text: string, masked: string, blocks: readonly ProseBlock[], patterns: AttributionPatterns, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let b = from; b < to; b++) {
    const block = blocks[b];
    if (block.kind !== 'blockquote' || (b > 0 && blocks[b - 1].quoteGroup === block.quoteGroup)) continue;
    const lead = blocks[b - 1];
    if (!lead || lead.kind === 'blockquote' || !/:\s*$/.test(masked.slice(lead.start, lead.end))) continue;
    let last = b;
    while (last + 1 < blocks.length && blocks[last + 1].quoteGroup === block.quoteGroup) last++;
    const parts = [];
    for (let k = b; k <= last; k++) parts.push(...lineParts(text, masked, blocks[k].start, blocks[k].end));
    if (!parts.length) continue;
    const leadIn = { outer: { start: lead.end, end: lead.end }, parts: [], firstBlock: b - 1, lastBlock: b - 1 };
    const source = leadInSource(masked, lead.start, lead.end);
    const fromLead = source.speaker ? source : attribute(masked, leadIn, lead.start, lead.end, patterns);
    out.push({ outer: { start: block.start, end: blocks[last].end }, parts, firstBlock: b, lastBlock: last, kind: 'block', attribution: fromLead });
  }
  return out;
}

/** How far before a continuing quote a nearer mention of its speaker is looked for. */
const NEARER_REACH = 300;

const LETTER = /\p{L}/u;

/** "He" or "She" opening a sentence, before a lower-case word. */
const SUBJECT_PRONOUN = /(?:^|[.!?]["”’]?\s+|\n\s*)(He|She)\s+(?=\p{Ll})/gu;

/** The last mention of a speaker's name (or surname) in [from, to), as that speaker; else the speaker as given. */
function nearerMention(masked: string, speaker: SpeakerMention, from: number, to: number): SpeakerMention {
  if (from >= to || PRONOUN.test(speaker.text)) return speaker;
  const words = speaker.text.replace(/['’]s?$/, '').split(/\s+/);
  const surname = words[words.length - 1];
  if (!/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) return speaker;
  const stretch = masked.slice(from, to);
  let at = -1;
  let text = surname;
  for (let i = stretch.indexOf(surname); i >= 0; i = stretch.indexOf(surname, i + 1)) {
    if (!LETTER.test(stretch[i - 1] ?? '') && !LETTER.test(stretch[i + surname.length] ?? '')) at = i;
  }
  // or a pronoun opening a sentence after it: "“…,” Trump added. He then asked the crowd. ¶ “…”"
  let pronoun: RegExpExecArray | null = null;
  for (let m = SUBJECT_PRONOUN.exec(stretch); m; m = SUBJECT_PRONOUN.exec(stretch)) pronoun = m;
  SUBJECT_PRONOUN.lastIndex = 0;
  if (pronoun && pronoun.index + pronoun[0].indexOf(pronoun[1]) > at) {
    const start = from + pronoun.index + pronoun[0].indexOf(pronoun[1]);
    return { ...speaker, text: pronoun[1], start, end: start + pronoun[1].length };
  }
  if (at < 0) return speaker;
  const full = speaker.text.replace(/['’]s?$/, '');
  if (full !== surname && stretch.slice(Math.max(0, at - full.length + surname.length), at + surname.length) === full) {
    at -= full.length - surname.length;
    text = full;
  }
  return { ...speaker, text, start: from + at, end: from + at + text.length };
}

/** How far after a quote a sign-off paragraph may start. */
const SIGN_OFF_REACH = 300;
/** The name in a sign-off: up to five capitalised words ("Ann Roe", "Pedro de la Cruz"). */
const SIGNED_NAME = `(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|al)){0,4})`;
/** A paragraph that only signs the quote before it: "- Bernie Sanders." "—Ann Roe, Philadelphia." */
const SIGN_OFF = new RegExp(`^\\s*(?:[-\\u2013\\u2014\\u2015]\\s*)?${SIGNED_NAME}(?=\\s*[,.]|\\s*$)`, 'u');
/** A dash and a name closing the quote's own line, or before the next quote: “…” ― Ann Roe. “…” — Ann Roe, Philadelphia “…” */
const SIGNED_LINE = new RegExp(`^\\s*[\\u2013\\u2014\\u2015]\\s*${SIGNED_NAME}(?:\\s*,[^\\n.!?“”"]{0,60})?[.\\s]*(?:$|(?=[“”"«]))`, 'u');

/** The sign-off after a quote that closes its paragraph (on its own line or the next paragraph, within a short reach). */
function signOff(text: string, masked: string, q: RawQuote, blockEnd: number, next: ProseBlock | undefined): RawAttribution | undefined {
  // (within the reach: a paragraph may be megabytes long)
  const rest = masked.slice(q.outer.end, Math.min(blockEnd, q.outer.end + SIGN_OFF_REACH + 1));
  const lineEnd = rest.indexOf('\n');
  const signed = /^\s*[\u2013\u2014\u2015]/.test(rest) ? SIGNED_LINE.exec(rest.slice(0, Math.min(lineEnd < 0 ? rest.length : lineEnd, SIGN_OFF_REACH))) : null;
  if (signed) return signedBy(signed[1], q.outer.end + signed[0].indexOf(signed[1]));
  if (!next || next.kind === 'blockquote' || next.start - q.outer.end > SIGN_OFF_REACH || /\S/.test(rest)) return undefined;
  const m = SIGN_OFF.exec(masked.slice(next.start, Math.min(next.end, q.outer.end + SIGN_OFF_REACH)));
  if (!m) return undefined;
  // the dash opens the paragraph, or is the list marker before it (Markdown: "- Bernie Sanders.")
  const line = Math.max(q.outer.end, text.lastIndexOf('\n', next.start - 1) + 1);
  if (!/^\s*[-\u2013\u2014\u2015]/.test(m[0]) && !/^\s*[-\u2013\u2014]\s*$/.test(text.slice(line, next.start))) return undefined;
  return signedBy(m[1], next.start + m.index + m[0].length - m[1].length);
}

/** A sign-off's name at `at`, without the period that ends its sentence ("Sanders." ends it, "Jr." does not). */
function signedBy(written: string, at: number): RawAttribution {
  const name = written.replace(/(\p{L}{3,})\.$/u, '$1');
  return { speaker: { text: name, start: at, end: at + name.length }, cue: null, rule: 'sign-off' };
}

/** "From Reuters:" — a lead-in that names only the source. */
function leadInSource(masked: string, start: number, end: number): { speaker: TextSpan | null; cue: TextSpan | null } {
  const m = /(?:^|\s)([Ff]rom|[Pp]er)\s+([^:]{2,80}?)\s*:\s*$/.exec(masked.slice(start, end));
  if (!m) return { speaker: null, cue: null };
  const at = start + m.index + m[0].indexOf(m[1]);
  const who = start + m.index + m[0].lastIndexOf(m[2]);
  return { cue: { text: m[1], start: at, end: at + m[1].length }, speaker: { text: m[2], start: who, end: who + m[2].length } };
}

/** The non-blank line stretches of a block: lines as written in `text`, words as masked (block markers blanked, line breaks read as spaces). */
function lineParts(text: string, masked: string, start: number, end: number) {
  const parts = [];
  const re = /[^\n]+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const line = masked.slice(start + m.index, start + m.index + m[0].length);
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) parts.push({ start: start + m.index + lead, end: start + m.index + lead + body.length });
  }
  return parts;
}

/**
 * Resolves a mention: pronouns to the last person named before them (a
 * registry mention, a quote's speaker, or a sentence's subject in the prose
 * before the quote at `quoteStart`, registered or not), names to registry ids.
 */
function resolve(mention: TextSpan, matcher: LexiconMatcher, state: ScanState, masked: string, quoteStart: number): SpeakerMention {
  if (PRONOUN.test(mention.text)) {
    const antecedent = lastNamed(state, mention.start);
    const end = Math.min(mention.start, quoteStart);
    const subject = PERSON_PRONOUN.test(mention.text) ? subjectBefore(masked, Math.max(0, end - SUBJECT_REACH), end) : undefined;
    if (subject && (!antecedent || subject.start >= antecedent.end)) {
      const known = matcher.speaker(subject.text);
      return { ...mention, name: known?.name ?? stripTitles(subject.text), id: known?.id ?? null, refersTo: subject };
    }
    if (!antecedent) return { ...mention, name: mention.text, id: null };
    const refersTo = antecedent.refersTo ?? { text: antecedent.text, start: antecedent.start, end: antecedent.end };
    return { ...mention, name: antecedent.name, id: antecedent.id, refersTo };
  }
  const known = matcher.speaker(mention.text);
  return { ...mention, name: known?.name ?? mention.text, id: known?.id ?? null };
}

/** The last mention starting before `offset`; `list` is kept sorted by start. */
export function lastBefore<T extends { start: number }>(list: readonly T[], offset: number): T | undefined {
  return list[firstFrom(list, offset) - 1];
}

/**
 * The last name seen before `offset`: a registry mention or a named speaker,
 * the speaker on a tie. (Two lists: inserting each named speaker among all
 * the draft's registry mentions made a long draft quadratic.)
 */
function lastNamed(state: ScanState, offset: number): SpeakerMention | undefined {
  const mention = lastBefore(state.named, offset);
  const speaker = lastBefore(state.added, offset);
  return speaker && (!mention || speaker.start >= mention.start) ? speaker : mention;
}

/** Inserts a mention keeping the list sorted by start (after mentions with the same start). */
function insertSorted(list: SpeakerMention[], mention: SpeakerMention): void {
  let i = list.length;
  while (i > 0 && list[i - 1].start > mention.start) i--;
  list.splice(i, 0, mention);
}

/** Every mention of a registered speaker's name or alias. */
export function mentionsOf(hits: readonly LexiconHit[], matcher: LexiconMatcher): SpeakerMention[] {
  return hits.flatMap((hit) => {
    const known = matcher.speaker(hit.text);
    return known ? [{ ...hit, name: known.name, id: known.id }] : [];
  });
}

/** The registered source a quote's attribution names ("the letter said", "in the letter"). */
function sourceOf(speaker: TextSpan | null, q: RawQuote, masked: string, matcher: LexiconMatcher): SourceMention | null {
  if (speaker) {
    const s = matcher.source(speaker.text.replace(/^(?:the|a|an)\s+/i, 'the '));
    if (s) return { ...speaker, sourceId: s.id };
  }
  const around = Math.max(0, q.outer.start - 200);
  const window = masked.slice(around, Math.min(masked.length, q.outer.end + 120));
  for (const hit of matcher.sources(window)) {
    const s = matcher.source(hit.text);
    const at = around + hit.start;
    if (s && (at < q.outer.start || at >= q.outer.end)) return { text: hit.text, start: at, end: at + hit.text.length, sourceId: s.id };
  }
  return null;
}

/** A cue word anywhere in a sentence: a short quote there is likely reported speech, not a scare quote. */
const CUE_IN_SENTENCE = new RegExp(CUE, 'u');

/** The sentence holding [start, end): back to the last . ! ? or paragraph break, on to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 300 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !/[.!?\n]/.test(text[to])) to++;
  return text.slice(from, start) + ' ' + text.slice(end, to);
}

function firstNonSpace(text: string, from: number): number {
  while (from < text.length && /\s/.test(text[from])) from++;
  return from;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) {
      n++; // kana and CJK ideographs: no spaces between words, count characters
      inWord = false;
      continue;
    }
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
