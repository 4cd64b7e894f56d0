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

/** What may open a sentence before its subject: a conjunction or adverb ("But", "Then"), or a short phrase of time or place and a comma ("On Tuesday, "). */
const OPENER = `(?:But|And|Then|Later|Still|Yet|So|Now|Meanwhile|Instead|Earlier|Finally|Afterwards|Also)\\s+|(?:On|In|At|After|Before|During|By|Since|Last|This|Outside|Inside)\\s+[^,.!?;:"“”«»\\n]{1,40},\\s+`;

/** A sentence start, an optional opener and role ("Council member", "former mayor"), a name of two words or more, then a verb or an apposition. */
const SUBJECT = new RegExp(
  `(?:^|${SENTENCE_END}["”’]?\\s+)(?:(?=(${OPENER}))\\1)?(?:${BARE_DESCRIPTION}\\s+)?(?<name>${NAME})(?=\\s*,|\\s+(?:(?:also|then|later|has|had|was|is)\\s+)?\\p{Ll}{2,}\\b)`,
  'gu',
);

/** A person's name: two capitalised words or more (a title counts), no possessive. */
const PERSON = /^(?:\S+\s+)+\S+$/u;
/** One capitalised word: a person's surname when their full name came before it ("Ravi Patel spoke. … Patel was less certain."). */
const SURNAME = /^\p{Lu}\p{Ll}+$/u;

/** What may stand before a name without being part of it: lower-case modifiers ("then", "former"), a possessive ("North Carolina’s"). */
const BEFORE_NAME = /^(?:(?:\p{Ll}+-?\s+)+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu}))/u;

/** A person named in subject position: where, and their name (for a surname alone, the full name written before it). */
export type Subject = TextSpan & { name: string };

/**
 * The last person's name in subject position in [from, to) of the masked text
 * (quotes inside hidden), in draft offsets. A surname alone counts when the
 * window, or `fullName` (people named earlier in the draft), gives its full name.
 */
export function subjectBefore(masked: string, from: number, to: number, fullName?: (surname: string) => string | undefined): Subject | undefined {
  if (to <= from) return undefined;
  const window = hideQuoted(masked.slice(from, to));
  let found: Subject | undefined;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(window); m; m = SUBJECT.exec(window)) {
    if (m[0].length === 0) SUBJECT.lastIndex++;
    const written = m.groups!.name;
    let name = written.replace(/\s*\([^)]*\)$/, '');
    let at = m.index + m[0].lastIndexOf(written);
    const lead = BEFORE_NAME.exec(name);
    if (lead) (name = name.slice(lead[0].length)), (at += lead[0].length);
    // (no name runs over a paragraph break, and a possessive is no subject: "Ann Roe’s report")
    if (!name || /\n\s*\n/.test(name) || /['’]s?$/.test(name)) continue;
    const full = PERSON.test(name) ? name : SURNAME.test(name) ? fullNameBefore(window, at, name) ?? fullName?.(name) : undefined;
    if (full) found = { text: name, start: from + at, end: from + at + name.length, name: full };
  }
  return found;
}

/** The full name ending in `surname` ("Ravi Patel", not "Lee-Patel") last written in `window` before `at`, if any. */
function fullNameBefore(window: string, at: number, surname: string): string | undefined {
  for (let i = window.lastIndexOf(surname, at - 1); i > 0; i = window.lastIndexOf(surname, i - 1)) {
    const given = /(?<![\p{L}.'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?)\s+$/u.exec(window.slice(Math.max(0, i - 40), i));
    if (given && !/\n\s*\n/.test(given[0]) && !/[\p{L}]/u.test(window[i + surname.length] ?? '')) return `${given[1]} ${surname}`;
  }
  return undefined;
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
