/**
 * Writes to registry files as edits the editor applies: set an entry's fields,
 * append entries. YAML through the `yaml` document API, JSON through
 * `jsonc-parser`; everything outside the changed values stays byte-identical.
 * Each result is at most one minimal edit, or a problem saying why not.
 */
import { appendJsonEntries, setJsonFields } from './jsonEdits.ts';
import type { FieldValue, RegistryEditResult, RegistryFormat } from './textEdits.ts';
import { appendYamlEntries, setYamlFields } from './yamlEdits.ts';

/** A registry entry to write: field names to strings or lists of strings, in the order they are written. */
export type NewEntry = Record<string, string | readonly string[]>;

/**
 * Sets fields of the entry `entryId` of a registry file (a value replaces the
 * field's, a missing field is added after the entry's last one, undefined
 * removes it), e.g. `setFields(text, 'yaml', 'seely-letter', { status: 'retracted', statusBy: 'mark-milley' })`.
 */
export function setFields(fileText: string, format: RegistryFormat, entryId: string, fields: Record<string, FieldValue>): RegistryEditResult {
  return format === 'json' ? setJsonFields(fileText, entryId, fields) : setYamlFields(fileText, entryId, fields);
}

/**
 * Appends one entry to a registry file (an empty text gives a new file's
 * content). Registry files have no list key: entries are the file's list, or
 * the file is one entry (YAML gets a new document, JSON becomes a list).
 */
export function appendEntry(fileText: string, format: RegistryFormat, entry: NewEntry): RegistryEditResult {
  return appendEntries(fileText, format, [entry]);
}

/** Appends several entries at once, in order (one edit). */
export function appendEntries(fileText: string, format: RegistryFormat, entries: readonly NewEntry[]): RegistryEditResult {
  return format === 'json' ? appendJsonEntries(fileText, entries) : appendYamlEntries(fileText, entries);
}
