import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexWords, wordKey, wordKeys } from '../../../src/core/match/wordKeys.ts';
import { prng } from '../../support/random.ts';

const reference = (text: string) => indexWords(text).map((w) => (w === '' ? -1 : wordKey(w)));

test('the one-pass word keys equal the reference tokeniser on random text of the characters it handles', () => {
  const alphabet = ['a', 'B', 'z', 'Q', '7', ' ', ' ', '\n', "'", '`', '\u2019', '\u2018', '\u02BC', '\u2032', '.', '..', '...', '\u2026', '[', ']', '[x]', '"', '\u201C', '\u201D', '\u2014', '\u2013', '\u00A0', '\u00AB', ',', '-', 'don', 't'];
  for (let seed = 1; seed <= 400; seed++) {
    const random = prng(seed);
    let text = '';
    const length = Math.floor(random() * 60);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(wordKeys(text), reference(text), JSON.stringify(text));
  }
});

test('word keys: brackets up to 200 characters are insertions, longer ones are words; other scripts take the reference path', () => {
  const short = `a [${'x'.repeat(200)}] b`;
  const long = `a [${'x'.repeat(201)}] b`;
  assert.deepEqual(wordKeys(short), reference(short));
  assert.equal(wordKeys(short)[1], -1);
  assert.deepEqual(wordKeys(long), reference(long));
  assert.ok(wordKeys(long).every((k) => k >= 0));
  for (const text of ['Café crème … “déjà vu”', 'İstanbul ΣΟΦΙΑΣ', 'e\u0301t\u00e9 naïve', '数据 データ']) assert.deepEqual(wordKeys(text), reference(text), text);
  assert.deepEqual(wordKeys("Don’t STOP"), [wordKey("don't"), wordKey('stop')]);
});
