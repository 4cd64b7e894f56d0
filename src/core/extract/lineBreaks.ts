/**
 * Line breaks inside a paragraph read as spaces. A hard-wrapped draft
 * ("Sen.⏎Ann Roe", a quote on one line and its cue on the next) reads like
 * the same draft on one line: in the masked text every line break (and the
 * carriage return before it) inside a prose block becomes a space, so the
 * text keeps its length and every offset. Breaks between blocks (a blank
 * line, a new list item) stay, and so do the block-quote markers and
 * indentation that masking already blanked on continuation lines.
 */
import type { Span } from '../types.ts';

/** The masked text with each line break inside one of `blocks` (sorted, not overlapping) read as a space. */
export function joinLines(masked: string, blocks: readonly Span[]): string {
  let out = '';
  let done = 0;
  for (const block of blocks) {
    for (let i = masked.indexOf('\n', block.start); i >= 0 && i < block.end; i = masked.indexOf('\n', i + 1)) {
      const from = masked[i - 1] === '\r' && i - 1 >= block.start ? i - 1 : i;
      out += masked.slice(done, from) + (from < i ? '  ' : ' ');
      done = i + 1;
    }
  }
  return done === 0 ? masked : out + masked.slice(done);
}
