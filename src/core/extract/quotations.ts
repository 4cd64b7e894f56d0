/**
 * Stage 3, quotations: the candidates for quotes in some blocks of a draft,
 * in document order — the paired marks (stage 2) split into transcript turns,
 * and `>` block quotes introduced by a lead-in paragraph ending in a colon.
 * Whether a candidate is kept is decided by the walk (scan.ts), once its
 * speaker is known.
 */
import { findQuotes } from './quotes.ts';
import type { Candidate, MarkReport, Prose, ProseBlock } from './stageTypes.ts';
import { splitTurns } from './turns.ts';

/** Quote candidates in blocks [from, to), in document order; `report` collects quotes left open and unbalanced marks. */
export function candidates(input: Pick<Prose, 'masked' | 'blocks'> & { text: string }, from: number, to: number, report?: MarkReport): Candidate[] {
  const raw: Candidate[] = findQuotes(input.masked, input.blocks, from, to, report).flatMap((q) => splitTurns(input.masked, q));
  raw.push(...blockQuotes(input.text, input.masked, input.blocks, from, to));
  raw.sort((a, b) => a.outer.start - b.outer.start);
  return raw;
}

/** Block quotes (`>`) in blocks [from, to) introduced by a lead-in paragraph ending in a colon ("Milley said:"). */
function blockQuotes(text: string, masked: string, blocks: readonly ProseBlock[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let b = from; b < to; b++) {
    const block = blocks[b];
    if (block.kind !== 'blockquote' || (b > 0 && blocks[b - 1].quoteGroup === block.quoteGroup)) continue;
    const lead = blocks[b - 1];
    if (!lead || lead.kind === 'blockquote' || !/:\s*$/.test(masked.slice(lead.start, lead.end))) continue;
    let last = b;
    while (last + 1 < blocks.length && blocks[last + 1].quoteGroup === block.quoteGroup) last++;
    const parts = [];
    for (let k = b; k <= last; k++) parts.push(...lineParts(text, masked, blocks[k].start, blocks[k].end));
    if (!parts.length) continue;
    out.push({ outer: { start: block.start, end: blocks[last].end }, parts, firstBlock: b, lastBlock: last, kind: 'block', leadIn: { start: lead.start, end: lead.end } });
  }
  return out;
}

/** The non-blank line stretches of a block: lines as written in `text`, words as masked (block markers blanked, line breaks read as spaces). */
function lineParts(text: string, masked: string, start: number, end: number) {
  const parts = [];
  const re = /[^\n]+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const line = masked.slice(start + m.index, start + m.index + m[0].length);
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) parts.push({ start: start + m.index + lead, end: start + m.index + lead + body.length });
  }
  return parts;
}

