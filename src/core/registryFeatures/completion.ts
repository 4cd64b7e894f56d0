/**
 * Completion in a registry file: speaker ids after `speaker:`, `statusBy:`
 * and in `seenBy`, source ids after `statusSource:` and `supersededBy:`,
 * the values of `type` and `status`, and the field names an entry may still
 * take. Read from the text before the cursor, so a half-typed line works.
 */
import type { Registry } from '../registry/registry.ts';
import { SOURCE_FIELDS, SPEAKER_FIELDS } from '../registry/validate.ts';
import { SOURCE_STATUSES, SOURCE_TYPES, SPEAKER_TYPES, type Span } from '../types.ts';
import { entriesNear, fieldText, refersOf } from './locate.ts';
import { workCounts } from '../workCounts.ts';

/** One completion: what is inserted over `replace`, with a kind and a detail to show. */
export interface RegistryCompletion {
  label: string;
  kind: 'speaker' | 'source' | 'value' | 'field';
  detail?: string;
  /** Text inserted in place of `replace` (the label when absent). */
  insertText?: string;
  replace: Span;
}

/** What the cursor is typing: a value of `field`, or a field name. */
type Slot = { kind: 'value'; field: string } | { kind: 'field'; quoted: boolean; fresh: boolean };

/** The completions at `offset` of the registry file `path` (empty when the cursor is in no slot). */
export function registryCompletions(path: string, text: string, offset: number, registry: Registry): RegistryCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // a key and its value sit close to the cursor: a long line is read from its last characters only (linear patterns on a short string)
  const truncated = offset - lineStart > MAX_LOOKBEHIND;
  const before = text.slice(truncated ? offset - MAX_LOOKBEHIND : lineStart, offset);
  workCounts.completionChars += before.length;
  const word = /[A-Za-z0-9._-]*$/.exec(before)![0];
  const replace = { start: offset - word.length, end: offset + /^[A-Za-z0-9._-]*/.exec(text.slice(offset))![0].length };
  const lead = before.slice(0, before.length - word.length);
  const slot = slotOf(text, lineStart, lead, truncated);
  if (!slot) return [];
  const pad = lead.endsWith(':') ? ' ' : ''; // typed right after the colon
  if (slot.kind === 'field') return fieldNames(path, text, offset, slot, replace);
  const value = (label: string, detail?: string): RegistryCompletion => ({ label, kind: 'value', detail, insertText: pad + label, replace });
  switch (refersOf(slot.field) === 'speaker' ? 'speaker' : refersOf(slot.field) === 'source' ? 'source' : slot.field) {
    case 'speaker':
      return [...registry.speakers.values()].map((s) => ({ label: s.id, kind: 'speaker', detail: `${s.name} · ${s.type}`, insertText: pad + s.id, replace }));
    case 'source':
      return [...registry.sources.values()].map((s) => ({ label: s.id, kind: 'source', detail: `${s.title ?? s.type} · ${s.status}`, insertText: pad + s.id, replace }));
    case 'type':
      return [...SPEAKER_TYPES.map((t) => value(t, 'speaker entry')), ...SOURCE_TYPES.map((t) => value(t, 'source entry'))];
    case 'status':
      return SOURCE_STATUSES.map((s) => value(s, 'source status'));
    default:
      return [];
  }
}

/** Characters before the cursor that are read on its line. */
const MAX_LOOKBEHIND = 500;

const KEY_VALUE = /["']?([A-Za-z]+)["']?\s*:\s*["']?$/;
const FLOW_ITEM = /["']?([A-Za-z]+)["']?\s*:\s*\[[^\]]*[[,]\s*["']?$/;

/** The slot the text before the word at the cursor opens, looking at the lines above for a list's key. */
function slotOf(text: string, lineStart: number, before: string, truncated: boolean): Slot | undefined {
  if (/#|\/\//.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined; // in a comment
  const flow = FLOW_ITEM.exec(before);
  if (flow) return { kind: 'value', field: flow[1] };
  const keyValue = KEY_VALUE.exec(before);
  if (keyValue) return { kind: 'value', field: keyValue[1] };
  if (truncated) return undefined; // the line's start, which says whether a field name comes here, was not read
  const blockItem = /^(\s*)-\s+["']?$/.exec(before);
  const jsonItem = /^\s*"$/.test(before) || /^\s*$/.test(before);
  if (blockItem || jsonItem) {
    const key = listKeyAbove(text, lineStart, blockItem ? blockItem[1].length : -1);
    if (key) return { kind: 'value', field: key };
  }
  if (/^\s*(?:-\s+)?["']?$/.test(before) || /[{,]\s*["']?$/.test(before)) return { kind: 'field', quoted: /["']$/.test(before), fresh: /^\s*-\s+["']?$|\{\s*["']?$/.test(before) };
  return undefined;
}

/**
 * The key of the list the line at `lineStart` is an item of: the nearest line
 * above, past other items, that ends in `key:` (YAML) or `"key": [` (JSON).
 * `dashIndent`: the column of this line's `-` (YAML), or -1 (JSON).
 */
function listKeyAbove(text: string, lineStart: number, dashIndent: number): string | undefined {
  let end = lineStart - 1;
  for (let n = 0; n < 1000 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const indent = /^\s*/.exec(line)![0].length;
    if (dashIndent >= 0) {
      if (/^\s*-\s/.test(line) && indent === dashIndent && !/^\s*-\s+["']?[A-Za-z]+["']?\s*:/.test(line)) continue; // another item
      const key = /^\s*(?:-\s+)?["']?([A-Za-z]+)["']?\s*:\s*(#.*)?$/.exec(line);
      return key && indent <= dashIndent ? key[1] : undefined;
    }
    if (/^\s*"[^"]*"\s*,?\s*$/.test(line)) continue; // another JSON item
    return /"([A-Za-z]+)"\s*:\s*\[\s*$/.exec(line)?.[1];
  }
  return undefined;
}

/** The field names the entry at `offset` may still take (both kinds' until its type says which). */
function fieldNames(path: string, text: string, offset: number, slot: { quoted: boolean; fresh: boolean }, replace: Span): RegistryCompletion[] {
  // the entry being written: the last one starting before the cursor, unless the cursor starts a new one
  const entry = slot.fresh ? undefined : [...entriesNear(path, text, offset)].reverse().find((e) => e.start <= offset);
  const type = entry && fieldText(entry, 'type');
  const speaker = type !== undefined && (SPEAKER_TYPES as readonly string[]).includes(type);
  const source = type !== undefined && (SOURCE_TYPES as readonly string[]).includes(type);
  const names = speaker ? SPEAKER_FIELDS : source ? SOURCE_FIELDS : [...new Set([...SPEAKER_FIELDS, ...SOURCE_FIELDS])];
  const json = /\.json$/i.test(path);
  const taken = entry?.fields ?? new Map();
  const { quoted } = slot;
  return names
    .filter((n) => !taken.has(n))
    .map((n) => ({
      label: n,
      kind: 'field' as const,
      detail: speaker ? 'speaker field' : source ? 'source field' : 'field',
      insertText: json ? (quoted ? n : `"${n}": `) : `${n}: `,
      replace,
    }));
}
