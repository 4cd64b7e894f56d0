/**
 * Registry files as the workspace features see them: which registry a file
 * belongs to, the entry at an offset, every registry field that refers to an
 * id, and open registry buffers made current in the store.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RegistryEntry, SourceEntry, SpeakerRef } from '../core/registry/model.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { FileSpan } from '../core/types.ts';
import type { Session } from './session.ts';

/** The fields of a source entry that name another entry by id. */
export const REFERENCE_FIELDS = ['speaker', 'statusBy', 'statusSource', 'supersededBy', 'seenBy'] as const;

const byFile = new WeakMap<Registry, Map<string, RegistryEntry[]>>();

/** The entries of a registry, by the file they are in. */
export function entriesByFile(registry: Registry): Map<string, RegistryEntry[]> {
  let map = byFile.get(registry);
  if (!map) {
    map = new Map();
    for (const e of [...registry.speakers.values(), ...registry.sources.values()]) {
      const list = map.get(e.location.path) ?? [];
      list.push(e);
      map.set(e.location.path, list);
    }
    for (const list of map.values()) list.sort((a, b) => a.location.start - b.location.start);
    byFile.set(registry, map);
  }
  return map;
}

/** The registry a registry file belongs to, or undefined when none in use holds it. */
export async function registryOfFile(session: Session, file: string): Promise<Registry | undefined> {
  const candidates = [await session.registryFor(file), ...session.store.loaded()];
  return candidates.find((r) => holds(r, file));
}

/** The loaded registry a registry file belongs to (none is read for it), or undefined. */
export function loadedRegistryOfFile(session: Session, file: string): Registry | undefined {
  return session.store.loaded().find((r) => holds(r, file));
}

const holds = (registry: Registry, file: string) => entriesByFile(registry).has(file) || registry.problems.some((p) => p.path === file);

/** The registries in use: those of the indexed drafts and any other loaded, each once. */
export function registriesInUse(session: Session): Registry[] {
  return [...new Set(session.store.loaded())];
}

/** The entry of a registry file whose span holds `offset` (the innermost, the last on a tie). */
export function entryAt(registry: Registry, file: string, offset: number): RegistryEntry | undefined {
  const list = entriesByFile(registry).get(file) ?? [];
  return list.filter((e) => e.location.start <= offset && offset <= e.location.end).pop();
}

/** The id a reference field of `entry` names at `offset`, when the offset is on one. */
export function referencedIdAt(registry: Registry, entry: RegistryEntry, offset: number): string | undefined {
  if (entry.kind !== 'source') return undefined;
  const text = registry.textOf(entry.location.path) ?? '';
  for (const field of REFERENCE_FIELDS) {
    const span = entry.location.fields[field];
    if (!span || offset < span.start || offset > span.end) continue;
    for (const id of idsOf(entry, field)) {
      const at = idSpanIn(text, span, id);
      if (at && at.start <= offset && offset <= at.end) return id;
    }
  }
  return undefined;
}

/** The ids a field of a source names. */
function idsOf(source: SourceEntry, field: (typeof REFERENCE_FIELDS)[number]): string[] {
  const ref = (r: SpeakerRef | undefined) => (r?.id ? [r.id] : []);
  switch (field) {
    case 'speaker':
      return ref(source.speaker);
    case 'statusBy':
      return ref(source.statusBy);
    case 'seenBy':
      return source.seenBy.flatMap(ref);
    case 'statusSource':
      return source.statusSource ? [source.statusSource] : [];
    case 'supersededBy':
      return source.supersededBy ? [source.supersededBy] : [];
  }
}

/** Where `id` is written inside a field's span (the whole span when it is not found as a word). */
function idSpanIn(text: string, span: { start: number; end: number }, id: string): { start: number; end: number } | undefined {
  const slice = text.slice(span.start, span.end);
  let at = slice.indexOf(id);
  while (at >= 0) {
    const before = slice[at - 1];
    const after = slice[at + id.length];
    const word = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);
    if (!word(before) && !word(after)) return { start: span.start + at, end: span.start + at + id.length };
    at = slice.indexOf(id, at + 1);
  }
  return slice.trim() === id ? span : undefined;
}

/** Every place in the registry's files that names `id` in a reference field. */
export function registryReferences(registry: Registry, id: string): FileSpan[] {
  const out: FileSpan[] = [];
  for (const source of registry.sources.values()) {
    for (const field of REFERENCE_FIELDS) {
      if (!idsOf(source, field).includes(id)) continue;
      const span = source.location.fields[field];
      if (!span) continue;
      const at = idSpanIn(registry.textOf(source.location.path) ?? '', span, id) ?? span;
      out.push({ path: source.location.path, ...at });
    }
  }
  return out;
}

/** The buffer text last given to the store per registry file (for files no registry holds yet). */
const synced = new Map<string, string>();

/**
 * Makes the store read open registry buffers as they are now (an edit still
 * inside the server's debounce is not lost); true when any was new.
 */
export function syncRegistryBuffers(session: Session, documents: TextDocuments<TextDocument>): boolean {
  let changed = false;
  for (const doc of documents.all()) {
    if (!session.isRegistryUri(doc.uri)) continue;
    const file = session.locationOf(doc.uri);
    const text = doc.getText();
    if ((loadedRegistryOfFile(session, file)?.textOf(file) ?? synced.get(file)) === text) continue;
    session.store.setOverride(file, text);
    synced.set(file, text);
    changed = true;
  }
  return changed;
}
