/**
 * Writes imported entries into registry YAML. Into an existing file, through
 * the `yaml` library's document API: an entry of the same id (or a speaker of
 * the same name, a source of the same `url`) is updated field by field in
 * place, new entries are appended, and every other byte (comments, order,
 * other entries, the style of untouched values) stays as it was.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, stringify, type Node, type YAMLMap } from 'yaml';
import { LineIndex } from '../lineIndex.ts';
import { EntryCollector, ImportSyntaxError, shortHash, type ImportedEntry, type ImportedValue } from './model.ts';

/** What writing gave: the new text and how many entries were added, updated or already up to date. */
export interface MergeResult {
  text: string;
  added: number;
  updated: number;
  unchanged: number;
}

/** Fields that hold another entry's id, rewritten when an imported id is matched to an existing entry. */
const REFERENCE_FIELDS = ['speaker', 'statusBy', 'statusSource', 'supersededBy', 'seenBy'];
const SPEAKER_TYPES = new Set(['person', 'organization']);

interface ExistingEntry {
  map: YAMLMap;
  data: Record<string, unknown>;
}

/** Entries of the registry's other files: an imported speaker of the same name or id, or source of the same id or url, is theirs and not written again. */
export interface KnownEntries {
  speakers: readonly { id: string; names: readonly string[] }[];
  sources: readonly { id: string; url?: string }[];
}

const NONE: KnownEntries = { speakers: [], sources: [] };

/** Registry YAML holding `entries`: a new file (with `header` as its first comment) or `existing` updated; entries `known` elsewhere are referred to, not written. */
export function mergeEntries(existing: string | undefined, entries: readonly ImportedEntry[], header: string, known: KnownEntries = NONE): MergeResult {
  if (existing === undefined || existing.trim() === '') {
    const fresh = reconcile(entries, new Map(), known);
    const text = `${header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n${renderEntries(fresh)}`;
    return { text, added: fresh.length, updated: 0, unchanged: 0 };
  }
  const docs = parseAllDocuments(existing, { prettyErrors: false });
  const lines = new LineIndex(existing);
  const found = new Map<string, ExistingEntry>();
  for (const doc of Array.isArray(docs) ? docs : []) {
    const e = doc.errors[0];
    if (e) {
      const p = lines.positionAt(e.pos[0]);
      throw new ImportSyntaxError(p.line + 1, p.character + 1, `the file to update is not valid YAML (${e.message.split('\n')[0]}); expected a registry file: fix it, or write to another file`);
    }
    const contents = doc.contents as Node | null;
    const maps = isSeq(contents) ? contents.items : [contents];
    for (const m of maps) {
      if (!isMap(m)) continue;
      const data = m.toJSON() as Record<string, unknown>;
      if (typeof data.id === 'string' && !found.has(data.id)) found.set(data.id, { map: m, data });
    }
  }
  const reconciled = reconcile(entries, found, known);
  const edits: { at: number; end: number; text: string }[] = [];
  const fresh: ImportedEntry[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const entry of reconciled) {
    const old = found.get(entry.id);
    if (!old) {
      fresh.push(entry);
      continue;
    }
    const before = edits.length;
    updateEntry(existing, old, entry, edits);
    if (edits.length > before) updated++;
    else unchanged++;
  }
  let text = existing;
  // from the end, so offsets stay right; at one place the edit made first ends up first
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  for (const e of order) text = text.slice(0, e.at) + e.text + text.slice(e.end);
  if (fresh.length) {
    const last = (Array.isArray(docs) ? docs : []).at(-1)?.contents as Node | null | undefined;
    const appendable = isSeq(last) && !last.flow && existing.slice(0, last.range?.[0] ?? 0).split('\n').at(-1) === '';
    if (!text.endsWith('\n')) text += '\n';
    text += appendable ? `\n${renderEntries(fresh)}` : `---\n${renderEntries(fresh)}`;
  }
  return { text, added: fresh.length, updated, unchanged };
}

/**
 * Imported entries with their ids matched to existing entries (same id and
 * kind; a speaker by name or alias; a source by `url`), those known from other
 * files left out, an id another kind of entry holds given a suffix, and
 * references rewritten.
 */
