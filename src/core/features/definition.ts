/**
 * Go to definition: from a quote to its source's registry entry, from a
 * speaker mention to the speaker's entry.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import type { Registry } from '../registry/registry.ts';
import type { FileSpan } from '../types.ts';
import { quoteAt } from './hover.ts';

/** The registry entry for what is at `offset` (a speaker mention first, then a quote). */
export function definition(doc: CheckedDocument, registry: Registry, offset: number): FileSpan | undefined {
  const within = (s: { start: number; end: number }) => s.start <= offset && offset <= s.end;
  const mentions = [
    ...doc.extraction.speakerMentions,
    ...doc.matches.map((m) => m.quote.speaker).filter((s) => s !== null),
  ];
  const mention = mentions.find((s) => s.id && within(s));
  if (mention?.id) {
    const speaker = registry.speakers.get(mention.id);
    if (speaker) return { path: speaker.location.path, ...speaker.location.id };
  }
  const ref = doc.extraction.references.find(within);
  const refSource = ref ? registry.sources.get(ref.sourceId) : undefined;
  if (refSource) return { path: refSource.location.path, ...refSource.location.id };
  const source = quoteAt(doc, offset)?.source;
  return source ? { path: source.location.path, ...source.location.id } : undefined;
}
