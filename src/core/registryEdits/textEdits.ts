/**
 * Offset edits of registry files: what every registry write returns, how
 * they are applied, and the one minimal edit between two texts.
 */
import type { Span } from '../types.ts';

/** Replaces [start, end) of a file's text with `newText` (offsets into the text the edit was computed for). */
export interface OffsetEdit extends Span {
  newText: string;
}

/** The format of a registry file, by its extension. */
export type RegistryFormat = 'yaml' | 'json';

/** The values a registry edit writes: a string, a list of strings, or undefined to remove the field. */
export type FieldValue = string | readonly string[] | undefined;

/** What a registry edit gives: the edits, or why there are none (a message saying what was found and expected). */
export type RegistryEditResult = { edits: OffsetEdit[] } | { problem: string };

/** The format of a registry file path: `json` for .json, else `yaml`. */
export function registryFormatOf(path: string): RegistryFormat {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

/** The text with non-overlapping edits applied (in any order). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The one edit that turns `before` into `after` (no edit when they are equal), touching only what differs. */
export function minimalEdit(before: string, after: string): OffsetEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // never split a CRLF or a surrogate pair between kept and changed text
  while (start > 0 && (isLowHalf(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  return [{ start, end: before.length - tail, newText: after.slice(start, after.length - tail) }];
}

function isLowHalf(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The line break a file uses (CRLF when it has any, else LF). */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
