/**
 * The stretches of quoted words inside marks, as `extract` lists them: a
 * quotation running over paragraphs is one stretch per paragraph (each
 * paragraph reopens it), any other quotation one stretch. A stretch's text is
 * the words without the `>` markers that open its lines in a block quote; its
 * offsets stay those of the draft.
 */
import type { TextSpan } from '../types.ts';
import type { ExtractedQuote } from './model.ts';

/** One stretch of quoted words, with the quotation it belongs to. */
export interface QuotedStretch extends TextSpan {
  quote: ExtractedQuote;
  /** True for the second and later paragraphs of a quotation. */
  continues: boolean;
}

/** The stretches of quoted words of `quotes`, in order. */
export function quotedStretches(quotes: readonly ExtractedQuote[]): QuotedStretch[] {
  return quotes.flatMap((quote) =>
    quote.kind === 'inline' && quote.parts.length > 1
      ? quote.parts.map((p, k) => ({ text: withoutBlockMarkers(quote.text.slice(p.start - quote.start, p.end - quote.start)), start: p.start, end: p.end, quote, continues: k > 0 }))
      : [{ text: withoutBlockMarkers(quote.text), start: quote.start, end: quote.end, quote, continues: false }],
  );
}

/**
 * Block-quote markers after a line break: up to three spaces, then one or
 * more `>` each with the space after it ("> ", "> > ", ">>"). Inside the words
 * of one paragraph a line can open with `>` only as such a marker: in Markdown
 * a `>` opening a line outside a block quote starts one, a new block.
 */
const LINE_MARKERS = /(\r?\n)[ \t]{0,3}(?:>[ \t]?)+/g;

/** Quoted words as written, without the `>` markers that open their later lines (the first line's are never inside the words). */
export function withoutBlockMarkers(written: string): string {
  return written.includes('>') ? written.replace(LINE_MARKERS, '$1') : written;
}
