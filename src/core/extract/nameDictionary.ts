/**
 * One dictionary of registry names over normalised tokens (a trie of token
 * ids): names are found by walking it, never by a regular expression built
 * from them. Whole words only, leftmost and longest first, any case, any run
 * of whitespace where the name has a space (and none where it has none:
 * "Roe-Smith" is not "Roe - Smith"); a period the name has may be missing
 * from the text ("Gen Mark Milley"), but the text may not add one ("Ann.
 * Roe" is not "Ann Roe").
 */
import { keyAt, keyHash, nameTokens, tokenArrays, wordCharAt, wordCharBefore, type NameTokens } from '../text/nameTokens.ts';
import { EdgeTable } from './edgeTable.ts';
import { IntMap } from './intMap.ts';
import { workCounts } from '../workCounts.ts';

/** A registry name found in a text. */
export interface DictionaryHit {
  start: number;
  end: number;
  text: string;
}

/** A name that is a speaker's name or alias. */
export const SPEAKER_NAME = 1;
/** A name that is a source's alias. */
export const SOURCE_ALIAS = 2;

/** Which hits a search takes: speaker names, source aliases, or any name exactly as written (case included). */
export type HitFilter = 'speaker' | 'source' | 'exact';

/** How deep a walk may go once a text has cost `WALK_BUDGET` steps per token (hostile repetitive names and drafts). */
const SHALLOW_DEPTH = 64;
const WALK_BUDGET = 64;
/** The id a key hash has when two keys share it. */
const AMBIGUOUS = -2;
const spelling = (s: string) => s.trim().replace(/\s+/g, ' ');

/** A trie of registry names by token; build with `add`, search with `find`. */
export class NameDictionary {
  private readonly tokenIds = new Map<string, number>();
  /** Token keys by id. */
  private readonly keys: string[] = [];
  /** The token id of each key hash (AMBIGUOUS when two keys share it): a text's tokens are looked up without a string of each. */
  private readonly hashIds = new IntMap();
  /** The key hashes of names' first tokens (value 1): most tokens of a text start no name, and are passed over by one lookup here. */
  private readonly firstHashes = new IntMap();
  private readonly edges = new EdgeTable();
  /** What the names ending at each node are (SPEAKER_NAME | SOURCE_ALIAS; 0 where none ends). */
  private kinds = new Uint8Array(1024);
  /** The names ending at each node as written, whitespace runs as one space (by node). */
  private readonly spellings: (string | string[] | undefined)[] = [];
  private nodes = 1;
  /** The kinds of every name added (SPEAKER_NAME | SOURCE_ALIAS): a search for a kind no name has is over before the text is read. */
  private kindsAdded = 0;
  private period = -1;
  private spacedPeriod = -1;
  private lastText: string | undefined;
  /** The tokens of `lastText`, and of the name being added: arrays reused from call to call. */
  private lastTokens = tokenArrays(256);
  private nameScratch = tokenArrays(16);
  /** The nodes a walk has reached, and those after its next token (longestAt's buffers). */
  private walkStates: Int32Array = new Int32Array(16);
  private walkNext: Int32Array = new Int32Array(16);

