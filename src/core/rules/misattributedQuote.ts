/**
 * `misattributed-quote`: the words belong to a source whose speaker is not the
 * one the draft names (relaying by someone in the source's `seenBy` is fine).
 */
import { mentionName, sourceName, type QuoteRule } from '../check/context.ts';

/** Reports quotes put in the wrong mouth. */
export const misattributedQuote: QuoteRule = (ctx, m) => {
  const speaker = m.quote.speaker;
  const source = m.source;
  if (!m.match || !speaker || !source?.speaker) return;
  if (!speaker.id) return; // a name outside the registry is too weak to accuse
  if (ctx.registry.isSameSpeaker(source.speaker, speaker.id, speaker.name)) return;
  if (source.seenBy.some((ref) => ctx.registry.isSameSpeaker(ref, speaker.id, speaker.name))) return;
  ctx.report({
    code: 'misattributed-quote',
    message: `misattributed quote: the draft gives these words to ${mentionName(speaker)}, but they are ${source.speaker.name}'s, from ${sourceName(source)}`,
    start: m.quote.start,
    end: m.quote.end,
    sourceId: source.id,
    speakerId: speaker.id,
    status: source.status,
    related: [
      { path: source.location.path, ...(source.location.fields.speaker ?? source.location.id), message: `\`${source.id}\` is by ${source.speaker.name}` },
      { path: ctx.path, start: speaker.start, end: speaker.end, message: `attributed here to ${speaker.name}` },
    ],
  });
};
