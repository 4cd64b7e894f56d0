/**
 * Stage 6, resolution: what a speaker as written stands for — a pronoun for
 * the last name seen before it, a name for its registry id — and, for a quote
 * continuing the last speaker's words, that speaker's nearest mention.
 */
import { firstFrom } from '../sorted.ts';
import type { TextSpan } from '../types.ts';
import { describedPerson } from './descriptions.ts';
import { PRONOUN, stripTitles } from './grammar.ts';
import type { SpeakerMention } from './model.ts';
import { PERSON_PRONOUN, SUBJECT_REACH, subjectBefore } from './pronouns.ts';
import { POSSESSIVE_PRONOUN } from './possessiveSpeakers.ts';
import { inscribedThing } from './inscriptions.ts';
import { antecedentOf, RELATIVE_PRONOUN } from './relativeSpeakers.ts';
import type { LexiconMatcher, ScanState } from './stageTypes.ts';
import { workCounts } from '../workCounts.ts';

/**
 * Resolves a mention: pronouns to the last person named before them (a
 * registry mention, a quote's speaker, or a sentence's subject in the prose
 * before the quote at `quoteStart`, registered or not), names to registry ids.
 */
export function resolve(mention: TextSpan, matcher: LexiconMatcher, state: ScanState, masked: string, quoteStart: number): SpeakerMention {
  // (a possessive as its subject form: "his call for “…”" is his words)
  const possessive = Object.hasOwn(POSSESSIVE_PRONOUN, mention.text);
  const pronoun = possessive ? POSSESSIVE_PRONOUN[mention.text] : mention.text;
  if (PRONOUN.test(pronoun)) {
    const antecedent = lastNamed(state, mention.start);
    const end = Math.min(mention.start, quoteStart);
    const subject = PERSON_PRONOUN.test(pronoun) ? subjectBefore(masked, Math.max(0, end - SUBJECT_REACH), end, (surname) => namedEarlier(state, end, surname)) : undefined;
    if (subject && (!antecedent || subject.start >= antecedent.end)) {
      const known = matcher.speaker(subject.name);
      // (its name as one line of single spaces: "Lena\u00a0Osei", "Ravi⏎Patel" in a wrapped draft)
      return asSpeaker(mention, known?.name ?? stripTitles(subject.name).replace(/\s+/g, ' '), known?.id ?? null, { text: subject.text, start: subject.start, end: subject.end });
    }
    // (an unresolved "His" in lower case: no capitalised word that later pronouns might take for a name)
    if (!antecedent) return asSpeaker(mention, possessive ? mention.text.toLowerCase() : mention.text, null);
    const refersTo = antecedent.refersTo ?? { text: antecedent.text, start: antecedent.start, end: antecedent.end };
    return asSpeaker(mention, antecedent.name, antecedent.id, refersTo);
  }
  // (an inscription's "that" stands for the thing it is written on: "water bottles that said “…”")
  const relative = RELATIVE_PRONOUN.test(mention.text);
  const antecedent = (relative ? antecedentOf(masked, mention.start) : undefined) ?? (relative || mention.text === 'that' ? inscribedThing(masked, mention.start) : undefined);
  if (antecedent) {
    const known = matcher.speaker(antecedent.text);
    return asSpeaker(mention, known?.name ?? stripTitles(antecedent.text).replace(/\s+/g, ' '), known?.id ?? null, antecedent);
  }
  const known = matcher.speaker(mention.text);
  // a description by the one person just named with its title: "Sen. Ann Roe … “…,” the senator said"
  const described = known ? undefined : describedPerson(masked, mention.text, mention.start, quoteStart);
  if (described) {
    const person = matcher.speaker(described.name);
    return asSpeaker(mention, person?.name ?? described.name, person?.id ?? null, { text: described.text, start: described.start, end: described.end });
  }
  return asSpeaker(mention, known?.name ?? mention.text, known?.id ?? null);
}

