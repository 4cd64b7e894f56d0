import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const quotesOf = (text: string) =>
  extract(text, { language: 'markdown' }).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, rule: q.rule ?? null }));

test('a quote opening its paragraph with no cue takes no speaker from the mere subject of the paragraph before (it may be no speaker at all)', () => {
  const text = 'The harbour at Kessock closes for the winter.\n\n“The harbour will close at noon on Friday, and it will stay closed.”';
  assert.deepEqual(quotesOf(text).map((q) => q.speaker), [null]);
  const plain = 'The ferry levy was doomed from the start.\n\n"Not one councillor will vote for it, not one, and they all know it."';
  assert.deepEqual(quotesOf(plain).map((q) => q.speaker), [null]);
});

test('a quote right after the last speaker’s paragraph still goes on with their words, whoever that paragraph is about', () => {
  const text = 'Ingrid Valdés-Mora was in no mood for the budget talks. “The levy is dead,” said Bertil Lindqvist.\n\n“Not one councillor will vote for it – not one, and they know it.”';
  assert.deepEqual(quotesOf(text).map((q) => [q.speaker, q.rule]), [['Bertil Lindqvist', 'after0'], ['Bertil Lindqvist', 'continued']]);
});

test('a short quote opening its paragraph after such a paragraph is no quotation on that guess alone', () => {
  const text = 'Ingrid Valdés-Mora was in no mood for the budget talks.\n\n“Doomed.”';
  assert.deepEqual(quotesOf(text), []);
});

test('a quote whose attribution follows it (a comma, an exclamation) takes no speaker from the paragraph before', () => {
  for (const text of [
    'Ingrid Valdés-Mora was in no mood for the budget talks.\n\n“Not one councillor will vote for it, not one,” Bertil’s aide, Kim, muttered.',
    'Ingrid Valdés-Mora was in no mood for the budget talks.\n\n“Not one councillor will vote for it!” Bertil’s aide, Kim, muttered.',
  ]) assert.notEqual(quotesOf(text)[0]?.speaker, 'Ingrid Valdés-Mora', text);
});
