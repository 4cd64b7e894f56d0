/**
 * Relative clauses as speakers. Stage 4 (a cue-less fallback): a relative
 * clause whose verb is a cue and that runs up to the quote speaks it ("the
 * police department, which reported “…”", "Ann Roe, who wrote that it was
 * “…”"); its speaker is the relative pronoun as written. Stage 6 reads the
 * pronoun's antecedent, the name or phrase right before it.
 * ("that" is left out: "a video that said “…”" is as often a person's words.)
 */
import type { TextSpan } from '../types.ts';
import { CUE } from './grammar.ts';

/** Relative pronouns a speaker may be written as. */
export const RELATIVE_PRONOUN = /^(?:who|which)$/;

/**
 * "which" or "who", an optional adverb or auxiliary and up to four lower-case
 * words ("who has in the past described"; no subject pronoun: in "the levy,
 * which she called “…”", "which" is the object), a cue verb, then the rest of
 * the clause (no sentence end, no other quote) up to the quote.
 */
const RELATIVE_CLAUSE = new RegExp(`(?<![\\p{L}])(which|who)\\s+(?:(?:also|then|later|has|had|have|would|will|[a-z]+ly)\\s+)?(?:(?!(?:he|she|they|we|I|you|it)\\s)[a-z][\\w’'-]*\\s+){0,4}?${CUE}[^.!?;"“”«»\\n#]{0,60}$`, 'u');

/**
 * What a relative pronoun stands right after: a name of capitalised words (with
 * "of", "de" … inside it and an affiliation in brackets after it), or a phrase
 * led by a determiner; then a comma, a dash or a space.
 */
const ANTECEDENT = /(?:(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|de|van|von|al|the)\s+)?){0,5}\p{Lu}[\p{L}'’-]*|(?<![\p{L}])(?:the|a|an|this|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?:\s*\([^()\n]{1,30}\))?(?:\s*,|\s*[\u2014\u2013]|\s)\s*$/u;

/** How far before a relative pronoun its antecedent may start. */
const ANTECEDENT_REACH = 120;

/** The relative pronoun whose clause, led by a cue, runs up to the end of `before` (the text before a quote) after an antecedent, and where it is. */
export function relativeSpeaker(before: string): { text: string; at: number } | undefined {
  const m = RELATIVE_CLAUSE.exec(before);
  return m && antecedentOf(before, m.index) ? { text: m[1], at: m.index } : undefined;
}

/** The name or phrase right before the relative pronoun at `at` (nothing but a comma or dash between them, no paragraph break inside). */
export function antecedentOf(text: string, at: number): TextSpan | undefined {
  const window = text.slice(Math.max(0, at - ANTECEDENT_REACH), at);
  const m = ANTECEDENT.exec(window);
  if (!m) return undefined;
  const written = m[0].replace(/(?:\s*\([^()]*\))?[\s,\u2014\u2013]*$/, '');
  if (/\n\s*\n/.test(written)) return undefined;
  const start = at - window.length + m.index;
  return { text: written, start, end: start + written.length };
}
