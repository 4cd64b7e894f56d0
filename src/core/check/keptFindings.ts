/**
 * The findings of the whole-draft rules (and of suppression comments), kept
 * from one check of a draft to the next: a finding made again with the same
 * content, at the place the edit moved the old one to, is the old object
 * (moved in place to where it is now), so that what is built from it, such as
 * its LSP diagnostic and that diagnostic's JSON, is kept too. Whether an old
 * object is taken never changes a finding: only an equal one is.
 */
import type { Finding } from '../types.ts';

/** Where an offset of the last checked text is in the new one (NaN: inside what the edit replaced). */
export type OffsetMap = (offset: number) => number;

/** The offset map of one edit: offsets before `start` stay, those from `oldEnd` on move by `delta`. */
export function editMap(start: number, oldEnd: number, delta: number): OffsetMap {
  return (offset) => (offset < start ? offset : offset >= oldEnd ? offset + delta : NaN);
}

/** The last check's findings of the draft-wide rules, by where they are after the edit. */
export class KeptFindings {
  private last: Finding[] = [];

  /**
   * Replaces each of `findings[from…]` (made anew by this check) by the last
   * check's equal finding when there is one, moved in place to its new offsets;
   * keeps them for the next check. `map`: old offsets to new ones; `path`: the draft's.
   */
  reuse(findings: Finding[], from: number, map: OffsetMap, path: string): void {
    const byStart = new Map<number, Finding[]>();
    for (const old of this.last) {
      const at = map(old.start);
      if (Number.isNaN(at)) continue;
      const list = byStart.get(at);
      if (list) list.push(old);
      else byStart.set(at, [old]);
    }
    const kept: Finding[] = [];
    for (let i = from; i < findings.length; i++) {
      const fresh = findings[i];
      const candidates = byStart.get(fresh.start);
      const k = candidates ? candidates.findIndex((old) => sameFinding(old, fresh, map, path)) : -1;
      if (k >= 0) {
        const old = candidates![k];
        candidates!.splice(k, 1);
        moveTo(old, fresh, path);
        findings[i] = old;
      }
      kept.push(findings[i]);
    }
    this.last = kept;
  }
}

/** True when `old`, its offsets mapped, is `fresh`: every field the same, offsets in the draft through `map`. */
function sameFinding(old: Finding, fresh: Finding, map: OffsetMap, path: string): boolean {
  const keys = Object.keys(fresh) as (keyof Finding)[];
  if (keys.length !== Object.keys(old).length) return false;
  for (const key of keys) {
    const a = old[key];
    const b = fresh[key];
    if (key === 'start' || key === 'end') {
      if (map(a as number) !== b) return false;
    } else if (key === 'related' || key === 'fixes') {
      if (!sameSpans(a as Spanned[] | undefined, b as Spanned[] | undefined, map, path)) return false;
    } else if (a !== b) return false;
  }
  return true;
}

/** A related place or a quick fix: offsets, maybe a path (a fix's are the draft's), and plain fields. */
type Spanned = { start: number; end: number; path?: string } & Record<string, unknown>;

function sameSpans(a: Spanned[] | undefined, b: Spanned[] | undefined, map: OffsetMap, path: string): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const keys = Object.keys(y);
    if (keys.length !== Object.keys(x).length) return false;
    const inDraft = y.path === undefined || y.path === path;
    for (const key of keys) {
      if ((key === 'start' || key === 'end') && inDraft) {
        if (map(x[key]) !== y[key]) return false;
      } else if (x[key] !== y[key]) return false;
    }
  }
  return true;
}

/** Moves `old` (equal to `fresh` but for its offsets) to `fresh`'s offsets, in place. */
function moveTo(old: Finding, fresh: Finding, path: string): void {
  old.start = fresh.start;
  old.end = fresh.end;
  for (const key of ['related', 'fixes'] as const) {
    const a = old[key] as Spanned[] | undefined;
    const b = fresh[key] as Spanned[] | undefined;
    if (!a || !b) continue;
    for (let i = 0; i < a.length; i++) {
      if (b[i].path !== undefined && b[i].path !== path) continue;
      a[i].start = b[i].start;
      a[i].end = b[i].end;
    }
  }
}
