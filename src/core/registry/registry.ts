/**
 * The source registry: every speaker and source from a set of registry files,
 * with references resolved, names and aliases indexed for lookup, source
 * texts indexed for quote matching, and every problem at its position.
 */
import type { KnownSource, KnownSpeaker, Lexicon } from '../extract/model.ts';
import { LineIndex } from '../lineIndex.ts';
import { QuoteIndex, type IndexedText } from '../match/quoteIndex.ts';
import { nameKey } from '../text/normalize.ts';
import type { TextFile } from '../types.ts';
import type { RegistryEntry, SourceEntry, SpeakerEntry, SpeakerRef } from './model.ts';
import { parseRegistryFile, type RegistryProblem } from './parse.ts';
import { fastParse } from './fastParse.ts';
import { importFormatMessage, importFormatOf, isRetractionWatchCsv } from '../import/detect.ts';
import { LazyFile, LazyLocation, RecentTexts } from './lazyLocation.ts';
import { count, MAX_FILE_CHARS } from './limits.ts';
import { breakReferenceCycles } from './referenceCycles.ts';
import { validateEntry } from './validate.ts';

/** The fields of a source that name another source. */
const SOURCE_REFERENCES = ['statusSource', 'supersededBy'] as const;

/** A registry id as written: lower-case words joined by hyphens, dots or underscores. */
const ID_LIKE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$|^[a-z0-9]+$/;

/**
 * A store of what reading registry files gives (src/host/indexCache.ts keeps it
 * on disk): it sees every file read, in order, so the quote index it keeps is
 * that of exactly these files' texts.
 */
export interface RegistryCache {
  /** The entries stored for exactly this file text (locations not set), or undefined; called for every file read, in order. */
  entriesOf(file: TextFile): RegistryEntry[] | undefined;
  /** Stores a healthy file's entries, as validated (before references are resolved). */
  storeEntries(file: TextFile, entries: readonly RegistryEntry[]): void;
  /** The quote index stored for the files seen, over these texts, or undefined. */
  quoteIndexOf(texts: readonly IndexedText[]): QuoteIndex | undefined;
  /** Stores the quote index built over the files seen. */
  storeQuoteIndex(index: QuoteIndex): void;
}

/** All speakers and sources of a workspace's registry, ready for checking. */
export class Registry implements Lexicon {
  /** Speakers by id. */
  readonly speakers = new Map<string, SpeakerEntry>();
  /** Sources by id. */
  readonly sources = new Map<string, SourceEntry>();
  /** Problems, in file order. */
  readonly problems: RegistryProblem[] = [];
  /** The text of each registry file kept in memory, by path (files with problems always). */
  readonly files = new Map<string, string>();
  /** Reads a healthy file again when its positions are needed, instead of keeping its text. */
  private readonly reread: ((path: string) => string | undefined) | undefined;
  /** Texts of the files whose entries were located last. */
  private readonly recentTexts = new RecentTexts();
  private readonly speakerKeys = new Map<string, SpeakerEntry>();
  private readonly sourceKeys = new Map<string, SourceEntry>();
  /** Sources whose id was already taken, by the key their text is indexed under: quotes are still checked against them. */
  private readonly shadowed = new Map<string, SourceEntry>();
  private quoteIndex: QuoteIndex | undefined;
  private textCounts: Map<string, number> | undefined;
  private readonly lineIndexes = new Map<string, LineIndex>();
  /** Where read files' entries and the quote index are stored and found again (none: always built). */
  private readonly cache: RegistryCache | undefined;

