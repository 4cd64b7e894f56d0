/**
 * The Retraction Watch database (CSV, as Crossref distributes it) as registry
 * entries: each original paper a source keyed by its DOI, labelled by the
 * notice's nature (README, "Import"), `statusDate` the notice's date and
 * `statusNote` the nature, the notice's DOI and the reasons.
 */
import type { SourceStatus } from '../types.ts';
import { readCsv } from './csv.ts';
import { datePartsText, entry, EntryCollector, ImportSyntaxError, isoDate, normalizeDoi, stableId, type ImportResult } from './model.ts';

/** Columns an import cannot do without. */
const REQUIRED = ['Title', 'OriginalPaperDOI', 'RetractionNature'];

/** Each notice's nature and the status it gives the original paper. */
export const NATURE_STATUS: Record<string, SourceStatus> = {
  'retraction': 'retracted',
  'expression of concern': 'disputed',
  'correction': 'disputed',
  'reinstatement': 'unverified',
};

/** True when a CSV's first line is a Retraction Watch header (the registry's detector uses it too). */
export function isRetractionWatchHeader(firstLine: string): boolean {
  return /(?:^|,)"?OriginalPaperDOI"?(?:,|$)/.test(firstLine) && /(?:^|,)"?RetractionNature"?(?:,|$)/.test(firstLine);
}

/** Converts Retraction Watch CSV text into registry entries; throws ImportSyntaxError for bad CSV or a header without the needed columns. */
export function convertRetractionWatch(text: string): ImportResult {
  const records = readCsv(text);
  const header = records[0]?.fields.map((h) => h.trim()) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new ImportSyntaxError(1, 1, `not a Retraction Watch CSV: the header has no ${missing.map((m) => `\`${m}\``).join(', ')} column; expected columns such as Record ID, Title, Journal, Author, OriginalPaperDOI, RetractionDOI, RetractionDate, RetractionNature, Reason`);
  }
  const col = (fields: string[], name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? '' : (fields[i] ?? '').trim();
  };
  const out = new EntryCollector();
  const dates = new Map<string, string>(); // the latest notice per paper wins
  for (const record of records.slice(1)) {
    const f = record.fields;
    out.at(record.line, 1);
    const recordId = col(f, 'Record ID');
    const title = col(f, 'Title');
    const name = `record ${recordId ? `${recordId} ` : ''}(line ${record.line}${title ? `, “${title.slice(0, 50)}”` : ''})`;
    const skip = (why: string) => out.warn(record.line, 1, `skipped ${name}: ${why}`);
    const doi = normalizeDoi(col(f, 'OriginalPaperDOI'));
    if (!doi) {
      skip(`OriginalPaperDOI ${col(f, 'OriginalPaperDOI') ? `\`${col(f, 'OriginalPaperDOI')}\` is not a DOI` : 'is empty'}; expected a DOI such as 10.1234/abcd`);
      continue;
    }
    if (!title) {
      skip('Title is empty; expected the paper\'s title');
      continue;
    }
    const nature = col(f, 'RetractionNature');
    const status = NATURE_STATUS[nature.toLowerCase()];
    if (!status) {
      skip(`RetractionNature \`${nature}\` is not one of Retraction, Expression of concern, Correction, Reinstatement`);
      continue;
    }
    const noticeDate = rwDate(col(f, 'RetractionDate'));
    const id = stableId(title, `doi:${doi}`, 'paper');
    const previous = dates.get(id);
    if (previous !== undefined && noticeDate !== undefined && noticeDate < previous) continue;
    if (noticeDate) dates.set(id, noticeDate);
    const noticeDoi = normalizeDoi(col(f, 'RetractionDOI'));
    const reasons = col(f, 'Reason').split(';').map((r) => r.trim().replace(/^\+/, '').trim()).filter(Boolean);
    const firstAuthor = col(f, 'Author').split(';').map((a) => a.trim()).find(Boolean);
    const journal = col(f, 'Journal');
    out.add(entry(id, 'article', {
      title: journal ? `${title} (${journal})` : title,
      speaker: firstAuthor ? out.speaker(firstAuthor, 'person') : undefined,
      date: rwDate(col(f, 'OriginalPaperDate')),
      url: `https://doi.org/${doi}`,
      status,
      statusDate: noticeDate,
      statusNote: `${nature}${noticeDoi ? ` (notice: https://doi.org/${noticeDoi})` : ''}${reasons.length ? `. Reasons: ${reasons.join('; ')}` : ''}${recordId ? `. Retraction Watch record ${recordId}` : ''}`,
    }));
  }
  return out.result();
}

/** A Retraction Watch date (`M/D/YYYY` with an optional time, or ISO) as YYYY-MM-DD. */
function rwDate(value: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(value);
  return m ? datePartsText(Number(m[3]), Number(m[1]), Number(m[2])) : isoDate(value);
}
