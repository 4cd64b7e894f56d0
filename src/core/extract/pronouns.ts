/**
 * Pronoun antecedents among every person the prose names, registered or not:
 * the subject of the last sentence before a quote that opens with a person's
 * name ("Council member Ravi Patel was less certain. “…,” he said." → Ravi
 * Patel). Only a name in subject position counts: "Roe met Bo Li on Monday.
 * “…,” he said" stays with Roe, the earlier subject.
 */
import type { TextSpan } from '../types.ts';
import { BARE_DESCRIPTION, NAME, SENTENCE_END } from './grammar.ts';

/** How far before a quote (or a pronoun before it) a subject is looked for; within what the incremental scan reads around a quote. */
export const SUBJECT_REACH = 300;

/** Pronouns that stand for a person. */
export const PERSON_PRONOUN = /^(?:he|she)$/i;

/** A sentence start, an optional role ("Council member", "former mayor"), a name of two words or more, then a verb or an apposition. */
const SUBJECT = new RegExp(
  `(?:^|${SENTENCE_END}["”’]?\\s+)(?:${BARE_DESCRIPTION}\\s+)?(${NAME})(?=\\s*,|\\s+(?:(?:also|then|later|has|had|was|is)\\s+)?\\p{Ll}{2,}\\b)`,
  'gu',
);

/** A person's name: two capitalised words or more (a title counts), no possessive. */
const PERSON = /^(?:\S+\s+)+\S+$/u;

/** The last person's name in subject position in [from, to) of the masked text (quotes inside hidden), in draft offsets. */
export function subjectBefore(masked: string, from: number, to: number): TextSpan | undefined {
  if (to <= from) return undefined;
  const window = hideQuoted(masked.slice(from, to));
  let found: TextSpan | undefined;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(window); m; m = SUBJECT.exec(window)) {
    const name = m[1].replace(/\s*\([^)]*\)$/, '');
    if (PERSON.test(name) && !/['’]s?$/.test(name)) {
      const at = from + m.index + m[0].lastIndexOf(m[1]);
      found = { text: name, start: at, end: at + name.length };
    }
    if (m[0].length === 0) SUBJECT.lastIndex++;
  }
  return found;
}

/**
 * Quoted words («…», “…”, "…") blanked with a filler that is no letter, space
 * or sentence end: a name inside a quote is nobody's subject. A quote that
 * ends its sentence keeps that end and its closing mark, so the next sentence
 * still opens after it: «Roe said “… anyone.” Ravi Patel was less sure.»
 */
function hideQuoted(window: string): string {
  return window.replace(/“[^“”]*”|«[^«»]*»|"[^"]*"/g, (m) => {
    const end = /[.!?]\s*$/.exec(m.slice(0, -1));
    return end ? '#'.repeat(m.length - 2) + end[0].trim() + m[m.length - 1] : '#'.repeat(m.length);
  });
}
