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

test('a cue in a subordinate clause opening the sentence reports nothing of the main clause: its subject speaks the quote', () => {
  assert.equal(quoteOf('When Ann Roe announced her candidacy in June, she\u00a0infamously referred to the port as \u201ca ruin\u201d and left.').speaker?.text, 'she');
  assert.equal(quoteOf('Ever since the mayor announced the levy last year, Bo Li has called it "daylight robbery" at every meeting.').speaker?.text, 'Bo Li');
  // (an "As" clause with a cue is an attribution of the whole sentence: "As Earnest explained, …")
  assert.equal(quoteOf('As Ina Vale explained, three fees were postponed, \u201cwhich sounds like a lot.\u201d').speaker?.text, 'Ina Vale');
  // (with no comma, no main clause follows the cue: the cue's subject still speaks)
  assert.deepEqual(said('When Ann Roe said the ferry was "three years late" nobody answered.'), ['Ann Roe', 'said']);
});
