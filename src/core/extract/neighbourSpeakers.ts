/**
 * Stage 5, a speaker a quote with no cue of its own borrows from a
 * neighbour: the attribution of the next quote in the same sentence
 * ("Taxes are “a trap” and “a tax on work,” Ann Roe, the mayor, said").
 */
import { attributionOf } from './quoteCues.ts';
import type { Candidate, RawAttribution, ScanInput } from './stageTypes.ts';

/** How far past a quote's closing mark the cue of the next quote in its sentence may end (well within the margin the incremental scan rereads before an edit). */
const NEXT_CUE_REACH = 250;
/** How far apart two quotes of one sentence may be. */
const SAME_SENTENCE_GAP = 200;

/**
 * The speaker of the next quote in the same sentence when a cue after that
 * quote names them: “…” and “…,” Ann Roe, the mayor, said. (A cue before it
 * or a weak guess lends nothing: "Roe said the plan was “…” and Li called it “…”".)
 */
export function nextInSentence(input: ScanInput, q: Candidate, next: Candidate | undefined): RawAttribution | undefined {
  if (!next || next.kind === 'block' || next.firstBlock !== q.lastBlock || !sameSentence(input.masked, q.outer.end, next.outer.start)) return undefined;
  const ahead = attributionOf(input, next);
  if (!ahead.speaker || !ahead.cue || ahead.weak || ahead.cue.start < next.outer.end || ahead.cue.end - q.outer.end > NEXT_CUE_REACH) return undefined;
  return { speaker: ahead.speaker, cue: null, rule: 'next in sentence' };
}

/** Whether [from, to) between two quotes stays in one sentence: short, no sentence end inside it or closing the first quote. */
function sameSentence(masked: string, from: number, to: number): boolean {
  if (to <= from || to - from > SAME_SENTENCE_GAP) return false;
  return !/[.!?]["”’»]*\s/.test(masked.slice(from, to)) && !/[.!?]["”’»]?$/.test(masked.slice(Math.max(0, from - 2), from));
}
