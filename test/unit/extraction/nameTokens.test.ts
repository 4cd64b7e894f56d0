import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyAt, keyHash, nameTokens, tokenKey } from '../../../src/core/text/nameTokens.ts';

test('the one-pass tokenizer splits as the token pattern does, and hashes each key as keyHash does', () => {
  let seed = 11;
  const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 0) / 4294967296;
  // ASCII, accented and combining letters, Greek, CJK, an astral letter and emoji, curly apostrophes, odd spaces, lone surrogates
  const pieces = ['Ann', 'roe', 'O', "'", '’', '-', '.', ',', ' ', '  ', '\n', '\u00a0', '\u2009', 'é', 'e\u0301', 'ΣΟΦΟΣ', '東京', '𝒜b', '😀', '42', '(', ')', '\ud800', '\udc00', 'İ', 'ß'];
  const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  for (let round = 0; round < 2000; round++) {
    const text = Array.from({ length: 1 + Math.floor(r() * 12) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
    const tokens = nameTokens(text);
    const expected = [...text.matchAll(TOKEN)];
    assert.deepEqual(Array.from(tokens.starts.subarray(0, tokens.count), (s, k) => text.slice(s, tokens.ends[k])), expected.map((m) => m[0]), JSON.stringify(text));
    expected.forEach((m, k) => {
      assert.equal(tokens.spaced[k] === 1, /\s$/.test(text.slice(0, m.index)), JSON.stringify(text));
      assert.equal(keyAt(text, tokens, k), tokenKey(m[0]));
      assert.equal(tokens.hashes[k], keyHash(tokenKey(m[0])), JSON.stringify(text));
      assert.equal(tokens.spacedHashes[k], keyHash(` ${tokenKey(m[0])}`), JSON.stringify(text));
    });
  }
});
