/**
 * Stage 5, speaker candidates: the subject of the clause nearest before a
 * quote in its own sentence, registered or not, named or described — "At a
 * forum in Ames, the retired judge called the plan “…”", "…, and within
 * days the council staff had sent letters calling it “…”". A quote with no cue
 * is more often the words of the clause it sits in than of the first name in
 * its sentence.
 */
import { DESCRIPTION, DETERMINER, IN_SENTENCE, NAME, SENTENCE_END } from './grammar.ts';
import { KNOWN_NAME } from './standIns.ts';
import { searchable } from './twoByte.ts';

/** Where a clause may start: the sentence start, a comma, dash, colon or semicolon, or a conjunction or relative word. */
const CLAUSE_OPENING = `(?:^|[,;:\\u2014\\u2013]\\s*|\\s(?:and|but|or|when|where|while|as|after|before|because|since|though|although|until|if|so|whom?|which|whose)\\s+|\\s(?:At|In|On|Across)\\s+${IN_SENTENCE}{1,80}?,\\s+)`;

/** A plural noun of people or groups without a determiner: "researchers", "policymakers", "protesters". */
const BARE_PLURAL = `\\p{Ll}[\\p{Ll}-]+(?:ers|ors|ists|ians|ants|ents|ives|ics|ees)`;

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries. */
const NOT_IN_PHRASE = '(?:of|for|to|in|on|at|with|by|from|about|and|or|but|than|that|who|which|being|will|would|could|can|may|might|should|must|is|are|was|were|be|been|has|have|had)(?![\\p{L}])';

/** A clause's subject: a name (registered or not), a description, a pronoun, a determiner and up to four words, a count of people, a bare plural. */
const SUBJECT = `(?<![\\p{L}\\p{N}'’-])(${KNOWN_NAME}|${NAME}|${DESCRIPTION}|(?:he|she|they|we|I|He|She|They|We)(?![\\p{L}'’])|${DETERMINER}\\s+(?:(?!${NOT_IN_PHRASE})[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?!${NOT_IN_PHRASE}|\\p{Ll}{2,}ly(?![\\p{L}]))[\\p{L}\\p{N}-]*\\p{L}|(?:about|nearly|some|more\\s+than|at\\s+least)\\s+\\d[\\d,]*\\s+\\p{Ll}+|${BARE_PLURAL})`;

/** Adverbs and auxiliaries between a subject and its verb: "the crowd loudly reprised", "he has long used". */
const BETWEEN = `(?:\\s+(?:also|later|then|again|still|even|just|never|often|once|long|not|[a-z]{3,}ly))*`;

/** A finite verb: an -s or -ed form, an auxiliary or a common irregular past. */
const FINITE = `(?:[a-z]{2,}(?:ed|es)|[a-z]{2,}[^s\\W]s|is|are|was|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|made|said|told|gave|took|got|went|came|saw|thought|felt|kept|left|put|ran|wrote|spoke|knew|found|heard|meant|held|brought|began|sent|led|hope|say|call|see|want|think|cited|began|won|lost|spoke|stood|met|paid|built|bought|fought|struck|threw|drew|grew|wore|chose|rose|drove|broke|forgot|shot|fled|spent|dealt|sold|became|shook|fell|stuck|sought|taught|caught|sang)(?![\\p{L}'’])`;

/** Every clause subject with its verb, in a sentence's text (quotes hidden). */
const CLAUSE_SUBJECT = new RegExp(`${CLAUSE_OPENING}${SUBJECT}(?=${BETWEEN}\\s+${FINITE})`, 'gdu');

/** The last sentence end in a window. */
const LAST_SENTENCE_END = new RegExp(`${SENTENCE_END}["”’)]?\\s+`, 'gu');

/** Words that are no subject however they are capitalised or determined. */
const NOT_SUBJECT = /^(?:the\s+(?:same|other|first|last|next|most|more|only|way|time|day|year|week|fact|idea|rest|end|number)|(?:a|an|one)\s+(?:lot|bit|few|time|day|year|week|way))\b|^(?:It|This|That|There|These|Those)$/i;

/** A comma and a finite verb later in the sentence: the clause before it was a subordinate one. */
const MAIN_CLAUSE_RESUMES = new RegExp(`,\\s+(?:[a-z]{3,}ly\\s+)?(?:[a-z]{2,}ed|[a-z]{2,}[^s\\W]s|is|was|has|had|said|told)\\s`, 'u');

/** The clause subject nearest before the end of `read` in its last sentence: its text and offset in `read`. */
export function nearestClauseSubject(read: string): { text: string; at: number } | undefined {
  let from = 0;
  LAST_SENTENCE_END.lastIndex = 0;
  for (let m = LAST_SENTENCE_END.exec(read); m; m = LAST_SENTENCE_END.exec(read)) from = m.index + m[0].length;
  const sentence = read.slice(from);
  if (!searchable(sentence.length)) return undefined; // (no subject in so few characters; and a pattern run on them is compiled for one-byte strings too: twoByte.ts)
  let found: { text: string; at: number } | undefined;
  CLAUSE_SUBJECT.lastIndex = 0;
  for (let m = CLAUSE_SUBJECT.exec(sentence); m; m = CLAUSE_SUBJECT.exec(sentence)) {
    const start = m.indices![1][0];
    // (not a subordinate clause the main one goes on after: "Roe, who has campaigned since he quit, blasted …")
    const closed = MAIN_CLAUSE_RESUMES.test(sentence.slice(m.index + m[0].length));
    // (nor the clause after a source: "According to the audit, the staff had …")
    if (/\b[Aa]ccording\s+to\s/.test(sentence.slice(0, start))) break;
    if (!NOT_SUBJECT.test(m[1]) && !/['’]s?$/.test(m[1]) && !closed) found = { text: m[1], at: from + start };
    CLAUSE_SUBJECT.lastIndex = m.index + 1;
  }
  return found;
}
