/**
 * The walk: goes through the candidates (stage 3) in order and puts the
 * later stages together for each — its cue (stage 4), the speaker candidates
 * tried after it (stage 5), what the speaker resolves to (stage 6) and its
 * source (stage 7) — dropping what is not a quotation. It carries a small
 * state from quote to quote (the last quote, for continuing quotes; the names
 * seen, for pronouns), so that it can also run over a stretch of a draft (the
 * incremental path) from a known state.
 */
import { attributeLeadIn } from './attribution.ts';
import { CUE, PRONOUN } from './grammar.ts';
import type { ExtractedQuote, SpeakerMention } from './model.ts';
import { introducesTitle, introducesWords, isQuotedModifier, isTitleLike } from './filters.ts';
import { japaneseAttribution } from './japaneseCues.ts';
import { leadParagraphPerson, nextInSentence } from './neighbourSpeakers.ts';
import { attributionOf } from './quoteCues.ts';
import { sourceOf } from './references.ts';
import { insertSorted, NEARER_REACH, nearerMention, resolve } from './resolution.ts';
import { signedInside, signOff, subjectAfterQuote } from './speakerCandidates.ts';
import type { Candidate, RawAttribution, RawQuote, ScanInput, ScannedQuote, ScanState } from './stageTypes.ts';
import { lastWordChar } from './windowText.ts';