  /**
   * Builds a registry from registry files' texts; `problems` seeds problems the
   * host found (unreadable files). With `reread`, the texts of healthy files are
   * not kept: they are read again the few times a position is asked for. With
   * `cache`, a file read before is not parsed again, nor the quote index built.
   */
  constructor(files: Iterable<TextFile>, problems: readonly RegistryProblem[] = [], reread?: (path: string) => string | undefined, cache?: RegistryCache) {
    this.reread = reread;
    this.cache = cache;
    const entries: RegistryEntry[] = [];
    for (const file of files) {
      if (/\.csv$/i.test(file.path)) {
        this.readCsv(file);
        continue;
      }
      // (asked first: a file the cache knows need not have its text decoded, or even looked at; the
      // cache only knows files that passed the size check below, and the same content is the same size)
      const cached = cache?.entriesOf(file);
      if (!cached && file.text.length > MAX_FILE_CHARS) {
        this.report(file.path, { start: 0, end: 0 }, `registry file is ${count(file.text.length)} characters long; expected at most ${count(MAX_FILE_CHARS)} (it is not read)`);
        continue;
      }
      const fast = cached ? this.useCached(cached, file) : this.readFast(file);
      if (fast && !cached) cache?.storeEntries(file, fast);
      if (fast) {
        if (!reread) this.files.set(file.path, file.text);
        for (const entry of fast) entries.push(entry); // (a spread could overflow the stack for one huge file)
        continue;
      }
      this.files.set(file.path, file.text);
      const parsed = parseRegistryFile(file);
      this.problems.push(...parsed.problems);
      const format = importFormatOf(parsed.entries);
      if (format) {
        // one problem naming the format and the import command, not one per unknown field
        this.report(file.path, { start: parsed.entries[0].start, end: parsed.entries[0].start }, importFormatMessage(format, file.path));
        continue;
      }
      for (const raw of parsed.entries) {
        const entry = validateEntry(raw, this.problems);
        if (entry) entries.push(entry);
      }
    }
    this.problems.unshift(...problems); // the host's (unreadable files); `problems` may fill while `files` is read
    for (const entry of entries) {
      const seen = this.speakers.get(entry.id) ?? this.sources.get(entry.id);
      if (seen) {
        this.reportDuplicate(seen, entry);
        continue;
      }
      if (entry.kind === 'speaker') this.speakers.set(entry.id, entry);
      else this.sources.set(entry.id, entry);
    }
    for (const speaker of this.speakers.values()) {
      for (const name of [speaker.name, ...speaker.aliases]) this.indexName(this.speakerKeys, name, speaker);
      this.indexName(this.speakerKeys, speaker.id, speaker);
    }
    for (const source of this.sources.values()) {
      this.resolveReferences(source);
      for (const alias of source.aliases) this.indexName(this.sourceKeys, alias, source);
    }
    for (const source of this.shadowed.values()) this.resolveReferences(source); // its quotes are checked too
    breakReferenceCycles(this.sources, (path, span, message) => this.report(path, span, message));
  }

  /** The index of source texts for quote lookup, built on first use (a shadowed duplicate's text too). */
  get quotes(): QuoteIndex {
    if (!this.quoteIndex) {
      const texts: IndexedText[] = [];
      for (const from of [this.sources, this.shadowed]) {
        for (const [id, s] of from) if (s.text) texts.push({ id, text: s.text, speaker: s.speaker?.id });
      }
      const cached = this.cache?.quoteIndexOf(texts);
      this.quoteIndex = cached ?? new QuoteIndex(texts);
      if (!cached) this.cache?.storeQuoteIndex(this.quoteIndex);
    }
    return this.quoteIndex;
  }

  /** The source a quote match's id names: a source by id, or a duplicate whose text matched. */
  sourceOfMatch(id: string): SourceEntry | undefined {
    return this.sources.get(id) ?? this.shadowed.get(id);
  }

  /** The text of a registry file: kept, or read again. */
  textOf(path: string): string | undefined {
    return this.files.get(path) ?? this.reread?.(path);
  }

  /** The line index of a registry file (built once per file), or undefined for an unknown path. */
  linesOf(path: string): LineIndex | undefined {
    let lines = this.lineIndexes.get(path);
    if (!lines) {
      const text = this.textOf(path);
      if (text === undefined) return undefined;
      lines = new LineIndex(text);
      this.lineIndexes.set(path, lines);
    }
    return lines;
  }

  /** How many sources with text each speaker has, by speaker id (built on first use). */
  sourcesWithTextBy(speakerId: string): number {
    if (!this.textCounts) {
      this.textCounts = new Map();
      for (const s of this.sources.values()) {
        if (s.speaker?.id && s.text) this.textCounts.set(s.speaker.id, (this.textCounts.get(s.speaker.id) ?? 0) + 1);
      }
    }
    return this.textCounts.get(speakerId) ?? 0;
  }

  /** The speaker an id, name or alias belongs to. */
  speakerByName(name: string): SpeakerEntry | undefined {
    return this.speakers.get(name) ?? this.speakerKeys.get(nameKey(name));
  }

  /** Every name and alias of every speaker (Lexicon). */
  *speakerNames(): Iterable<string> {
    for (const s of this.speakers.values()) yield* [s.name, ...s.aliases];
  }

  /** The speaker a written name belongs to (Lexicon). */
  lookupSpeaker(name: string): KnownSpeaker | undefined {
    const s = this.speakerKeys.get(nameKey(name));
    return s ? { id: s.id, name: s.name } : undefined;
  }

  /** Every alias of every source (Lexicon). */
  *sourceAliases(): Iterable<string> {
    for (const s of this.sources.values()) yield* s.aliases;
  }

  /** The source an alias belongs to (Lexicon). */
  lookupSource(alias: string): KnownSource | undefined {
    const s = this.sourceKeys.get(nameKey(alias));
    return s && s.aliases.some((a) => nameKey(a) === nameKey(alias)) ? { id: s.id } : undefined;
  }

  /** True when a speaker reference (from a source) and a registry speaker id denote the same speaker. */
  isSameSpeaker(ref: SpeakerRef | undefined, id: string | null, name?: string): boolean {
    if (!ref) return false;
    if (ref.id && id) return ref.id === id;
    if (ref.id && name) return this.speakerByName(name)?.id === ref.id;
    return name !== undefined && nameKey(ref.name) === nameKey(name);
  }

