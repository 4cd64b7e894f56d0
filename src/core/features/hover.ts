/**
 * Hover on a quote: the card of the source its words come from — title,
 * speaker, date, status and who set it, and the matching excerpt.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import { excerpt } from '../check/context.ts';
import type { MatchedQuote } from '../check/quoteMatch.ts';
import type { Registry } from '../registry/registry.ts';
import type { Span } from '../types.ts';

/** A hover: Markdown text and the span it is about. */
export interface HoverCard extends Span {
  markdown: string;
}

/** The quote whose marks or words contain an offset. */
export function quoteAt(doc: CheckedDocument, offset: number): MatchedQuote | undefined {
  return doc.matches.find((m) => m.quote.outer.start <= offset && offset <= m.quote.outer.end);
}

/** The source card for the quote at `offset`, or undefined. */
export function hover(doc: CheckedDocument, registry: Registry, offset: number): HoverCard | undefined {
  const m = quoteAt(doc, offset);
  if (!m) return undefined;
  const lines: string[] = [];
  const speaker = m.quote.speaker;
  const source = m.source;
  if (!source) {
    lines.push('**Quotation** — no registered source holds these words');
    lines.push(speaker ? `Attributed to: ${speaker.name}${speaker.id ? ` (\`${speaker.id}\`)` : ' (not in the registry)'}` : 'Attributed to: nobody found');
    return { start: m.quote.outer.start, end: m.quote.outer.end, markdown: lines.join('\n\n') };
  }
  lines.push(`**${escape(source.title ?? source.id)}** · ${source.type} · \`${source.id}\``);
  const facts: string[] = [];
  if (source.speaker) facts.push(`Speaker: ${escape(source.speaker.name)}`);
  if (source.date) facts.push(`Date: ${source.date}`);
  let status = `Status: **${source.status}**`;
  if (source.statusBy) status += ` — set by ${escape(source.statusBy.name)}`;
  if (source.statusDate) status += ` on ${source.statusDate}`;
  facts.push(status);
  lines.push(facts.join('  \n'));
  if (source.statusNote) lines.push(`> ${escape(excerpt(source.statusNote, 300))}`);
  if (source.statusSource) {
    const st = registry.sources.get(source.statusSource);
    if (st) lines.push(`Labelled in: ${escape(st.title ?? st.id)}${st.text ? ` — “${escape(excerpt(st.text, 160))}”` : ''}`);
  }
  if (m.match && source.text) {
    const { sourceStart, sourceEnd } = m.match.alignment;
    const ws = m.match.sourceWords;
    const from = ws[sourceStart]?.start ?? 0;
    const to = ws[Math.max(sourceStart, sourceEnd - 1)]?.end ?? 0;
    const before = from > 60 ? '…' + source.text.slice(from - 60, from).replace(/^\S*\s+/, '') : source.text.slice(0, from);
    const after = to + 60 < source.text.length ? source.text.slice(to, to + 60).replace(/\s+\S*$/, '') + '…' : source.text.slice(to);
    lines.push(`Source text: “${escape(before.trimStart())}**${escape(excerpt(source.text.slice(from, to), 400))}**${escape(after.trimEnd())}”`);
    lines.push(m.verbatim ? 'The quote matches the source verbatim.' : 'The quote differs from the source: see the misquote finding.');
  }
  if (speaker) lines.push(`Attributed in the draft to: ${escape(speaker.name)}`);
  if (source.url) lines.push(`[Open the source](${source.url})`);
  return { start: m.quote.outer.start, end: m.quote.outer.end, markdown: lines.join('\n\n') };
}

function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