  /** Adds a name (names of one character or less are left out, as are names of periods only). */
  add(name: string, kind: number): void {
    const trimmed = name.trim();
    if (trimmed.length <= 1) return;
    const tokens = (this.nameScratch = nameTokens(trimmed, this.nameScratch));
    const keys: string[] = [];
    for (let k = 0; k < tokens.count; k++) keys.push(keyAt(trimmed, tokens, k));
    if (!keys.some((k) => k !== '.')) return;
    let node = 0;
    for (let k = 0; k < keys.length; k++) {
      // (after the first token, a token's key says whether whitespace comes before it)
      const key = k > 0 && tokens.spaced[k] ? ` ${keys[k]}` : keys[k];
      let id = this.tokenIds.get(key);
      if (id === undefined) {
        this.tokenIds.set(key, (id = this.tokenIds.size));
        this.keys.push(key);
        const h = keyHash(key);
        this.hashIds.set(h, this.hashIds.has(h) ? AMBIGUOUS : id);
        if (key === '.') this.period = id;
        else if (key === ' .') this.spacedPeriod = id;
      }
      if (k === 0) this.firstHashes.set(keyHash(key), 1);
      let next = this.edges.get(node, id);
      if (next < 0) this.edges.set(node, id, (next = this.nodes++));
      node = next;
    }
    if (node >= this.kinds.length) {
      const grown = new Uint8Array(Math.max(this.kinds.length * 2, node + 1));
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[node] |= kind;
    this.kindsAdded |= kind;
    const written = spelling(trimmed);
    // (filled up to the node, so that the array stays a dense one however far apart names end)
    while (this.spellings.length <= node) this.spellings.push(undefined);
    const known = this.spellings[node];
    if (known === undefined) this.spellings[node] = written;
    else if (typeof known === 'string') known !== written && (this.spellings[node] = [known, written]);
    else if (!known.includes(written)) known.push(written);
    this.lastText = undefined;
  }

  /** False when no name added is of the filter's kind (any name may be written as it is). */
  private mayHave(filter: HitFilter): boolean {
    return filter === 'speaker' ? (this.kindsAdded & SPEAKER_NAME) !== 0 : filter === 'source' ? (this.kindsAdded & SOURCE_ALIAS) !== 0 : true;
  }

  /** True when no name was added. */
  get empty(): boolean {
    return this.nodes === 1;
  }

  /** The names in a text that pass `filter`: leftmost first, the longest at each start, never overlapping. */
  find(text: string, filter: HitFilter): DictionaryHit[] {
    if (this.empty || !this.mayHave(filter)) return [];
    const tokens = this.tokensOf(text);
    const hits: DictionaryHit[] = [];
    const n = tokens.count;
    let steps = 0;
    for (let i = 0; i < n; ) {
      if (this.firstHashes.get(tokens.hashes[i], 0) === 0) {
        i++;
        continue;
      }
      const first = this.idAt(text, tokens, i, false);
      if (first < 0 || this.edges.get(0, first) < 0 || wordCharBefore(text, tokens.starts[i])) {
        i++;
        continue;
      }
      const depth = steps > WALK_BUDGET * n + 100_000 ? SHALLOW_DEPTH : n;
      const found = this.longestAt(text, tokens, i, filter, depth);
      steps += found.steps;
      if (found.last < 0) {
        i++;
        continue;
      }
      const start = tokens.starts[i];
      const end = tokens.ends[found.last];
      hits.push({ start, end, text: text.slice(start, end) });
      i = found.last + 1;
    }
    workCounts.dictionarySteps += steps;
    return hits;
  }

  /**
   * The speaker names and the source aliases in a text, each exactly as
   * `find` gives them, in one pass: a token where both searches may start a
   * name is walked once for both (unless a hostile text has spent one
   * search's walk budget and not the other's).
   */
  findSpeakersAndSources(text: string): { speakers: DictionaryHit[]; sources: DictionaryHit[] } {
    const speakers: DictionaryHit[] = [];
    const sources: DictionaryHit[] = [];
    if (this.empty) return { speakers, sources };
    // (a registry without source aliases, or without speakers: one search)
    if (!this.mayHave('source')) return { speakers: this.find(text, 'speaker'), sources };
    if (!this.mayHave('speaker')) return { speakers, sources: this.find(text, 'source') };
    const tokens = this.tokensOf(text);
    const n = tokens.count;
    // each search as `find` runs it: the token where it may start its next name, the steps its walks took
    let speakerFrom = 0;
    let sourceFrom = 0;
    let speakerSteps = 0;
    let sourceSteps = 0;
    const hit = (i: number, last: number): DictionaryHit => ({ start: tokens.starts[i], end: tokens.ends[last], text: text.slice(tokens.starts[i], tokens.ends[last]) });
    for (let i = 0; i < n; i++) {
      const forSpeaker = speakerFrom <= i;
      const forSource = sourceFrom <= i;
      if ((!forSpeaker && !forSource) || this.firstHashes.get(tokens.hashes[i], 0) === 0) continue;
      const first = this.idAt(text, tokens, i, false);
      if (first < 0 || this.edges.get(0, first) < 0 || wordCharBefore(text, tokens.starts[i])) continue;
      const speakerDepth = speakerSteps > WALK_BUDGET * n + 100_000 ? SHALLOW_DEPTH : n;
      const sourceDepth = sourceSteps > WALK_BUDGET * n + 100_000 ? SHALLOW_DEPTH : n;
      if (forSpeaker && forSource && speakerDepth === sourceDepth) {
        const found = this.longestAt(text, tokens, i, 'speaker', speakerDepth, 'source');
        speakerSteps += found.steps;
        sourceSteps += found.steps;
        if (found.last >= 0) speakers.push(hit(i, (speakerFrom = found.last + 1) - 1));
        if (found.secondLast >= 0) sources.push(hit(i, (sourceFrom = found.secondLast + 1) - 1));
        continue;
      }
      if (forSpeaker) {
        const found = this.longestAt(text, tokens, i, 'speaker', speakerDepth);
        speakerSteps += found.steps;
        if (found.last >= 0) speakers.push(hit(i, (speakerFrom = found.last + 1) - 1));
      }
      if (forSource) {
        const found = this.longestAt(text, tokens, i, 'source', sourceDepth);
        sourceSteps += found.steps;
        if (found.last >= 0) sources.push(hit(i, (sourceFrom = found.last + 1) - 1));
      }
    }
    workCounts.dictionarySteps += speakerSteps + sourceSteps;
    return { speakers, sources };
  }

  /**
   * The last token of the longest accepted name starting at token `i` (-1 for
   * none), the same for a `second` filter in the same walk, and the steps the walk took.
   */
  private longestAt(text: string, tokens: NameTokens, i: number, filter: HitFilter, depth: number, second?: HitFilter): { last: number; secondLast: number; steps: number } {
    // (the nodes reached so far and after the next token, in two buffers reused from walk to walk: no array per token)
    let states = this.walkStates;
    let next = this.walkNext;
    states[0] = 0;
    let count = 1;
    let last = -1;
    let secondLast = -1;
    let steps = 0;
    const period = this.period;
    for (let j = i; j < tokens.count && j - i < depth && count; j++) {
      const id = this.idAt(text, tokens, j, j > i && tokens.spaced[j] === 1);
      let nextCount = 0;
      for (let k = 0; k < count; k++) {
        // (a period of the name may be missing from the text: walk past it, but not before the first word)
        for (let from = states[k]; from >= 0; from = j > i && period >= 0 ? this.edges.get(from, period) : -1) {
          steps++;
          const to = id < 0 ? -1 : this.edges.get(from, id);
          if (to >= 0 && !holds(next, nextCount, to)) {
            if (nextCount === next.length) next = this.walkNext = grownStates(next);
            next[nextCount++] = to;
          }
          if (period < 0 || id === period || id === this.spacedPeriod) break;
        }
      }
      const swap = states;
      states = next;
      next = swap;
      count = nextCount;
      if (!count || wordCharAt(text, tokens.ends[j])) continue;
      if (this.anyAccepts(states, count, text, tokens.starts[i], tokens.ends[j], filter)) last = j;
      if (second && this.anyAccepts(states, count, text, tokens.starts[i], tokens.ends[j], second)) secondLast = j;
    }
    // (the buffers as they stand: either may have grown)
    this.walkStates = states;
    this.walkNext = next;
    return { last, secondLast, steps };
  }

  /** True when a name ending at one of the first `count` nodes of `states` passes the filter for text[start, end). */
  private anyAccepts(states: Int32Array, count: number, text: string, start: number, end: number, filter: HitFilter): boolean {
    for (let k = 0; k < count; k++) if (this.acceptsFrom(states[k], text, start, end, filter)) return true;
    return false;
  }

  /** True when a name ending at `s`, or past periods the text leaves out, passes the filter for text[start, end). */
  private acceptsFrom(s: number, text: string, start: number, end: number, filter: HitFilter): boolean {
    for (let node = s; node >= 0; node = this.period >= 0 ? this.edges.get(node, this.period) : -1) {
      const kinds = node < this.kinds.length ? this.kinds[node] : 0;
      if (!kinds) continue;
      if (filter === 'speaker' ? kinds & SPEAKER_NAME : filter === 'source' ? kinds & SOURCE_ALIAS : this.isSpelling(node, spelling(text.slice(start, end)))) return true;
    }
    return false;
  }

  /** True when a name ending at `node` is written `written` in the registry. */
  private isSpelling(node: number, written: string): boolean {
    const known = this.spellings[node];
    return typeof known === 'string' ? known === written : !!known?.includes(written);
  }

  /** The id of token `k` as a name's first token, or as a later one after a space (-1 for a token no name has). */
  private idAt(text: string, tokens: NameTokens, k: number, spaced: boolean): number {
    const id = this.hashIds.get(spaced ? tokens.spacedHashes[k] : tokens.hashes[k], -1);
    if (id === -1) return -1;
    const start = tokens.starts[k];
    const end = tokens.ends[k];
    if (id !== AMBIGUOUS) {
      // (the hash is one key's: compare the token with it, ASCII without a string)
      const key = this.keys[id];
      const from = spaced ? 1 : 0;
      if (key.length - from === end - start) {
        let same = true;
        for (let i = start; i < end; i++) {
          let c = text.charCodeAt(i);
          if (c >= 128) return keyAt(text, tokens, k) === key.slice(from) ? id : -1;
          if (c >= 65 && c <= 90) c |= 0x20;
          if (c !== key.charCodeAt(from + i - start)) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
      // (a key that is not ASCII may differ in length from the token as written)
      if (!/[^\x00-\x7f]/.test(key)) return -1;
    }
    const key = keyAt(text, tokens, k);
    return this.tokenIds.get(spaced ? ` ${key}` : key) ?? -1;
  }

  /** The text's tokens; the last text's are kept, as one text is searched for several filters. */
  private tokensOf(text: string): NameTokens {
    if (text !== this.lastText) {
      this.lastTokens = nameTokens(text, this.lastTokens);
      this.lastText = text;
    }
    return this.lastTokens;
  }
}

/** True when the first `count` entries of `xs` hold `x`. */
function holds(xs: Int32Array, count: number, x: number): boolean {
  for (let k = 0; k < count; k++) if (xs[k] === x) return true;
  return false;
}

/** A walk buffer at twice the room, its entries kept. */
function grownStates(xs: Int32Array): Int32Array {
  const g = new Int32Array(xs.length * 2);
  g.set(xs);
  return g;
}
