/**
 * Transcript turns inside a quotation. A quoted transcript whose paragraphs
 * open with a speaker's label ("PENCE: …", "JAKE TAPPER: …") holds one
 * quote per turn, said by the labelled speaker; a paragraph without a label
 * goes on with the turn before it, and stage directions ("(CROSSTALK.)") are
 * nobody's words.
 */
import type { Span } from '../types.ts';
import { isOpeningMark } from './quotes.ts';
import type { RawAttribution, RawQuote } from './stageTypes.ts';

/** A speaker's label opening a turn: one to four words in capitals, then a colon ("PENCE:", "SEN. SANDERS:", "McCAIN:"). */
const LABEL = /^((?:Ma?c)?\p{Lu}[\p{Lu}.'’-]+(?:\s+(?:Ma?c)?\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+(?=\S)/u;
/** A paragraph that only directs the stage: "(CROSSTALK.)", "(APPLAUSE)", "[LAUGHTER]". */
const STAGE_DIRECTION = /^[([]\s*\p{Lu}[\p{Lu}\s,.'’-]*[)\]]\.?$/u;

/** A quote with the attribution its own words give it (a turn's label). */
export type LabelledQuote = RawQuote & { attribution?: RawAttribution };

/**
 * The turns of a quotation whose paragraphs open with speakers' labels, each
 * with its label as speaker and the colon as cue; `[quote]` when no paragraph
 * has a label. The parts of a quote running over paragraphs are one per paragraph.
 */
export function splitTurns(masked: string, quote: RawQuote): LabelledQuote[] {
  const labels = quote.parts.map((p) => LABEL.exec(masked.slice(p.start, Math.min(p.end, p.start + 80))));
  if (!labels.some(Boolean)) return [quote];
  const turns: LabelledQuote[] = [];
  let current: LabelledQuote | undefined;
  quote.parts.forEach((part, k) => {
    const block = quote.firstBlock + k;
    if (STAGE_DIRECTION.test(masked.slice(part.start, part.end))) return;
    const label = labels[k];
    if (label || !current) {
      const words: Span = label ? { start: part.start + label[0].length, end: part.end } : part;
      // the mark that opens the paragraph, or the quote's own opening mark
      const opens = k === 0 ? quote.outer.start : markBefore(masked, part.start);
      current = { outer: { start: opens, end: part.end }, parts: [words], firstBlock: block, lastBlock: block };
      if (label) {
        const colon = part.start + label[1].length;
        current.attribution = {
          speaker: { text: label[1], start: part.start, end: colon },
          cue: { text: ':', start: colon, end: colon + 1 },
          rule: 'transcript turn',
        };
      }
      turns.push(current);
    } else {
      current.parts.push(part);
      current.lastBlock = block;
      current.outer = { start: current.outer.start, end: part.end };
    }
  });
  const last = turns[turns.length - 1];
  if (last && last.lastBlock === quote.lastBlock) last.outer = { start: last.outer.start, end: quote.outer.end };
  return turns;
}

/** The offset of the quotation mark just before `at` (a paragraph's reopening mark), else `at`. */
function markBefore(masked: string, at: number): number {
  return isOpeningMark(masked[at - 1]) ? at - 1 : at;
}
