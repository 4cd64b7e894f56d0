/**
 * A map from non-negative integers below 2^31 (the name dictionary's token
 * hashes) to integers, by open addressing in two typed arrays: a lookup per
 * token of every chunk reads two arrays instead of a Map's hash table.
 */
const EMPTY = -1;

/** Non-negative 31-bit integer keys to 32-bit integer values. */
export class IntMap {
  private keys = new Int32Array(256).fill(EMPTY);
  private values = new Int32Array(256);
  private mask = 255;
  private count = 0;

  /** The value of `key`, or `missing` when it has none. */
  get(key: number, missing: number): number {
    if (key < 0) return missing;
    const keys = this.keys;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[i];
      if (k === key) return this.values[i];
      if (k === EMPTY) return missing;
    }
  }

  /** Whether `key` has a value. */
  has(key: number): boolean {
    return this.slotOf(key) >= 0;
  }

  /** Gives `key` the value `value`. */
  set(key: number, value: number): void {
    if (key < 0 || key > 0x7fffffff || !Number.isInteger(key)) throw new RangeError(`IntMap keys are integers from 0 to 2^31 - 1, not ${key}`);
    const at = this.slotOf(key);
    if (at >= 0) {
      this.values[at] = value;
      return;
    }
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    let i = key & this.mask;
    while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.values[i] = value;
    this.count++;
  }

  /** The slot holding `key`, or -1. */
  private slotOf(key: number): number {
    if (key < 0) return -1;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i], values[i]);
  }
}
