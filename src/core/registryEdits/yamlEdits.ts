/**
 * Edits of YAML registry files through the `yaml` library's document API:
 * only the values written change; comments, order, quoting and layout of
 * everything else stay as they are.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { readableText } from '../registry/jsonComments.ts';
import { lineBreakOf, type FieldValue, type OffsetEdit, type RegistryEditResult } from './textEdits.ts';
import { yamlValue } from './yamlScalar.ts';

type AnyPair = Pair<Node | null, Node | null>;

/** The parsed documents of a YAML registry file, or a problem when it does not parse cleanly. */
function documentsOf(text: string): Document.Parsed[] | string {
  const docs = parseAllDocuments(readableText({ path: 'registry.yaml', text }), { prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const broken = list.find((d) => d.errors.length);
  return broken ? `the file has a YAML syntax error (${broken.errors[0].message.split('\n')[0]}); expected a file that parses, fix it first` : list;
}

/** The entry mappings of the documents, in file order. */
function entryMaps(docs: Document.Parsed[]): YAMLMap<Node, Node>[] {
  const maps: YAMLMap<Node, Node>[] = [];
  for (const doc of docs) {
    const c = doc.contents as Node | null;
    if (isSeq(c)) for (const item of c.items) if (isMap(item)) maps.push(item as YAMLMap<Node, Node>);
    if (isMap(c)) maps.push(c as YAMLMap<Node, Node>);
  }
  return maps;
}

const keyOf = (pair: AnyPair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);

/** Where a node's written value ends, before a block scalar's final line break. */
function valueEnd(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** End of the line holding `offset - 1` (before its line break), or the text's end. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(offset - 1, 0));
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Sets (or, with undefined, removes) fields of the entry with id `entryId` in a YAML registry file. */
export function setYamlFields(text: string, entryId: string, fields: Record<string, FieldValue>): RegistryEditResult {
  const docs = documentsOf(text);
  if (typeof docs === 'string') return { problem: docs };
  const entry = entryMaps(docs).find((m) => (m.items as AnyPair[]).some((p) => keyOf(p) === 'id' && isScalar(p.value) && String(p.value.value) === entryId));
  if (!entry) return { problem: `no entry with id \`${entryId}\` in this file; expected one of its entries' ids` };
  const eol = lineBreakOf(text);
  const pairs = entry.items as AnyPair[];
  const edits: OffsetEdit[] = [];
  const added: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const pair = pairs.find((p) => keyOf(p) === key);
    if (!pair) {
      if (value !== undefined) added.push(`${key}: ${yamlValue(value, !!entry.flow)}`);
      continue;
    }
    const edit = value === undefined ? removal(text, entry, pair) : replacement(text, pair, value, !!entry.flow);
    if (typeof edit === 'string') return { problem: edit };
    if (edit.start !== edit.end || edit.newText) edits.push(edit);
  }
  if (added.length) {
    const last = pairs[pairs.length - 1];
    const lastEnd = last ? (last.value?.range ? valueEnd(text, last.value) : last.key!.range![1]) : entry.range![0];
    if (entry.flow) {
      edits.push({ start: lastEnd, end: lastEnd, newText: added.map((a) => `, ${a}`).join('') });
    } else {
      const firstKey = pairs[0].key!.range![0];
      const indent = text.slice(lineStart(text, firstKey), firstKey).replace(/[^\t]/g, ' ');
      const at = lineEnd(text, lastEnd);
      edits.push({ start: at, end: at, newText: added.map((a) => `${eol}${indent}${a}`).join('') });
    }
  }
  return { edits };
}

/** The edit writing `value` in place of a pair's value. */
function replacement(text: string, pair: AnyPair, value: string | readonly string[], inFlow: boolean): OffsetEdit | string {
  const node = pair.value;
  const written = yamlValue(value, inFlow);
  if (!node?.range) {
    const at = pair.key!.range![1];
    const colon = text.indexOf(':', at);
    return { start: colon + 1, end: colon + 1, newText: ` ${written}` };
  }
  if (isSeq(node) && !node.flow) {
    // a block list becomes a flow list after the key: `key: [a, b]`
    const colon = text.indexOf(':', pair.key!.range![1]);
    return { start: colon + 1, end: valueEnd(text, node), newText: ` ${written}` };
  }
  if (isScalar(node) && typeof value === 'string' && String(node.value) === value) return { start: node.range[0], end: node.range[0], newText: '' };
  return { start: node.range[0], end: valueEnd(text, node), newText: written };
}

/** The edit removing a pair: its whole lines in a block mapping, the pair and one comma in a flow one. */
function removal(text: string, entry: YAMLMap<Node, Node>, pair: AnyPair): OffsetEdit | string {
  const pairs = entry.items as AnyPair[];
  if (keyOf(pair) === 'id') return 'an entry keeps its `id`; expected other fields to remove';
  const keyStart = pair.key!.range![0];
  const end = pair.value?.range ? valueEnd(text, pair.value) : pair.key!.range![1];
  if (entry.flow) {
    const index = pairs.indexOf(pair);
    const next = pairs[index + 1];
    if (next) return { start: keyStart, end: next.key!.range![0], newText: '' };
    const prevEnd = index > 0 ? valueEnd(text, pairs[index - 1].value ?? pairs[index - 1].key!) : keyStart;
    return { start: prevEnd, end, newText: '' };
  }
  if (pairs[0] === pair) return 'the first field of a block entry (after `- `) cannot be removed without moving the rest; expected a later field';
  const start = lineStart(text, keyStart);
  const stop = lineEnd(text, end);
  const nl = text[stop] === '\r' ? stop + 2 : text[stop] === '\n' ? stop + 1 : stop;
  return { start: nl === stop ? Math.max(start - lineBreakOf(text).length, 0) : start, end: nl, newText: '' };
}

/**
 * Appends entries to a YAML registry file: to its list (same indentation, and
 * a blank line between entries when the file has them), as a new document
 * after a single-entry file, or as a new list in an empty file.
 */
export function appendYamlEntries(text: string, entries: readonly Record<string, string | readonly string[]>[]): RegistryEditResult {
  const docs = documentsOf(text);
  if (typeof docs === 'string') return { problem: docs };
  const eol = lineBreakOf(text);
  const contents = docs.length ? (docs[docs.length - 1].contents as Node | null) : null;
  const lines = (entry: Record<string, string | readonly string[]>) => Object.entries(entry).map(([k, v]) => `${k}: ${yamlValue(v)}`);
  const ending = text === '' || /\n$|\r$/.test(text) ? '' : eol;
  const atEnd = (newText: string): RegistryEditResult => ({ edits: [{ start: text.length, end: text.length, newText: ending + newText }] });
  if (isSeq(contents) && contents.flow) {
    const last = contents.items[contents.items.length - 1] as Node | undefined;
    const flowEntries = entries.map((e) => `{ ${Object.entries(e).map(([k, v]) => `${k}: ${yamlValue(v, true)}`).join(', ')} }`);
    const at = last?.range ? valueEnd(text, last) : contents.range![0] + 1;
    return { edits: [{ start: at, end: at, newText: (last ? ', ' : '') + flowEntries.join(', ') }] };
  }
  if (isSeq(contents) && contents.items.length) {
    const items = contents.items as Node[];
    const firstStart = items[0].range![0];
    const dash = text.lastIndexOf('-', firstStart);
    const indent = text.slice(lineStart(text, dash), dash);
    const spaced = items.length > 1 && /\n[ \t]*\r?\n/.test(text.slice(valueEnd(text, items[0]), items[1].range![0]));
    const last = items[items.length - 1];
    const at = lineEnd(text, valueEnd(text, last));
    const block = entries.map((e) => `${eol}${spaced ? eol : ''}${lines(e).map((l, i) => `${indent}${i ? '  ' : '- '}${l}`).join(eol)}`).join('');
    return { edits: [{ start: at, end: at, newText: block }] };
  }
  const list = entries.map((e) => lines(e).map((l, i) => `${i ? '  ' : '- '}${l}`).join(eol)).join(eol + eol) + eol;
  if (!contents) return atEnd(list);
  // a file holding one entry (or entries as documents): each new entry is a document of its own
  const documents = entries.map((e) => `---${eol}${lines(e).join(eol)}${eol}`).join('');
  return atEnd(documents);
}
