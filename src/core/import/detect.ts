/**
 * Recognizes files of the formats `source-check import` reads when they sit
 * in a registry folder as they are, so that the registry reports one clear
 * problem naming the format and the command instead of an error per field.
 */
import { isRetractionWatchHeader } from './retractionWatch.ts';

/** A raw registry entry's fields, as the registry parser gives them. */
type RawFields = ReadonlyMap<string, { data: unknown }>;

/** Fields only registry entries have: a file with any is not taken for CSL-JSON. */
const REGISTRY_ONLY = ['speaker', 'text', 'status', 'statusNote', 'statusBy', 'aliases', 'seenBy'];
/** Fields only CSL-JSON items have. */
const CSL_ONLY = ['issued', 'container-title', 'DOI', 'citation-key', 'accessed', 'ISSN', 'ISBN', 'page', 'volume'];

/** The import format a parsed registry file is in (`claimreview`, `csl-json`), or undefined for a registry file. */
export function importFormatOf(entries: readonly { fields: RawFields }[]): 'claimreview' | 'csl-json' | undefined {
  const isClaimReview = (e: { fields: RawFields }) => {
    const type = e.fields.get('@type')?.data;
    const graph = e.fields.get('@graph')?.data;
    return e.fields.has('claimReviewed') || type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'))
      || (Array.isArray(graph) && e.fields.has('@context')); // JSON-LD (its nodes are not read here): ClaimReview is the one the import takes
  };
  if (entries.some(isClaimReview) && !entries.some((e) => e.fields.has('id') && e.fields.has('type'))) return 'claimreview';
  if (entries.some((e) => REGISTRY_ONLY.some((f) => e.fields.has(f)))) return undefined;
  if (entries.some((e) => CSL_ONLY.some((f) => e.fields.has(f)))) return 'csl-json';
  return undefined;
}

/** The message for a file in an import format: what it is and the command that turns it into registry entries. */
export function importFormatMessage(format: 'claimreview' | 'csl-json' | 'retraction-watch', path: string): string {
  const name = { 'claimreview': 'ClaimReview (schema.org JSON-LD)', 'csl-json': 'CSL-JSON (a Zotero or Mendeley export)', 'retraction-watch': 'Retraction Watch CSV' }[format];
  const file = path.split(/[\\/]/).pop() ?? path;
  const out = file.replace(/\.[^.]+$/, '') + '.yaml';
  return `this file is ${name}, not registry entries; move it out of the registry folder and import it: \`source-check import ${format} ${file} --out ${out}\``;
}

/** True when a `.csv` file's first line is the Retraction Watch header. */
export function isRetractionWatchCsv(text: string): boolean {
  const nl = text.indexOf('\n');
  return isRetractionWatchHeader((nl < 0 ? text : text.slice(0, nl)).replace(/^\uFEFF/, '').replace(/\r$/, ''));
}
