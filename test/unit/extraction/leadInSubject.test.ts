import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const quotesOf = (text: string) =>
  extract(text, { language: 'markdown' }).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, rule: q.rule ?? null }));

test('a quote opening its paragraph with no cue and no last speaker is the words of the person the paragraph before is about', () => {
  const text = 'Ingrid Valdés-Mora was in no mood for the budget talks, partly because she thinks the ferry levy is doomed.\n\n“Not one councillor will vote for it – not one, and they know it.”';
  assert.deepEqual(quotesOf(text).map((q) => [q.speaker, q.rule]), [['Ingrid Valdés-Mora', 'lead-in subject']]);
  const plain = 'Okonkwo Adeyemi, visibly tired, left the hearing early and skipped the vote.\n\n"I have said all I can say about the harbour, and more than I should have."';
  assert.deepEqual(quotesOf(plain).map((q) => q.speaker), ['Okonkwo Adeyemi']);
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