/** A mention as a speaker: its span as written, the name it stands for, and where that name is written (built field by field: spreading spans of several shapes was the costliest line of the stage). */
function asSpeaker(mention: TextSpan, name: string, id: string | null, refersTo?: TextSpan): SpeakerMention {
  const { text, start, end } = mention;
  return refersTo ? { text, start, end, name, id, refersTo } : { text, start, end, name, id };
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

/** How many of the last names seen are searched for a surname's full name. */
const SURNAME_LOOKBACK = 40;

/** The full name (two words or more) of a person named before `offset` whose last word is `surname`: among the last registry mentions and speakers. */
export function namedEarlier(state: ScanState, offset: number, surname: string): string | undefined {
  for (const list of [state.added, state.named]) {
    const upTo = firstFrom(list, offset);
    for (let i = upTo - 1; i >= Math.max(0, upTo - SURNAME_LOOKBACK); i--) {
      const name = list[i].name.replace(/\s+/g, ' ');
      if (name.endsWith(` ${surname}`) && !PRONOUN.test(list[i].text)) return name;
    }
  }
  return undefined;
}

/** Inserts a mention keeping the list sorted by start (after mentions with the same start). */
export function insertSorted(list: SpeakerMention[], mention: SpeakerMention): void {
  let i = list.length;
  while (i > 0 && list[i - 1].start > mention.start) i--;
  workCounts.sortedInsertSteps += list.length - i + 1;
  list.splice(i, 0, mention);
}

/** How far before a continuing quote a nearer mention of its speaker is looked for. */
export const NEARER_REACH = 300;

const LETTER = /\p{L}/u;

/** "He" or "She" opening a sentence, before a lower-case word. */
const SUBJECT_PRONOUN = /(?:^|[.!?]["”’]?\s+|\n\s*)(He|She)\s+(?=\p{Ll})/gu;
/** "he" or "she" before a lower-case word in the last sentence of a stretch (no sentence end or quote mark after it). */
const OWN_SENTENCE_PRONOUN = /(?<![\p{L}])(he|she)\s+(?=\p{Ll})(?=[^.!?"“”]*$)/u;

/** The last mention of a speaker's name (or surname) in [from, to), as that speaker; else the speaker as given. */
export function nearerMention(masked: string, speaker: SpeakerMention, from: number, to: number): SpeakerMention {
  if (from >= to) return speaker;
  // a pronoun speaker by the name it stands for: "… “clawed back,” she said. … Clinton restricted comments … ¶ “…”"
  const pronoun = PRONOUN.test(speaker.text) || Object.hasOwn(POSSESSIVE_PRONOUN, speaker.text);
  const named = pronoun ? speaker.name : speaker.text;
  if (pronoun && (!speaker.refersTo || PRONOUN.test(named))) return speaker;
  const words = named.replace(/['’]s?$/, '').split(/\s+/);
  const surname = words[words.length - 1];
  if (!/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) return speaker;
  const stretch = masked.slice(from, to);
  let at = -1;
  let text = surname;
  for (let i = stretch.indexOf(surname); i >= 0; i = stretch.indexOf(surname, i + 1)) {
    if (!LETTER.test(stretch[i - 1] ?? '') && !LETTER.test(stretch[i + surname.length] ?? '')) at = i;
  }
  // or a pronoun opening a sentence after it: "“…,” Trump added. He then asked the crowd. ¶ “…”"
  let subject: RegExpExecArray | null = null;
  for (let m = SUBJECT_PRONOUN.exec(stretch); m; m = SUBJECT_PRONOUN.exec(stretch)) subject = m;
  SUBJECT_PRONOUN.lastIndex = 0;
  // or one in subject position in the quote's own sentence: "That is why he wanted to “…”"
  const own = OWN_SENTENCE_PRONOUN.exec(stretch);
  if (own && (!subject || own.index > subject.index)) subject = own;
  if (subject && subject.index + subject[0].indexOf(subject[1]) > at) {
    const start = from + subject.index + subject[0].indexOf(subject[1]);
    return { ...speaker, text: subject[1], start, end: start + subject[1].length };
  }
  if (at < 0) return speaker;
  const full = named.replace(/['’]s?$/, '');
  if (full !== surname && stretch.slice(Math.max(0, at - full.length + surname.length), at + surname.length) === full) {
    at -= full.length - surname.length;
    text = full;
  }
  const { refersTo: _antecedent, ...mention } = speaker;
  return { ...mention, text, start: from + at, end: from + at + text.length };
}

