/** Binary search over anything sorted. */

/** The first index in [0, count) for which `isBefore` is false, given it is true for a prefix and false after. */
export function firstNotBefore(count: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of `key` in ascending `keys`, or -1 when absent. */
export function indexOfKey(keys: Int32Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? lo : -1;
}

/** The index of the first item whose start is at or after `offset` (items sorted by start). */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  return firstNotBefore(items.length, (i) => items[i].start < offset);
}
