import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const quoteOf = (text: string) => extract(text, { language: 'markdown' }).quotes[0];

test('a description as a cue’s subject starts at a word: "Mexican American reporters, claims" is no "an American reporters"', () => {
  for (const text of [
    'Roe attacked a judge of Cuban heritage who quarrels with Mexican American reporters, claims that the port is "for sale" and mocks the council.',
    'Osei praised a Jamaican reporter\u2019s work, then a Haitian American columnist, writing\u00a0later, said the levy was \u201csimply unfair.\u201d',
  ]) {
    const speaker = quoteOf(text).speaker;
    assert.ok(speaker, text);
    assert.ok(!/[\p{L}\p{N}]/u.test(text[speaker.start - 1] ?? ''), `"${speaker.text}" starts inside a word in: ${text}`);
  }
  assert.notEqual(quoteOf('Roe attacked a judge of Cuban heritage who quarrels with Mexican American reporters, claims that the port is "for sale."').speaker?.text, 'an American reporters');
});
