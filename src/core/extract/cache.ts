/**
 * What extraction keeps between checks of the same draft, so that an edit
 * costs work in proportion to what it changed: parsed chunks, registry name
 * hits per chunk, and attributions per quote context.
 */
import type { AttributionCache } from './attribution.ts';
import type { ExtractionRun } from './incremental.ts';
import type { LexiconHit, LexiconMatcher } from './lexiconMatcher.ts';
import type { Lexicon } from './model.ts';
import { SegmentCache } from './segment.ts';

/** Registry names found in one chunk, offsets relative to the chunk. */
export interface ChunkHits {
  speakers: LexiconHit[];
  sources: LexiconHit[];
}

/** Per-draft extraction state; create one per open document. */
export class ExtractCache {
  /** Parsed chunks by text. */
  readonly segments = new SegmentCache();
  /** Attributions by the text around a quote: those of the last run, and of this one. */
  attributions: AttributionCache = { previous: new Map(), current: new Map() };

  /**
   * Starts a run: what the last run used stays available, the rest is dropped;
   * everything is dropped when the registry names (the lexicon) changed.
   */
  beginRun(lexicon: Lexicon | undefined): void {
    if (lexicon !== this.lexicon) {
      this.attributions = { previous: new Map(), current: new Map() };
      this.hits = new Map();
      this.lexicon = lexicon;
      this.run = undefined;
      return;
    }
    this.attributions = { previous: this.attributions.current, current: new Map() };
  }
  /** Name hits by chunk text, valid for `lexicon`. */
  hits = new Map<string, ChunkHits>();
  /** The lexicon `hits` were computed with. */
  lexicon: Lexicon | undefined;
  /** The last run over the draft, which an edit's run starts from. */
  run: ExtractionRun | undefined;
}

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
    const h = used?.get(chunk.masked) ?? known(chunk.masked) ?? { speakers: matcher.speakers(chunk.masked), sources: matcher.sources(chunk.masked) };
    used?.set(chunk.masked, h);
    for (const x of h.speakers) all.speakers.push({ ...x, start: x.start + chunk.start, end: x.end + chunk.start });
    for (const x of h.sources) all.sources.push({ ...x, start: x.start + chunk.start, end: x.end + chunk.start });
  }
  return all;
}
