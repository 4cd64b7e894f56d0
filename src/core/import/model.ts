/**
 * What an importer produces: registry entries as plain field maps (in the
 * order they are written), warnings at a line and column of the input, and
 * the one error that stops an import (input that does not parse).
 */
import { count, maxCharsOf } from '../registry/limits.ts';

/** A field value of an imported entry. */
export type ImportedValue = string | string[];

/** One registry entry to write: `id` and `type` first, then its other fields. */
export type ImportedEntry = { id: string; type: string } & Record<string, ImportedValue>;

/** A warning about the input at a 1-based line and column (an entry skipped, a value left out). */
export interface ImportWarning {
  line: number;
  column: number;
  message: string;
}

/** What converting one input file gave. */
export interface ImportResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
}

/** Input that cannot be read at all (bad JSON, bad CSV), at a 1-based line and column. */
export class ImportSyntaxError extends Error {
  /** `message` says what was found and what was expected. */
  constructor(readonly line: number, readonly column: number, message: string) {
    super(message);
  }
}

/** Entries collected by id: adding an id again merges its fields (the later value wins). */
export class EntryCollector {
  private readonly byId = new Map<string, ImportedEntry>();
  /** Warnings so far. */
  readonly warnings: ImportWarning[] = [];

  /** Where the input item being converted starts (1-based), for the warnings `add` gives. */
  private place = { line: 1, column: 1 };

  /** Sets where the item being converted starts. */
  at(line: number, column: number): void {
    this.place = { line, column };
  }

  /** Adds an entry, or merges its fields into the entry of the same id; a value over its registry limit is shortened or left out, with a warning. */
  add(entry: ImportedEntry): string {
    for (const [field, value] of Object.entries(entry)) {
      if (typeof value !== 'string' || value.length <= maxCharsOf(field) || field === 'id') continue;
      const max = maxCharsOf(field);
      const cut = field === 'text' || field === 'url' ? undefined : `${value.slice(0, max - 1)}…`;
      if (cut === undefined) delete entry[field];
      else entry[field] = cut;
      this.warn(this.place.line, this.place.column, `\`${field}\` of \`${entry.id}\` is ${count(value.length)} characters long; expected at most ${count(max)} (${cut === undefined ? 'left out' : 'shortened'})`);
    }
    const seen = this.byId.get(entry.id);
    if (seen) Object.assign(seen, entry);
    else this.byId.set(entry.id, { ...entry });
    return entry.id;
  }

  /** The id of the speaker entry named `name`, created when new. */
  speaker(name: string, type: 'person' | 'organization', url?: string): string {
    const id = speakerId(name);
    const seen = this.byId.get(id);
    if (!seen) this.add({ id, type, name: name.trim(), ...(url ? { url } : {}) });
    else if (url && !seen.url) seen.url = url;
    return id;
  }

  /** Records a warning. */
  warn(line: number, column: number, message: string): void {
    this.warnings.push({ line, column, message });
  }

  /** The result: entries in the order first added. */
  result(): ImportResult {
    return { entries: [...this.byId.values()], warnings: this.warnings };
  }
}

/** A speaker's id from their name (`Jane Q. Doe` → `jane-q-doe`; a name without Latin letters, `speaker-` and a hash of it); one name, one id. */
export function speakerId(name: string): string {
  return slug(name, 12) || `speaker-${shortHash(name.trim())}`;
}

/** Lowercase ASCII words of `text` joined by hyphens, at most `maxWords` of them and 60 characters. */
export function slug(text: string, maxWords: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > 60) {
      if (!out) out = w.slice(0, 60); // one very long word: its start
      break;
    }
    out = next;
  }
  return /[a-z]/.test(out) ? out : '';
}

/** Six base-36 characters of a 32-bit FNV-1a hash of `key`: the same key, the same id, in any run. */
export function shortHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-6);
}

/** A stable id: a slug of `label` (or `fallback`) and a short hash of `key` (a DOI, a URL, a claim). */
export function stableId(label: string, key: string, fallback: string): string {
  return `${slug(label, 6) || fallback}-${shortHash(key)}`;
}

/** A DOI as a key: lowercase, without `https://doi.org/` or `doi:` (undefined when blank or "unavailable"). */
export function normalizeDoi(doi: string | undefined): string | undefined {
  if (!doi) return undefined;
  const d = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
  return /^10\.\S+\/\S+$/.test(d) ? d : undefined;
}

/** A date as the registry writes it (YYYY, YYYY-MM or YYYY-MM-DD), from ISO text with or without a time; undefined otherwise. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return datePartsText(Number(y), mo === undefined ? undefined : Number(mo), d === undefined ? undefined : Number(d));
}

/** YYYY[-MM[-DD]] from numbers, or undefined when the date does not exist. */
export function datePartsText(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const m = String(month).padStart(2, '0');
  if (day === undefined) return `${y}-${m}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return undefined;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** At most `max` characters of `text` on one line, for messages and titles. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** An entry with the fields that have a value, in the given order. */
export function entry(id: string, type: string, fields: Record<string, ImportedValue | undefined>): ImportedEntry {
  const out: ImportedEntry = { id, type };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
