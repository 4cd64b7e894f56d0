import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SpeakerWords } from '../../../src/core/match/speakerWords.ts';
import { wordKey } from '../../../src/core/match/wordKeys.ts';
import { WordPostings } from '../../../src/core/match/wordPostings.ts';

/** A full garbage collection, for reading what memory stays in use. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc(); // (array buffers whose objects the first one found dead are released by the second)
}

/** Statement `i` of a made-up speaker: 40 distinct words, some shared by many statements, some by few. */
const statement = (i: number) => Array.from({ length: 40 }, (_, w) => `w${w}x${i % (w * 50 + 1)}`).join(' ');

test('word postings give each word’s statements by position, in order, once each, and nothing for an absent word', () => {
  const texts = ['the nurses a raise', 'no raise, no raise at all', 'the harbour wall […] again', 'nurses'];
  const table = new WordPostings(texts.length, (p) => texts[p]);
  assert.deepEqual([...table.get(wordKey('raise'))!], [0, 1]);
  assert.deepEqual([...table.get(wordKey('nurses'))!], [0, 3]);
  assert.deepEqual([...table.get(wordKey('the'))!], [0, 2]);
  assert.deepEqual([...table.get(wordKey('again'))!], [2]);
  assert.equal(table.get(wordKey('library')), undefined);
});

test('each statement’s text is read once, and a table of many statements equals one built word by word', () => {
  const texts = Array.from({ length: 3000 }, (_, i) => statement(i) + (i % 7 ? ' again again' : ' […] again'));
  let reads = 0;
  const table = new WordPostings(texts.length, (p) => {
    reads++;
    return texts[p];
  });
  assert.equal(reads, texts.length);
  const expected = new Map<number, number[]>();
  texts.forEach((text, p) => {
    for (const w of new Set(text.split(' ').filter((w) => /^\w+$/.test(w)))) {
      const list = expected.get(wordKey(w)) ?? [];
      list.push(p);
      expected.set(wordKey(w), list);
    }
  });
  for (const [key, positions] of expected) assert.deepEqual([...table.get(key)!], positions);
});

test('a speaker of more than 65,536 statements has each one’s position right (four bytes a position there)', () => {
  const count = 70_000;
  const table = new WordPostings(count, (p) => (p === count - 1 ? 'the last one' : `common words ${p % 7 === 0 ? 'seventh' : ''}`));
  assert.deepEqual([...table.get(wordKey('last'))!], [count - 1]);
  const sevenths = table.get(wordKey('seventh'))!;
  assert.equal(sevenths.length, Math.ceil((count - 1) / 7));
  assert.equal(sevenths[sevenths.length - 1], 69_993);
  assert.equal(table.get(wordKey('common'))!.length, count - 1);
});

test('a speaker’s word table keeps about two bytes per distinct word of each statement', () => {
  const count = 20_000;
  const speaker = new SpeakerWords((n) => statement(n));
  for (let n = 0; n < count; n++) speaker.add(n, 'speaker');
  collect();
  const before = process.memoryUsage().arrayBuffers;
  const quote = statement(12_345).split(' ').map(wordKey);
  assert.deepEqual(speaker.candidates('speaker', quote, 1, 2), [12_345]);
  collect();
  const kept = process.memoryUsage().arrayBuffers - before;
  const postings = count * 40;
  // two bytes a posting (and some room), eight per distinct word (at most 40 × 1,000 here) and the lookup's scores (10 bytes a statement)
  assert.ok(kept <= postings * 2.5 + 40 * 1000 * 8 + count * 10 + 65_536, `${kept} bytes kept for ${postings} postings`);
  assert.ok(speaker.statementsBy('speaker') === count); // (keeps the table alive until measured)
});
