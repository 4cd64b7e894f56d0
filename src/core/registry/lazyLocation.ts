/**
 * Positions of entries read the fast way, found only when first asked for:
 * by a quick scan of the file, else by a full position-keeping parse.
 */
import type { Span } from '../types.ts';
import type { EntryLocation } from './model.ts';
import { readableText } from './jsonComments.ts';
import { parseRegistryFile } from './parse.ts';
import { quickLocate, type LocateCache } from './quickLocate.ts';
import { locate } from './validate.ts';

/** Texts of the files of one registry located most recently: a few, since a large registry cannot keep every file's text. */
export class RecentTexts {
  private readonly texts = new Map<LazyFile, string>();

  /** Keeps at most `size` texts. */
  constructor(private readonly size = 8) {}

  /** The text of `file`, read with `read` unless kept. */
  get(file: LazyFile, read: () => string): string {
    let text = this.texts.get(file);
    if (text !== undefined) {
      this.texts.delete(file); // most recent last
    } else {
      text = read();
      if (this.texts.size >= this.size) this.texts.delete(this.texts.keys().next().value!);
    }
    this.texts.set(file, text);
    return text;
  }
}

/** One registry file whose entries' positions are worked out on demand. */
export class LazyFile {
  private readonly layout: LocateCache = {};
  private parsed: EntryLocation[] | undefined;

  /** Remembers how to get the file's text, and where its registry keeps recent texts. */
  constructor(private readonly path: string, private readonly text: () => string, private readonly recent: RecentTexts) {}

  /** The location of the `index`-th entry, whose id is `id`. */
  locate(id: string, index: number): EntryLocation {
    const text = this.recent.get(this, () => readableText({ path: this.path, text: this.text() })); // JSON comments blanked once
    const quick = quickLocate(this.path, text, id, this.layout);
    if (quick) return quick;
    this.parsed ??= parseRegistryFile({ path: this.path, text }).entries.map((raw) => locate(raw));
    // the two readers may still disagree on a strange file: then the entry is placed at the file's start, never missing
    return this.parsed[index] ?? { path: this.path, start: 0, end: 0, id: { start: 0, end: 0 }, fields: {} };
  }
}

/** An entry location that resolves itself on first use; the path is known at once. */
export class LazyLocation implements EntryLocation {
  private resolved: EntryLocation | undefined;

  /** The entry is the `index`-th of `file`, with id `entryId`. */
  constructor(readonly path: string, private readonly file: LazyFile, private readonly entryId: string, private readonly index: number) {}

  private get location(): EntryLocation {
    return (this.resolved ??= this.file.locate(this.entryId, this.index));
  }

  /** Start of the entry. */
  get start(): number {
    return this.location.start;
  }

  /** End of the entry. */
  get end(): number {
    return this.location.end;
  }

  /** The id's value. */
  get id(): Span {
    return this.location.id;
  }

  /** Each field's value. */
  get fields(): Record<string, Span> {
    return this.location.fields;
  }
}
