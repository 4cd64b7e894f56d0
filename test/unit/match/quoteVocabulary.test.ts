import assert from 'node:assert/strict';
import { test } from 'node:test';
import { align } from '../../../src/core/match/align.ts';
import { QuoteIndex } from '../../../src/core/match/quoteIndex.ts';
import { OTHER_WORD, QuoteVocabulary, WILDCARD } from '../../../src/core/match/quoteVocabulary.ts';
import { QuoteWordKeys } from '../../../src/core/match/quoteWordKeys.ts';
import { wordKey } from '../../../src/core/match/wordKeys.ts';
import { words } from '../../../src/core/text/normalize.ts';
import { prng } from '../../support/random.ts';

const ALPHABET = ['a', 'B', 'z', 'Q', '7', ' ', ' ', '\n', "'", '`', '\u2019', '\u2018', '\u02BC', '\u2032', '.', '..', '...', '\u2026', '[', ']', '[x]', '[a b]', '"', '\u201C', '\u201D', '\u2014', '\u2013', '\u00A0', '\u00AB', '\u00BB', ',', '-', 'Don', 't', 'IT', ' a', ' b ', ' don\u2019t '];

/** Random text of the characters the one pass knows. */
function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

test('a source read in one pass is numbered as its words() are, position for position', () => {
  for (let seed = 1; seed <= 600; seed++) {
    const random = prng(seed);
    const quote = words(randomText(random, 12));
    const text = randomText(random, Math.floor(random() * 60));
    const vocabulary = new QuoteVocabulary(quote);
    const count = vocabulary.read(text);
    const onePass = Array.from(vocabulary.source.subarray(0, count));
    // numbers by first occurrence among the quote's distinct words
    const distinct = [...new Set(quote.filter((w) => !w.wildcard).map((w) => w.key))];
    const numbered = words(text).map((w) => (w.wildcard ? WILDCARD : distinct.includes(w.key) ? distinct.indexOf(w.key) : OTHER_WORD));
    assert.deepEqual(onePass, numbered, JSON.stringify({ quote: quote.map((w) => w.key), text }));
    assert.equal(vocabulary.shared, new QuoteWordKeys(quote).sharedWith(text), JSON.stringify({ quote: quote.map((w) => w.key), text }));
  }
});

test('a text the one pass does not know is left to words(), which number the same', () => {
  const quote = words('café crème déjà vu');
  const vocabulary = new QuoteVocabulary(quote);
  assert.equal(vocabulary.read('Le café crème'), -1);
  const count = vocabulary.readWords(words('Le Café … crème'));
  assert.deepEqual(Array.from(vocabulary.source.subarray(0, count)), [OTHER_WORD, 0, WILDCARD, 1]);
});

test('words whose hashes are equal are still different words: no match is made of a hash', () => {
  assert.equal(wordKey('ntl'), wordKey('93ab'), 'the two words share a word key');
  const vocabulary = new QuoteVocabulary(words('the ntl plan'));
  const count = vocabulary.read('the 93ab plan');
  assert.deepEqual(Array.from(vocabulary.source.subarray(0, count)), [0, OTHER_WORD, 2]);
  // the count of shared words is by key, as QuoteWordKeys counts it (a bound: a collision can only add to it)
  assert.equal(vocabulary.shared, 3);
  const index = new QuoteIndex([{ id: 'a', text: 'they said the 93ab plan was over and done with' }]);
  const match = index.lookup(words('the ntl plan was over'));
  assert.equal(match?.alignment.distance, 1);
  assert.equal(match?.alignment.distance, align(words('the ntl plan was over'), words('they said the 93ab plan was over and done with')).distance);
});

test('a lookup aligns its candidates on word numbers and makes the words of the source it chooses only', () => {
  const random = prng(7);
  const vocabulary = Array.from({ length: 40 }, (_, k) => `w${k}`);
  const sentence = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)]).join(' ');
  // more texts than the word cache holds, sharing many words, so that a lookup aligns several candidates
  const texts = Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}`, text: sentence(10 + Math.floor(random() * 20)) }));
  const index = new QuoteIndex(texts);
  let found = 0;
  for (let q = 0; q < 200; q++) {
    const ws = texts[Math.floor(random() * texts.length)].text.split(' ').slice(0, 8);
    ws[3] = 'changed';
    const quote = words(ws.join(' '));
    const match = index.lookup(quote);
    if (!match) continue;
    found++;
    assert.deepEqual(match.sourceWords, words(texts.find((t) => t.id === match.id)!.text));
    assert.equal(match.alignment.distance, align(quote, match.sourceWords).distance);
  }
  assert.ok(found > 100, `${found} quotes found`);
  assert.ok(index.aligned > found * 1.5, `${index.aligned} candidates aligned for ${found} quotes found`);
  assert.ok(index.tokenised <= found, `${index.tokenised} texts tokenised for ${found} quotes found`);
});
