/**
 * Reads the user's `sourceCheck.*` settings — VS Code's nested section or a
 * settings file's dotted keys — into checked values. Unknown keys, names that
 * reach an object's prototype and values of the wrong type are reported and
 * never merged or used; nothing here writes to an object by a key the user chose.
 */
import { SETTING_KEYS, SEVERITY_KEYS, SEVERITY_VALUES, type Settings, type SettingsProblem } from './settings.ts';
import type { SeveritySetting } from './types.ts';

/** One setting as written: its full dotted key, its value, and where its key and value start in a file (when known). */
export interface SettingEntry {
  key: string;
  value: unknown;
  keyAt?: number;
  valueAt?: number;
}

/** The settings a user gave, each checked (absent: not given, or given with a bad value). */
export interface UserSettings {
  severity: Settings['severity'];
  registry?: string[];
  include?: string[];
  exclude?: string[];
  debounceMs?: number;
}

/** Names that are never setting names: on a plain object they reach its prototype. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys whose value is a group of settings, written as an object. */
const GROUPS = new Set(['sourceCheck', 'sourceCheck.severity']);

/** True for `sourceCheck` and `sourceCheck.severity`, whose values are objects of settings. */
export function isSettingGroup(key: string): boolean {
  return GROUPS.has(key);
}

/** True for keys of Source Check's namespace: `sourceCheck` and `sourceCheck.*`. */
export function isSourceCheckKey(key: string): boolean {
  return key === 'sourceCheck' || key.startsWith('sourceCheck.');
}

/** The entries of a `sourceCheck` section as VS Code gives it: groups are opened, own keys only. */
export function sectionEntries(section: unknown, prefix = 'sourceCheck'): SettingEntry[] {
  const out: SettingEntry[] = [];
  const visit = (key: string, value: unknown): void => {
    if (isSettingGroup(key) && isPlainObject(value)) {
      for (const k of Object.keys(value)) visit(`${key}.${k}`, (value as Record<string, unknown>)[k]);
    } else out.push({ key, value });
  };
  visit(prefix, section);
  return out;
}

/** Checks settings entries (later ones win), reporting every problem with its key and position. */
export function readUserSettings(entries: Iterable<SettingEntry>, problems: SettingsProblem[] = []): UserSettings {
  const severity = new Map<string, SeveritySetting | null>();
  const values = new Map<string, unknown>();
  for (const entry of entries) {
    const { key, value } = entry;
    const problem = (message: string, at = entry.valueAt ?? entry.keyAt) => problems.push({ key, message, at });
    const reserved = key.split('.').find((part) => RESERVED.has(part));
    if (reserved) {
      problem(`\`${key}\` is not a setting (\`${reserved}\` is never a setting name); ignored`, entry.keyAt);
      continue;
    }
    if (isSettingGroup(key)) {
      // an opened group has no entry of its own: only a group written as something else arrives here
      problem(`${key} is ${describe(value)}; expected an object of settings${key === 'sourceCheck' ? '' : ', e.g. {"misquote": "error"}'}; ignored`);
      continue;
    }
    if (!SETTING_KEYS.includes(key)) {
      problem(unknownKeyMessage(key), entry.keyAt);
      continue;
    }
    if (key.startsWith('sourceCheck.severity.')) {
      if (value === null || value === undefined) severity.set(key, null);
      else if (typeof value === 'string' && (SEVERITY_VALUES as readonly string[]).includes(value)) severity.set(key, value as SeveritySetting);
      else problem(`${key} is ${describe(value)}; expected one of ${SEVERITY_VALUES.join(', ')} (or null for the default); ignored`);
      continue;
    }
    if (value === null || value === undefined) {
      values.delete(key);
      continue;
    }
    if (key === 'sourceCheck.debounceMs') {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) values.set(key, value);
      else problem(`${key} is ${describe(value)}; expected a number of milliseconds, 0 or more; ignored, the default is used`);
      continue;
    }
    const list = stringList(key, value, problem);
    if (list) values.set(key, list);
  }
  const out: UserSettings = { severity: Object.create(null) as Settings['severity'] };
  for (const [key, value] of severity) {
    if (value !== null) (out.severity as Record<string, SeveritySetting>)[key.slice('sourceCheck.severity.'.length)] = value;
  }
  const list = (key: string) => values.get(key) as string[] | undefined;
  if (values.has('sourceCheck.registry')) out.registry = list('sourceCheck.registry');
  if (values.has('sourceCheck.include')) out.include = list('sourceCheck.include');
  if (values.has('sourceCheck.exclude')) out.exclude = list('sourceCheck.exclude');
  if (values.has('sourceCheck.debounceMs')) out.debounceMs = values.get('sourceCheck.debounceMs') as number;
  return out;
}

/** A path or glob setting: a string or a list of strings; other items are reported and left out. */
function stringList(key: string, value: unknown, problem: (message: string) => void): string[] | undefined {
  const what = key === 'sourceCheck.registry' ? 'path' : 'glob';
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    problem(`${key} is ${describe(value)}; expected a list of ${what}s (strings); ignored, the default is used`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item !== '') out.push(item);
    else problem(`${key}: item ${i + 1} is ${describe(item)}; expected a ${what} (a non-empty string); left out`);
  });
  return out;
}

/** "unknown setting `k`; did you mean `known`?" with the closest known key, or the keys there are. */
export function unknownKeyMessage(key: string): string {
  const best = closestKey(key);
  if (best) return `unknown setting \`${key}\`; did you mean \`${best}\`?`;
  if (key.startsWith('sourceCheck.severity.')) {
    return `unknown setting \`${key}\`; expected sourceCheck.severity.<code> or .<status>, one of ${SEVERITY_KEYS.join(', ')}`;
  }
  return `unknown setting \`${key}\`; expected one of sourceCheck.registry, sourceCheck.include, sourceCheck.exclude, sourceCheck.debounceMs, sourceCheck.severity.<code or status>`;
}

/** The known key within a small edit distance of `key` (case aside), if there is one. */
export function closestKey(key: string): string | undefined {
  const tail = key.slice(key.lastIndexOf('.') + 1);
  const limit = Math.min(3, Math.max(1, Math.floor(tail.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const known of SETTING_KEYS) {
    const d = editDistance(key.toLowerCase(), known.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

/** Edits (insert, delete, substitute, swap two neighbours) from a to b; `cap` or more when at least that many. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin >= cap) return cap;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length], cap);
}

/** A value as a message shows it: short JSON and its kind, `5 (a number)`. */
function describe(value: unknown): string {
  const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  if (shown.length > 40) shown = `${shown.slice(0, 37)}…`;
  return kind === 'null' ? 'null' : `${shown} (${kind})`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
