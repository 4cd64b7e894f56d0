import assert from 'node:assert/strict';
import { test } from 'node:test';
import { align, similarity } from '../../../src/core/match/align.ts';
import { PairTable } from '../../../src/core/match/pairTable.ts';
import { QuoteIndex } from '../../../src/core/match/quoteIndex.ts';
import { VoteCounts } from '../../../src/core/match/voteCounts.ts';
import { indexOfKey } from '../../../src/core/sorted.ts';
import { words, type Word } from '../../../src/core/text/normalize.ts';
import { prng } from '../../support/random.ts';

/** A text of `n` words from a small vocabulary, so that many word pairs are in many texts. */
function sentence(random: () => number, n: number, vocabulary: number): string {
  return Array.from({ length: n }, () => `w${Math.floor(random() ** 2 * vocabulary)}`).join(' ');
}

/** The lookup as it was before the vote table and the alignment bound: every candidate above the floor voted in a per-text array, the best six all aligned. */
function referenceLookup(index: QuoteIndex, texts: { id: string; text: string }[], quote: Word[]) {
  const table = (index as unknown as { postings: PairTable }).postings;
  const pairs = (index as unknown as { pairKeys(q: Word[]): number[] }).pairKeys(quote);
  const lists = pairs
    .map((key) => table.get(key))
    .filter((list): list is Int32Array => list !== undefined && (list.length <= 2000 || pairs.length === 1))
    .sort((a, b) => a.length - b.length);
  const votes = new Map<number, number>();
  let used = 0;
  let read = 0;
  for (const list of lists) {
    if (used > 0 && read + list.length > 4000) break;
    used++;
    read += list.length;
    for (const n of list) votes.set(n, (votes.get(n) ?? 0) + 1);
  }
  const floor = Math.max(1, Math.ceil(used * 0.25));
  const candidates = [...votes].filter(([, v]) => v >= floor).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 6).map(([n]) => n);
  let best: { id: string; distance: number; similarity: number } | undefined;
  const keys = quote.filter((w) => !w.wildcard).map((w) => w.key);
  for (const n of candidates) {
    const source = words(texts[n].text);
    const present = new Set(source.map((w) => w.key));
    if (keys.filter((k) => present.has(k)).length < keys.length * 0.55) continue;
    const a = align(quote, source);
    if (!best || similarity(a) > best.similarity) best = { id: texts[n].id, distance: a.distance, similarity: similarity(a) };
  }
  return best;
}

