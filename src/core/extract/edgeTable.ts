/**
 * The edges of the name trie: (node, token id) → child node, in an
 * open-addressing hash table of typed arrays (no object or boxed number per
 * edge, so 100,000s of names build quickly and stay small).
 */

/** A map from (node, token) pairs of non-negative integers to non-negative integers. */
export class EdgeTable {
  private nodes = new Int32Array(1024).fill(-1);
  private tokens = new Int32Array(1024);
  private children = new Int32Array(1024);
  private size = 0;

  /** The child of `node` by `token`, or -1. */
  get(node: number, token: number): number {
    const mask = this.nodes.length - 1;
    for (let slot = hash(node, token) & mask; ; slot = (slot + 1) & mask) {
      const n = this.nodes[slot];
      if (n < 0) return -1;
      if (n === node && this.tokens[slot] === token) return this.children[slot];
    }
  }

  /** Sets the child of `node` by `token` (a new edge: `get` gave -1). */
  set(node: number, token: number, child: number): void {
    if ((this.size + 1) * 2 > this.nodes.length) this.grow();
    this.put(node, token, child);
    this.size++;
  }

  private put(node: number, token: number, child: number): void {
    const mask = this.nodes.length - 1;
    let slot = hash(node, token) & mask;
    while (this.nodes[slot] >= 0) slot = (slot + 1) & mask;
    this.nodes[slot] = node;
    this.tokens[slot] = token;
    this.children[slot] = child;
  }

  private grow(): void {
    const { nodes, tokens, children } = this;
    this.nodes = new Int32Array(nodes.length * 2).fill(-1);
    this.tokens = new Int32Array(nodes.length * 2);
    this.children = new Int32Array(nodes.length * 2);
    for (let i = 0; i < nodes.length; i++) if (nodes[i] >= 0) this.put(nodes[i], tokens[i], children[i]);
  }
}

function hash(node: number, token: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(token + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}
