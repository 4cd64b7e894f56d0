/**
 * The incremental path of extraction: after an edit, re-reads only a window
 * of chunks around the change and keeps what the last run found elsewhere,
 * shifted. The window starts a margin before the change, at a chunk where no
 * quote is open, and resumes the quote scan from the state the last run had
 * there; it ends a margin after the change, where the new scan's state
 * (last quote, its speaker, the last name seen, no quote open) equals the old
 * one. Anything read around a quote lies within the margin, so the result is
 * the result of a full run; when the states do not meet, the caller reads
 * the whole draft.
 */
import { firstFrom, firstNotBefore } from '../sorted.ts';
import type { Span, TextSpan } from '../types.ts';
import { splitChunks } from './chunks.ts';
import { replaceInPlace } from './inPlace.ts';
import type { DocumentLanguage, ExtractedQuote, Extraction, Lexicon, SpeakerMention, UnbalancedMark } from './model.ts';
import { hitsInChunks, mentionsOf } from './nameHits.ts';
import type { AttributionPatterns } from './patterns.ts';
import { candidates } from './quotations.ts';
import { findReferences } from './references.ts';
import { lastBefore } from './resolution.ts';
import { scanQuotes } from './scan.ts';
import { segmentSpans } from './segment.ts';
import type { ChunkHits, LexiconMatcher, Prose, ProseBlock, ScanInput, ScannedQuote, ScanState, StageMemo } from './stageTypes.ts';

/** What one extraction run leaves for the next one over the same draft. */
export interface ExtractionRun {
  text: string;
  language: DocumentLanguage;
  lexicon: Lexicon | undefined;
  /** The prose blocks and chunks (the masked text is kept per chunk only: never rebuilt whole after an edit). */
  prose: Omit<Prose, 'masked'>;
  /** Registry names found, in draft offsets, sorted by start. */
  hits: ChunkHits;
  speakerMentions: SpeakerMention[];
  /** Every quote kept, in order, with the state the scan needs to resume after it. */
  scanned: ScannedQuote[];
  /** 1 for each block at whose end a quote was left open. */
  openAfter: Uint8Array;
  extraction: Extraction;
  /** Where the text differs from the last run's (new-text offsets), for a run made from it by window. */
  changed?: Span;
}

/**
 * Unchanged text kept on each side of an edit inside the window: more than
 * anything the scan reads around a quote (300 characters of its sentence,
 * 200 before it for a source name, 60 after a name for a cue).
 */
const MARGIN = 400;

/** How often edits were read by window and how often the whole draft had to be read (for tests and benchmarks). */
export const incrementalStats = { windows: 0, wholeDraft: 0 };

/** Re-extracts after an edit from the last run; undefined when the whole draft must be read. */
export function extractIncremental(last: ExtractionRun, text: string, matcher: LexiconMatcher, patterns: AttributionPatterns, cache: StageMemo): ExtractionRun | undefined {
  if (text === last.text) return last;
  const edit = changedRange(last.text, text);
  for (let margin = MARGIN; margin <= MARGIN * 16; margin *= 4) {
    const undo: (() => void)[] = [];
    const run = tryWindow(last, text, edit, margin, matcher, patterns, cache, undo);
    if (run) {
      incrementalStats.windows++;
      return run;
    }
    for (const u of undo) u(); // the spans kept past the window were moved in place: back to the last run's offsets
  }
  incrementalStats.wholeDraft++;
  return undefined;
}

/** Where two texts differ: the common prefix `p`, and the end of the change in the old and new text. */
interface Edit {
  p: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}

