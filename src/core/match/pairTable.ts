/**
 * Postings of word-pair keys (30-bit integers) in flat typed arrays: pairs
 * are collected while texts are added, then sorted by key once (a two-pass
 * radix sort) into compressed rows: the distinct keys in order, where each
 * key's texts start, and the texts. No per-key objects, so building 100k
 * texts costs a few sorts of integer arrays, and a lookup is a binary search.
 */
import { indexOfKey } from '../sorted.ts';

/** Grows an Int32Array to hold at least `need` items. */
function ensure(array: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= array.length) return array;
  const next = new Int32Array(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

/** A frozen table's rows: the distinct keys ascending, where each key's texts start in `docs` (one more than there are keys), and the texts. */
export interface PairRows {
  keys: Int32Array;
  starts: Int32Array;
  docs: Int32Array;
}

/** A multimap from pair keys to text numbers: `add` everything, `freeze`, then `get`. */
export class PairTable {
  private pendingKeys: Int32Array<ArrayBuffer>;
  private pendingDocs: Int32Array<ArrayBuffer>;
  private pending = 0;
  private keys: Int32Array = new Int32Array(0);
  private starts: Int32Array = new Int32Array(1);
  private docs: Int32Array = new Int32Array(0);

  /** A table with room for `capacity` pairs before it grows. */
  constructor(capacity = 1 << 16) {
    this.pendingKeys = new Int32Array(Math.max(1, capacity));
    this.pendingDocs = new Int32Array(Math.max(1, capacity));
  }

  /** The number of distinct keys (after `freeze`). */
  get size(): number {
    return this.keys.length;
  }

  /** Adds text `doc` under `key`; texts are added in increasing order. */
  add(key: number, doc: number): void {
    if (this.pending === this.pendingKeys.length) {
      this.pendingKeys = ensure(this.pendingKeys, this.pending + 1);
      this.pendingDocs = ensure(this.pendingDocs, this.pending + 1);
    }
    this.pendingKeys[this.pending] = key;
    this.pendingDocs[this.pending++] = doc;
  }

  /** Sorts what was added into rows by key (stable: each key's texts stay in order, repeats dropped). */
  freeze(): void {
    const n = this.pending;
    // least significant 15 bits first, then the next 15, from the pending arrays to spare ones and back
    const spareKeys = new Int32Array(n);
    const spareDocs = new Int32Array(n);
    const pass = (shift: number, fromKeys: Int32Array, fromDocs: Int32Array, toKeys: Int32Array, toDocs: Int32Array) => {
      const counts = new Int32Array((1 << 15) + 1);
      for (let i = 0; i < n; i++) counts[((fromKeys[i] >>> shift) & 0x7fff) + 1]++;
      for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
      for (let i = 0; i < n; i++) {
        const at = counts[(fromKeys[i] >>> shift) & 0x7fff]++;
        toKeys[at] = fromKeys[i];
        toDocs[at] = fromDocs[i];
      }
    };
    pass(0, this.pendingKeys, this.pendingDocs, spareKeys, spareDocs);
    pass(15, spareKeys, spareDocs, this.pendingKeys, this.pendingDocs);
    const keys = this.pendingKeys;
    const docs = this.pendingDocs;
    // rows: distinct keys, where each starts, and the texts without repeats
    let distinct = 0;
    for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
    const rowKeys = new Int32Array(distinct);
    const starts = new Int32Array(distinct + 1);
    const out = new Int32Array(n);
    let row = -1;
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (i === 0 || keys[i] !== keys[i - 1]) {
        rowKeys[++row] = keys[i];
        starts[row] = m;
      } else if (docs[i] === out[m - 1]) continue;
      out[m++] = docs[i];
    }
    starts[distinct] = m;
    this.keys = rowKeys;
    this.starts = starts;
    this.docs = out.slice(0, m);
    this.pendingKeys = new Int32Array(0);
    this.pendingDocs = new Int32Array(0);
    this.pending = 0;
    this.directory = undefined;
  }

  /** The frozen rows (distinct keys, where each key's texts start, the texts), to store them. */
  rows(): PairRows {
    return { keys: this.keys, starts: this.starts, docs: this.docs };
  }

  /** A frozen table of stored rows; undefined when they are not rows of `texts` texts (keys ascending, starts ascending within the texts). */
  static fromRows(rows: PairRows, texts: number): PairTable | undefined {
    const { keys, starts, docs } = rows;
    if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== docs.length) return undefined;
    for (let i = 1; i < keys.length; i++) if (keys[i] <= keys[i - 1]) return undefined;
    for (let i = 1; i < starts.length; i++) if (starts[i] < starts[i - 1]) return undefined;
    for (let i = 0; i < docs.length; i++) if (docs[i] < 0 || docs[i] >= texts) return undefined;
    const table = new PairTable(1);
    table.keys = keys;
    table.starts = starts;
    table.docs = docs;
    table.pendingKeys = new Int32Array(0);
    table.pendingDocs = new Int32Array(0);
    return table;
  }

  /** The texts holding `key` (in increasing order), or undefined. */
  get(key: number): Int32Array | undefined {
    const row = this.rowOf(key);
    return row < 0 ? undefined : this.docs.subarray(this.starts[row], this.starts[row + 1]);
  }

  /** The row of `key`, or -1 when no text holds it. */
  rowOf(key: number): number {
    const directory = this.directory ?? this.buildDirectory();
    if (directory.length === 0) return indexOfKey(this.keys, key);
    const bucket = key >>> this.shift;
    if (key < 0 || bucket + 1 >= directory.length) return -1;
    let lo = directory[bucket];
    let hi = directory[bucket + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.keys.length && this.keys[lo] === key ? lo : -1;
  }

  /** Where row `row`'s texts start in `texts`. */
  rowStart(row: number): number {
    return this.starts[row];
  }

  /** Where row `row`'s texts end in `texts`. */
  rowEnd(row: number): number {
    return this.starts[row + 1];
  }

  /** Every row's texts, one row after another (read with `rowStart` and `rowEnd`). */
  get texts(): Int32Array {
    return this.docs;
  }

  /** By the top bits of a key: the first row whose key has those top bits or more (built on first use, not stored). */
  private directory: Int32Array | undefined;
  /** Key >>> shift is a key's bucket in `directory`. */
  private shift = 0;

  /**
   * A directory of about one bucket per four keys, so that a lookup reads one
   * bucket and a few neighbouring keys instead of binary-searching the whole
   * key array (a cache miss a step at a million statements). Empty (plain
   * binary search) when the keys are not all 30-bit pair keys.
   */
  private buildDirectory(): Int32Array {
    const keys = this.keys;
    const n = keys.length;
    if (n < 64 || keys[0] < 0 || keys[n - 1] > 0x3fffffff) return (this.directory = new Int32Array(0));
    let bits = 1;
    while (bits < 28 && 1 << (bits + 2) < n) bits++;
    this.shift = 30 - bits;
    const directory = new Int32Array((1 << bits) + 1);
    let row = 0;
    for (let bucket = 0; bucket <= 1 << bits; bucket++) {
      while (row < n && keys[row] >>> this.shift < bucket) row++;
      directory[bucket] = row;
    }
    return (this.directory = directory);
  }
}
