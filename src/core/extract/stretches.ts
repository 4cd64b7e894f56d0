/**
 * The stretches of quoted words inside marks, as `extract` lists them: a
 * quotation running over paragraphs is one stretch per paragraph (each
 * paragraph reopens it), any other quotation one stretch.
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
      ? quote.parts.map((p, k) => ({ text: quote.text.slice(p.start - quote.start, p.end - quote.start), start: p.start, end: p.end, quote, continues: k > 0 }))
      : [{ text: quote.text, start: quote.start, end: quote.end, quote, continues: false }],
  );
}
