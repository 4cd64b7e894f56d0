/**
 * Registry entries and the quote index as columns, for the on-disk index
 * cache (src/host/indexCache.ts): every number in one Int32Array and every
 * string in one of two string tables (their lengths among the numbers), so
 * loading them is a walk over the arrays, not a parse. Strings of Latin-1
 * characters only go to the narrow table, stored one byte a character; the
 * others to the wide one, two bytes a character (UTF-16): both decode about
 * six times as fast as UTF-8. Values that many entries repeat (speaker
 * references, dates) are stored once a file and read as one string. Pure: the host frames the columns into bytes
 * and checks their length, checksum and tool version.
 */
import { SOURCE_STATUSES, SOURCE_TYPES, SPEAKER_TYPES, type SourceStatus, type SourceType, type SpeakerType } from '../types.ts';
import { QuoteIndex, type IndexedText } from '../match/quoteIndex.ts';
import type { EntryLocation, RegistryEntry, SourceEntry, SpeakerEntry, SpeakerRef } from './model.ts';

/** Bumped whenever the layout below or the meaning of an entry changes: columns of another format are not read. */
export const COLUMNS_FORMAT = 3;

/** Numbers and strings, as stored: `narrow` holds characters up to U+00FF only. */
export interface Columns {
  ints: Int32Array;
  narrow: string;
  wide: string;
}

/** Any character past Latin-1 (such a string goes to the wide table). */
const WIDE = /[^\u0000-\u00ff]/;

/** Columns holding one string and no numbers (the result cache's). */
export function stringColumns(s: string): Columns {
  return WIDE.test(s) ? { ints: new Int32Array(0), narrow: '', wide: s } : { ints: new Int32Array(0), narrow: s, wide: '' };
}

/** The string of `stringColumns`, or undefined for columns that are not one string. */
export function columnsString(columns: Columns): string | undefined {
  if (columns.ints.length) return undefined;
  if (!columns.wide) return columns.narrow;
  return columns.narrow ? undefined : columns.wide;
}

/** Entry types by code: speakers' then sources'. */
const TYPES: readonly string[] = [...SPEAKER_TYPES, ...SOURCE_TYPES];
/** Each type's code. */
const TYPE_CODES = new Map(TYPES.map((t, i) => [t, i]));
/** Whether each type code is a speaker's. */
const speakerType: readonly boolean[] = TYPES.map((t) => (SPEAKER_TYPES as readonly string[]).includes(t));

/*
 * A source's optional fields, one bit each in its mask, written in this order
 * (SOURCE_OPTIONAL): title 1, speaker 2, date 4, url 8, text 16, statusNote 32,
 * statusBy 64, statusDate 128, statusSource 256, supersededBy 512.
 */

/** Collects numbers and strings. */
class ColumnWriter {
  private ints = new Int32Array(1024);
  private count = 0;
  private readonly narrow: string[] = [];
  private readonly wide: string[] = [];
  /** Each shared string written so far, by its number. */
  private readonly sharedNumbers = new Map<string, number>();

  int(n: number): void {
    if (this.count === this.ints.length) {
      const next = new Int32Array(this.ints.length * 2);
      next.set(this.ints);
      this.ints = next;
    }
    this.ints[this.count++] = n;
  }

  /** A string: its length (narrow), or -1 minus its length (wide), then its characters in that table. */
  string(s: string): void {
    if (WIDE.test(s)) {
      this.int(-1 - s.length);
      this.wide.push(s);
    } else {
      this.int(s.length);
      this.narrow.push(s);
    }
  }

  /**
   * A string that many entries repeat (a speaker reference, a date): its number
   * when written before, else -1 and the string (which gets the next number), so
   * that the reader makes one string of it, not one per entry.
   */
  shared(s: string): void {
    const known = this.sharedNumbers.get(s);
    if (known !== undefined) return this.int(known);
    this.sharedNumbers.set(s, this.sharedNumbers.size);
    this.int(-1);
    this.string(s);
  }

  list(items: readonly string[]): void {
    this.int(items.length);
    for (const s of items) this.string(s);
  }

  done(): Columns {
    return { ints: this.ints.slice(0, this.count), narrow: this.narrow.join(''), wide: this.wide.join('') };
  }
}

/**
 * The one empty list every entry read from columns without aliases shares (most
 * have none: 100k arrays fewer to allocate and for the GC to copy). Nothing
 * writes to an entry's lists once validated.
 */
