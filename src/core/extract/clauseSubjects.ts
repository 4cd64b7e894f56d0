/**
 * The clause-subject stage: the last sentence before a quote split once into
 * its clauses, each with its subject (registered or not, named, described or
 * a pronoun) and how it is joined on ("…, but she cautions", "… and he has
 * long used"). The speaker rules with a cue and without one read this one
 * typed output (SentenceClauses) instead of each searching the sentence anew:
 * the subject of the clause nearest the quote ("At a forum in Ames, the retired
 * judge called the plan “…”"), the subject of a later clause after the cue's
 * ("Roe says …, but she cautions that she sees “…”") or after the sentence's
 * subject ("Cruz pledged …, and he has long used it to fault them for “…”"),
 * and a pronoun clause that runs up to the quote ("… as he keeps talking about the “…”").
 */
import { ANY_CUE } from './beforeCues.ts';
import { DESCRIPTION, DETERMINER, IN_SENTENCE, NAME, SENTENCE_END } from './grammar.ts';
import { KNOWN_NAME } from './standIns.ts';
import { searchable } from './twoByte.ts';
import { endsSentenceAt, spaceStart, wordStart } from './sentenceTail.ts';

/** One clause's subject in the last sentence of a window before a quote. */
export interface ClauseSubject {
  /** The subject as the window reads it (stand-ins for registered names). */
  text: string;
  /** Its offset in the window. */
  at: number;
  /** Where the clause's opening (the sentence start, a comma, a conjunction …) starts in the window. */
  opensAt: number;
  /** The conjunction right before the subject ("and", "but", "as" …), or '' when none. */
  conjunction: string;
  /** Whether a comma, or a dash after a space, sets that conjunction off: "…, but she". */
  setOff: boolean;
  /** Whether a space stands right before that conjunction: "… and he", "…, and he" (not "…,and he"). */
  spaced: boolean;
  /** Whether it may speak: a subject word (not "the same", "It"), not a possessive, and no subordinate clause the main one resumes after. */
  speaks: boolean;
}

/** The clause-subject stage's output for one window: its last sentence's clauses, split once. */
export interface SentenceClauses {
  /** The window, as the patterns read it. */
  readonly read: string;
  /** Where its last sentence starts. */
  readonly start: number;
  /** Every clause subject of that sentence with a finite verb after it, in order. */
  readonly subjects: readonly ClauseSubject[];
  /** The pronoun subject of a later clause that runs up to the end of the window ("… and he has long faulted them for"). */
  readonly pronounClause: { text: string; at: number } | undefined;
}

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

/** The last sentence end in a window (read from the end by lastSentenceStart). */
export const LAST_SENTENCE_END = new RegExp(`${SENTENCE_END}["”’)]?\\s+`, 'gu');

/** Words that are no subject however they are capitalised or determined. */
const NOT_SUBJECT = /^(?:the\s+(?:same|other|first|last|next|most|more|only|way|time|day|year|week|fact|idea|rest|end|number)|(?:a|an|one)\s+(?:lot|bit|few|time|day|year|week|way))\b|^(?:It|This|That|There|These|Those)$/i;

/** A comma and a finite verb later in the sentence: the clause before it was a subordinate one. */
const MAIN_CLAUSE_RESUMES = new RegExp(`,\\s+(?:[a-z]{3,}ly\\s+)?(?:[a-z]{2,}ed|[a-z]{2,}[^s\\W]s|is|was|has|had|said|told)\\s`, 'u');

/** A source the clauses after it report ("According to the audit, the staff had …"): they name no speaker. */
const ACCORDING_TO = /\b[Aa]ccording\s+to\s/;

/** The conjunction right before a subject, what sets it off and the space before it. */
const JOINED_BY = /(,|\s[\u2013\u2014-])?(\s*)(?<![\p{L}\p{N}_])(and|but|as|when|though|although|while|whereas|yet|because|so)\s+$/u;

