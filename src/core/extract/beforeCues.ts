/**
 * The cue-led attribution before a quote: "Milley said", "according to
 * Reuters", "PENCE:", an inverted "…, says Carl Roe, a historian, …".
 */
import type { TextSpan } from '../types.ts';
import { CUE } from './grammar.ts';
import { cueAgrees } from './cueAgreement.ts';
import { INVERTED_CUE, type AttributionPatterns } from './patterns.ts';
import { inLastSentence, speakerSearchStart } from './sentenceTail.ts';
import type { RawAttribution } from './stageTypes.ts';
import { CROSSES_SENTENCE, span, type Window } from './windowText.ts';

/** The agent after "by": one to seven words, no punctuation ("organizers", "some Republicans", "the Roe campaign"). */
const AGENT = "((?:[\\p{L}\\p{N}’'.-]+\\s+){0,6}?[\\p{L}\\p{N}’'-]+)";

/**
 * A naming participle, "by" and its agent closing the text before a quote, then "as" and an article:
 * "seen by organizers as a", "known by some critics as the"; or a verb of naming, with "as" or not: "dubbed by fans".
 */
const NAMED_BY_AGENT = new RegExp(`(?<![\\p{L}])(?:(seen|known|described|viewed|regarded|considered|characteri[sz]ed|portrayed|billed|hailed|derided|referred\\s+to)\\s+by\\s+${AGENT}\\s+as|(called|dubbed|labell?ed|branded|termed)\\s+by\\s+${AGENT}(?:\\s+as)?)\\s+(?:(?:a|an|the)\\s+)?$`, 'du');

/** A pronoun of any person, as a whole speaker phrase. */
export const PRONOUN_WORD = /^(?:he|she|they|it|we|i|you)$/i;

/** The last cue-led attribution before a quote ("Milley said", "according to Reuters", "PENCE:"). */
export function beforeCue(window: Window, patterns: AttributionPatterns): RawAttribution | null {
  const before = window.read;
  const back = before.length;
  // the words of a span of the window as written (the patterns read registry names as stand-ins)
  const written = (text: string, at: number) => span(window.text.slice(at, at + text.length), at - back);
  // an inverted attribution set off by commas speaks for its sentence: "The paradox, says Carl Roe, a historian, is that “…”"
  const inverted = INVERTED_NEEDS.test(before) ? patterns.inverted.exec(before) : null;
  if (inverted?.indices) return { speaker: written(inverted[2], inverted.indices[2][0]), cue: written(inverted[1], inverted.indices[1][0]), rule: 'inverted' };
  // a naming participle with its agent right before the words: "an option seen by organizers as a “…”" — the agent names it
  const agent = /\sby\s/.test(before) ? NAMED_BY_AGENT.exec(before) : null;
  if (agent?.indices) {
    const [cueAt, agentAt] = agent[1] ? [1, 2] : [3, 4];
    return { speaker: written(agent[agentAt], agent.indices[agentAt][0]), cue: written(agent[cueAt], agent.indices[cueAt][0]), rule: 'agent before' };
  }
  // "according to X" in the quote's sentence names the source even when someone else speaks in it
  for (const pattern of [patterns.before[1], patterns.before[0], ...patterns.before.slice(2)]) {
    // each pattern needs a word the window may not hold: spare the search when it does not
    if (!BEFORE_NEEDS[patterns.before.indexOf(pattern)].test(before)) continue;
    let re = pattern;
    let last = lastMatchOf(re, window, patterns);
    if (!last) continue;
    // a relative clause with its own cue after the cue is nearer the quote: "Bundy says to Roe, who responds: “…”";
    // so is one the speaker phrase ran into: "The complaint came from Ravi Patel, who described it as “…”"
    if (re === patterns.before[0] && BEFORE_NEEDS[3].test(before)) {
      const relative = lastMatchOf(patterns.before[3], window, patterns);
      if (relative && (relative.index >= cueEndOf(last) || ranIntoRelative(last, relative))) [re, last] = [patterns.before[3], relative];
    }
    const isAccording = re === patterns.before[1];
    const isTurn = re === patterns.before[2];
    let speakerText = isAccording ? last[2] : last[1];
    let speakerAt = last.index + last[0].indexOf(speakerText, isTurn ? 0 : isAccording ? last[1].length : 0);
    // a role phrase that runs over a sentence end starts after it: "Take the Fed. Trump says"
    const cut = CROSSES_SENTENCE.exec(written(speakerText, speakerAt).text);
    if (cut) {
      const rest = speakerText.slice(cut.index + cut[0].length).trimStart();
      speakerAt += speakerText.length - rest.length;
      speakerText = rest;
    }
    let cue: TextSpan | null = null;
    if (isAccording) cue = written(last[1], last.index);
    else if (!isTurn) {
      const cueText = last[last.length - 1] ?? last[2];
      cue = written(cueText, last.index + last[0].indexOf(cueText, speakerAt - last.index + speakerText.length));
    }
    // an attribution set off by commas that the speaker phrase took for an apposition speaks for the sentence: "The Gazette, Roe said, called it “…”"
    const aside = cue && re === patterns.before[0] ? ASIDE_ATTRIBUTION.exec(window.text.slice(speakerAt + speakerText.length, back + cue.start)) : null;
    if (aside?.indices) {
      const at = speakerAt + speakerText.length;
      return { speaker: written(aside[1], at + aside.indices[1][0]), cue: written(aside[2], at + aside.indices[2][0]), rule: 'before0 aside' };
    }
    // a speaker phrase that is the object of a preposition, or runs on past a clause, is no subject: the apposition after it names the speaker
    // ("In a letter to the Gazette, her aide, Bo Li, said", "In Salem, OR, after the vote, Gov. Ann Roe said")
    const named = cue && re === patterns.before[0] ? subjectInApposition(window.text, speakerAt, speakerAt + speakerText.length, back + cue.start) : null;
    if (named) return { speaker: written(named.text, named.at), cue, rule: 'before0' };
    return { speaker: written(speakerText, speakerAt), cue, rule: `before${patterns.before.indexOf(re)}` };
  }
  return null;
}

