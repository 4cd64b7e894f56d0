/**
 * Rename an id in registry files (F2): the entry's own `id` and every field
 * that refers to it by id, in every registry file. A new id that is not valid
 * or already taken is refused with a message saying why.
 */
import type { RegistryEntry } from '../registry/model.ts';
import type { Registry } from '../registry/registry.ts';
import { ID_PATTERN, isValidId } from '../registry/limits.ts';
import type { OffsetEdit } from '../registryEdits/textEdits.ts';
import { yamlScalar } from '../registryEdits/yamlScalar.ts';
import type { Span, TextFile } from '../types.ts';
import { entryNamed } from './hover.ts';
import { placeAt, rawEntries, refersOf, unquoted } from './locate.ts';
import { placeOf } from './card.ts';

/** What may be renamed at a position: the id written there (the span, without quotes) and its entry. */
export interface RenameTarget extends Span {
  id: string;
  entry: RegistryEntry;
}

/** The id at `offset` of a registry file that can be renamed, or undefined (not on an id, or on a name rather than an id). */
export function prepareRegistryRename(path: string, text: string, offset: number, registry: Registry): RenameTarget | undefined {
  const place = placeAt(path, text, offset);
  const entry = entryNamed(place, registry);
  if (!entry || !place || place.kind !== 'value' || place.value !== entry.id) return undefined;
  return { ...place.span, id: entry.id, entry };
}

/** Edits per registry file path, or why the rename is refused. */
export type RenameResult = { edits: Map<string, OffsetEdit[]> } | { problem: string };

/**
 * The edits that rename the entry `oldId` to `newId` in `files` (every
 * registry file, with the text the editor has): its `id` and each reference
 * of the right kind written as that id. A name written instead of the id
 * (`speaker: Mark Milley`) is left as it is.
 */
export function registryRename(files: Iterable<TextFile>, registry: Registry, oldId: string, newId: string): RenameResult {
  const entry = registry.speakers.get(oldId) ?? registry.sources.get(oldId);
  if (!entry) return { problem: `no entry has the id \`${oldId}\`; expected the id of a registry entry` };
  if (!isValidId(newId)) {
    return { problem: `\`${newId}\` is not a valid id; expected lowercase letters, digits, \`-\`, \`_\` and \`.\`, starting and ending with a letter or digit, with at least one letter (${ID_PATTERN})` };
  }
  const taken = newId === oldId ? undefined : registry.speakers.get(newId) ?? registry.sources.get(newId);
  if (taken) return { problem: `the id \`${newId}\` is already used by the ${taken.kind} entry at ${placeOf(taken, registry)}; expected an id not in use` };
  const wanted = entry.kind === 'speaker' ? 'speaker' : 'source';
  const edits = new Map<string, OffsetEdit[]>();
  if (newId === oldId) return { edits };
  const json = (path: string) => /\.json$/i.test(path);
  for (const file of files) {
    const out: OffsetEdit[] = [];
    for (const raw of rawEntries(file.path, file.text)) {
      for (const [field, value] of raw.fields) {
        const refers = refersOf(field);
        const self = refers === 'self' && entryKindOf(raw.fields.get('type')?.data) === entry.kind;
        if (!self && refers !== wanted) continue;
        const spans = value.isList ? value.items.filter((_, i) => (value.data as unknown[])[i] === oldId) : value.data === oldId ? [value.value] : [];
        for (const span of spans) {
          const inner = unquoted(file.text, span);
          const written = file.text.slice(inner.start, inner.end);
          if (written !== oldId) continue; // an alias (`*a`) or an escaped form: its anchor is renamed instead
          const quoted = inner.start !== span.start;
          out.push({ ...inner, newText: quoted || json(file.path) ? newId : yamlScalar(newId, value.isList) });
        }
      }
    }
    if (out.length) edits.set(file.path, out);
  }
  return { edits };
}

/** Whether a `type` value makes an entry a speaker or a source. */
function entryKindOf(type: unknown): 'speaker' | 'source' {
  return type === 'person' || type === 'organization' ? 'speaker' : 'source';
}
