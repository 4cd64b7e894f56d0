/**
 * Stage 4, a cue-less fallback: a possessive pronoun before a noun of saying
 * that leads up to the quote speaks it ("his call for “…”", "her remark
 * that “…”"), as a possessive name does ("Trump’s claim that “…”"). Its
 * speaker is the pronoun as written; the resolution stage reads whom it
 * stands for — unless a named subject it refers to heads its clause ("Roe
 * repeated his claim that “…”": Roe).
 */
import { SAYING_NOUN } from './patterns.ts';

/** Possessive pronouns that may own words, and the subject pronoun each resolves as. */
export const POSSESSIVE_PRONOUN: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', His: 'He', Her: 'She', Their: 'They' };

/** The pronoun, up to two words ("her March comment"), a noun of saying (or "call"), then "that", "of", "for", "to", "about" or "on" and a few words, up to the quote. */
const POSSESSIVE_SAYING = new RegExp(`(?<![\\p{L}])([Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}][\\p{L}-]*\\s+){0,2}?(?:${SAYING_NOUN}|calls?)(?:\\s+(?:that|of|for|to|about|on)\\b[^.!?;"“”#\\n]{0,60})?\\s*$`, 'u');

/** The possessive pronoun whose noun of saying leads up to the end of `before` (the text before a quote), and where it is. */
export function possessiveSpeaker(before: string): { text: string; at: number } | undefined {
  const m = POSSESSIVE_SAYING.exec(before);
  return m ? { text: m[1], at: m.index } : undefined;
}

/** Subjects that name nobody: pronouns and determiners. */
const UNNAMED = /^(?:He|She|They|It|We|I|The|A|An|This|That|These|Those|His|Her|Their|Its)\b/;
/** A verb and its adverbs or particle between a subject and the possessive it takes as object: " has again repeated ", " doubled down on ". */
const VERB_OF_OWNER = /^\s+(?:(?:also|again|once|has|had|have|[a-z]+ly)\s+)*[a-z]+(?:\s+(?:down\s+on|on|up|out|back))?\s+$/;

/** The capitalised name that `subject` (the sentence-subject pattern) finds in `before`, whose verb takes the possessive at `ownerAt` as its object ("Roe repeated his claim"); its offset and length. */
export function namedOwner(before: string, ownerAt: number, subject: RegExp): { at: number; length: number } | undefined {
  const m = subject.exec(before);
  const found = m?.indices?.[1];
  if (!found || found[1] > ownerAt || !VERB_OF_OWNER.test(before.slice(found[1], ownerAt))) return undefined;
  const name = before.slice(found[0], found[1]);
  return /^\p{Lu}/u.test(name) && !UNNAMED.test(name) ? { at: found[0], length: name.length } : undefined;
}