/** The text before a quote that opens its sentence (or paragraph): nothing, or a sentence end or colon. */
const OPENS_SENTENCE = /(?:^|[.!?:]["”’]?)\s*$/;

/** Quotes of this many words or fewer count only when attributed (else: titles, scare quotes). */
const SHORT_QUOTE_WORDS = 3;

/** Walks candidates in order from `state`, appending the quotes kept to `out`; updates `state`. */
export function scanQuotes(input: ScanInput, raw: readonly Candidate[], state: ScanState, out: ScannedQuote[]): void {
  const { text, masked, blocks, matcher, patterns } = input;
  // (the next quote's attribution, once nextInSentence has read it: its own turn takes it from here)
  let ahead: { of: Candidate; found: RawAttribution } | undefined;
  const attributionAhead = (next: Candidate) => (ahead = { of: next, found: attributionOf(input, next) }).found;
  for (let i = 0; i < raw.length; i++) {
    const q = raw[i];
    const first = blocks[q.firstBlock];
    const last = blocks[q.lastBlock];
    let found = ahead?.of === q ? ahead.found : attributionOf(input, q);
    if (!found?.speaker && q.kind !== 'block' && masked[q.outer.end - 1] >= '\u3000') found = japaneseAttribution(masked, q.outer.start, q.outer.end, first.start, last.end) ?? found;
    // a sign-off right after the quote outweighs a speaker found with no cue (“…” ― Ann Roe “…” ― Bo Li)
    if (!found?.cue && q.kind !== 'block') found = signOff(text, masked, q, last.end, blocks[q.lastBlock + 1]) ?? found;
    // or one typed inside the closing mark, after the quoted words: “… the docks. Ann Roe, Harbour Trust.”
    let parts = q.parts;
    const inside = !found?.cue && q.kind !== 'block' && found?.rule !== 'sign-off' ? signedInside(masked, q) : undefined;
    if (inside) {
      found = inside.found;
      parts = [...q.parts.slice(0, -1), { start: q.parts[q.parts.length - 1].start, end: inside.wordsEnd }];
    }
    const lead = blocks[q.firstBlock - 1];
    const opensBlock = q.outer.start === firstNonSpace(masked, first.start);
    if (!found?.speaker && lead && opensBlock && /:\s*$/.test(masked.slice(lead.start, lead.end))) {
      found = attributeLeadIn(masked, lead.start, lead.end, patterns); // a lead-in paragraph: "Cruz continued:"
    }
    // with no cue of its own, the speaker a cue after the next quote of its sentence names: “…” and “…,” Ann Roe said
    if (!found?.cue && q.kind !== 'block') found = nextInSentence(input, q, raw[i + 1], attributionAhead) ?? found;
    let speaker: SpeakerMention | null = null;
    if (found?.speaker) speaker = resolve(found.speaker, matcher, state, masked, q.outer.start);
    let rule = speaker ? (q.kind === 'block' ? 'block lead-in' : found?.rule) : undefined;
    let fromLeadOnly = false;
    const previous = state.previous;
    const continues = !!previous?.speaker && (q.firstBlock === state.previousBlock || q.firstBlock === state.previousBlock + 1);
    if (!speaker && lead && opensBlock && q.kind !== 'block') {
      // a quote opening its paragraph after one that reports the speaker: "Carter said that …"
      // (only with a cue there: a paragraph's mere subject may be no speaker at all, "The harbour closes. ¶ “…”")
      const fromLead = attributeLeadIn(masked, lead.start, lead.end, patterns);
      if (fromLead.speaker && fromLead.cue && !fromLead.weak) {
        found = { ...fromLead, cue: null };
        speaker = resolve(fromLead.speaker, matcher, state, masked, q.outer.start);
        rule = fromLead.rule;
        fromLeadOnly = true;
      }
    }
    if (!speaker && continues && previous?.speaker) {
      // a quote continuing the last speaker's words, at their nearest mention: "Brian Jack said … ¶ Jack noted “…”"
      const from = Math.max(previous.end, q.outer.start - NEARER_REACH, (lead ?? first).start);
      speaker = nearerMention(masked, previous.speaker, from, q.outer.start);
      rule = 'continued';
    }
    if (!speaker && !continues && lead && opensBlock && q.kind !== 'block' && lead.kind !== 'blockquote') {
      // with no cue in the paragraph before, a person it names as its subject: "Oona McBride was quick to add that … ¶ “…”"
      const person = leadParagraphPerson(masked, lead, state);
      if (person) {
        found = { speaker: person, cue: null, rule: 'lead-in person' };
        speaker = resolve(person, matcher, state, masked, q.outer.start);
        rule = found.rule;
        fromLeadOnly = true;
      }
    }
    if (!speaker && !continues && q.kind !== 'block' && !closesSentence(masked, q) && !OPENS_SENTENCE.test(masked.slice(Math.max(first.start, q.outer.start - 40), q.outer.start))) {
      // with no one before it, the subject the sentence goes on with after a clause that opens it and holds the quote: "Conceding that it “…,” Roe defended it"
      const after = subjectAfterQuote(masked, q.outer.end, last.end);
      if (after) {
        found = { speaker: after, cue: null, rule: 'subject after quote' };
        speaker = resolve(after, matcher, state, masked, q.outer.start);
        rule = found.rule;
      }
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
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    const quote: ExtractedQuote = {
      text: text.slice(start, end), start, end, outer: q.outer, parts, kind: q.kind ?? 'inline',
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
 * nicknames), a phrase qualifying a noun (the “establishment” candidate),
 * or a title ("on ABC’s “Meet the Press”").
 */
function isNotQuotation(masked: string, q: RawQuote, attributed: boolean, hasCue: boolean, continued: boolean): boolean {
  // a work's title after "titled" is the words of the work (an ad, a memo, an editorial), and a name
  // after "as" (or "as the", "as a") the words someone gave it (referring to her as “…”, known as the “…”,
  // seen as a “…”): quotations however short
  if (NAMED.test(masked.slice(Math.max(0, q.outer.start - 16), q.outer.start)) || introducesWords(masked.slice(Math.max(0, q.outer.start - 24), q.outer.start))) return false;
  const words = q.parts.reduce((n, p) => n + countWords(masked, p.start, p.end), 0);
  // one word that only the last speaker's going on would attribute is a term, not their words: a “philanthropub”
  if (words === 1 && continued) attributed = false;
  if (words <= SHORT_QUOTE_WORDS) {
    // a so-called name is no quotation whoever is around it
    if (/\bso[- ]called\s*$/i.test(masked.slice(Math.max(0, q.outer.start - 12), q.outer.start)) && !hasCue) return true;
    const sentence = sentenceAround(masked, q.outer.start, q.outer.end);
    if (!attributed && !CUE_IN_SENTENCE.test(sentence)) return true;
    // a phrase in marks qualifying a noun (the “establishment” candidate) in a sentence with no cue is a scare quote, whoever is its subject
    if (!hasCue && !CUE_IN_SENTENCE.test(sentence) && isQuotedModifier(masked, q, sentence)) return true;
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

/** "titled", "entitled", "called", "named" or "dubbed" (with "the" or not; not "so-called"), "as", "as the" or "as a(n)" right before a quote: the title of a work, a name someone used. */
const NAMED = /(?:\b(?:[Ee]n)?[Tt]itled,?|(?<!\bso[- ]?)\b(?:[Cc]alled|named|dubbed)(?:\s+the)?|\bas(?:\s+(?:the|an?))?)\s*$/;

/** A quoted nickname inside a name: Marcia “Cia” Price, Dwayne “The Rock” Johnson. */
function isNickname(masked: string, q: RawQuote): boolean {
  const inner = masked.slice(q.parts[0].start, q.parts[0].end);
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(inner)
    && /(?:^|\s)\p{Lu}[\p{L}'’-]+\.?\s+$/u.test(masked.slice(Math.max(0, q.outer.start - 30), q.outer.start))
    && /^\s+\p{Lu}\p{Ll}/u.test(masked.slice(q.outer.end, q.outer.end + 3));
}

/** A byline right after a headline in quotes: “…,” by Times’ Ann Roe; “…,” by the Post’s Ann Roe. */
const BYLINE = /^,?\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}?\p{Lu}[\p{L}.&-]*['’]s?\s+\p{Lu}/u;

/** A cue word anywhere in a sentence: a short quote there is likely reported speech, not a scare quote. */
const CUE_IN_SENTENCE = new RegExp(CUE, 'u');

/** The sentence holding [start, end): back to the last . ! ? or paragraph break, on to the next (none when the quote's own stop closes it: “….” Next …). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 300 && !endsSentenceAt(text, from - 1)) from--;
  let to = end;
  const closes = CLOSING_STOP.test(text.slice(Math.max(0, end - 4), end)) && NEXT_SENTENCE.test(text.slice(end, end + 4));
  while (!closes && to < text.length && to - end < 300 && !endsSentenceAt(text, to)) to++;
  return text.slice(from, start) + ' ' + text.slice(end, to);
}

/** A stop inside a quote's closing marks: the quote ends its sentence, when a new one follows (NEXT_SENTENCE). */
const CLOSING_STOP = /[.!?]["”’»]+$/;
/** What opens the next sentence after a quote: a capital or an opening mark after a space, or a line break (not a dash: “….” — Roe said). */
const NEXT_SENTENCE = /^(?:[ \t\u00a0]+["“«\p{Lu}]|[ \t\u00a0]*\n)/u;

/** Whether text[i] is . ! ? or a line break (compared as a code, not by a pattern per character). */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;
}

/** Whether a quote ends with a period, inside its closing mark or right after it: “… the end.” */
function closesSentence(masked: string, q: RawQuote): boolean {
  return lastWordChar(masked, q.parts[q.parts.length - 1]) === '.' || masked[q.outer.end] === '.';
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
