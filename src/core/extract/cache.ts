/**
 * What extraction keeps between checks of the same draft, so that an edit
 * costs work in proportion to what it changed: the stage outputs by chunk
 * (parsed chunks, registry name hits, attributions per quote context) and
 * the last run, which the incremental path starts from. Above the stages:
 * no stage imports it, they see only the StageMemo it implements.
 */
import type { ExtractionRun } from './incremental.ts';
import type { Lexicon } from './model.ts';
import { SegmentCache } from './segment.ts';
import type { AttributionCache, ChunkHits, StageMemo } from './stageTypes.ts';

/** Per-draft extraction state; create one per open document. */
export class ExtractCache implements StageMemo {
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
  /** The run whose text held no suppression comment marker (`source-check-`) when it was checked, if the last one did not. */
  markerFree: ExtractionRun | undefined;
}
