/**
 * Postings of word-pair keys (30-bit integers) in flat typed arrays: an
 * open-addressing hash table whose slot holds either the one text that has
 * the pair (most pairs) or an index into a small set of lists. Several times
 * smaller and faster to build than a Map of arrays at 100k texts.
 */

const EMPTY = 0;

/** A multimap from pair keys to text numbers, append-only. */
export class PairTable {
  private keys = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private readonly lists: number[][] = [];
  private count = 0;

  /** The number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /** Adds text `doc` under `key` (a repeat of the last text for the key is ignored). */
  add(key: number, doc: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slotOf(key);
    if (this.keys[slot] === EMPTY) {
      this.keys[slot] = key + 1;
      this.values[slot] = doc;
      this.count++;
      return;
    }
    const value = this.values[slot];
    if (value >= 0) {
      if (value !== doc) {
        this.values[slot] = -(this.lists.length + 1);
        this.lists.push([value, doc]);
      }
      return;
    }
    const list = this.lists[-value - 1];
    if (list[list.length - 1] !== doc) list.push(doc);
  }

  /** The texts holding `key`, or undefined. */
  get(key: number): readonly number[] | undefined {
    const slot = this.slotOf(key);
    if (this.keys[slot] === EMPTY) return undefined;
    const value = this.values[slot];
    return value >= 0 ? [value] : this.lists[-value - 1];
  }

  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key + 1) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === EMPTY) continue;
      const slot = this.slotOf(oldKeys[i] - 1);
      this.keys[slot] = oldKeys[i];
      this.values[slot] = oldValues[i];
    }
  }
}
