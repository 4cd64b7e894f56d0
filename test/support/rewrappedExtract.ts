/**
 * `extract` for attribution tests, checked as a property on every call: the
 * same draft with spaces turned into line breaks at random (several seeds)
 * must give the same quotes, speakers and cues, offset for offset, since a
 * line break inside a paragraph reads as a space. A difference throws with
 * the seed and the re-broken draft, so every test using it is also a
 * hard-wrapping test.
 */
import assert from 'node:assert/strict';
import { extract as realExtract, type ExtractOptions } from '../../src/core/extract/index.ts';
import type { Extraction } from '../../src/core/extract/model.ts';
import { prng } from './random.ts';

/** The seeds each draft is re-broken with. */
const SEEDS = [1, 2, 3];
/** Drafts longer than this (bench and bound tests) are not re-broken: the property is for invented sentences. */
const MAX_LENGTH = 20_000;
/** The share of the spaces that may become line breaks that do. */
const BREAK_SHARE = 0.35;

/** A line start that would open a Markdown block (a list item, quote, heading, rule, table row, code) or a line that is no break (a space). */
const OPENS_BLOCK = /^(?:[-+*>#=|~_ \t]|\d{1,9}[.)])/;

/** A line so far that is only a block's marker ("-", "1.", ">"): a break after it would empty the block. */
const ONLY_MARKER = /(?:^|\n)[ \t]*(?:[-+*>#]+|\d{1,9}[.)])$/;

/** `text` with some single spaces inside its lines turned into line breaks, at random from `seed` (never one that would open or empty a block). */
export function rebreak(text: string, seed: number): string {
  const random = prng(seed);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const breakable = c === ' ' && i > 0 && !/\s/.test(text[i - 1]) && !OPENS_BLOCK.test(text.slice(i + 1, i + 11)) && !ONLY_MARKER.test(out.slice(-12));
    out += breakable && random() < BREAK_SHARE ? '\n' : c;
  }
  return out;
}

/** What the property compares: every quote's spans, speaker and cue, line breaks read as spaces (a block quote's parts are its lines, so only its extent). */
function reading(found: Extraction) {
  const flat = (s: string | undefined) => s?.replace(/\n/g, ' ');
  return found.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    parts: q.kind === 'block' ? [] : q.parts,
    kind: q.kind,
    speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end, name: flat(q.speaker.name), id: q.speaker.id },
    cue: q.cue && { start: q.cue.start, end: q.cue.end },
    source: q.source?.sourceId ?? null,
  }));
}

/** Extracts as `extract` does, after checking that re-broken copies of the draft read the same (not with a cache, which is state, nor for long drafts). */
export function extract(text: string, options: ExtractOptions): Extraction {
  const found = realExtract(text, options);
  if (options.cache || text.length > MAX_LENGTH) return found;
  const expected = reading(found);
  for (const seed of SEEDS) {
    const broken = rebreak(text, seed);
    if (broken === text) continue;
    assert.deepEqual(reading(realExtract(broken, options)), expected, `with line breaks for spaces (seed ${seed}) the draft reads differently:\n${broken}`);
  }
  return found;
}