function changedRange(old: string, text: string): Edit {
  const min = Math.min(old.length, text.length);
  // compare slices a block at a time (a memory compare), then characters
  const BLOCK = 4096;
  let p = 0;
  while (p + BLOCK <= min && old.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < min && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= min - p && old.slice(old.length - s - BLOCK, old.length - s) === text.slice(text.length - s - BLOCK, text.length - s)) s += BLOCK;
  while (s < min - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  return { p, oldEnd: old.length - s, newEnd: text.length - s, delta: text.length - old.length };
}

/**
 * Reads the edit by a window `margin` around it; undefined when the states do not meet.
 * Spans kept past the window are moved in place (no copies): `undo` collects how to move them back.
 */
function tryWindow(last: ExtractionRun, text: string, edit: Edit, margin: number, matcher: LexiconMatcher, patterns: AttributionPatterns, cache: StageMemo, undo: (() => void)[]): ExtractionRun | undefined {
  const old = last.prose;
  const { delta } = edit;
  // the window starts a margin before the chunk holding the edit, where no quote is open
  let c0 = chunkAt(old.chunks, Math.max(0, edit.p - 1));
  const editChunk = old.chunks[c0].start;
  while (c0 > 0 && editChunk - old.chunks[c0].start < margin) c0--;
  let b0 = firstBlockOf(old.blocks, c0);
  while (c0 > 0 && b0 > 0 && last.openAfter[b0 - 1]) b0 = firstBlockOf(old.blocks, --c0);
  const w0 = old.chunks[c0].start;

  // it ends a margin after the first chunk boundary the old and new text share past the edit
  let shared = -1;
  const spans = splitChunks(text, w0, (b) => {
    if (b < edit.newEnd) return false;
    const oc = chunkStartingAt(old.chunks, b - delta);
    if (oc < 0) return false;
    if (shared < 0) shared = b;
    if (b - shared < margin) return false;
    const ob = firstBlockOf(old.blocks, oc);
    return ob === 0 || !last.openAfter[ob - 1];
  });
  const w1 = spans[spans.length - 1].end;
  const c1 = w1 === text.length ? old.chunks.length : chunkStartingAt(old.chunks, w1 - delta);
  if (c1 < 0) return undefined;
  const b1 = firstBlockOf(old.blocks, c1);

  // the new prose: old before the window, the window parsed, old after it moved (in the last run's arrays, in place)
  const firstGroup = groupsBefore(old.blocks, b0);
  const stretch = segmentSpans(text, spans, c0, firstGroup, (key) => cache.segments.chunks.get(key));
  const groupShift = stretch.groups - (groupsBefore(old.blocks, b1) - firstGroup);
  const chunkShift = c0 + spans.length - c1;
  const blocks = replaceInPlace(old.blocks, b0, b1, stretch.blocks, (b, sign) => {
    b.start += sign * delta;
    b.end += sign * delta;
    b.chunk += sign * chunkShift;
    if (b.quoteGroup !== undefined) b.quoteGroup += sign * groupShift;
  }, undo);
  const chunks = replaceInPlace(old.chunks, c0, c1, stretch.chunks, delta ? (c, sign) => void (c.start += sign * delta) : undefined, undo);
  const bEnd = b0 + stretch.blocks.length;

  // the last name the last run saw before the window end (read before its arrays change in place)
  const k1 = firstQuoteFrom(last.scanned, w1 - delta);
  const oldName = lastNameBefore(lastBefore(last.speakerMentions, w1 - delta), last.scanned, k1, w1 - delta);

  // names: the window's found again, the rest kept
  const windowHits = hitsInChunks(stretch.chunks, matcher, (masked) => cache.hits.get(masked));
  const hits: ChunkHits = {
    speakers: splice(last.hits.speakers, w0, w1 - delta, windowHits.speakers, delta, undo),
    sources: splice(last.hits.sources, w0, w1 - delta, windowHits.sources, delta, undo),
  };
  const windowMentions = mentionsOf(windowHits.speakers, matcher);
  const speakerMentions = splice(last.speakerMentions, w0, w1 - delta, windowMentions, delta, undo);

  // the scan, resumed from the old state at the window start, over the region it reads (rebased to its start)
  const openAfter = new Uint8Array(blocks.length);
  openAfter.set(last.openAfter.subarray(0, b0));
  openAfter.set(last.openAfter.subarray(b1), bEnd);
  const region = regionOf(chunks, blocks, b0, w0, w1, text.length);
  const at = region.start;
  const k0 = firstQuoteFrom(last.scanned, w0);
  const before = last.scanned[k0 - 1];
  const state: ScanState = {
    previous: before && rebaseQuote(before.quote, -at),
    previousBlock: before ? before.lastBlock - region.firstBlock : -2,
    previousFromLead: before?.fromLead ?? false,
    named: namesAround(speakerMentions, at, region.end).map((m) => moveSpan(m, -at)),
    added: namesAround(addedBefore(last.scanned, k0), at, region.end).map((m) => moveSpan(m, -at)),
  };
  const input: ScanInput = {
    text: text.slice(at, region.end),
    masked: chunks.slice(region.firstChunk, region.endChunk).map((c) => c.masked).join(''),
    blocks: blocks.slice(region.firstBlock, region.endBlock).map((b) => shiftBlock(b, -at, -region.firstChunk, 0)),
    chunks: chunks.slice(region.firstChunk, region.endChunk).map((c) => ({ start: c.start - at, masked: c.masked })),
    matcher,
    patterns,
    attributions: cache.attributions,
  };
  const localOpen = new Uint8Array(region.endBlock - region.firstBlock);
  const rebased: ScannedQuote[] = [];
  const local = { openAfter: localOpen, unclosed: [] as UnbalancedMark[], unopened: [] as UnbalancedMark[] };
  scanQuotes(input, candidates(input, b0 - region.firstBlock, bEnd - region.firstBlock, local), state, rebased);
  openAfter.set(localOpen.subarray(b0 - region.firstBlock, bEnd - region.firstBlock), b0);
  const inWindow = rebased.map((q): ScannedQuote => {
    const quote = rebaseQuote(q.quote, at);
    // a named speaker is the quote's own speaker mention
    return { ...q, quote, lastBlock: q.lastBlock + region.firstBlock, ...(q.named ? { named: quote.speaker! } : {}) };
  });
  if (state.previous) {
    state.previous = rebaseQuote(state.previous, at);
    state.previousBlock += region.firstBlock;
  }
  // the last name seen before the window end: a registry mention, or a speaker the window's quotes named (seen later on a tie)
  const lastNamed = lastNameBefore(lastNameBefore(lastBefore(speakerMentions, w1), last.scanned, k0, w1), inWindow, inWindow.length, w1);

  // the states must meet at the window end
  if (w1 < text.length) {
    if (bEnd > 0 && openAfter[bEnd - 1]) return undefined;
    const oldLast = last.scanned[k1 - 1];
    const map = (pos: number) => (pos < edit.p ? pos : pos >= edit.oldEnd ? pos + delta : NaN);
    if (!sameMention(oldLast?.quote.speaker ?? null, state.previous?.speaker ?? null, map)) return undefined;
    const oldAdjacent = !!oldLast && oldLast.lastBlock === b1 - 1;
    const newAdjacent = !!state.previous && state.previousBlock === bEnd - 1;
    if (oldAdjacent !== newAdjacent || (oldLast?.fromLead ?? false) !== state.previousFromLead) return undefined;
    if (!sameMention(oldName ?? null, lastNamed ?? null, map)) return undefined;
  }

  const map = (pos: number) => (pos >= edit.oldEnd ? pos + delta : pos);
  const scanned = last.scanned.slice(0, k0).concat(inWindow);
  const movedSpeakers = new Map<Span, boolean>();
  for (let i = k1; i < last.scanned.length; i++) scanned.push(shiftScanned(last.scanned[i], map, delta, b1, bEnd, movedSpeakers));
  const quotes = scanned.map((s) => s.quote);
  const references = findReferences((a, b) => maskedSlice(chunks, a, b), hits.sources, matcher, quotes);
  // unbalanced marks: the window's found again (its paragraphs hold every quote opened in it), the rest kept
  const marks = (old: UnbalancedMark[], found: UnbalancedMark[]) => splice(old, w0, w1 - delta, found.map((m) => moveMark(m, at)), delta, undo, true);
  const unclosed = marks(last.extraction.unclosed, local.unclosed);
  const unopened = marks(last.extraction.unopened, local.unopened);
  const extraction: Extraction = { quotes, references, speakerMentions, unclosed, unopened };
  return { text, language: last.language, lexicon: last.lexicon, prose: { blocks, chunks }, hits, speakerMentions, scanned, openAfter, extraction, changed: { start: edit.p, end: edit.newEnd } };
}

/** What the scan of a window reads beyond its own chunks, around its quotes. */
const READ_AROUND = 400;

/** The whole chunks a window's scan may read: the window, the block before it, and READ_AROUND characters on each side. */
function regionOf(chunks: readonly { start: number }[], blocks: readonly ProseBlock[], b0: number, w0: number, w1: number, length: number) {
  const from = Math.max(0, Math.min(w0 - READ_AROUND, b0 > 0 ? blocks[b0 - 1].start : w0));
  const firstChunk = chunkAt(chunks, from);
  const endChunk = Math.max(firstChunk + 1, firstFrom(chunks, Math.min(length, w1 + READ_AROUND)));
  const end = endChunk < chunks.length ? chunks[endChunk].start : length;
  return { start: chunks[firstChunk].start, end, firstChunk, endChunk, firstBlock: firstBlockOf(blocks, firstChunk), endBlock: firstBlockOf(blocks, endChunk) };
}

/** The masked text between two offsets, read from the chunks (which hold it piece by piece). */
function maskedSlice(chunks: readonly { start: number; masked: string }[], start: number, end: number): string {
  if (!chunks.length) return '';
  const total = chunks[chunks.length - 1].start + chunks[chunks.length - 1].masked.length;
  start = Math.max(0, Math.min(start, total));
  end = Math.max(start, Math.min(end, total));
  let out = '';
  for (let i = chunkAt(chunks, start); i < chunks.length && chunks[i].start < end; i++) {
    const c = chunks[i];
    out += c.masked.slice(Math.max(0, start - c.start), Math.min(c.masked.length, end - c.start));
  }
  return out;
}

/** The names a scan of [start, end) may ask for: the last one before `start`, and those inside. */
function namesAround(named: readonly SpeakerMention[], start: number, end: number): SpeakerMention[] {
  const from = Math.max(0, firstFrom(named, start) - 1);
  return named.slice(from, firstFrom(named, end));
}

/** A span moved by `by` characters (a copy). */
function moveSpan<T extends Span>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/** An unbalanced mark and its words moved by `by` characters (a copy). */
function moveMark(m: UnbalancedMark, by: number): UnbalancedMark {
  return { ...moveSpan(m, by), words: moveSpan(m.words, by) };
}

/** A quote moved by `by` characters (a copy). */
function rebaseQuote(q: ExtractedQuote, by: number): ExtractedQuote {
  return {
    ...q,
    start: q.start + by,
    end: q.end + by,
    outer: moveSpan(q.outer, by),
    parts: q.parts.map((p) => moveSpan(p, by)),
    speaker: q.speaker && { ...moveSpan(q.speaker, by), ...(q.speaker.refersTo ? { refersTo: moveSpan(q.speaker.refersTo, by) } : {}) },
    cue: q.cue && moveSpan(q.cue, by),
    source: q.source && moveSpan(q.source, by),
  };
}

/** The speakers quotes before `k` named, sorted by start (on a tie, in the order they were seen). */
function addedBefore(scanned: readonly ScannedQuote[], k: number): SpeakerMention[] {
  const added: SpeakerMention[] = [];
  for (let i = 0; i < k; i++) {
    const named = scanned[i].named;
    if (named) added.push(named);
  }
  return added.sort((a, b) => a.start - b.start); // stable: insertion order kept on ties
}

/**
 * The last name seen before `offset`: `found` (the last registry mention
 * before it, or a name found so far), or a speaker one of the first `k`
 * quotes named, seen later on a tie.
 */
function lastNameBefore(found: SpeakerMention | undefined, scanned: readonly ScannedQuote[], k: number, offset: number): SpeakerMention | undefined {
  for (let i = 0; i < k; i++) {
    const named = scanned[i].named;
    if (named && named.start < offset && (!found || named.start >= found.start)) found = named;
  }
  return found;
}

/** Whether two mentions are the same, the old one's offsets mapped into the new text. */
function sameMention(a: TextSpan & { name?: string; id?: string | null } | null, b: TextSpan & { name?: string; id?: string | null } | null, map: (pos: number) => number): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.name === b.name && a.id === b.id && map(a.start) === b.start && map(a.end) === b.end;
}

