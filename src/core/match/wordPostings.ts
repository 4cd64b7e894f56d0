/**
 * One speaker's statements by word, sized exactly: each statement is tokenised
 * once, its distinct words' rows kept for a moment, and they are read twice
 * (once to count each word's statements, once to fill them in), so no array
 * of the table grows, nothing is sorted, and no spare copies are kept. Statements are
 * stored by their position among the speaker's (two bytes each below 65,536
 * statements), so a table costs about two bytes per distinct word of each
 * statement, plus eight per distinct word.
 */
import { indexOfKey } from '../sorted.ts';
import { wordKeysInto, wordKeysScratch } from './wordKeys.ts';

/** Statement positions: two bytes each while they fit, four beyond. */
export type Positions = Uint16Array | Int32Array;

/** A word table over a list of statements: word key → positions (in the list) of the statements holding it. */
export class WordPostings {
  /** The distinct word keys, in increasing order. */
  private readonly keys: Int32Array;
  /** Where each key's positions start in `positions` (one more than there are keys). */
  private readonly starts: Int32Array;
  /** Positions in the list, each key's in increasing order without repeats. */
  private readonly positions: Positions;

  /** Indexes `count` statements, the text of position `p` being `textAt(p)`. */
  constructor(count: number, textAt: (position: number) => string) {
    // first reading: each distinct key's row, and how many statements hold it
    const rowOf = new Map<number, number>();
    let rowKeys = new Int32Array(1024);
    let counts = new Int32Array(1024);
    let lastSeen = new Int32Array(1024);
    // (each statement's distinct rows kept for the second reading: its text is tokenised once, each key looked up once)
    let kept = new Int32Array(1024);
    const ends = new Int32Array(count + 1);
    let keptCount = 0;
    for (let p = 0; p < count; p++) {
      const n = wordKeysInto(textAt(p));
      const words = wordKeysScratch();
      for (let w = 0; w < n; w++) {
        const key = words[w];
        if (key < 0) continue;
        let row = rowOf.get(key);
        if (row === undefined) {
          row = rowOf.size;
          rowOf.set(key, row);
          if (row === rowKeys.length) {
            rowKeys = grown(rowKeys);
            counts = grown(counts);
            lastSeen = grown(lastSeen);
          }
          rowKeys[row] = key;
          lastSeen[row] = -1;
        }
        if (lastSeen[row] !== p) {
          lastSeen[row] = p;
          counts[row]++;
          if (keptCount === kept.length) kept = grown(kept);
          kept[keptCount++] = row;
        }
      }
      ends[p + 1] = keptCount;
    }
    // rows in key order, so that a lookup is a binary search
    const rows = rowOf.size;
    const order = new Int32Array(rows);
    for (let r = 0; r < rows; r++) order[r] = r;
    order.sort((a, b) => rowKeys[a] - rowKeys[b]);
    this.keys = new Int32Array(rows);
    this.starts = new Int32Array(rows + 1);
    const fill = new Int32Array(rows); // by row: where its next position goes
    let total = 0;
    for (let k = 0; k < rows; k++) {
      const row = order[k];
      this.keys[k] = rowKeys[row];
      this.starts[k] = total;
      fill[row] = total;
      total += counts[row];
    }
    this.starts[rows] = total;
    // second reading: each statement's position under each of its distinct keys
    this.positions = count <= 0x10000 ? new Uint16Array(total) : new Int32Array(total);
    for (let p = 0; p < count; p++) {
      for (let w = ends[p], end = ends[p + 1]; w < end; w++) this.positions[fill[kept[w]]++] = p;
    }
  }

  /** The positions of the statements holding `key` (in increasing order), or undefined. */
  get(key: number): Positions | undefined {
    const lo = indexOfKey(this.keys, key);
    if (lo < 0) return undefined;
    return this.positions.subarray(this.starts[lo], this.starts[lo + 1]);
  }
}

/** A copy of `array` twice as long. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
