/**
 * Document symbols: a registry file's outline lists its entries (by type,
 * with the name or title); a draft's outline lists its quotations with
 * their speakers.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import { excerpt } from '../check/context.ts';
import type { Span } from '../types.ts';
import { fieldText, rawEntries, unquoted } from './locate.ts';

/** One outline item: a name, a detail, what it is, the span it covers and the span to select. */
export interface OutlineSymbol {
  name: string;
  detail: string;
  /** The entry's type (`person`, `letter` …), or `quotation`. */
  type: string;
  range: Span;
  selection: Span;
}

/** The entries of a registry file, in file order (an entry without an id is listed as such). */
export function registrySymbols(path: string, text: string): OutlineSymbol[] {
  return rawEntries(path, text).map((entry) => {
    const id = entry.fields.get('id');
    const name = fieldText(entry, 'id') ?? '(entry without an id)';
    return {
      name,
      detail: fieldText(entry, 'name') ?? fieldText(entry, 'title') ?? '',
      type: fieldText(entry, 'type') ?? 'entry',
      range: { start: entry.start, end: entry.end },
      selection: id ? unquoted(text, id.value) : { start: entry.start, end: entry.start },
    };
  });
}

/** The quotations of a checked draft, each with its speaker (or that none was found) and its source. */
export function draftSymbols(doc: CheckedDocument): OutlineSymbol[] {
  return doc.matches.map(({ quote, source }) => {
    const speaker = quote.speaker ? quote.speaker.name : 'no speaker found';
    return {
      name: `“${excerpt(quote.text, 60)}”`,
      detail: source ? `${speaker} · ${source.id}` : speaker,
      type: 'quotation',
      range: { start: quote.outer.start, end: quote.outer.end },
      selection: { start: quote.start, end: quote.end },
    };
  });
}