/** The match of one `before` pattern nearest the quote in a window (for the cue pattern, the last cue of the sentence that still reports the quote). */
function lastMatchOf(re: RegExp, window: Window, patterns: AttributionPatterns): RegExpExecArray | null {
  const before = window.read;
  const back = before.length;
  const written = (text: string, at: number) => span(window.text.slice(at, at + text.length), at - back);
  // (the cue pattern from where a match can start: sentenceTail.ts)
  re.lastIndex = re === patterns.before[0] ? speakerSearchStart(before, true) : 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    // (a cue word that does not agree with the words before it is a noun: "his supporters notes", "Republican claims of “…”")
    if (re === patterns.before[0] && !cueAgrees(written(m[1], m.index + m[0].indexOf(m[1])).text, m[2])) {
      re.lastIndex = cueEndOf(m);
      continue;
    }
    // (an indefinite noun "called" a name is named, not speaking: "a band called Sophistafunk got the crowd to …")
    if (re === patterns.before[0] && NAMED_THING.test(m[1]) && /^(?:called|named|dubbed)$/.test(m[2]) && GIVEN_NAME.test(before.slice(cueEndOf(m)))) {
      re.lastIndex = cueEndOf(m);
      continue;
    }
    // (a later cue that only names or judges is no new speaker: "Cross said …, whom he called “…”")
    // (but a relative clause that describes or judges in its own pronoun's voice is that pronoun's: "Roe said …, whom she described as “…”")
    if (last && re === patterns.before[0] && NAMING_CUE.test(m[2]) && !judgesInOwnVoice(m, before)) break;
    // (a pronoun speaking in the clause an attribution reports is its speaker: "Trump said he responded: “…”")
    if (last && re === patterns.before[0] && REPORTED_PRONOUN.test(written(m[1], m.index + m[0].indexOf(m[1])).text) && /^\s+(?:that\s+)?$/.test(window.text.slice(cueEndOf(last), m.index + m[0].indexOf(m[1])))) break;
    // (so is one speaking in a clause the attribution reports: "Obama said he expected that Americans will say “no”")
    if (last && re === patterns.before[0] && !NAMING_CUE.test(last[2]) && EMBEDDED.test(window.text.slice(cueEndOf(last), m.index + m[0].indexOf(m[1])))) break;
    // (and a pronoun's later cue goes on in the voice of an attribution set off by commas: "Nor, Roe said, did he say anything “…”")
    if (last && re === patterns.before[0] && REPORTED_PRONOUN.test(written(m[1], m.index + m[0].indexOf(m[1])).text) && isParenthetical(last, before)) break;
    last = m;
    // a later cue in the same sentence is nearer the quote: "Ryan said …, though he said, “…”"
    if (re === patterns.before[0]) {
      re.lastIndex = cueEndOf(m);
      if (re.lastIndex >= before.length || !ANY_CUE.test(before.slice(re.lastIndex))) break; // (no later cue: spare the search)
    } else if (re === patterns.before[3]) re.lastIndex = m.index + 1; // (the last relative clause is nearest: "Trump, who has called it “…,” and Sanders, who says it's “…”")
    else if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/** The words between a speaker and its cue when they are an attribution set off by commas: ", Roe said,", ", she added,". */
const ASIDE_ATTRIBUTION = new RegExp(`^,\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*|he|she|they)\\s+(${INVERTED_CUE}),\\s*$`, 'du');

/** A preposition (and article) right before a speaker phrase, opening the sentence or not: the phrase is its object ("Of Roe, Li said", "to the Gazette"). */
const AFTER_PREPOSITION = /(?:^|\s)(?:[Tt]o|[Bb]y|[Oo]n|[Ii]n|[Ww]ith|[Ff]rom|[Aa]t|[Ff]or|[Oo]f|[Aa]bout|[Oo]ver|[Aa]gainst|[Tt]owards?|[Uu]nlike|[Ll]ike)\s+(?:(?:the|a|an)\s+)?$/;
/** A comma-separated piece of an apposition that is a clause or an adverbial, not a description: "after the vote", "and widely read". */
const CLAUSE_PIECE = /^(?:and|or|but|after|before|while|when|since|despite|following|during|upon|in|at|on|as|\p{Ll}+ing)\b/u;
/** A piece that may name a speaker: capitalised, or led by a determiner. */
const NAMING_PIECE = /^(?:\p{Lu}|(?:her|his|their|its|the|a|an)\s)/u;

/**
 * The subject inside the apposition between a speaker phrase [from, to) and its cue at `cueAt`, when the phrase
 * is no subject: the object of a preposition, or a piece of a list followed by a clause piece; the first naming piece after the last clause piece.
 */
function subjectInApposition(text: string, from: number, to: number, cueAt: number): { text: string; at: number } | null {
  const gap = text.slice(to, cueAt);
  if (!/^,\s/.test(gap)) return null;
  const pieces: { text: string; at: number }[] = [];
  for (const m of gap.matchAll(/,\s+([^,]+?)(?=\s*,)/g)) pieces.push({ text: m[1], at: to + m.index + m[0].length - m[1].length });
  if (!pieces.length) return null;
  const lead = text.slice(Math.max(0, from - 12), from);
  let pick = AFTER_PREPOSITION.test(lead) ? 0 : -1;
  // (a clause piece counts after a phrase that is itself a piece of a list: "in Salem, OR, after the vote, Gov. Roe"; not after a subject: "Roe, during a visit to Salem, Ore., said")
  if (pick === 0 || /,\s+$/.test(lead)) pieces.forEach((p, i) => { if (CLAUSE_PIECE.test(p.text)) pick = i + 1; });
  const piece = pick >= 0 ? pieces[pick] : undefined;
  return piece && NAMING_PIECE.test(piece.text) && !CLAUSE_PIECE.test(piece.text) ? piece : null;
}

/** Whether a speaker-and-cue match is set off by commas inside its sentence: "The move, Roe said, was …". */
function isParenthetical(m: RegExpExecArray, before: string): boolean {
  return /^,\s/.test(before.slice(cueEndOf(m))) && /[\p{L}\p{N})],\s+$/u.test(before.slice(0, m.index + m[0].indexOf(m[1])));
}

