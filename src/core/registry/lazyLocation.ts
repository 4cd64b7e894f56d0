/**
 * Positions of entries read the fast way, found only when first asked for:
 * by a quick scan of the file, else by a full position-keeping parse.
 */
import type { Span } from '../types.ts';
import type { EntryLocation } from './model.ts';
import { parseRegistryFile } from './parse.ts';
import { quickLocate } from './quickLocate.ts';
import { locate } from './validate.ts';

/** One registry file whose entries' positions are worked out on demand. */
export class LazyFile {
  private readonly layout: { starts?: number[] } = {};
  private parsed: EntryLocation[] | undefined;
  private kept: string | undefined;

  /** Remembers how to get the file's text. */
  constructor(private readonly path: string, private readonly text: () => string) {}

  /** The location of the `index`-th entry, whose id is `id`. */
  locate(id: string, index: number): EntryLocation {
    const text = (this.kept ??= this.text()); // files asked about are few: keep their text once read
    const quick = quickLocate(this.path, text, id, this.layout);
    if (quick) return quick;
    this.parsed ??= parseRegistryFile({ path: this.path, text }).entries.map((raw) => locate(raw));
    return this.parsed[index];
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
