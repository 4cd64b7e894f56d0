/**
 * Reads one registry file (YAML or JSON; one entry, a list of entries, or
 * several YAML documents) into plain field maps that remember where each key
 * and value sits. Syntax problems become registry problems; whatever parsed
 * survives them.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type Pair } from 'yaml';
import type { Span, TextFile } from '../types.ts';
import { readableText } from './jsonComments.ts';
import { UNREAD, YamlData } from './yamlData.ts';

/** A problem found in a registry file, at a span of that file. */
export interface RegistryProblem extends Span {
  path: string;
  message: string;
}

/** One field of an entry as written: its value and where key and value are. */
export interface RawField {
  key: Span;
  value: Span;
  /** The value as plain data (strings, numbers, lists, maps). */
  data: unknown;
  /** True when the value is a list. */
  isList: boolean;
  /** For a list, the span of each item. */
  items: Span[];
}

/** One entry (a YAML/JSON mapping) as written, before validation. */
export interface RawEntry extends Span {
  path: string;
  fields: Map<string, RawField>;
}

/** What parsing one file gave: its entries and its problems. */
export interface ParsedFile {
  entries: RawEntry[];
  problems: RegistryProblem[];
}

const nodeSpan = (node: Node | null | undefined, fallback: Span): Span =>
  node?.range ? { start: node.range[0], end: node.range[1] } : fallback;

/** Parses a registry file's text into raw entries and problems. */
export function parseRegistryFile(file: TextFile): ParsedFile {
  const entries: RawEntry[] = [];
  const problems: RegistryProblem[] = [];
  const text = readableText(file);
  const length = text.length;
  const report = (span: Span, message: string) => {
    // a parser's error may end past the text, or mark one half of a character written as a surrogate pair (an emoji)
    const start = outsidePair(text, Math.min(Math.max(span.start, 0), length), -1);
    problems.push({ path: file.path, start, end: outsidePair(text, Math.min(Math.max(span.end, start), length), 1), message });
  };
  if (text.includes('\u0000')) {
    report({ start: 0, end: 0 }, 'this registry file looks binary (it contains NUL bytes); expected YAML or JSON text');
    return { entries, problems };
  }
  let docs;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    report({ start: 0, end: 0 }, `could not parse: ${(error as Error).message}`);
    return { entries, problems };
  }
  const list = Array.isArray(docs) ? docs : [];
  const budget = { aliases: 0, values: 0 };
  for (const doc of list) {
    for (const e of doc.errors) {
      report({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) }, `YAML syntax: ${firstLine(e.message)}`);
    }
    const contents = doc.contents as Node | null;
    if (!contents) continue;
    const data = new YamlData(doc, budget, report);
    if (isSeq(contents)) {
      for (const item of contents.items) collectEntry(item as Node, file.path, data, entries, report);
    } else {
      collectEntry(contents, file.path, data, entries, report);
    }
  }
  return { entries, problems };
}

function collectEntry(
  node: Node | null,
  path: string,
  data: YamlData,
  entries: RawEntry[],
  report: (span: Span, message: string) => void,
): void {
  if (!node) return;
  const span = nodeSpan(node, { start: 0, end: 0 });
  if (!isMap(node)) {
    report(span, 'expected an entry (a mapping with `id` and `type`), found ' + describe(node));
    return;
  }
  const fields = new Map<string, RawField>();
  for (const pair of node.items as Pair<Node, Node>[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : null;
    const keySpan = nodeSpan(keyNode, span);
    if (key === null) {
      report(keySpan, 'expected a plain field name as key');
      continue;
    }
    const value = pair.value;
    const valueSpan = value ? nodeSpan(value, keySpan) : { start: keySpan.end, end: keySpan.end };
    const plain = data.value(value);
    if (plain === UNREAD) continue; // reported at the alias; the field is left out
    const items = isSeq(value) ? value.items.map((i) => nodeSpan(i as Node, valueSpan)) : [];
    fields.set(key, { key: keySpan, value: valueSpan, data: plain, isList: Array.isArray(plain), items });
  }
  entries.push({ path, ...span, fields });
}

function describe(node: Node): string {
  if (isSeq(node)) return 'a nested list';
  if (isScalar(node)) return `the value ${JSON.stringify(node.value)}`;
  return 'something else';
}

function firstLine(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) return 'nested too deeply to read; expected text, or a list of text, as a field value';
  const nl = message.indexOf('\n');
  const line = nl < 0 ? message : message.slice(0, nl);
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** `at`, or the offset `step` beside it when `at` falls between the two halves of a surrogate pair. */
function outsidePair(text: string, at: number, step: -1 | 1): number {
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at + step : at;
}
