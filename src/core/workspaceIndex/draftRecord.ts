/**
 * What the workspace index keeps of one checked draft: its quotations with
 * the source and speaker they resolve to, and its findings, as ranges (no
 * text beyond a short excerpt), plus the lookups over many such records.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import type { Range } from '../types.ts';

/** A quotation of an indexed draft. */
export interface IndexedQuote {
  range: Range;
  /** The quoted words, at most QUOTE_EXCERPT characters. */
  text: string;
  sourceId?: string;
  speakerId?: string;
  /** The codes of the findings that start inside it. */
  codes: string[];
}

/** A finding of an indexed draft. */
export interface IndexedFinding {
  range: Range;
  code: string;
  sourceId?: string;
  speakerId?: string;
}

/** One indexed draft. */
export interface DraftRecord {
  uri: string;
  quotes: IndexedQuote[];
  findings: IndexedFinding[];
}

/** Quote excerpts are cut to this many characters. */
export const QUOTE_EXCERPT = 80;

/** The record of a checked draft. */
export function recordOf(uri: string, doc: CheckedDocument): DraftRecord {
  const findings: IndexedFinding[] = doc.findings.map((f) => ({ range: doc.lines.rangeOf(f), code: f.code, sourceId: f.sourceId, speakerId: f.speakerId }));
  const quotes: IndexedQuote[] = doc.matches.map((m) => {
    const { start, end } = m.quote;
    const words = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
    return {
      range: doc.lines.rangeOf(m.quote),
      text: words.length > QUOTE_EXCERPT ? `${words.slice(0, QUOTE_EXCERPT - 1)}…` : words,
      sourceId: m.source?.id,
      speakerId: m.quote.speaker?.id ?? m.source?.speaker?.id,
      codes: doc.findings.filter((f) => f.start >= start && f.start < Math.max(end, start + 1)).map((f) => f.code),
    };
  });
  return { uri, quotes, findings };
}

/** A quotation together with the draft it is in. */
export interface QuoteInDraft {
  uri: string;
  quote: IndexedQuote;
}

/** Every quotation of the source `id`, or by the speaker `id`, in the records. */
export function quotesOf(records: Iterable<DraftRecord>, id: string): QuoteInDraft[] {
  const out: QuoteInDraft[] = [];
  for (const r of records) for (const q of r.quotes) if (q.sourceId === id || q.speakerId === id) out.push({ uri: r.uri, quote: q });
  return out;
}

/** Every finding about the source `id` in the records, with its draft. */
export function findingsAbout(records: Iterable<DraftRecord>, id: string): { uri: string; finding: IndexedFinding }[] {
  const out: { uri: string; finding: IndexedFinding }[] = [];
  for (const r of records) for (const f of r.findings) if (f.sourceId === id) out.push({ uri: r.uri, finding: f });
  return out;
}

/** "quoted in 3 places in 2 drafts · 1 finding": the CodeLens title of a source. */
export function quotedTitle(places: number, drafts: number, findings: number): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  if (!places) return `not quoted in any draft · ${n(findings, 'finding')}`;
  return `quoted in ${n(places, 'place')} in ${n(drafts, 'draft')} · ${n(findings, 'finding')}`;
}

/** "Labelled mistaken — now flagged in 7 places in 4 drafts": the impact message of a label. */
export function impactMessage(status: string, flagged: number, drafts: number, quotes: number): string {
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  if (flagged) return `Labelled ${status} — now flagged in ${n(flagged, 'place')} in ${n(drafts, 'draft')}`;
  return quotes ? `Labelled ${status} — quoted in ${n(quotes, 'place')}, none flagged` : `Labelled ${status} — not quoted in any draft`;
}