function reconcile(entries: readonly ImportedEntry[], found: ReadonlyMap<string, ExistingEntry>, known: KnownEntries): ImportedEntry[] {
  const key = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().toLowerCase() : '');
  const byName = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const kindOf = new Map<string, boolean>(); // id → is a speaker
  const elsewhere = new Set<string>();
  for (const s of known.speakers) {
    kindOf.set(s.id, true);
    elsewhere.add(s.id);
    for (const n of s.names) if (key(n) && !byName.has(key(n))) byName.set(key(n), s.id);
  }
  for (const s of known.sources) {
    kindOf.set(s.id, false);
    elsewhere.add(s.id);
    if (key(s.url) && !byUrl.has(key(s.url))) byUrl.set(key(s.url), s.id);
  }
  for (const [id, { data }] of found) {
    const speaker = SPEAKER_TYPES.has(String(data.type));
    kindOf.set(id, speaker);
    elsewhere.delete(id); // an entry of the file written is updated there
    if (speaker) {
      for (const n of [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])]) if (key(n)) byName.set(key(n), id);
    } else if (key(data.url)) byUrl.set(key(data.url), id);
  }
  const idMap = new Map<string, string>();
  for (const e of entries) {
    const speaker = SPEAKER_TYPES.has(e.type);
    const match = speaker ? byName.get(key(e.name)) : byUrl.get(key(e.url));
    if (match && kindOf.get(match) === speaker) idMap.set(e.id, match);
    else if (kindOf.has(e.id) && kindOf.get(e.id) !== speaker) idMap.set(e.id, `${e.id}-${shortHash(`${e.type}:${e.id}`)}`);
  }
  const mapped = (v: string) => idMap.get(v) ?? v;
  const out = new EntryCollector();
  for (const e of entries) {
    const copy: ImportedEntry = { ...e, id: mapped(e.id) };
    for (const f of REFERENCE_FIELDS) {
      const v = copy[f];
      if (typeof v === 'string') copy[f] = mapped(v);
      else if (Array.isArray(v)) copy[f] = v.map(mapped);
    }
    if (!elsewhere.has(copy.id)) out.add(copy);
  }
  return out.result().entries;
}

/** Edits that bring an existing entry up to date: a source's imported fields replace theirs; a speaker only gains fields it lacks. */
function updateEntry(text: string, old: ExistingEntry, entry: ImportedEntry, edits: { at: number; end: number; text: string }[]): void {
  const isSpeaker = SPEAKER_TYPES.has(String(old.data.type));
  const missing: string[] = [];
  for (const [field, value] of Object.entries(entry)) {
    if (field === 'id' || field === 'type') continue;
    const pair = old.map.items.find((p) => isScalar(p.key) && String(p.key.value) === field);
    if (!pair) {
      missing.push(`${field}: ${renderValue(value, !!old.map.flow)}`);
      continue;
    }
    const node = pair.value as Node | null;
    const empty = old.data[field] === null || old.data[field] === undefined;
    if ((isSpeaker && !empty) || sameValue(old.data[field], value)) continue;
    // an empty value has no text of its own: the new one goes right after the key's colon
    const colon = isScalar(pair.key) && pair.key.range ? text.indexOf(':', pair.key.range[1]) + 1 : 0;
    const range = node?.range && node.range[0] < node.range[1] ? node.range : colon > 0 ? [colon, colon] : undefined;
    if (!range) continue;
    const [start, end] = range;
    const written = renderValue(value, !!old.map.flow);
    edits.push({ at: start, end, text: (start === end ? ` ${written}` : written) + (text[end - 1] === '\n' ? '\n' : '') });
  }
  if (!missing.length || !old.map.range) return;
  if (old.map.flow) {
    const close = text.lastIndexOf('}', old.map.range[1]);
    if (close >= 0) edits.push({ at: close, end: close, text: missing.map((l) => `, ${l}`).join('') });
    return;
  }
  const at = old.map.range[1];
  const indent = ' '.repeat(old.map.range[0] - (text.lastIndexOf('\n', old.map.range[0] - 1) + 1));
  const lead = text[at - 1] === '\n' ? '' : '\n';
  edits.push({ at, end: at, text: `${lead}${missing.map((l) => `${indent}${l}\n`).join('')}` });
}

function sameValue(old: unknown, value: ImportedValue): boolean {
  if (Array.isArray(value)) return Array.isArray(old) && old.length === value.length && old.every((o, i) => String(o) === value[i]);
  return old !== null && old !== undefined && typeof old !== 'object' && String(old) === value;
}

/** Entries as a YAML block list, a blank line between them. */
export function renderEntries(entries: readonly ImportedEntry[]): string {
  return entries.map((e) => Object.entries(e).map(([k, v], i) => `${i ? '  ' : '- '}${k}: ${renderValue(v)}\n`).join('')).join('\n');
}

/** A value on one line: a plain or quoted scalar, or a flow list; inside a flow mapping, always quoted. */
function renderValue(value: ImportedValue, inFlow = false): string {
  if (inFlow) return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (/^[A-Za-z0-9][\w .'’-]*$/.test(v) && !/[ .]$/.test(v) ? renderScalar(v) : JSON.stringify(v))).join(', ')}]`;
  return renderScalar(value);
}

function renderScalar(value: string): string {
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return plain.includes('\n') ? JSON.stringify(value) : plain; // a JSON string is a YAML double-quoted scalar
}
