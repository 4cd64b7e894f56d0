/**
 * A unified diff (as `diff -u` and `git apply` read it) of a text before and
 * after edits, for `check --fix-dry-run`.
 */

const CONTEXT = 3;

/** Lines of a text, each with its line end. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A diff line: its mark and the line without its end (and the marker for a last line without one). */
function show(mark: string, line: string): string {
  return line.endsWith('\n') ? `${mark}${line.slice(0, -1).replace(/\r$/, '')}` : `${mark}${line}\n\\ No newline at end of file`;
}

/** The unified diff between two texts under the name `file` ('' when they are equal). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = linesOf(before);
  const b = linesOf(after);
  const ops = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    let start = i;
    let context = 0;
    while (start > 0 && ops[start - 1].kind === ' ' && context < CONTEXT) {
      start--;
      context++;
    }
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let same = 0;
      while (end + same < ops.length && ops[end + same].kind === ' ') same++;
      if (end + same < ops.length && same <= 2 * CONTEXT) {
        end += same;
        continue;
      }
      end += Math.min(same, CONTEXT);
      break;
    }
    const slice = ops.slice(start, end);
    const oldStart = slice[0].a;
    const newStart = slice[0].b;
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    const range = (s: number, n: number) => `${n === 0 ? s : s + 1}${n === 1 ? '' : `,${n}`}`;
    hunks.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const o of slice) hunks.push(show(o.kind, o.kind === '+' ? b[o.b] : a[o.a]));
    i = end;
  }
  return [`--- a/${file}`, `+++ b/${file}`, ...hunks].join('\n');
}

interface Op {
  kind: ' ' | '-' | '+';
  /** Index in the old lines (for '+': where it goes). */
  a: number;
  /** Index in the new lines (for '-': where it would be). */
  b: number;
}

/** The line operations turning `a` into `b`: common ends trimmed, then a dynamic programme over the middle. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', a: k, b: k });
  if (am.length * bm.length > 4_000_000) {
    // too large for the table: the whole middle replaced
    am.forEach((_, k) => ops.push({ kind: '-', a: head + k, b: head }));
    bm.forEach((_, k) => ops.push({ kind: '+', a: head + am.length, b: head + k }));
  } else {
    const lcs: number[][] = Array.from({ length: am.length + 1 }, () => new Array<number>(bm.length + 1).fill(0));
    for (let x = am.length - 1; x >= 0; x--) for (let y = bm.length - 1; y >= 0; y--) lcs[x][y] = am[x] === bm[y] ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
    let x = 0;
    let y = 0;
    while (x < am.length || y < bm.length) {
      if (x < am.length && y < bm.length && am[x] === bm[y]) ops.push({ kind: ' ', a: head + x++, b: head + y++ });
      else if (x < am.length && (y === bm.length || lcs[x + 1][y] >= lcs[x][y + 1])) ops.push({ kind: '-', a: head + x++, b: head + y });
      else ops.push({ kind: '+', a: head + x, b: head + y++ });
    }
  }
  for (let k = 0; k < tail; k++) ops.push({ kind: ' ', a: a.length - tail + k, b: b.length - tail + k });
  return ops;
}
