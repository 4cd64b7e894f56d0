/**
 * Finds where an entry sits in a healthy registry file without a full
 * position-keeping parse: the `id` line, then each `field:` line up to the
 * next entry. Used for files read the fast way; when the layout is not the
 * plain one it recognises, it answers undefined and the caller parses.
 */
import { firstNotBefore } from '../sorted.ts';
import type { Span } from '../types.ts';
import type { EntryLocation } from './model.ts';
import { workCounts } from '../workCounts.ts';

/** A `key: value` line: the key, where the value starts, and the value without trailing spaces and comma. */
interface KeyLine {
  key: string;
  valueStart: number;
  value: string;
  /** End of the line, before its line break. */
  end: number;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isQuote = (c: string | undefined) => c === '"' || c === "'";

/**
 * Reads the line from `start` (a line start) as `[- ]["]key["]: value[,]`, or
 * undefined when it is not one. Plain string scanning, linear in the line.
 */
function keyLine(text: string, start: number): KeyLine | undefined {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  let i = start;
  while (i < end && isBlank(text[i])) i++;
  if (text[i] === '-' && isBlank(text[i + 1])) {
    i++;
    while (i < end && isBlank(text[i])) i++;
  }
  if (isQuote(text[i])) i++;
  const keyStart = i;
  while (i < end && isLetter(text[i])) i++;
  if (i === keyStart) return undefined;
  const key = text.slice(keyStart, i);
  if (isQuote(text[i])) i++;
  while (i < end && isBlank(text[i])) i++;
  if (text[i] !== ':') return undefined;
  i++;
  while (i < end && isBlank(text[i])) i++;
  let last = end;
  while (last > i && isBlank(text[last - 1])) last--;
  if (text[last - 1] === ',' && last > i) last--;
  while (last > i && isBlank(text[last - 1])) last--;
  return { key, valueStart: i, value: text.slice(i, last), end };
}

/** Line-start offsets of entries (`- ` items, `---` documents, JSON objects) in a file. */
function entryStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /^(?:-[ \t]|---[ \t]*$|[ \t]*\{)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts;
}

/** Where an `id: <id>` line starts and where the id on it starts. */
interface IdLine {
  line: number;
  idStart: number;
}

/** What is remembered of one file between lookups: entry starts, and after a few lookups every id line. */
export interface LocateCache {
  starts?: number[];
  lookups?: number;
  /** Id → its line, or null for an id on more than one line. */
  ids?: Map<string, IdLine | null>;
}

/** Lookups in one file after which all its id lines are indexed (many entries of one file located: a copied file's duplicates). */
const INDEX_AFTER = 8;

/** The id an `id:` line names (its value, unquoted), and where it starts. */
function idOf(kv: KeyLine): { id: string; start: number } {
  const v = kv.value;
  const quoted = v.length >= 2 && isQuote(v[0]) && v[v.length - 1] === v[0];
  return quoted ? { id: v.slice(1, -1), start: kv.valueStart + 1 } : { id: v, start: kv.valueStart };
}

/**
 * The start of the one line `id: <id>` (the id plain or quoted), or undefined
 * when there is none or more than one. Finds the id by plain string search
 * (never a pattern built from registry data) and reads each line it is on once.
 */
function idLine(text: string, id: string): IdLine | undefined {
  let found: IdLine | undefined;
  for (let at = text.indexOf(id); at >= 0; ) {
    const line = text.lastIndexOf('\n', at) + 1;
    workCounts.locateSteps++;
    const kv = keyLine(text, line);
    if (kv && kv.key === 'id') {
      const named = idOf(kv);
      if (named.id === id) {
        if (found) return undefined; // the same id twice: let the parse decide
        found = { line, idStart: named.start };
      }
    }
    const next = text.indexOf('\n', at);
    at = next < 0 ? -1 : text.indexOf(id, next + 1);
  }
  return found;
}

/** Every `id:` line of a file, read once. */
function idLines(text: string): Map<string, IdLine | null> {
  const ids = new Map<string, IdLine | null>();
  for (let line = 0; line < text.length; ) {
    workCounts.locateSteps++;
    const kv = keyLine(text, line);
    if (kv && kv.key === 'id') {
      const named = idOf(kv);
      ids.set(named.id, ids.has(named.id) ? null : { line, idStart: named.start });
    }
    const next = text.indexOf('\n', line);
    line = next < 0 ? text.length : next + 1;
  }
  return ids;
}

/**
 * The span of a block value: from a block-scalar indicator on the key line,
 * or the first line after it, through the last following line indented
 * deeper than the key (or a `- ` item at the key's own indent).
 */
function blockValue(text: string, keyLineStart: number, keyLineEnd: number, indicatorAt: number, limit: number): Span {
  const keyIndent = /^[ \t]*(?:-[ \t]+)?/.exec(text.slice(keyLineStart, keyLineEnd))![0].length;
  let start = indicatorAt;
  let end = keyLineEnd;
  for (let pos = keyLineEnd + 1; pos < limit; ) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd);
    const lead = line.length - line.trimStart().length;
    if (line.trim()) {
      const item = lead === keyIndent && line.trimStart().startsWith('- ');
      if (lead <= keyIndent && !item) break;
      if (start < 0) start = pos + lead;
      end = lineEnd;
    }
    pos = lineEnd + 1;
  }
  return start < 0 ? { start: keyLineEnd, end: keyLineEnd } : { start, end };
}

const isBlockIndicator = (v: string) => v === '' || ((v[0] === '|' || v[0] === '>') && (v.length === 1 || (v.length === 2 && (v[1] === '-' || v[1] === '+'))));

/** The location of the entry with `id` in a YAML or JSON file, when its layout is plain. */
export function quickLocate(path: string, text: string, id: string, cache?: LocateCache): EntryLocation | undefined {
  if (id === '') return undefined;
  if (cache && !cache.ids && (cache.lookups = (cache.lookups ?? 0) + 1) > INDEX_AFTER) cache.ids = idLines(text);
  const m = cache?.ids ? (cache.ids.get(id) ?? undefined) : idLine(text, id);
  if (!m) return undefined;
  const starts = (cache ? (cache.starts ??= entryStarts(text)) : entryStarts(text));
  // the entry holding the id line: from the last entry start at or before it to the next (a binary search: a copied file locates 20,000 entries)
  const k = firstNotBefore(starts.length, (j) => starts[j] <= m.line);
  workCounts.locateSteps++;
  const start = k > 0 ? starts[k - 1] : 0;
  const end = k < starts.length ? starts[k] : text.length;
  const fields: Record<string, Span> = {};
  for (let line = start; line < end; ) {
    workCounts.locateSteps++;
    const f = keyLine(text, line);
    if (f) {
      if (isBlockIndicator(f.value)) {
        fields[f.key] ??= blockValue(text, line, f.end, f.value ? f.valueStart : -1, end);
      } else {
        const offset = isQuote(f.value[0]) ? 1 : 0;
        const raw = f.value.slice(offset, isQuote(f.value[f.value.length - 1]) && f.value.length > offset ? -1 : undefined);
        fields[f.key] ??= { start: f.valueStart + offset, end: f.valueStart + offset + raw.length };
      }
    }
    const next = text.indexOf('\n', line);
    line = next < 0 ? end : next + 1;
  }
  return { path, start, end, id: { start: m.idStart, end: m.idStart + id.length }, fields };
}
