/**
 * Stage 6 helper: a description speaker ("the senator", "the former
 * governor") stands for the person the text just before it names with that
 * title ("Sen. Ann Roe", "Governor Bo Li") or in an apposition with that
 * role ("Ann Roe, the mayor,"). Only one person may answer to it within the
 * reach: with two senators named there, "the senator" stays a description.
 */
import type { TextSpan } from '../types.ts';

/** Titles written before a name, and the nouns a description of that person uses. */
const ROLES: ReadonlyArray<readonly [titles: string, nouns: readonly string[]]> = [
  ['Sen\\.|Senator', ['senator']],
  ['Gov\\.|Governor', ['governor']],
  ['Rep\\.|Representative|Congressman|Congresswoman', ['congressman', 'congresswoman', 'representative', 'lawmaker']],
  ['Gen\\.|General', ['general']],
  ['Adm\\.|Admiral', ['admiral']],
  ['Col\\.|Colonel', ['colonel']],
  ['Mayor', ['mayor']],
  ['Judge|Justice', ['judge', 'justice']],
  ['Prof\\.|Professor', ['professor']],
  ['Secretary', ['secretary']],
  ['President', ['president']],
  ['Chairman|Chairwoman', ['chairman', 'chairwoman']],
];

/** How far before a description the person it stands for may be named (within what the incremental scan reads around a quote). */
export const DESCRIPTION_REACH = 300;

/** A person's name after a title: one to four capitalised words or initials. */
const PERSON = `\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){0,3}`;

/** Any description ending in a role noun: what is tested first, since most speakers are names. */
const ROLE_DESCRIPTION = new RegExp(`^[Tt]he\\s[\\s\\S]*(?<![\\p{L}])(?:${ROLES.flatMap(([, nouns]) => nouns).join('|')})$`, 'u');

/** A word modifying a role noun ("former", "Oregon", "state"): not a preposition or conjunction, which would make the noun someone else's ("a friend of the mayor"). */
const MODIFIER = `(?:(?!(?:of|for|to|with|and|or|at|in|from|by|on)\\s)[\\p{L}.-]+\\s+)`;

/** Per role: the description ("the senator", "the former Oregon senator") and the person named with its title or its noun in an apposition. */
const COMPILED = ROLES.map(([titles, nouns]) => {
  const noun = `(?:${nouns.join('|')})`;
  return {
    description: new RegExp(`^[Tt]he\\s+${MODIFIER}{0,3}?${noun}$`, 'u'),
    titled: new RegExp(`(?<![\\p{L}])(?:${titles})\\s+(${PERSON})`, 'gu'),
    apposed: new RegExp(`(?<![\\p{L}])(${PERSON}),\\s+(?:the|a|an)\\s+${MODIFIER}{0,3}?${noun}\\b`, 'gu'),
  };
});

/** How far around a person's name a place or party the description names ("the Florida senator") is looked for. */
const QUALIFIER_REACH = 40;

/** How far before its quote the text a description is resolved by may start: less than the margin an edit is re-read with (incremental.ts). */
const QUOTE_REACH = 380;

/**
 * The person a description at `at` stands for, named before it (and at most
 * QUOTE_REACH before the quote at `quoteStart`): their name (no title) and
 * where it is written; none when no one or more than one person answers to it.
 */
export function describedPerson(masked: string, description: string, at: number, quoteStart: number): (TextSpan & { name: string }) | undefined {
  if (!ROLE_DESCRIPTION.test(description)) return undefined;
  const role = COMPILED.find((r) => r.description.test(description.replace(/\s+/g, ' ')));
  if (!role) return undefined;
  // (before the quote and the description: a name in the quote's own words, or in any quote, is nobody's title)
  const to = Math.min(at, quoteStart);
  const from = Math.max(0, to - DESCRIPTION_REACH, quoteStart - QUOTE_REACH);
  if (from >= to) return undefined;
  const window = masked.slice(from, to).replace(/“[^“”]*”|"[^"]*"|«[^«»]*»/g, (m) => ' '.repeat(m.length));
  // (no person across a paragraph break)
  const paragraph = window.search(/\n\s*\n(?![\s\S]*\n\s*\n)/);
  const start = paragraph < 0 ? 0 : paragraph;
  // a place or party in the description is written beside the person too: "the Florida senator" is not "California Sen. Bo Li"
  const qualifiers = description.split(/\s+/).slice(1, -1).filter((w) => /^\p{Lu}/u.test(w));
  let found: (TextSpan & { name: string }) | undefined;
  const people = new Set<string>();
  for (const re of [role.titled, role.apposed]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index < start) continue;
      const beside = window.slice(Math.max(0, m.index - QUALIFIER_REACH), m.index + m[0].length + QUALIFIER_REACH);
      if (qualifiers.some((w) => !beside.includes(w))) continue;
      const name = m[1].replace(/\s+/g, ' ');
      const written = re === role.titled ? m[0] : m[1];
      people.add(name.split(' ').at(-1)!);
      if (!found || m.index > found.start - from) found = { text: written, start: from + m.index, end: from + m.index + written.length, name };
    }
  }
  return people.size === 1 ? found : undefined;
}
