/**
 * `source-status`: a quote, or a reference by alias, resolves to a source that
 * has been labelled draft, mistaken, retracted, disputed, superseded or
 * fabricated. Downgraded to information where the draft reports the label.
 */
import { findAcknowledgement } from '../check/acknowledgement.ts';
import { excerpt, sourceName, type CheckContext, type Rule } from '../check/context.ts';
import type { SourceEntry } from '../registry/model.ts';
import { isFlaggedStatus } from '../settings.ts';
import type { RelatedInfo, Span } from '../types.ts';

/** How close (in characters) a reference must be to a quote of the same source to count as its attribution. */
const NEAR_QUOTE = 250;

/** Reports quotes from, and references to, sources with a cautionary status. */
export const sourceStatus: Rule = (ctx) => {
  const spans: { span: Span; source: SourceEntry; what: string }[] = [];
  for (const m of ctx.matches) {
    if (m.source && isFlaggedStatus(m.source.status)) spans.push({ span: m.quote, source: m.source, what: 'quotes' });
  }
  for (const ref of ctx.extraction.references) {
    const source = ctx.registry.sources.get(ref.sourceId);
    if (!source || !isFlaggedStatus(source.status)) continue;
    // a reference beside a quote of the same source is that quote's attribution, already reported
    if (ctx.matches.some((m) => m.source === source && ref.end >= m.quote.outer.start - NEAR_QUOTE && ref.start <= m.quote.outer.end + NEAR_QUOTE)) continue;
    spans.push({ span: ref, source, what: 'cites' });
  }
  // one search per source, not per quote: each reads every mention of the draft
  const acks = new Map<SourceEntry, ReturnType<typeof findAcknowledgement>>();
  for (const { span, source, what } of spans) {
    if (!acks.has(source)) acks.set(source, findAcknowledgement(ctx, source));
    const ack = acks.get(source);
    const message = statusMessage(source, what) + (ack ? ` — acknowledged: ${ack.how}` : '');
    ctx.report({
      code: 'source-status',
      message,
      start: span.start,
      end: span.end,
      sourceId: source.id,
      speakerId: source.speaker?.id,
      status: source.status,
      related: related(ctx, source),
      ...(ack ? { severity: 'information' as const } : {}),
    });
  }
};

/** “quotes “Letter …”, labelled a draft by Gen. Mark Milley on 2020-01-06: note”. */
function statusMessage(source: SourceEntry, what: string): string {
  const label = source.status === 'draft' ? 'a draft' : source.status;
  let msg = `${what} ${sourceName(source)}, which is labelled ${label}`;
  if (source.statusBy) msg += ` by ${source.statusBy.name}`;
  if (source.statusDate) msg += ` on ${source.statusDate}`;
  if (source.statusNote) msg += ` (“${excerpt(source.statusNote, 200).replace(/[.;,\s]+$/, '')}”)`;
  if (source.supersededBy) msg += `; superseded by \`${source.supersededBy}\``;
  msg += '; expected a source that stands, or a draft that reports the label';
  return msg;
}

function related(ctx: CheckContext, source: SourceEntry): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  const statusAt = source.location.fields.status ?? source.location.id;
  out.push({ path: source.location.path, ...statusAt, message: `\`${source.id}\` is labelled ${source.status} here` });
  const statement = source.statusSource ? ctx.registry.sources.get(source.statusSource) : undefined;
  if (statement) {
    out.push({
      path: statement.location.path,
      ...statement.location.id,
      message: `the statement that labelled it: ${sourceName(statement)}${statement.text ? ` — “${excerpt(statement.text, 100)}”` : ''}`,
    });
  }
  const next = source.supersededBy ? ctx.registry.sources.get(source.supersededBy) : undefined;
  if (next) out.push({ path: next.location.path, ...next.location.id, message: `superseded by ${sourceName(next)}` });
  return out;
}
