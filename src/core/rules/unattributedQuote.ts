/**
 * `unattributed-quote`: the draft gives no speaker for a quote.
 */
import { excerpt, sourceName, type QuoteRule } from '../check/context.ts';

/** Reports quotes with no speaker, naming the source when the words match one. */
export const unattributedQuote: QuoteRule = (ctx, m) => {
  if (m.quote.speaker || m.quote.source) return;
  const hint = m.source ? `; the words match ${sourceName(m.source)}${m.source.speaker ? ` by ${m.source.speaker.name}` : ''}` : '';
  ctx.report({
    code: 'unattributed-quote',
    message: `unattributed quote: no speaker found for “${excerpt(ctx.text.slice(m.quote.start, m.quote.end), 80)}”; expected an attribution such as “…,” she said${hint}`,
    start: m.quote.start,
    end: m.quote.end,
    sourceId: m.source?.id,
    speakerId: m.source?.speaker?.id,
  });
};