  /**
   * Reads a healthy file the fast way; its entries get their positions only
   * when first asked for. Undefined when the file has any problem.
   */
  /** A CSV file in a registry folder is not read, but one in the Retraction Watch format is reported with the import command. */
  private readCsv(file: TextFile): void {
    if (!isRetractionWatchCsv(file.text)) return;
    const nl = file.text.indexOf('\n');
    this.files.set(file.path, nl < 0 ? file.text : file.text.slice(0, nl + 1)); // the header line holds the problem's place
    this.report(file.path, { start: 0, end: 0 }, importFormatMessage('retraction-watch', file.path));
  }

  /** Entries of a file read before (from the cache), given their lazy locations as the fast read gives them. */
  private useCached(entries: RegistryEntry[], file: TextFile): RegistryEntry[] {
    this.locateLazily(entries, file.path, this.reread ? undefined : file.text);
    return entries;
  }

  private readFast(file: TextFile): RegistryEntry[] | undefined {
    const raws = fastParse(file);
    if (!raws) return undefined;
    const problems: RegistryProblem[] = [];
    const entries = raws.map((raw) => validateEntry(raw, problems, false)); // (located lazily below)
    if (problems.length || entries.some((e) => !e)) return undefined;
    const typed = entries as RegistryEntry[];
    this.locateLazily(typed, file.path, this.reread ? undefined : file.text);
    return typed;
  }

  /**
   * Gives entries locations found on first use. A function of its own, so that
   * no closure here can hold the file object (with `reread`, its text is what
   * is being dropped).
   */
  private locateLazily(entries: RegistryEntry[], filePath: string, text: string | undefined): void {
    const lazy = new LazyFile(filePath, text === undefined ? () => this.textOf(filePath) ?? '' : () => text, this.recentTexts);
    entries.forEach((entry, index) => {
      entry.location = new LazyLocation(filePath, lazy, entry.id, index);
    });
  }

  private resolveReferences(source: SourceEntry): void {
    // (methods, not closures: this runs once for each of maybe a million sources)
    this.resolveSpeaker(source, source.speaker, 'speaker');
    this.resolveSpeaker(source, source.statusBy, 'statusBy');
    for (const ref of source.seenBy) this.resolveSpeaker(source, ref, 'seenBy');
    for (const name of SOURCE_REFERENCES) {
      const target = source[name];
      if (target !== undefined && !this.sources.has(target)) {
        this.report(source.location.path, this.fieldSpan(source, name), `unknown source id \`${target}\` in \`${name}\`; expected the id of a source entry`);
        source[name] = undefined;
      }
    }
  }

  /** Resolves a speaker reference of a source's field to the speaker entry it names; an unknown id is reported at the field. */
  private resolveSpeaker(source: SourceEntry, ref: SpeakerRef | undefined, fieldName: string): void {
    if (!ref) return;
    const entry = this.speakers.get(ref.written) ?? this.speakerKeys.get(nameKey(ref.written));
    if (entry) {
      ref.id = entry.id;
      ref.name = entry.name;
    } else if (ID_LIKE.test(ref.written) && ref.written.includes('-')) {
      this.report(source.location.path, this.fieldSpan(source, fieldName), `unknown speaker id \`${ref.written}\` in \`${fieldName}\`; expected the id of a speaker entry, or a plain name`);
    }
  }

  /** Where a source's field is written (its id's place when the field is not found). */
  private fieldSpan(source: SourceEntry, name: string): { start: number; end: number } {
    return source.location.fields[name] ?? source.location.id;
  }

  /** A duplicate id, reported at both places, each naming the other; a source's text stays checked. */
  private reportDuplicate(kept: RegistryEntry, again: RegistryEntry): void {
    const place = (e: RegistryEntry) => `${e.location.path}:${(this.linesOf(e.location.path)?.positionAt(e.location.id.start).line ?? 0) + 1}`;
    const checked = again.kind === 'source' && again.text ? '; quotes are still checked against both texts' : '';
    this.report(again.location.path, again.location.id, `duplicate id \`${again.id}\`; it is already used at ${place(kept)}; expected each id once${checked}`);
    this.report(kept.location.path, kept.location.id, `duplicate id \`${kept.id}\`; it is used again at ${place(again)}; expected each id once (this entry is the one used)`);
    if (again.kind === 'source') this.shadowed.set(`${again.id}\u0000${this.shadowed.size}`, again);
  }

  private indexName<T>(map: Map<string, T>, name: string, entry: T): void {
    const key = nameKey(name);
    if (key && !map.has(key)) map.set(key, entry);
  }

  private report(path: string, span: { start: number; end: number }, message: string): void {
    this.problems.push({ path, start: span.start, end: span.end, message });
  }
}