/**
 * Items before `from` and from `to` on, with `middle` between; `items` sorted
 * by start. The array is the one given, changed in place, and those from `to`
 * on are moved by `delta` in place (with their words, for `marks`); `undo`
 * gets how to put them back.
 */
function splice<T extends Span & { words?: Span }>(items: T[], from: number, to: number, middle: readonly T[], delta: number, undo: (() => void)[], marks = false): T[] {
  const move = (x: T, sign: 1 | -1) => {
    const by = sign * delta;
    x.start += by;
    x.end += by;
    if (marks) {
      x.words!.start += by;
      x.words!.end += by;
    }
  };
  return replaceInPlace(items, firstFrom(items, from), firstFrom(items, to), middle, delta ? move : undefined, undo);
}

function shiftBlock(b: ProseBlock, delta: number, chunkShift: number, groupShift: number): ProseBlock {
  const out: ProseBlock = { kind: b.kind, start: b.start + delta, end: b.end + delta, chunk: b.chunk + chunkShift };
  if (b.quoteGroup !== undefined) out.quoteGroup = b.quoteGroup + groupShift;
  return out;
}

/**
 * Moves a kept quote to its place in the new text, in place (the last run's
 * objects are not used again), keeping its identity when it moves as a whole.
 * Continued quotes share their speaker's mention: each is moved once
 * (`moved` remembers which, and whether it moved with the quote).
 */
