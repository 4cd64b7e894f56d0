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
    const lo = indexOfKey(this.keys, key);
    if (lo < 0) return undefined;
    return this.docs.subarray(this.starts[lo], this.starts[lo + 1]);
  }
}