const NO_STRINGS: string[] = [];
/** The one empty `seenBy` likewise. */
const NO_REFS: SpeakerRef[] = [];

/** Thrown by the reader on columns that do not hold what they should (a corrupt or foreign cache file). */
class BadColumns extends Error {}

/** Reads numbers and strings back in the order they were written; any read past the end is BadColumns. */
class ColumnReader {
  private at = 0;
  private narrowAt = 0;
  private wideAt = 0;
  /** The shared strings read so far, by number. */
  private readonly sharedStrings: string[] = [];

  constructor(private readonly columns: Columns) {}

  int(): number {
    if (this.at >= this.columns.ints.length) throw new BadColumns('numbers end early');
    return this.columns.ints[this.at++];
  }

  string(): string {
    const n = this.int();
    if (n >= 0) {
      const end = this.narrowAt + n;
      if (end > this.columns.narrow.length) throw new BadColumns('narrow strings end early');
      const s = this.columns.narrow.slice(this.narrowAt, end);
      this.narrowAt = end;
      return s;
    }
    const end = this.wideAt - 1 - n;
    if (end > this.columns.wide.length) throw new BadColumns('wide strings end early');
    const s = this.columns.wide.slice(this.wideAt, end);
    this.wideAt = end;
    return s;
  }

  /** A string of `ColumnWriter.shared`: the one read before under its number, or the next one. */
  shared(): string {
    const known = this.int();
    if (known >= 0) {
      if (known >= this.sharedStrings.length) throw new BadColumns('unknown shared string');
      return this.sharedStrings[known];
    }
    if (known !== -1) throw new BadColumns('bad shared string number');
    const s = this.string();
    this.sharedStrings.push(s);
    return s;
  }

  list(): string[] {
    const n = this.int();
    if (n < 0 || n > this.columns.ints.length) throw new BadColumns('bad list length');
    if (n === 0) return NO_STRINGS;
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.string();
    return out;
  }

  /** True when every number and every character was read. */
  finished(): boolean {
    return this.at === this.columns.ints.length && this.narrowAt === this.columns.narrow.length && this.wideAt === this.columns.wide.length;
  }
}

/** One file's validated entries as columns (their locations are not kept: they are found again on demand). */
export function entriesToColumns(entries: readonly RegistryEntry[]): Columns {
  const w = new ColumnWriter();
  w.int(COLUMNS_FORMAT);
  w.int(entries.length);
  for (const e of entries) {
    w.int(TYPE_CODES.get(e.type) ?? -1);
    w.string(e.id);
    w.list(e.aliases);
    if (e.kind === 'speaker') {
      w.string(e.name);
      w.int((e.title !== undefined ? 1 : 0) | (e.url !== undefined ? 2 : 0));
      if (e.title !== undefined) w.string(e.title);
      if (e.url !== undefined) w.string(e.url);
      continue;
    }
    w.int(SOURCE_STATUSES.indexOf(e.status));
    // (SOURCE_OPTIONAL's order and bits, field by field: no closures or arrays per entry)
    const { title, speaker, date, url, text, statusNote, statusBy, statusDate, statusSource, supersededBy } = e;
    w.int((title !== undefined ? 1 : 0) | (speaker !== undefined ? 2 : 0) | (date !== undefined ? 4 : 0) | (url !== undefined ? 8 : 0) | (text !== undefined ? 16 : 0)
      | (statusNote !== undefined ? 32 : 0) | (statusBy !== undefined ? 64 : 0) | (statusDate !== undefined ? 128 : 0) | (statusSource !== undefined ? 256 : 0) | (supersededBy !== undefined ? 512 : 0));
    if (title !== undefined) w.string(title);
    if (speaker !== undefined) w.shared(speaker.written);
    if (date !== undefined) w.shared(date);
    if (url !== undefined) w.string(url);
    if (text !== undefined) w.string(text);
    if (statusNote !== undefined) w.string(statusNote);
    if (statusBy !== undefined) w.shared(statusBy.written);
    if (statusDate !== undefined) w.shared(statusDate);
    if (statusSource !== undefined) w.string(statusSource);
    if (supersededBy !== undefined) w.string(supersededBy);
    w.int(e.seenBy.length);
    for (const ref of e.seenBy) w.shared(ref.written);
  }
  return w.done();
}