function shiftScanned(s: ScannedQuote, map: (pos: number) => number, delta: number, oldBlock: number, newBlock: number, moved: Map<Span, boolean>): ScannedQuote {
  const q = s.quote;
  const move = (x: Span) => {
    x.start = map(x.start);
    x.end = map(x.end);
  };
  q.start += delta;
  q.end += delta;
  move(q.outer);
  for (const part of q.parts) move(part);
  if (q.cue) move(q.cue);
  if (q.source) move(q.source);
  let speakerMoved = true;
  if (q.speaker) {
    const known = moved.get(q.speaker);
    if (known === undefined) {
      speakerMoved = map(q.speaker.start) === q.speaker.start + delta;
      move(q.speaker);
      // an antecedent is shared by the speakers of a chain of pronouns: moved in place once (those before the edit stay where they are)
      const antecedent = q.speaker.refersTo;
      if (antecedent && !moved.has(antecedent)) {
        move(antecedent);
        moved.set(antecedent, true);
      }
      moved.set(q.speaker, speakerMoved);
    } else speakerMoved = known;
  }
  s.lastBlock += newBlock - oldBlock;
  // a quote that did not move as a whole (its speaker is named before the edit) is a new quote for the checks kept per quote
  if (!speakerMoved) s.quote = { ...q };
  return s;
}

/** The index of the chunk holding `offset`. */
function chunkAt(chunks: readonly { start: number }[], offset: number): number {
  return Math.max(0, firstFrom(chunks, offset + 1) - 1);
}

/** The index of the chunk starting exactly at `offset`, or -1. */
function chunkStartingAt(chunks: readonly { start: number }[], offset: number): number {
  const i = firstFrom(chunks, offset);
  return i < chunks.length && chunks[i].start === offset ? i : -1;
}

/** The index of the first block in chunk `chunk` or later. */
function firstBlockOf(blocks: readonly ProseBlock[], chunk: number): number {
  return firstNotBefore(blocks.length, (i) => blocks[i].chunk < chunk);
}

/** The index of the first quote whose marks open at or after `offset`. */
function firstQuoteFrom(scanned: readonly ScannedQuote[], offset: number): number {
  return firstNotBefore(scanned.length, (i) => scanned[i].quote.outer.start < offset);
}

/** How many block-quote groups the blocks before `b` hold. */
function groupsBefore(blocks: readonly ProseBlock[], b: number): number {
  for (let i = b - 1; i >= 0; i--) if (blocks[i].quoteGroup !== undefined) return blocks[i].quoteGroup! + 1;
  return 0;
}
