/**
 * Refinements of a cue-led attribution before a quote: a pronoun standing for
 * the subject it repeats, a share of respondents speaking for its poll.
 */
import { pollOfShare } from './pollSources.ts';
import { GERUND, type AttributionPatterns } from './patterns.ts';
import type { RawAttribution } from './stageTypes.ts';
import { PRONOUN_WORD } from './beforeCues.ts';
import { prefix, span, type Window } from './windowText.ts';
import { laterClauseAfterCue, nearestClauseSubject, nearestSubject, type SentenceClauses } from './clauseSubjects.ts';
import { CUE } from './grammar.ts';
import { execFromTail } from './sentenceTail.ts';

/** A pronoun that may repeat a named subject. */
const SUBJECT_PRONOUN_WORD = /^(?:he|she)$/;

/**
 * A pronoun speaker in the same sentence as a named subject stands for it:
 * "Cruz has railed against what he calls the “…”" — the subject is the mention;
 * so does the same pronoun as subject: "He did not address tweets in which he called her “…”".
 */
export function subjectForPronoun(before: Window, cued: RawAttribution, _clauses: SentenceClauses, patterns: AttributionPatterns): RawAttribution {
  const speaker = cued.speaker;
  if (!speaker || !SUBJECT_PRONOUN_WORD.test(speaker.text) || !cued.cue || !/^call(?:s|ed)$/.test(cued.cue.text)) return cued;
  const upTo = prefix(before, before.read.length + speaker.start);
  const subject = execFromTail(patterns.subject, upTo.read, false);
  if (!subject?.indices?.[1]) return cued;
  const named = upTo.text.slice(subject.indices[1][0], subject.indices[1][1]);
  if (!/^\p{Lu}/u.test(named) || GERUND.test(named)) return cued;
  // (a pronoun subject only when it is the same pronoun: "He did not address tweets in which he called her “…”")
  if (PRONOUN_WORD.test(named) && named.toLowerCase() !== speaker.text) return cued;
  return { ...cued, speaker: span(named, subject.indices[1][0] - before.read.length), rule: 'before0 subject' };
}
/** A share of respondents speaking in a sentence that names a poll speaks for the poll: "In a new poll, 42 percent of voters said …". */
export function pollForShare(before: Window, cued: RawAttribution): RawAttribution {
  const speaker = cued.speaker;
  if (!speaker || speaker.start >= 0) return cued;
  const at = before.text.length + speaker.start;
  const poll = pollOfShare(before.text.slice(0, at), before.text.slice(at, at + speaker.text.length));
  return poll ? { ...cued, speaker: span(poll.text, poll.at - before.text.length), rule: 'poll' } : cued;
}

/** A subordinate clause opening the sentence, up to the speaker: "When Trump announced …", "Ever since Sanders announced …". */
const SUBORDINATE_OPENING = /(?:^|[.!?]["”’]?\s+)(?:When|Ever since|Since|After|While|Once|Before|Until|Because|Although|Though|If)\s+[^,.!?;:]*$/;

/**
 * A cue in a subordinate clause that opens the sentence reports no quote of the main clause after it:
 * "When Trump announced his run, he called the plan “…”" — the main clause's subject speaks.
 */
export function mainClauseAfterSubordinate(before: Window, cued: RawAttribution, clauses: SentenceClauses): RawAttribution {
  const speaker = cued.speaker;
  const cue = cued.cue;
  if (!speaker || !cue || speaker.start >= 0 || cue.start < speaker.start) return cued;
  const back = before.read.length;
  if (!SUBORDINATE_OPENING.test(before.text.slice(0, back + speaker.start))) return cued;
  const from = back + cue.start + cue.text.length;
  const commaAt = before.read.slice(from).search(/,\s/);
  if (commaAt < 0) return cued;
  const near = nearestSubject(clauses, from);
  if (!near || near.at <= from + commaAt) return cued;
  return { speaker: span(before.text.slice(near.at, near.at + near.text.length), near.at - back), cue: null, rule: 'before0 main clause' };
}

/** A cue with no subject of its own after "and" or "but": "… and said", "but added that". */
const COORDINATED_CUE = new RegExp(`\\s(?:and|but)\\s+(?:(?:also|then|later|quickly|again)\\s+)?(${CUE})(?![\\p{L}])`, 'gu');

/**
 * A cue coordinated after a later clause's verb speaks with that clause's subject:
 * "A group of rabbis called for a boycott, and the league denounced his rhetoric and said it would “…”".
 */
export function subjectOfCoordinatedCue(before: Window, cued: RawAttribution): RawAttribution {
  const cue = cued.cue;
  if (!cue || cue.start >= 0) return cued;
  const back = before.read.length;
  const from = back + cue.start + cue.text.length;
  const rest = before.read.slice(from);
  if (!rest) return cued; // (no large pattern on an empty window: see attributeWindows)
  let last: RegExpExecArray | null = null;
  COORDINATED_CUE.lastIndex = 0;
  for (let m = COORDINATED_CUE.exec(rest); m; m = COORDINATED_CUE.exec(rest)) last = m;
  if (!last) return cued;
  const near = nearestClauseSubject(rest.slice(0, last.index));
  // (a clause of its own after a comma, not the words the first cue reports: "Roe said the port was shut and added …";
  // and its own verb the cue is coordinated with, no comma between: not "Roe said …, and the ferry was late, and added …")
  if (!near || !/,\s+(?:(?:and|but|while|whereas)\s+)?$/.test(rest.slice(0, near.at)) || /[,;:]/.test(rest.slice(near.at, last.index))) return cued;
  const cueAt = from + last.index + last[0].length - last[1].length;
  return { speaker: span(before.text.slice(from + near.at, from + near.at + near.text.length), from + near.at - back), cue: span(before.text.slice(cueAt, cueAt + last[1].length), cueAt - back), rule: 'before0 coordinated' };
}

/**
 * A later clause of the quote's sentence, after its cue and set off by a comma and a conjunction,
 * has its own subject nearer the quote: "Roe says, but she cautions that she sees “…”", "he warned …, because he thought it “…”".
 */
export function laterClauseSubject(before: Window, cued: RawAttribution, clauses: SentenceClauses): RawAttribution {
  const cue = cued.cue;
  if (!cue || cue.start >= 0) return cued;
  const back = before.read.length;
  const near = laterClauseAfterCue(clauses, back + cue.start + cue.text.length);
  if (!near) return cued;
  return { speaker: span(before.text.slice(near.at, near.at + near.text.length), near.at - back), cue: null, rule: 'before0 later clause' };
}

/** One refinement of a cue-led attribution before a quote: the attribution so far in, a better one (or the same) out. */
type CueRefinement = (before: Window, cued: RawAttribution, clauses: SentenceClauses, patterns: AttributionPatterns) => RawAttribution;

/** The refinements of a cue-led attribution before a quote, in the order they apply. */
const CUE_REFINEMENTS: readonly CueRefinement[] = [subjectForPronoun, pollForShare, mainClauseAfterSubordinate, subjectOfCoordinatedCue, laterClauseSubject];

/** A cue-led attribution before a quote (rule before0) through every refinement, reading the sentence's clauses from the clause-subject stage. */
export function refineCued(before: Window, cued: RawAttribution, clauses: SentenceClauses, patterns: AttributionPatterns): RawAttribution {
  let refined = cued;
  for (const refine of CUE_REFINEMENTS) refined = refine(before, refined, clauses, patterns);
  return refined;
}
