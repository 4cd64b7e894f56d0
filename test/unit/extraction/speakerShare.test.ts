import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const quoteOf = (text: string) => extract(text, { language: 'markdown' }).quotes[0];
const said = (text: string) => {
  const q = quoteOf(text);
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('a described subject after a capitalised "As", "While", "When" opening the sentence speaks with its cue', () => {
  assert.deepEqual(said('Some dockers felt let down. As one\u00a0crane driver told a local weekly, \u201cThey want us scared.\u201d'), ['one\u00a0crane driver', 'told']);
  assert.deepEqual(said('While a harbour official said the ferry was "three years late," the mayor was silent.'), ['a harbour official', 'said']);
  assert.deepEqual(said('When the retired judge wrote that the levy was \u201ca tax on ferries,\u201d nobody answered.'), ['the retired judge', 'wrote']);
});