/** A speaker reference as validation makes it: unresolved, named as written. */
const plainRef = (written: string): SpeakerRef => ({ written, name: written });

/** The entries of `entriesToColumns`, shaped as validation shapes them (locations to be set by the caller); undefined when the columns are not such entries. */
export function entriesFromColumns(columns: Columns): RegistryEntry[] | undefined {
  const r = new ColumnReader(columns);
  const noLocation = undefined as unknown as EntryLocation;
  try {
    if (r.int() !== COLUMNS_FORMAT) return undefined;
    const n = r.int();
    if (n < 0 || n > columns.ints.length) return undefined;
    const entries = new Array<RegistryEntry>(n);
    for (let i = 0; i < n; i++) {
      const code = r.int();
      const type = TYPES[code];
      if (type === undefined) return undefined;
      const id = r.string();
      const aliases = r.list();
      if (speakerType[code]) {
        const name = r.string();
        const mask = r.int();
        const title = mask & 1 ? r.string() : undefined;
        const url = mask & 2 ? r.string() : undefined;
        const speaker: SpeakerEntry = { kind: 'speaker', id, type: type as SpeakerType, name, aliases, title, url, location: noLocation };
        entries[i] = speaker;
        continue;
      }
      const status = SOURCE_STATUSES[r.int()] as SourceStatus | undefined;
      if (status === undefined) return undefined;
      const mask = r.int();
      // (read in SOURCE_OPTIONAL's order, one by one: no arrays or closures per entry)
      const title = mask & 1 ? r.string() : undefined;
      const speaker = mask & 2 ? plainRef(r.shared()) : undefined;
      const date = mask & 4 ? r.shared() : undefined;
      const url = mask & 8 ? r.string() : undefined;
      const text = mask & 16 ? r.string() : undefined;
      const statusNote = mask & 32 ? r.string() : undefined;
      const statusBy = mask & 64 ? plainRef(r.shared()) : undefined;
      const statusDate = mask & 128 ? r.shared() : undefined;
      const statusSource = mask & 256 ? r.string() : undefined;
      const supersededBy = mask & 512 ? r.string() : undefined;
      const seen = r.int();
      if (seen < 0 || seen > columns.ints.length) return undefined;
      const seenBy = seen === 0 ? NO_REFS : new Array<SpeakerRef>(seen);
      for (let k = 0; k < seen; k++) seenBy[k] = plainRef(r.shared());
      // (the fields in validation's order, so that cached and parsed entries share one shape)
      const source: SourceEntry = {
        kind: 'source', id, type: type as SourceType,
        title, speaker, date, url, text, aliases, status,
        statusNote, statusBy, statusDate, statusSource, supersededBy,
        seenBy, location: noLocation,
      };
      entries[i] = source;
    }
    return r.finished() ? entries : undefined;
  } catch (e) {
    if (e instanceof BadColumns) return undefined;
    throw e;
  }
}

/** The quote index's word-pair rows as columns (the texts themselves come from the entries). */
export function quoteIndexToColumns(index: QuoteIndex): Columns {
  const { keys, starts, docs } = index.pairRows();
  const ints = new Int32Array(4 + keys.length + starts.length + docs.length);
  ints.set([COLUMNS_FORMAT, index.size, keys.length, docs.length]);
  ints.set(keys, 4);
  ints.set(starts, 4 + keys.length);
  ints.set(docs, 4 + keys.length + starts.length);
  return { ints, narrow: '', wide: '' };
}

/** The quote index of `texts` from `quoteIndexToColumns` of the same texts; undefined when the columns are not rows of so many texts. */
export function quoteIndexFromColumns(columns: Columns, texts: readonly IndexedText[]): QuoteIndex | undefined {
  const { ints } = columns;
  if (ints.length < 4 || ints[0] !== COLUMNS_FORMAT || ints[1] !== texts.length || columns.narrow !== '' || columns.wide !== '') return undefined;
  const keyCount = ints[2];
  const docCount = ints[3];
  if (keyCount < 0 || docCount < 0 || ints.length !== 4 + keyCount + (keyCount + 1) + docCount) return undefined;
  const keys = ints.subarray(4, 4 + keyCount);
  const starts = ints.subarray(4 + keyCount, 4 + 2 * keyCount + 1);
  const docs = ints.subarray(4 + 2 * keyCount + 1);
  return QuoteIndex.fromPairRows(texts, { keys, starts, docs });
}
