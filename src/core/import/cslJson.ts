/**
 * CSL-JSON (what Zotero and Mendeley export: a list of items) as registry
 * entries: each item a source of the type nearest its CSL type, its authors
 * speakers (the first is the source's `speaker`), `issued` its date, its DOI
 * (as a doi.org link) or URL its `url`.
 */
import type { JsonInput } from './jsonInput.ts';
import { datePartsText, entry, EntryCollector, isoDate, normalizeDoi, stableId, type ImportResult } from './model.ts';

type Json = Record<string, unknown>;

/** CSL types and the registry source type each becomes (any other: `document`). */
const TYPES: Record<string, string> = {
  'article': 'article', 'article-journal': 'article', 'article-magazine': 'article', 'article-newspaper': 'article',
  'review': 'article', 'review-book': 'article', 'entry-encyclopedia': 'article', 'entry-dictionary': 'article',
  'report': 'report', 'speech': 'speech', 'interview': 'interview', 'post': 'post', 'post-weblog': 'post',
  'personal_communication': 'letter', 'broadcast': 'transcript', 'hearing': 'transcript',
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Converts CSL-JSON items into registry entries. */
export function convertCslJson(input: JsonInput): ImportResult {
  const out = new EntryCollector();
  if (!Array.isArray(input.root.value) && !isObject(input.root.value)) {
    out.warn(input.root.line, input.root.column, 'expected CSL-JSON: a list of items (objects with `title`, `author`, `issued` …)');
    return out.result();
  }
  input.items.forEach((at, index) => {
    const item = at.value;
    out.at(at.line, at.column);
    const name = `item ${index + 1}${isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? ` (id ${JSON.stringify(item.id)})` : ''}`;
    if (!isObject(item)) return out.warn(at.line, at.column, `skipped ${name}: expected an object`);
    if ('@type' in item || '@context' in item) return out.warn(at.line, at.column, `skipped ${name}: it is schema.org JSON-LD, not CSL-JSON; import ClaimReview with \`source-check import claimreview\``);
    const title = text(item.title);
    if (!title) return out.warn(at.line, at.column, `skipped ${name}: it has no \`title\`; expected the work's title`);
    const doi = normalizeDoi(text(item.DOI));
    const url = doi ? `https://doi.org/${doi}` : text(item.URL);
    const people: string[] = [];
    const speakers: string[] = [];
    for (const author of Array.isArray(item.author) ? item.author : []) {
      const who = personName(author);
      if (!who) continue;
      people.push(who);
      speakers.push(out.speaker(who, text((author as Json).literal) ? 'organization' : 'person')); // a literal name is an institution
    }
    const issued = dateOf(item.issued);
    if (item.issued !== undefined && !issued) out.warn(at.line, at.column, `${name}: \`issued\` is not a date (expected {"date-parts": [[YYYY, M, D]]}); left out`);
    const key = doi ? `doi:${doi}` : url ? `url:${url}` : `title:${title.toLowerCase()}|${people[0] ?? ''}|${issued ?? ''}`;
    out.add(entry(stableId(title, key, 'work'), TYPES[String(item.type)] ?? 'document', {
      title, speaker: speakers[0], date: issued, url,
    }));
  });
  return out.result();
}

/** "Given Family" of a CSL name, its `literal`, or undefined. */
function personName(v: unknown): string | undefined {
  if (!isObject(v)) return undefined;
  if (text(v.literal)) return text(v.literal);
  const parts = [v.given, v['non-dropping-particle'], v.family].map(text).filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** A CSL date (`date-parts`, `raw` or `literal`) as YYYY[-MM[-DD]]. */
function dateOf(v: unknown): string | undefined {
  if (!isObject(v)) return undefined;
  const parts = v['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0].length) {
    const [y, m, d] = (parts[0] as unknown[]).map((n) => Number(n));
    return datePartsText(y, m, d);
  }
  return isoDate(v.raw) ?? isoDate(v.literal);
}
