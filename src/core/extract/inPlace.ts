/**
 * Array edits made in place, each with its undo: the incremental path keeps
 * the last run's arrays and objects past an edit and moves them, instead of
 * copying thousands of them per keystroke (every copy survives into the next
 * run, which the young-generation collector then copies again).
 */

/** Moves one kept item by `sign` times the edit's shift, in place. */
export type MoveItem<T> = (item: T, sign: 1 | -1) => void;

/**
 * Replaces `items[from, to)` with `middle` in place and moves every item after
 * them with `move(item, 1)`; `undo` gets how to put the items and their places back.
 */
export function replaceInPlace<T>(items: T[], from: number, to: number, middle: readonly T[], move: MoveItem<T> | undefined, undo: (() => void)[]): T[] {
  const removed = replaceRange(items, from, to, middle);
  const after = from + middle.length;
  if (move) for (let i = after; i < items.length; i++) move(items[i], 1);
  undo.push(() => {
    if (move) for (let i = after; i < items.length; i++) move(items[i], -1);
    replaceRange(items, from, after, removed);
  });
  return items;
}

/** Puts `middle` in place of `items[from, to)` (no argument spread: any length), returning what was there. */
function replaceRange<T>(items: T[], from: number, to: number, middle: readonly T[]): T[] {
  const removed = items.slice(from, to);
  const length = items.length;
  const diff = middle.length - (to - from);
  if (diff > 0) {
    // grown with copies of the last item (the array stays packed), then the tail moved right
    for (let k = 0; k < diff; k++) items.push(items[length - 1]);
    for (let i = length - 1; i >= to; i--) items[i + diff] = items[i];
  } else if (diff < 0) {
    for (let i = to; i < length; i++) items[i + diff] = items[i];
    items.length = length + diff;
  }
  for (let i = 0; i < middle.length; i++) items[from + i] = middle[i];
  return removed;
}
