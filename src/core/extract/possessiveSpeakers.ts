/**
 * Stage 4, a cue-less fallback: a possessive pronoun before a noun of saying
 * that leads up to the quote speaks it ("his call for “…”", "her remark
 * that “…”"), as a possessive name does ("Trump’s claim that “…”"). Its
 * speaker is the pronoun as written; the resolution stage reads whom it
 * stands for.
 */
import { SAYING_NOUN } from './patterns.ts';

/** Possessive pronouns that may own words, and the subject pronoun each resolves as. */
export const POSSESSIVE_PRONOUN: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', His: 'He', Her: 'She', Their: 'They' };

/** The pronoun, up to two lower-case words, a noun of saying (or "call"), then "that", "of", "for", "to" or "about" and a few words, up to the quote. */
const POSSESSIVE_SAYING = new RegExp(`(?<![\\p{L}])([Hh]is|[Hh]er|[Tt]heir)\\s+(?:[a-z][\\p{L}-]*\\s+){0,2}?(?:${SAYING_NOUN}|calls?)(?:\\s+(?:that|of|for|to|about)\\b[^.!?;"“”#\\n]{0,30})?\\s*$`, 'u');

/** The possessive pronoun whose noun of saying leads up to the end of `before` (the text before a quote), and where it is. */
export function possessiveSpeaker(before: string): { text: string; at: number } | undefined {
  const m = POSSESSIVE_SAYING.exec(before);
  return m ? { text: m[1], at: m.index } : undefined;
}
