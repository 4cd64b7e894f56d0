/**
 * Stage 4, cues, for one candidate: the speaker and cue as written — a
 * transcript turn's label, a block quote's lead-in ("From Reuters:",
 * "Milley said:"), or the attribution patterns around the quote's words.
 */
import type { Span, TextSpan } from '../types.ts';
import { attribute, attributeAround, placeAttribution } from './attribution.ts';
import { reconsiderNoCue } from './inscriptions.ts';
import type { AttributionPatterns } from './patterns.ts';
import type { AttributionCache, Candidate, RawAttribution, RawQuote, ScanInput } from './stageTypes.ts';

/** The attribution a candidate's own text gives it (reused from `input.attributions` where the chunk is unchanged). */
export function attributionOf(input: ScanInput, q: Candidate): RawAttribution {
  if (q.attribution) return q.attribution;
  if (q.leadIn) return blockLeadIn(input.masked, q, q.leadIn, input.patterns);
  const first = input.blocks[q.firstBlock];
  const last = input.blocks[q.lastBlock];
  const memo = input.attributions && memoOf(input.attributions, input.chunks[first.chunk], q, first.start, last.end);
  if (!memo) return reconsiderNoCue(input.masked, q, attribute(input.masked, q, first.start, last.end, input.patterns), first.start);
  let found = memo.map.get(memo.key);
  if (!found) memo.map.set(memo.key, (found = attributeAround(input.masked, q, first.start, last.end, input.patterns)));
  return reconsiderNoCue(input.masked, q, placeAttribution(found, q), first.start);
}

/**
 * Where the attribution of a quote in one paragraph is kept: by the text of
 * the chunk that holds the paragraph (the attribution's windows never leave
 * it) and the quote's place in the chunk; this run's map starts as the last
 * run's for the same chunk text. None for a quote over paragraphs.
 */
function memoOf(cache: AttributionCache, chunk: { start: number; masked: string } | undefined, quote: RawQuote, blockStart: number, blockEnd: number) {
  if (!chunk || quote.firstBlock !== quote.lastBlock || blockStart < chunk.start || blockEnd > chunk.start + chunk.masked.length) return undefined;
  let map = cache.current.get(chunk.masked);
  if (!map) cache.current.set(chunk.masked, (map = cache.previous.get(chunk.masked) ?? new Map()));
  return { map, key: `${quote.outer.start - chunk.start},${quote.outer.end - chunk.start}` };
}

/** The attribution of the lead-in paragraph `lead` that introduces a block quote: its source ("From Reuters:") or its speaker ("Milley said:"). */
export function blockLeadIn(masked: string, quote: RawQuote, lead: Span, patterns: AttributionPatterns): RawAttribution {
  const leadIn = { outer: { start: lead.end, end: lead.end }, parts: [], firstBlock: quote.firstBlock - 1, lastBlock: quote.firstBlock - 1 };
  const source = leadInSource(masked, lead.start, lead.end);
  return source.speaker ? source : attribute(masked, leadIn, lead.start, lead.end, patterns);
}

/** "From Reuters:" — a lead-in that names only the source. */
function leadInSource(masked: string, start: number, end: number): { speaker: TextSpan | null; cue: TextSpan | null } {
  const m = /(?:^|\s)([Ff]rom|[Pp]er)\s+([^:]{2,80}?)\s*:\s*$/.exec(masked.slice(start, end));
  if (!m) return { speaker: null, cue: null };
  const at = start + m.index + m[0].indexOf(m[1]);
  const who = start + m.index + m[0].lastIndexOf(m[2]);
  return { cue: { text: m[1], start: at, end: at + m[1].length }, speaker: { text: m[2], start: who, end: who + m[2].length } };
}

