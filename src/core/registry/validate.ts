/**
 * Turns raw registry entries into typed speaker and source entries, reporting
 * every unknown field, bad type, missing or bad id, blank name, value over its
 * size limit (limits.ts) and bad date at its position. A field that fails is
 * dropped; the rest of the entry is kept (an entry without a usable id is not).
 */
import {
  SOURCE_STATUSES,
  SOURCE_TYPES,
  SPEAKER_TYPES,
  type SourceStatus,
  type SourceType,
  type Span,
  type SpeakerType,
} from '../types.ts';
import type { EntryLocation, RegistryEntry, SourceEntry, SpeakerEntry } from './model.ts';
import { count, ID_PATTERN, isValidId, MAX_LIST_ITEMS, maxCharsOf, shorten, suggestId } from './limits.ts';
import type { RawEntry, RawField, RegistryProblem } from './parse.ts';

/** The fields a speaker entry may have. */
export const SPEAKER_FIELDS = ['id', 'type', 'name', 'aliases', 'title', 'url'] as const;

/** The fields a source entry may have. */
export const SOURCE_FIELDS = [
  'id', 'type', 'title', 'speaker', 'date', 'url', 'text', 'aliases', 'status', 'statusNote',
  'statusBy', 'statusDate', 'statusSource', 'supersededBy', 'seenBy',
] as const;

/** Fields whose value is a date. */
const DATE_FIELDS = new Set(['date', 'statusDate']);
/** Fields whose value is a list of strings. */
const LIST_FIELDS = new Set(['aliases', 'seenBy']);
/** Fields (and list fields' items) that name someone or something, with what is expected when one is blank. */
const NAME_FIELDS = new Map([
  ['name', 'a name drafts use'], ['aliases', 'a name drafts use'], ['speaker', "a speaker's id or name"],
  ['statusBy', "a speaker's id or name"], ['seenBy', "a speaker's id or name"],
  ['statusSource', 'the id of a source entry'], ['supersededBy', 'the id of a source entry'],
]);

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** True when `value` is an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time) that exists. */
export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/**
 * Validates one raw entry; returns the typed entry (or undefined when unusable) and reports problems.
 * With `located` false (a raw entry without positions, whose caller gives it a location of its own), the entry's location is left unset.
 */
export function validateEntry(raw: RawEntry, problems: RegistryProblem[], located = true): RegistryEntry | undefined {
  const report = (span: Span, message: string) => problems.push({ path: raw.path, ...span, message });
  const whole = { start: raw.start, end: raw.start };
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();

  for (const [name, field] of raw.fields) {
    if (LIST_FIELDS.has(name)) {
      const list = readList(name, field, report);
      if (list) lists.set(name, list);
    } else {
      const value = readString(name, field, report);
      if (value !== undefined) strings.set(name, value);
    }
  }

  const typeValue = strings.get('type');
  const typeField = raw.fields.get('type');
  const kind = entryKind(typeValue);
  const id = readId(raw.fields.get('id'), strings.get('id'), kind ?? 'source', report);
  if (!raw.fields.has('id')) report(whole, 'entry has no `id`; expected a unique id such as `mark-milley`');
  if (!typeField) {
    report(whole, `entry ${id ? `\`${id}\` ` : ''}has no \`type\`; expected one of ${[...SPEAKER_TYPES, ...SOURCE_TYPES].join(', ')}`);
  } else if (typeValue !== undefined && !kind) {
    report(typeField.value, `unknown type \`${typeValue}\`; expected one of ${[...SPEAKER_TYPES, ...SOURCE_TYPES].join(', ')}`);
  }
  const allowed: readonly string[] = kind === 'speaker' ? SPEAKER_FIELDS : kind === 'source' ? SOURCE_FIELDS : [...SOURCE_FIELDS, ...SPEAKER_FIELDS];
  for (const [name, field] of raw.fields) {
    if (!allowed.includes(name)) {
      report(field.key, `unknown field \`${shorten(name)}\` in a ${kind ?? 'registry'} entry; expected one of ${allowed.join(', ')}`);
      strings.delete(name);
      lists.delete(name);
    }
  }
  for (const name of DATE_FIELDS) {
    const value = strings.get(name);
    if (value !== undefined && !isValidDate(value)) {
      report(raw.fields.get(name)!.value, `bad date \`${value}\` in \`${name}\`; expected YYYY-MM-DD`);
      strings.delete(name);
    }
  }
  if (!id || !kind) return undefined;

  const location = located ? locate(raw) : (undefined as unknown as EntryLocation);
  if (kind === 'speaker') {
    const speaker: SpeakerEntry = {
      kind, id, type: typeValue as SpeakerType, name: strings.get('name') ?? id,
      aliases: lists.get('aliases') ?? [], title: strings.get('title'), url: strings.get('url'), location,
    };
    if (!raw.fields.has('name')) report(located ? location.id : whole, `speaker \`${id}\` has no \`name\`; expected the name drafts use`);
    return speaker;
  }
  const statusValue = strings.get('status');
  let status: SourceStatus = 'unverified';
  if (statusValue !== undefined) {
    if ((SOURCE_STATUSES as readonly string[]).includes(statusValue)) status = statusValue as SourceStatus;
    else report(raw.fields.get('status')!.value, `unknown status \`${statusValue}\`; expected one of ${SOURCE_STATUSES.join(', ')}`);
  }
  const plainRef = (written: string | undefined) => (written === undefined ? undefined : { written, name: written });
  const source: SourceEntry = {
    kind, id, type: typeValue as SourceType,
    title: strings.get('title'), speaker: plainRef(strings.get('speaker')), date: strings.get('date'),
    url: strings.get('url'), text: strings.get('text'), aliases: lists.get('aliases') ?? [], status,
    statusNote: strings.get('statusNote'), statusBy: plainRef(strings.get('statusBy')),
    statusDate: strings.get('statusDate'), statusSource: strings.get('statusSource'),
    supersededBy: strings.get('supersededBy'),
    seenBy: (lists.get('seenBy') ?? []).map((written) => ({ written, name: written })), location,
  };
  return source;
}

