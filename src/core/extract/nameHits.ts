/**
 * Registry names in the prose (beside stages 2-6, read by resolution and
 * sources): each chunk's speaker and source hits, and the mentions of
 * registered speakers.
 */
import type { SpeakerMention } from './model.ts';
import type { ChunkHits, LexiconHit, LexiconMatcher } from './stageTypes.ts';

/**
 * Registry names in chunks, in draft offsets: each chunk's hits from `known`
 * (by its masked text) or found now; `used` collects every chunk's hits.
 */
export function hitsInChunks(
  chunks: readonly { start: number; masked: string }[],
  matcher: LexiconMatcher,
  known: (masked: string) => ChunkHits | undefined,
  used?: Map<string, ChunkHits>,
): ChunkHits {
  const all: ChunkHits = { speakers: [], sources: [] };
  for (const chunk of chunks) {
    const h = used?.get(chunk.masked) ?? known(chunk.masked) ?? matcher.names(chunk.masked);
    used?.set(chunk.masked, h);
    // (literals of one shape, not spread copies)
    for (const x of h.speakers) all.speakers.push({ start: x.start + chunk.start, end: x.end + chunk.start, text: x.text });
    for (const x of h.sources) all.sources.push({ start: x.start + chunk.start, end: x.end + chunk.start, text: x.text });
  }
  return all;
}

/** Every mention of a registered speaker's name or alias. */
export function mentionsOf(hits: readonly LexiconHit[], matcher: LexiconMatcher): SpeakerMention[] {
  return hits.flatMap((hit) => {
    const known = matcher.speaker(hit.text);
    // (a literal, not a spread: spread copies each get a map of their own, and moving them after an edit was 1 µs each)
    return known ? [{ start: hit.start, end: hit.end, text: hit.text, name: known.name, id: known.id }] : [];
  });
}

