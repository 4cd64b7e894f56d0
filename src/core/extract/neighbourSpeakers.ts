/**
 * Stage 5, speakers a quote with no cue of its own borrows from its
 * neighbours: the attribution of the next quote in the same sentence
 * ("Taxes are “a trap” and “a tax on work,” Ann Roe, the mayor, said"), and a
 * person the paragraph before names as its subject ("Roe was blunt. ¶ “…”").
 */
import type { TextSpan } from '../types.ts';
import { SUBJECT_REACH, subjectBefore } from './pronouns.ts';
import { attributionOf } from './quoteCues.ts';
import { namedEarlier } from './resolution.ts';
import type { Candidate, RawAttribution, ScanInput, ScanState } from './stageTypes.ts';

/** How far past a quote's closing mark the cue of the next quote in its sentence may end (well within the margin the incremental scan rereads before an edit). */
const NEXT_CUE_REACH = 250;
/** How far apart two quotes of one sentence may be. */
const SAME_SENTENCE_GAP = 200;

/**
 * The speaker of the next quote in the same sentence when a cue after that
 * quote names them: “…” and “…,” Ann Roe, the mayor, said. (A cue before it
 * or a weak guess lends nothing: "Roe said the plan was “…” and Li called it “…”".)
 * `attributionOfNext` reads the next quote's attribution (the scan keeps it for that quote's turn).
 */
export function nextInSentence(input: ScanInput, q: Candidate, next: Candidate | undefined, attributionOfNext: (next: Candidate) => RawAttribution = (n) => attributionOf(input, n)): RawAttribution | undefined {
  if (!next || next.kind === 'block' || next.firstBlock !== q.lastBlock || !sameSentence(input.masked, q.outer.end, next.outer.start)) return undefined;
  const ahead = attributionOfNext(next);
  if (!ahead.speaker || !ahead.cue || ahead.weak || ahead.cue.start < next.outer.end || ahead.cue.end - q.outer.end > NEXT_CUE_REACH) return undefined;
  return { speaker: ahead.speaker, cue: null, rule: 'next in sentence' };
}

/** Whether [from, to) between two quotes stays in one sentence: short, no sentence end inside it or closing the first quote. */
function sameSentence(masked: string, from: number, to: number): boolean {
  if (to <= from || to - from > SAME_SENTENCE_GAP) return false;
  return !/[.!?]["”’»]*\s/.test(masked.slice(from, to)) && !/[.!?]["”’»]?$/.test(masked.slice(Math.max(0, from - 2), from));
}

/**
 * The person the paragraph before a quote names in subject position, for a
 * quote that opens its own paragraph: "Oona McBride was quick to add that the
 * toll stays. ¶ “…”". A person is a name of two words or more, or a surname
 * whose full name a speaker or registry mention gave before (never a mere
 * subject: "The harbour closes. ¶ “…”").
 */
export function leadParagraphPerson(masked: string, lead: { start: number; end: number }, state: ScanState): TextSpan | undefined {
  // (its last sentences only: a paragraph may be megabytes long, and the incremental scan rereads a margin)
  const person = subjectBefore(masked, Math.max(lead.start, lead.end - SUBJECT_REACH), lead.end, (surname) => namedEarlier(state, lead.end, surname));
  return person && { text: person.text, start: person.start, end: person.end };
}
