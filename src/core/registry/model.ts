/**
 * Registry entries as the checker sees them: validated, typed, with the
 * positions of the entry and of each field in its registry file.
 */
import type { FileSpan, SourceStatus, SourceType, Span, SpeakerType } from '../types.ts';

/** Where an entry and its fields sit in their registry file. */
export interface EntryLocation extends FileSpan {
  /** The value of `id`, or the whole entry when it has none. */
  id: Span;
  /** Each field's value, by field name. */
  fields: Record<string, Span>;
}

/** A person or organization that can be quoted. */
export interface SpeakerEntry {
  kind: 'speaker';
  id: string;
  type: SpeakerType;
  name: string;
  aliases: string[];
  title?: string;
  url?: string;
  location: EntryLocation;
}

/** A reference from a source to a speaker: a registry id, or a plain name. */
export interface SpeakerRef {
  /** As written in the registry. */
  written: string;
  /** The speaker entry it resolves to, when it does. */
  id?: string;
  /** The display name: the entry's name, or the plain name written. */
  name: string;
}

/** A letter, statement, interview … whose words drafts quote. */
export interface SourceEntry {
  kind: 'source';
  id: string;
  type: SourceType;
  title?: string;
  speaker?: SpeakerRef;
  date?: string;
  url?: string;
  text?: string;
  aliases: string[];
  status: SourceStatus;
  statusNote?: string;
  statusBy?: SpeakerRef;
  statusDate?: string;
  statusSource?: string;
  supersededBy?: string;
  seenBy: SpeakerRef[];
  location: EntryLocation;
}

/** Either kind of registry entry. */
export type RegistryEntry = SpeakerEntry | SourceEntry;
