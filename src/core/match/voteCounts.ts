/**
 * Votes by text number for one lookup, in a small open-addressing table sized
 * to the postings the lookup reads (not to the registry): a quote's votes land
 * in a few kilobytes that stay in the processor's cache, where an array with a
 * slot per text (2 MB at a million statements) costs a cache miss per posting.
 */

/** Vote counts by text number: `start`, `add` each posting, then read `texts` and `votesOf`. */
export class VoteCounts {
  /** Slot → text number, or -1 for an empty slot. */
  private slots = new Int32Array(0).fill(-1);
  /** Slot → votes. */
  private votes = new Uint16Array(0);
  /** The texts voted for, in the order first voted for. */
  private seen = new Int32Array(0);
  /** The slot of each text in `seen`. */
  private seenSlot = new Int32Array(0);
  private count = 0;
  private mask = 0;

  /** Empties the table for a lookup that reads at most `postings` postings. */
  start(postings: number): void {
    for (let k = 0; k < this.count; k++) this.slots[this.seenSlot[k]] = -1;
    this.count = 0;
    let size = 64;
    while (size < postings * 2) size *= 2;
    if (size > this.slots.length) {
      this.slots = new Int32Array(size).fill(-1);
      this.votes = new Uint16Array(size);
      this.seenSlot = new Int32Array(size);
      this.seen = new Int32Array(size);
      this.mask = size - 1;
    }
  }

  /** One more vote for text `doc`. */
  add(doc: number): void {
    const slot = this.slotOf(doc);
    if (this.slots[slot] === doc) {
      this.votes[slot]++;
      return;
    }
    this.slots[slot] = doc;
    this.votes[slot] = 1;
    this.seenSlot[this.count] = slot;
    this.seen[this.count++] = doc;
  }

  /** How many texts have votes. */
  get size(): number {
    return this.count;
  }

  /** The `k`-th text voted for (in the order first voted for). */
  text(k: number): number {
    return this.seen[k];
  }

  /** The votes of the `k`-th text voted for. */
  votesAt(k: number): number {
    return this.votes[this.seenSlot[k]];
  }

  /** The slot holding `doc`, or the empty slot where it goes. */
  private slotOf(doc: number): number {
    let slot = (Math.imul(doc, 0x9e3779b1) >>> 0) & this.mask;
    while (this.slots[slot] !== -1 && this.slots[slot] !== doc) slot = (slot + 1) & this.mask;
    return slot;
  }
}
