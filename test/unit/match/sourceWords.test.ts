import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceWords } from '../../../src/core/match/sourceWords.ts';
import { words } from '../../../src/core/text/normalize.ts';
import { prng } from '../../support/random.ts';

test('the one-pass source words equal words() on random text of the characters it handles, offsets and wildcards included', () => {
  const alphabet = ['a', 'B', 'z', 'Q', '7', ' ', ' ', '\n', "'", '`', '\u2019', '\u2018', '\u02BC', '\u2032', '.', '..', '...', '\u2026', '[', ']', '[x]', '[a b]', '"', '\u201C', '\u201D', '\u2014', '\u2013', '\u00A0', '\u00AB', '\u00BB', ',', '-', 'Don', 't', 'IT'];
  for (let seed = 1; seed <= 600; seed++) {
    const random = prng(seed);
    let text = '';
    const length = Math.floor(random() * 60);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(sourceWords(text), words(text), JSON.stringify(text));
  }
});

test('source words: long brackets are words, and other scripts take words()', () => {
  for (const text of [`a [${'x'.repeat(200)}] b`, `a [${'x'.repeat(201)}] b`, 'a [b\nc] d', 'Café crème … “déjà vu”', 'İstanbul ΣΟΦΙΑΣ', '数据 データ', "rock ’n’ roll… [sic] … ok", 'Don’t STOP ... [now] … go']) {
    assert.deepEqual(sourceWords(text), words(text), text);
  }
  assert.deepEqual(sourceWords("It`s Don’t").map((w) => w.key), ["it's", "don't"]);
});
