/**
 * The edit that labels a source entry in its registry file (status, who set
 * it, when, the statement that set it, a note), as offset edits that leave
 * every other byte of the file as it was: YAML through the `yaml` document
 * API, JSON through jsonc-parser's edit functions.
 */
import { applyEdits, modify, parseTree, findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parse as parseYaml, parseAllDocuments, type Node, type Pair, type YAMLMap } from 'yaml';
import { SOURCE_STATUSES, type SourceStatus } from '../types.ts';

/** What a label sets; a field left undefined is removed from the entry. */
export interface SourceLabel {
  status: SourceStatus;
  statusBy?: string;
  statusDate?: string;
  statusSource?: string;
  statusNote?: string;
}

/** One replacement in the file's text: [start, end) becomes newText. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The label's fields in the order they are written. */
const LABEL_FIELDS = ['status', 'statusBy', 'statusDate', 'statusSource', 'statusNote'] as const;

/** Why a label cannot be written, or undefined when it can: the status is known, the note one line. */
export function labelProblem(label: SourceLabel): string | undefined {
  if (!(SOURCE_STATUSES as readonly string[]).includes(label.status)) return `unknown status \`${String(label.status)}\`; expected one of ${SOURCE_STATUSES.join(', ')}`;
  if (label.statusDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(label.statusDate)) return `statusDate \`${label.statusDate}\` is not a date; expected YYYY-MM-DD`;
  for (const f of LABEL_FIELDS) {
    const v = label[f];
    if (v !== undefined && (typeof v !== 'string' || /[\r\n]/.test(v))) return `${f} must be one line of text, got ${JSON.stringify(v)}`;
  }
  return undefined;
}

/**
 * The edits that write `label` into the entry with this `id` of a registry
 * file (`json`: the file is JSON), or a problem saying why not (no such
 * entry, a flow-style entry, a bad label).
 */
export function labelEdits(text: string, id: string, label: SourceLabel, json = false): { edits: OffsetEdit[] } | { problem: string } {
  const problem = labelProblem(label);
  if (problem) return { problem };
  return json ? jsonLabelEdits(text, id, label) : yamlLabelEdits(text, id, label);
}

/** Applies offset edits to a text (for tests and previews). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A YAML scalar for a value: plain when it reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  if (/^[^\s#'"&*!|>%@`{}[\],?:-][^#]*$/.test(value) && !/:\s|\s$/.test(value)) {
    try {
      if (parseYaml(value) === value) return value;
    } catch {
      // quoted below
    }
  }
  return JSON.stringify(value);
}

function yamlLabelEdits(text: string, id: string, label: SourceLabel): { edits: OffsetEdit[] } | { problem: string } {
  const entry = findYamlEntry(text, id);
  if (!entry) return { problem: `no entry with id \`${id}\` in this file` };
  if (entry.flow) return { problem: `the entry \`${id}\` is written in flow style ({ … }); Label Source edits block-style entries only` };
  const pairs = entry.items as Pair<Node, Node>[];
  const keyOf = (p: Pair<Node, Node>) => (isScalar(p.key) ? String(p.key.value) : undefined);
  const first = pairs[0]?.key?.range;
  if (!first) return { problem: `the entry \`${id}\` has no fields` };
  const indent = ' '.repeat(first[0] - lineStart(text, first[0]));
  const edits: OffsetEdit[] = [];
  const missing: string[] = [];
  for (const field of LABEL_FIELDS) {
    const pair = pairs.find((p) => keyOf(p) === field);
    const value = label[field];
    if (pair && value !== undefined) {
      const range = pair.value?.range;
      if (!range) {
        const at = pair.key!.range![1];
        const colon = text.indexOf(':', at);
        edits.push({ start: colon + 1, end: colon + 1, newText: ` ${yamlScalar(value)}` });
        continue;
      }
      const old = text.slice(range[0], range[1]);
      if (isScalar(pair.value) && pair.value.value === value && !old.includes('\n')) continue;
      edits.push({ start: range[0], end: range[1], newText: yamlScalar(value) + (old.endsWith('\n') ? '\n' : '') });
    } else if (pair && value === undefined) {
      const start = lineStart(text, pair.key!.range![0]);
      if (text.slice(start, pair.key!.range![0]).trim() !== '') return { problem: `\`${field}\` of \`${id}\` shares its line with another field; remove it by hand` };
      edits.push({ start, end: pairEnd(text, pair), newText: '' });
    } else if (value !== undefined) missing.push(`${indent}${field}: ${yamlScalar(value)}`);
  }
  if (missing.length) {
    const at = pairEnd(text, pairs[pairs.length - 1]);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = missing.join(eol);
    edits.push(at > 0 && text[at - 1] === '\n' ? { start: at, end: at, newText: lines + eol } : { start: at, end: at, newText: eol + lines });
  }
  return { edits };
}

/** The map of the entry with this id, and whether it is flow-style. */
function findYamlEntry(text: string, id: string): (YAMLMap & { flow: boolean }) | undefined {
  for (const doc of parseAllDocuments(text)) {
    const contents = (doc as { contents?: Node | null }).contents;
    if (!contents) continue;
    const candidates = isSeq(contents) ? contents.items : [contents];
    for (const c of candidates) {
      if (!isMap(c)) continue;
      const idPair = (c.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === 'id');
      if (idPair && isScalar(idPair.value) && String(idPair.value.value) === id) return Object.assign(c, { flow: !!c.flow });
    }
  }
  return undefined;
}

/** Where a pair's line(s) end: after the newline ending its value (or its trailing comment), or the text's end. */
function pairEnd(text: string, pair: Pair<Node, Node>): number {
  const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0;
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function jsonLabelEdits(text: string, id: string, label: SourceLabel): { edits: OffsetEdit[] } | { problem: string } {
  const root = parseTree(text);
  if (!root) return { problem: 'the file is not JSON' };
  const entries: { node: JsonNode; path: (string | number)[] }[] = root.type === 'array' ? (root.children ?? []).map((node, i) => ({ node, path: [i] })) : [{ node: root, path: [] }];
  const entry = entries.find((e) => e.node.type === 'object' && findNodeAtLocation(e.node, ['id'])?.value === id);
  if (!entry) return { problem: `no entry with id \`${id}\` in this file` };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indentMatch = /\n([ \t]+)"/.exec(text);
  const indent = indentMatch?.[1] ?? '  ';
  const options = { formattingOptions: { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol } };
  // each modify is computed on the text the previous ones produced, then they are merged into one replacement
  let current = text;
  for (const field of LABEL_FIELDS) {
    const value = label[field];
    const existing = findNodeAtLocation(parseTree(current)!, [...entry.path, field]);
    if (value === undefined && !existing) continue;
    if (existing?.value === value) continue;
    current = applyEdits(current, modify(current, [...entry.path, field], value, options));
  }
  return { edits: current === text ? [] : [minimalEdit(text, current)] };
}

/** One edit turning `before` into `after`: the common head and tail are left alone. */
export function minimalEdit(before: string, after: string): OffsetEdit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start: head, end: before.length - tail, newText: after.slice(head, after.length - tail) };
}
