/**
 * The findings of each quote, kept per draft between checks: a quote an edit
 * did not touch (the same object, moved as a whole) gets its match and
 * findings back, moved with it, instead of being matched and checked again.
 * The findings are the same objects from check to check (so that what is
 * built from them, such as LSP diagnostics, can be kept too).
 */
import type { ExtractedQuote } from '../extract/model.ts';
import type { Registry } from '../registry/registry.ts';
import type { Settings } from '../settings.ts';
import type { Finding } from '../types.ts';
import type { Report } from './context.ts';
import { KeptFindings } from './keptFindings.ts';
import type { MatchedQuote } from './quoteMatch.ts';

/** What a quote's check produced, at the offset the quote had then. */
interface Kept {
  start: number;
  match: MatchedQuote;
  reports: Report[];
  /** The findings made from `reports` (severity applied; those set off left out), once made. */
  findings?: Finding[];
}

/** Kept quote checks of one draft, valid for one registry and one set of settings. */
export class QuoteFindings {
  private readonly kept = new WeakMap<ExtractedQuote, Kept>();
  /** The findings of the draft-wide rules, and those about suppression comments, kept the same way. */
  readonly ruleFindings = new KeptFindings();
  readonly commentFindings = new KeptFindings();

  constructor(readonly registry: Registry, readonly settings: Settings, readonly path: string) {}

  /** The match and reports kept for `quote`, moved to where it is now; undefined when not kept. */
  get(quote: ExtractedQuote): { match: MatchedQuote; reports: Report[]; findings?: Finding[] } | undefined {
    const kept = this.kept.get(quote);
    if (!kept) return undefined;
    const delta = quote.start - kept.start;
    if (delta !== 0) {
      for (const r of kept.reports) move(r, delta, this.path);
      // (a finding shares its fixes and related places with its report: only its own span moves)
      for (const f of kept.findings ?? []) {
        f.start += delta;
        f.end += delta;
      }
      kept.start = quote.start;
    }
    if (kept.match.quote !== quote) kept.match = { ...kept.match, quote };
    return kept;
  }

  /** Keeps what checking `quote` produced. */
  set(quote: ExtractedQuote, match: MatchedQuote, reports: Report[], findings: Finding[]): void {
    this.kept.set(quote, { start: quote.start, match, reports, findings });
  }
}

/** Moves a kept report by `delta` characters, in place (findings are copies of it): its span, fixes and related places in the same draft. */
function move(r: Report, delta: number, path: string): void {
  r.start += delta;
  r.end += delta;
  for (const fix of r.fixes ?? []) {
    fix.start += delta;
    fix.end += delta;
  }
  for (const x of r.related ?? []) {
    if (x.path !== path) continue;
    x.start += delta;
    x.end += delta;
  }
}