test('lookup finds what aligning every candidate found, or a verbatim source, on texts sharing many common word pairs', () => {
  const random = prng(15);
  const texts = Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}`, text: sentence(random, 8 + Math.floor(random() * 30), 60) }));
  const index = new QuoteIndex(texts);
  let found = 0;
  let improved = 0;
  for (let q = 0; q < 300; q++) {
    const from = texts[Math.floor(random() * texts.length)].text.split(' ');
    const start = Math.floor(random() * (from.length / 2));
    const ws = from.slice(start, start + 4 + Math.floor(random() * 10));
    if (q % 3 === 1) ws[Math.floor(ws.length / 2)] = 'changed';
    if (q % 3 === 2) ws.splice(1, 0, '…');
    const quote = words(ws.join(' '));
    const expected = referenceLookup(index, texts, quote);
    const got = index.lookup(quote);
    if (got) found++;
    if (got?.alignment.distance === 0 && expected?.distance !== 0) {
      // the rarest pairs' candidates gave a verbatim source the full reading ranked out of its six
      assert.equal(align(quote, words(texts[Number(got.id.slice(1))].text)).distance, 0, ws.join(' '));
      improved++;
      continue;
    }
    assert.deepEqual(got && { id: got.id, distance: got.alignment.distance, similarity: got.similarity }, expected, ws.join(' '));
  }
  assert.ok(found > 200, `most quotes are found (${found} of 300)`);
  assert.ok(improved < 30, `${improved} found verbatim where aligning every candidate was not`);
});

test('a quote is found among many statements sharing its common pairs, and a verbatim match ends the alignment', () => {
  const common = 'the people of this country want a government that works for them';
  const texts = Array.from({ length: 1500 }, (_, i) => ({ id: `s${i}`, text: `${common} and statement ${i} says ${i % 97} more things` }));
  texts.push({ id: 'target', text: `Yesterday she said that ${common} and the harbour wall must be rebuilt` });
  const index = new QuoteIndex(texts);
  const found = index.lookup(words(`${common} and the harbour wall must be rebuilt`));
  assert.equal(found?.id, 'target');
  assert.equal(found?.alignment.distance, 0);
  index.aligned = 0;
  // every statement holds all of this quote's words: the first candidate is verbatim, and no other is aligned
  const again = index.lookup(words(common));
  assert.equal(again?.alignment.distance, 0);
  assert.equal(index.aligned, 1);
});

test('a verbatim source among the rarest pairs’ candidates ends the lookup: the common pairs’ postings are not read', () => {
  const said = 'we will build a great wall along the southern border and make them pay for it soon'.split(' ');
  // a thousand statements hold every pair of the quote but the three around its 8th and 9th words
  const texts = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, text: said.map((w, k) => (k === 7 ? `other${i % 3}` : k === 8 ? `more${i % 2}` : w)).join(' ') }));
  texts.push({ id: 'target', text: `He said ${said.join(' ')} today` });
  const index = new QuoteIndex(texts);
  const found = index.lookup(words(said.join(' ')));
  assert.equal(found?.id, 'target');
  assert.equal(found?.alignment.distance, 0);
  assert.ok(index.postingsRead < 100, `${index.postingsRead} postings read`);
  // a changed word leaves no verbatim source: every posting within the budget is read, and the closest statement found
  index.postingsRead = 0;
  const changed = index.lookup(words(said.map((w, k) => (k === 8 ? 'more1' : k === 7 ? 'other2' : w)).join(' ')));
  assert.equal(changed?.alignment.distance, 0);
  const close = index.lookup(words(said.map((w, k) => (k === 3 ? 'one' : w)).join(' ')));
  assert.equal(close?.id, 'target');
  assert.equal(close?.alignment.distance, 1);
  assert.ok(index.postingsRead > 1000, `${index.postingsRead} postings read`);
});

test('vote counts equal a count of the postings, table after table (the table is emptied between lookups)', () => {
  const random = prng(7);
  const votes = new VoteCounts();
  for (let round = 0; round < 50; round++) {
    const postings = Array.from({ length: Math.floor(random() * (round % 5 === 0 ? 5000 : 300)) }, () => Math.floor(random() * 1_000_000 * random()));
    votes.start(postings.length);
    const expected = new Map<number, number>();
    for (const doc of postings) {
      votes.add(doc);
      expected.set(doc, (expected.get(doc) ?? 0) + 1);
    }
    const got = new Map<number, number>();
    for (let k = 0; k < votes.size; k++) got.set(votes.text(k), votes.votesAt(k));
    assert.deepEqual(got, expected);
    assert.deepEqual([...got.keys()], [...expected.keys()], 'texts in the order first voted for');
  }
});

test('pair rows by the directory equal a binary search, present and absent keys alike; keys beyond 30 bits are searched without it', () => {
  const random = prng(3);
  const table = new PairTable();
  const keys = new Set<number>();
  for (let doc = 0; doc < 2000; doc++) {
    for (let k = 0; k < 5; k++) {
      const key = Math.floor(random() * 0x40000000);
      keys.add(key);
      table.add(key, doc);
    }
  }
  table.add(0, 2000);
  table.add(0x3fffffff, 2000);
  table.freeze();
  const rowKeys = table.rows().keys;
  for (const key of [...keys, 0, 0x3fffffff, ...Array.from({ length: 2000 }, () => Math.floor(random() * 0x40000000))]) {
    assert.equal(table.rowOf(key), indexOfKey(rowKeys, key), String(key));
  }
  assert.equal(table.rowOf(-5), -1);
  assert.equal(table.rowOf(0x40000000), -1);
  // stored rows with a key outside the pair keys' range are still read right
  const wide = Int32Array.from([-7, ...Array.from({ length: 100 }, (_, i) => i * 1000), 0x7fffffff]);
  const stored = PairTable.fromRows({ keys: wide, starts: Int32Array.from({ length: wide.length + 1 }, (_, i) => i), docs: new Int32Array(wide.length) }, 1)!;
  for (let i = 0; i < wide.length; i++) assert.equal(stored.rowOf(wide[i]), i);
  assert.equal(stored.rowOf(5), -1);
});
