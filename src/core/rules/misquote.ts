/**
 * `misquote`: the quote is close to a registered text but its words differ.
 * Case, curly vs straight marks, whitespace, ellipses and [insertions] are
 * not differences. Offers a quick fix with the verbatim wording.
 */
import { excerpt, sourceName, type QuoteRule } from '../check/context.ts';
import { verbatimWording } from '../check/quoteMatch.ts';

/** Reports quotes whose words differ from their source's. */
export const misquote: QuoteRule = (ctx, m) => {
  if (!m.match || m.verbatim || !m.source?.text) return;
  const { sourceStart, sourceEnd } = m.match.alignment;
  const src = m.match.sourceWords;
  const verbatim = m.source.text.slice(src[sourceStart]?.start ?? 0, src[Math.max(sourceStart, sourceEnd - 1)]?.end ?? 0);
  const replacement = verbatimWording(ctx.text, m);
  const found = ctx.text.slice(m.quote.start, m.quote.end);
  ctx.report({
    code: 'misquote',
    message: `misquote of ${sourceName(m.source)}: found “${excerpt(found, 160)}”, the source says “${excerpt(verbatim, 160)}”`,
    start: m.quote.start,
    end: m.quote.end,
    sourceId: m.source.id,
    speakerId: m.source.speaker?.id,
    status: m.source.status,
    related: [{ path: m.source.location.path, ...(m.source.location.fields.text ?? m.source.location.id), message: `the verbatim text of \`${m.source.id}\`` }],
    fixes: replacement !== undefined && replacement !== found
      ? [{ title: 'Replace with the verbatim wording of the source', start: m.quote.start, end: m.quote.end, newText: replacement }]
      : [],
  });
};
