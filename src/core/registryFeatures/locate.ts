/**
 * What is under a position in a registry file (YAML or JSON): which entry,
 * and whether the position is on a field's name or on a value — an entry's
 * own `id`, or an id another entry refers to (speaker, statusBy, seenBy,
 * statusSource, supersededBy).
 */
import { parseRegistryFile, type RawEntry } from '../registry/parse.ts';
import type { Span } from '../types.ts';
import { workCounts } from '../workCounts.ts';

/** Fields whose value names a speaker entry (by id, or by a plain name). */
export const SPEAKER_REF_FIELDS = ['speaker', 'statusBy', 'seenBy'] as const;
/** Fields whose value is the id of a source entry. */
export const SOURCE_REF_FIELDS = ['statusSource', 'supersededBy'] as const;

/** What a position in a registry file is on. */
export type RegistryPlace =
  | { kind: 'key'; entry: RawEntry; field: string; span: Span }
  | {
      kind: 'value';
      entry: RawEntry;
      field: string;
      /** The value as read (a list field: the item's). */
      value: string;
      /** The value as written, without quotes. */
      span: Span;
      /** What the value names: the entry itself (`id`), a speaker, a source, or nothing (other fields). */
      refers: 'self' | 'speaker' | 'source' | 'none';
    };

/** The last parses, by path: hovers and completions ask again and again about the same text. */
const parsed = new Map<string, { text: string; entries: RawEntry[] }>();

/** The entries of a registry file as written, in file order (whatever parses of a broken file). */
export function rawEntries(path: string, text: string): RawEntry[] {
  const kept = parsed.get(path);
  if (kept && kept.text === text) return kept.entries;
  let entries: RawEntry[];
  workCounts.registryFeatureChars += text.length;
  try {
    entries = parseRegistryFile({ path, text }).entries;
  } catch {
    entries = []; // a parser failure is never the caller's problem: nothing is under any position
  }
  parsed.delete(path);
  if (parsed.size >= 8) parsed.delete(parsed.keys().next().value!);
  parsed.set(path, { text, entries });
  return entries;
}

/** What a field's value names. */
export function refersOf(field: string): 'self' | 'speaker' | 'source' | 'none' {
  if (field === 'id') return 'self';
  if ((SPEAKER_REF_FIELDS as readonly string[]).includes(field)) return 'speaker';
  if ((SOURCE_REF_FIELDS as readonly string[]).includes(field)) return 'source';
  return 'none';
}

/** The span of a scalar's text without its quotes. */
export function unquoted(text: string, span: Span): Span {
  const first = text[span.start];
  if ((first === '"' || first === "'") && span.end - span.start >= 2 && text[span.end - 1] === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

/** Files at least this long are read around the position only, when their layout allows (a top-level list or documents). */
const WINDOWED = 256 * 1024;

/**
 * The entries of a registry file that may hold `offset`: all of them for a
 * file of ordinary size; in a large YAML file written as a top-level list (or
 * as documents), the one item around the offset, so that typing in a large
 * file does not parse all of it at every keystroke.
 */
export function entriesNear(path: string, text: string, offset: number): RawEntry[] {
  if (text.length < WINDOWED || /\.json$/i.test(path)) return rawEntries(path, text);
  const itemStart = /^(?:- |-$|---)/m;
  let start = offset;
  for (;;) {
    start = text.lastIndexOf('\n', start - 1) + 1;
    if (start === 0 || itemStart.test(text.slice(start, start + 4))) break;
    start--;
  }
  const next = /\n(?=- |-\r?\n|---)/g;
  next.lastIndex = offset;
  const end = next.exec(text)?.index ?? text.length;
  if (start === 0 && end === text.length) return rawEntries(path, text);
  const window = text.slice(start, end);
  const shift = (sp: Span): Span => ({ start: sp.start + start, end: sp.end + start });
  return rawEntries(`${path}\u0000window`, window).map((e) => ({
    ...e,
    ...shift(e),
    fields: new Map([...e.fields].map(([k, f]) => [k, { ...f, key: shift(f.key), value: shift(f.value), items: f.items.map(shift) }])),
  }));
}

/** What is at `offset` in a registry file, or undefined when it is on no field (between entries, a comment, a broken spot). */
export function placeAt(path: string, text: string, offset: number, entries = entriesNear(path, text, offset)): RegistryPlace | undefined {
  for (const entry of entries) {
    if (!within(entry, offset)) continue;
    for (const [field, raw] of entry.fields) {
      if (within(raw.key, offset)) return { kind: 'key', entry, field, span: raw.key };
      if (!within(raw.value, offset)) continue;
      const refers = refersOf(field);
      if (raw.isList) {
        const index = raw.items.findIndex((item) => within(item, offset));
        const data = (raw.data as unknown[])[index];
        if (index < 0 || typeof data !== 'string') return undefined;
        return { kind: 'value', entry, field, value: data, span: unquoted(text, raw.items[index]), refers };
      }
      const value = typeof raw.data === 'string' ? raw.data : raw.data === null || raw.data === undefined ? undefined : String(raw.data);
      if (value === undefined) return undefined;
      return { kind: 'value', entry, field, value, span: unquoted(text, raw.value), refers };
    }
  }
  return undefined;
}

/** The value of an entry's field as a string, or undefined. */
export function fieldText(entry: RawEntry, field: string): string | undefined {
  const data = entry.fields.get(field)?.data;
  return typeof data === 'string' ? data : undefined;
}
