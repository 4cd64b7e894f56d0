/**
 * Finds where a draft itself reports that a source was labelled (a draft, a
 * mistake, retracted …): by quoting the statement that labelled it, or by
 * naming who labelled it next to the label.
 */
import type { SourceEntry } from '../registry/model.ts';
import type { SourceStatus, Span } from '../types.ts';
import { lineOf, sourceName, type CheckContext } from './context.ts';

/** Where and how a draft acknowledges a source's status. */
export interface Acknowledgement extends Span {
  how: string;
}

/** Words that report each status, matched as word prefixes. */
const LABEL_WORDS: Record<SourceStatus, string[]> = {
  verified: [],
  unverified: [],
  draft: ['draft', 'unsigned', 'mistake', 'not final'],
  disputed: ['disput', 'contest', 'deni', 'deny', 'reject'],
  mistaken: ['mistake', 'mistaken', 'error', 'erroneous', 'wrong', 'incorrect'],
  retracted: ['retract', 'withdr', 'pulled', 'rescind'],
  superseded: ['supersed', 'replac', 'updated', 'revised', 'correct'],
  fabricated: ['fabricat', 'fake', 'false', 'invent', 'made up'],
};

/** How far (in characters) a label may be from the name that reports it. */
const NEAR = 200;

/** The first place the draft acknowledges `source`'s status, if any. */
export function findAcknowledgement(ctx: CheckContext, source: SourceEntry): Acknowledgement | undefined {
  if (source.statusSource) {
    const statement = ctx.registry.sources.get(source.statusSource);
    const quoted = ctx.matches.find((m) => m.source?.id === source.statusSource);
    if (quoted && statement) {
      return { start: quoted.quote.start, end: quoted.quote.end, how: `the draft quotes ${sourceName(statement)} at ${lineOf(ctx, quoted.quote.start)}` };
    }
  }
  const by = source.statusBy;
  if (!by) return undefined;
  const labels = LABEL_WORDS[source.status];
  for (const mention of ctx.extraction.speakerMentions) {
    const same = by.id ? mention.id === by.id : mention.name.toLowerCase() === by.name.toLowerCase();
    if (!same) continue;
    const from = paragraphStart(ctx.text, mention.start, NEAR);
    const to = paragraphEnd(ctx.text, mention.end, NEAR);
    const near = ctx.text.slice(from, to).toLowerCase();
    if (labels.some((w) => new RegExp(`\\b${w}`).test(near))) {
      return { start: mention.start, end: mention.end, how: `the draft reports ${by.name}'s label at ${lineOf(ctx, mention.start)}` };
    }
  }
  return undefined;
}

// both search only the `max` characters beside `at`: a search to the draft's end from every mention was quadratic on a draft without blank lines
function paragraphStart(text: string, at: number, max: number): number {
  const limit = Math.max(0, at - max);
  const br = text.slice(limit, at + 2).lastIndexOf('\n\n');
  return br < 0 ? limit : limit + br;
}

function paragraphEnd(text: string, at: number, max: number): number {
  const limit = Math.min(text.length, at + max);
  const br = text.slice(at, limit + 2).indexOf('\n\n');
  return br < 0 ? limit : Math.min(limit, at + br);
}
