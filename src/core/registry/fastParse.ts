/**
 * The fast way to read a healthy registry file: js-yaml (about ten times
 * faster than a position-keeping parse) gives the data, without positions.
 * Anything unusual (a syntax error, a non-mapping entry) returns undefined
 * so that the caller reads the file the slow way, with exact positions.
 */
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import type { TextFile } from '../types.ts';
import { readableText } from './jsonComments.ts';
import type { RawEntry, RawField } from './parse.ts';
import { detach as detachString, quickRead } from './quickRead.ts';

const NOWHERE = { start: 0, end: 0 };

/**
 * A copy of parsed data whose strings no longer point into the file's text:
 * a parser's substrings keep the whole file alive, which a registry of 100k
 * entries cannot afford once the file's text is dropped.
 */
function detach(value: unknown): unknown {
  if (typeof value === 'string') return detachString(value);
  if (Array.isArray(value)) return value.map(detach);
  return value;
}

/** Raw entries of a file (positions all zero), or undefined when the file needs the slow path. */
export function fastParse(file: TextFile): RawEntry[] | undefined {
  const text = readableText(file);
  if (text.includes('\u0000')) return undefined;
  const readable = text === file.text ? file : { path: file.path, text };
  const quick = quickRead(readable);
  if (quick) return quick;
  return mayHoldAliases(text) ? undefined : libraryParse(readable);
}

/**
 * Whether YAML anchors or aliases may be in a text: js-yaml would share an
 * aliased value where copying it for entries could blow up, and has no limit
 * of its own, so such files take the slow path, which counts aliases. Text
 * like `AT&T` does not match; `a *starred* word` sends a file the slow way.
 */
function mayHoldAliases(text: string): boolean {
  return /(?:^|[\s,[{:])[&*][^\s,[\]{}]/.test(text);
}

/** Raw entries of a file read by js-yaml (positions all zero), or undefined when the file needs the slow path. */
export function libraryParse(file: TextFile): RawEntry[] | undefined {
  const entries: RawEntry[] = [];
  let ok = true;
  const take = (item: unknown) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      ok = false;
      return;
    }
    const fields = new Map<string, RawField>();
    for (const [key, raw] of Object.entries(item as Record<string, unknown>)) {
      const data = detach(raw);
      fields.set(key, { key: NOWHERE, value: NOWHERE, data, isList: Array.isArray(data), items: Array.isArray(data) ? data.map(() => NOWHERE) : [] });
    }
    entries.push({ path: file.path, ...NOWHERE, fields });
  };
  try {
    loadAll(file.text, (doc) => {
      if (doc === null || doc === undefined) return;
      if (Array.isArray(doc)) doc.forEach(take);
      else take(doc);
    }, { schema: CORE_SCHEMA, filename: file.path });
  } catch {
    return undefined;
  }
  return ok ? entries : undefined;
}