/** A speaker phrase ending in an indefinite noun phrase: "a company", "A warm-up band" (before "called Cambridge Analytica", a name it is given). */
const NAMED_THING = /(?:^|\s)[Aa]n?\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+$/u;

/** The name a thing is "called", with the clause going on after it (a comma, a lower-case word): not a quote it is called. */
const GIVEN_NAME = /^\s+\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{Lu}\d][\p{L}\p{N}'’.&-]*)*(?:,|\s+\p{Ll})/u;

/** Any cue word: a later speaker-and-cue match needs one. */
export const ANY_CUE = new RegExp(CUE, 'u');

/** What each `before` pattern cannot match without: a cue in the last sentence (sentenceTail.ts), "according to", a closing colon, ", who". */
const BEFORE_NEEDS = [{ test: (before: string) => inLastSentence(ANY_CUE, before) }, /[Aa]ccording\s+to/, /:\s*$/, /,\s+who\s/];

/** What an inverted attribution cannot match without. */
const INVERTED_NEEDS = new RegExp(`,\\s+(?:${INVERTED_CUE})\\s`);

/** The words between a cue and a later speaker inside the clause it reports: no clause break, no new coordinated clause. */
const EMBEDDED = /^\s+(?:(?!(?:but|and|or|though|although|while|whereas|when|before|after|because|as)\b)[^\s,;:\u2013\u2014]+\s+){1,6}?(?:that\s+)?$/;

/** A subject pronoun that may speak in a reported clause. */
export const REPORTED_PRONOUN = /^(?:he|she|they|we|I)$/;

/** Cues that name, judge or show rather than report words. */
const NAMING_CUE = /^(?:called|calls|described|describes|labell?ed|dubbed|shows|showed|read|reads|thanked|urged|urges|praised|critici[sz]ed|blasted|slammed|accused|mocked|charged|denied)$/;

/**
 * A later naming cue in a relative clause with a subject pronoun of its own that describes or judges rather than names:
 * "…, whom he described as “…”", "…, who she blasted as “…”" (not "whom he called “…”": the sentence's speaker gives the name).
 */
function judgesInOwnVoice(m: RegExpExecArray, before: string): boolean {
  return !/^call/.test(m[2]) && /^(?:he|she|they)$/.test(m[1]) && /\b(?:who|whom|which)\s+$/.test(before.slice(0, m.index + m[0].indexOf(m[1])));
}

/** A speaker phrase that ends in the "who" of a relative clause with its own cue: "The complaint came from Ravi Patel, who described …". */
function ranIntoRelative(last: RegExpExecArray, relative: RegExpExecArray): boolean {
  const speaker = last[1];
  if (!/,\s+who$/.test(speaker)) return false;
  return last.index + last[0].indexOf(speaker) + speaker.length - 3 === relative.index + relative[0].indexOf(relative[1]);
}

/** Where the cue of a speaker-and-cue match ("Ryan said …") ends: the first cue after the speaker. */
function cueEndOf(m: RegExpExecArray): number {
  return m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
}