/**
 * "and", "as", "when" or "while", an optional short phrase and its comma, a
 * subject pronoun, a finite verb, then the rest of the clause (no sentence
 * end, no other quote, no other such clause) up to the quote. (Not "because",
 * "after" …: "Roe blamed Li because he is “…”" reports why, not who speaks.)
 */
const PRONOUN_CLAUSE = /(?<![\p{L}])(?:and|as|when|while)\s+(?:[^,.!?;"“”«»#\n]{1,30},\s+)?(he|she|they|we|I)\s+(?:(?:also|then|later|still|often|never|always|[a-z]+ly)\s+)?(?:[a-z]{2,}(?:s|ed)|is|are|was|were|has|had|have|will|would|could|did|does|made|said|told|gave|took|went|came|saw|thought|kept|put|wrote|spoke|brought|began|sent)\b((?:(?!\b(?:and|as|when|while)\s+(?:he|she|they|we|I)\s)[^.!?;"“”«»#\n]){0,120})$/du;

/** The clauses of a window's last sentence; each part is split on first use and kept. */
export function clausesOf(read: string): SentenceClauses {
  return new LazyClauses(read);
}

/** SentenceClauses computed part by part on first use (a class: an object literal with getters costs a runtime call per window). */
class LazyClauses implements SentenceClauses {
  private sentenceStart: number | undefined;
  private split: ClauseSubject[] | undefined;
  private pronoun: { text: string; at: number } | undefined | null = null;
  constructor(readonly read: string) {}
  get start(): number {
    return (this.sentenceStart ??= lastSentenceStart(this.read));
  }
  get subjects(): readonly ClauseSubject[] {
    return (this.split ??= splitSubjects(this.read, this.start));
  }
  get pronounClause(): { text: string; at: number } | undefined {
    if (this.pronoun === null) this.pronoun = /\b(?:and|as|when|while)\s/.test(this.read) ? pronounClauseOf(this.read) : undefined;
    return this.pronoun;
  }
}

/** The subject of the clause nearest before the end of the window that may speak, reading the sentence from `from` on (an offset in the window); its offset is the window's. */
export function nearestSubject(clauses: SentenceClauses, from = 0): ClauseSubject | undefined {
  const start = Math.max(from, clauses.start);
  let found: ClauseSubject | undefined;
  for (const s of clauses.subjects) {
    if (s.opensAt < start) continue;
    if (ACCORDING_TO.test(clauses.read.slice(start, s.at))) break;
    if (s.speaks) found = s;
  }
  return found;
}

/** The clause subject nearest before the end of `read` in its last sentence: its text and offset in `read`. */
export function nearestClauseSubject(read: string): ClauseSubject | undefined {
  return nearestSubject(clausesOf(read));
}

/** Conjunctions that open a later clause set off after a cue's report. */
const AFTER_REPORT = /^(?:but|although|though|because|while|whereas|yet|so)$/;

/** A cue's report opening with a pronoun: "says she hopes", "said that he". */
const REPORT_BY_PRONOUN = /^\s+(?:that\s+)?(?:he|she|they|we|I)\s/;

/**
 * The subject of a later clause after the cue that ends at `cueEnd`, set off by a comma or dash and a
 * conjunction ("Roe says, but she cautions that she sees “…”"); not the report's own clauses
 * ("Clinton says she hopes to win, but she knows that “…”").
 */
export function laterClauseAfterCue(clauses: SentenceClauses, cueEnd: number): ClauseSubject | undefined {
  if (REPORT_BY_PRONOUN.test(clauses.read.slice(cueEnd))) return undefined;
  const near = nearestSubject(clauses, cueEnd);
  return near?.setOff && AFTER_REPORT.test(near.conjunction) ? near : undefined;
}

/** Conjunctions that join a clause of its own to the sentence's. */
const JOINING = /^(?:and|but|as|when|though|although|while|whereas|yet)$/;
/** A subject that is a person: a pronoun or a capitalised name. */
const PERSON_SUBJECT = /^(?:he|she|they|we|I|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u;

/**
 * The person subject of a clause joined on after the sentence's subject (which ends at `subjectEnd`),
 * with no cue between them: "Cruz pledged …, and he has long used it to bludgeon them for “…”".
 */
export function laterClauseAfterSubject(clauses: SentenceClauses, subjectEnd: number): ClauseSubject | undefined {
  const near = nearestSubject(clauses);
  if (!near || near.at <= subjectEnd || !near.spaced || !JOINING.test(near.conjunction)) return undefined;
  return PERSON_SUBJECT.test(near.text) && !ANY_CUE.test(clauses.read.slice(subjectEnd, near.at)) ? near : undefined;
}

/**
 * Where the last sentence of a window starts: past the last match of
 * LAST_SENTENCE_END, found from the end (the spaces a match ends with are a
 * whole run of them, after a sentence end and at most one closing mark).
 */
function lastSentenceStart(read: string): number {
  let at = read.length;
  while (at > 0) {
    const runEnd = (at = wordStart(read, at));
    at = spaceStart(read, at);
    if (at > 0 && (endsSentenceAt(read, at - 1) || (at > 1 && CLOSING_MARK.test(read[at - 1]) && endsSentenceAt(read, at - 2)))) return runEnd;
  }
  return 0;
}

/** A mark LAST_SENTENCE_END lets close a sentence before its spaces. */
const CLOSING_MARK = /["”’)]/;

/** Every clause subject of the sentence that starts at `from`, with how it is joined on and whether it may speak. */
function splitSubjects(read: string, from: number): ClauseSubject[] {
  const sentence = read.slice(from);
  const found: ClauseSubject[] = [];
  if (!searchable(sentence.length)) return found; // (no subject in so few characters; and a pattern run on them is compiled for one-byte strings too: twoByte.ts)
  CLAUSE_SUBJECT.lastIndex = 0;
  for (let m = CLAUSE_SUBJECT.exec(sentence); m; m = CLAUSE_SUBJECT.exec(sentence)) {
    const at = m.indices![1][0];
    // (not a subordinate clause the main one goes on after: "Roe, who has campaigned since he quit, blasted …")
    const resumed = MAIN_CLAUSE_RESUMES.test(sentence.slice(m.index + m[0].length));
    const joined = joinedBy(read.slice(0, from + at));
    found.push({
      text: m[1],
      at: from + at,
      opensAt: from + m.index,
      conjunction: joined?.[3] ?? '',
      setOff: !!joined?.[1],
      spaced: !!joined?.[2],
      speaks: !NOT_SUBJECT.test(m[1]) && !/['’]s?$/.test(m[1]) && !resumed,
    });
    CLAUSE_SUBJECT.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * JOINED_BY's match in `before`, searched only from where it can start: its
 * conjunction (eight letters at most) ends where the spaces closing `before`
 * start, after spaces and at most a comma or a space and a dash.
 */
function joinedBy(before: string): RegExpExecArray | null {
  const spaces = spaceStart(before, before.length);
  if (spaces === before.length) return null;
  JOINED_BY_FROM.lastIndex = Math.max(0, spaceStart(before, Math.max(0, spaces - 8)) - 2);
  return JOINED_BY_FROM.exec(before);
}

/** JOINED_BY as a global pattern, searched from an offset. */
const JOINED_BY_FROM = new RegExp(JOINED_BY.source, `${JOINED_BY.flags}g`);

/** The pronoun subject of the clause that runs up to the end of `before` (the text before a quote), and where it is. */
function pronounClauseOf(before: string): { text: string; at: number } | undefined {
  const m = PRONOUN_CLAUSE.exec(before);
  return m?.indices?.[1] ? { text: m[1], at: m.indices[1][0] } : undefined;
}
