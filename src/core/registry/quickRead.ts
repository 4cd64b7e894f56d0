/**
 * The quickest way to read a plain registry file: a line reader for the one
 * shape registries are written in — a block sequence of flat mappings
 * (`- id: …` then `  key: value` lines) whose values are plain, quoted or
 * flow-list scalars on one line. Anything else (multi-line values, nested
 * maps, anchors, tags, unusual escapes, duplicate keys) returns undefined,
 * and the file is read by js-yaml. On what it accepts it gives exactly what
 * js-yaml gives (differential tests); `npm run bench` compares their speed.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { TextFile } from '../types.ts';
import type { RawEntry, RawField } from './parse.ts';

const NOWHERE = { start: 0, end: 0 };
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Characters a plain scalar may not start with (YAML indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Plain scalars whose type js-yaml decides (numbers, null, booleans): resolved by js-yaml itself. */
const TYPED = /^(?:[-+.~0-9]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Escapes that JSON and YAML read alike. */
const JSON_ESCAPES = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/;

/** Marker for a value this reader does not handle. */
const NO = Symbol('no');

/** Raw entries of a file (positions all zero), or undefined when the file is not of the plain shape. */
export function quickRead(file: TextFile): RawEntry[] | undefined {
  const text = file.text;
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  const entries: RawEntry[] = [];
  let fields: Map<string, RawField> | undefined;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    let body: string;
    if (line.startsWith('- ')) {
      fields = new Map();
      entries.push({ path: file.path, ...NOWHERE, fields });
      body = line.slice(2);
    } else if (line.startsWith('  ') && fields) {
      body = line.slice(2);
      if (body.startsWith(' ')) return undefined;
    } else if (line.trim() === '' || line.startsWith('#')) {
      continue;
    } else return undefined;
    if (body.startsWith('#')) continue;
    const colon = body.indexOf(':');
    if (colon <= 0 || (body.length > colon + 1 && body[colon + 1] !== ' ')) return undefined;
    const key = body.slice(0, colon);
    if (!KEY.test(key) || key === '__proto__' || fields!.has(key)) return undefined;
    const data = value(body.slice(colon + 1).trim());
    if (data === NO) return undefined;
    const isList = Array.isArray(data);
    fields!.set(key, { key: NOWHERE, value: NOWHERE, data, isList, items: isList ? data.map(() => NOWHERE) : [] });
  }
  return entries;
}

/** One value written on one line, or NO. */
function value(raw: string): unknown {
  if (raw === '') return NO; // a nested block, or null: js-yaml decides
  const c = raw[0];
  if (c === '"') return doubleQuoted(raw);
  if (c === "'") return singleQuoted(raw);
  if (c === '[') return flowList(raw);
  return plain(raw, false);
}

/** A double-quoted scalar (with JSON's escapes only), then at most a comment. */
function doubleQuoted(raw: string): unknown {
  let i = 1;
  while (i < raw.length && raw[i] !== '"') i += raw[i] === '\\' ? 2 : 1;
  if (i >= raw.length || !endsClean(raw, i + 1)) return NO;
  const inner = raw.slice(0, i + 1);
  if (JSON_ESCAPES.test(inner) || /[\u0000-\u001f]/.test(inner)) return NO;
  return JSON.parse(inner) as string; // also a fresh string, not a slice of the file
}

/** A single-quoted scalar ('' for a quote), then at most a comment. */
function singleQuoted(raw: string): unknown {
  let i = 1;
  for (; i < raw.length; i++) {
    if (raw[i] !== "'") continue;
    if (raw[i + 1] === "'") i++;
    else break;
  }
  if (i >= raw.length || !endsClean(raw, i + 1)) return NO;
  return detach(raw.slice(1, i).replace(/''/g, "'"));
}

/** `[a, b, "c"]`: plain or double-quoted items, then at most a comment. */
function flowList(raw: string): unknown {
  const close = raw.lastIndexOf(']');
  if (close < 0 || !endsClean(raw, close + 1)) return NO;
  const inner = raw.slice(1, close).trim();
  if (inner === '') return [];
  const items: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    if (item === '') return NO;
    const v = item[0] === '"' ? doubleQuoted(item) : plain(item, true);
    if (v === NO) return NO;
    items.push(v);
  }
  return items;
}

/** A plain scalar (a trailing comment dropped): strings as written; typed words resolved by js-yaml. */
function plain(raw: string, inFlow: boolean): unknown {
  let text = raw;
  const comment = text.indexOf(' #');
  if (comment >= 0) text = text.slice(0, comment).trimEnd();
  if (text === '' || INDICATOR.test(text) && !/^-[0-9.]/.test(text)) return NO;
  if (text.includes(': ') || text.endsWith(':') || text.includes('\\"') || (inFlow && /[[\]{}"]/.test(text))) return NO;
  if (DATE.test(text)) return text;
  if (TYPED.test(text)) return load(text, { schema: CORE_SCHEMA });
  return detach(text);
}

/** Whether only spaces and a comment follow position `at`. */
function endsClean(raw: string, at: number): boolean {
  const rest = raw.slice(at);
  return rest.trim() === '' || /^\s+#/.test(rest);
}

/** A copy of a long string that no longer points into the file's text (which a 100k registry cannot keep alive). */
export function detach(s: string): string {
  return s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
}