function entryKind(type: string | undefined): 'speaker' | 'source' | undefined {
  if (type === undefined) return undefined;
  if ((SPEAKER_TYPES as readonly string[]).includes(type)) return 'speaker';
  if ((SOURCE_TYPES as readonly string[]).includes(type)) return 'source';
  return undefined;
}

/** The id, when it is text of the documented pattern (`123` and `true` are YAML numbers and booleans). */
function readId(field: RawField | undefined, id: string | undefined, kind: string, report: (s: Span, m: string) => void): string | undefined {
  if (!field || id === undefined) return undefined;
  const expected = `expected lowercase letters, digits, \`-\`, \`_\` and \`.\`, starting and ending with a letter or digit, with at least one letter (${ID_PATTERN})`;
  if (typeof field.data === 'boolean') {
    report(field.value, `id \`${id}\` is read as a YAML boolean, not text; ${expected}; write it in quotes ("${id}") if that is the id`);
    return undefined;
  }
  if (typeof field.data === 'number') {
    report(field.value, `id \`${id}\` is read as a number, not text; ${expected}, such as \`${kind}-${id}\``);
    return undefined;
  }
  if (!isValidId(id)) {
    const suggestion = suggestId(id);
    report(field.value, `bad id \`${shorten(id)}\`; ${expected}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`);
    return undefined;
  }
  return id;
}

function readString(name: string, field: RawField, report: (s: Span, m: string) => void): string | undefined {
  const v = field.data;
  let text: string;
  if (typeof v === 'string') text = v;
  else if (typeof v === 'number' || typeof v === 'boolean') text = String(v);
  else if (v instanceof Date) text = v.toISOString().slice(0, 10);
  else {
    report(field.value, `\`${name}\` should be text, found ${v === null ? 'nothing' : field.isList ? 'a list' : 'a mapping'}`);
    return undefined;
  }
  return fits(name, text, field.value, report) ? text : undefined;
}

function readList(name: string, field: RawField, report: (s: Span, m: string) => void): string[] | undefined {
  if (typeof field.data === 'string') return fits(name, field.data, field.value, report) ? [field.data] : undefined;
  if (!Array.isArray(field.data)) {
    report(field.value, `\`${name}\` should be a list of text, found ${field.data === null ? 'nothing' : 'a mapping'}`);
    return undefined;
  }
  if (field.data.length > MAX_LIST_ITEMS) {
    report(field.value, `\`${name}\` has ${count(field.data.length)} items; expected at most ${count(MAX_LIST_ITEMS)} per entry (the field is left out)`);
    return undefined;
  }
  const out: string[] = [];
  field.data.forEach((item, i) => {
    const at = field.items[i] ?? field.value;
    if (typeof item === 'string' || typeof item === 'number') {
      if (fits(name, String(item), at, report, i)) out.push(String(item));
    } else report(at, `each item of \`${name}\` should be text`);
  });
  return out;
}

/** Whether a value (of field `name`, or its `item`-th item) is within its size limit and, for a name, not blank; reports it where it is when not. */
function fits(name: string, text: string, at: Span, report: (s: Span, m: string) => void, item = -1): boolean {
  const max = maxCharsOf(name);
  if (text.length > max) {
    report(at, `${valueName(name, item)} is ${count(text.length)} characters long; expected at most ${count(max)} (it is left out)`);
    return false;
  }
  const expected = NAME_FIELDS.get(name);
  if (expected && (text === '' || /^\s/.test(text)) && text.trim() === '') {
    report(at, `${valueName(name, item)} is blank; expected ${expected} (it is left out)`);
    return false;
  }
  return true;
}

/** `name` or "item 3 of `aliases`", for messages. */
function valueName(name: string, item: number): string {
  return item < 0 ? `\`${name}\`` : `item ${item + 1} of \`${name}\``;
}

/** Where an entry and its fields are, from a raw entry with positions. */
export function locate(raw: RawEntry): EntryLocation {
  const fields: Record<string, Span> = {};
  for (const [name, field] of raw.fields) fields[name] = field.value;
  const idField = raw.fields.get('id');
  return { path: raw.path, start: raw.start, end: raw.end, id: idField ? idField.value : { start: raw.start, end: raw.start }, fields };
}
