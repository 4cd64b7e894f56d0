/**
 * `unverified-quote`: attributed to a registered speaker, but found in none of
 * their sources.
 */
import { excerpt, mentionName, type QuoteRule } from '../check/context.ts';

/** Reports quotes of registered speakers that no registered source holds. */
export const unverifiedQuote: QuoteRule = (ctx, m) => {
  const speaker = m.quote.speaker;
  if (m.source || !speaker?.id) return;
  const entry = ctx.registry.speakers.get(speaker.id);
  if (!entry) return;
  const count = ctx.registry.sourcesWithTextBy(entry.id);
  ctx.report({
    code: 'unverified-quote',
    message: `unverified quote: “${excerpt(ctx.text.slice(m.quote.start, m.quote.end), 80)}” is attributed to ${mentionName(speaker)}, but none of their ${count} registered source${count === 1 ? '' : 's'} contains it; expected a registered source with these words`,
    start: m.quote.start,
    end: m.quote.end,
    speakerId: entry.id,
    related: [{ path: entry.location.path, ...entry.location.id, message: `speaker \`${entry.id}\`` }],
  });
};
