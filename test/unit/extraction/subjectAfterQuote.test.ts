import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const speakersOf = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => q.speaker?.text ?? null);

test('a quote inside a clause that opens its sentence is the words of the subject the sentence goes on with after it', () => {
  for (const text of [
    'Conceding that the ferry plan “was never going to pay for itself,” though, Ingrid Valdés-Mora did defend the levy.',
    'And in explaining why those “common-sense repairs” had stalled for years, Okonkwo Adeyemi blamed the port authority.',
    'While admitting that the budget is “a mess from top to bottom”, the mayor defended the dredging.',
  ]) assert.deepEqual(speakersOf(text), [text.match(/(Ingrid Valdés-Mora|Okonkwo Adeyemi|the mayor)/)![1]], text);
});

test('no subject is taken from after the quote when another sentence or quote comes first, or the last speaker’s words go on', () => {
  // (a sentence end between them: the next sentence's subject says nothing of the quote)
  assert.deepEqual(speakersOf('Conceding that the ferry plan “was never going to pay for itself.” Then, at noon, Ingrid Valdés-Mora left.'), [null]);
  assert.deepEqual(speakersOf('“The ferry plan was never going to pay for itself.”\nAnd by the end of May, the mayor had voted it down.'), [null]);
  // (nor for a quote that opens its sentence: the clause after it is the sentence's own)
  assert.deepEqual(speakersOf('“The ferry plan was never going to pay for itself,” and by the end of May, the mayor had voted it down.'), [null]);
  const going = '“The levy is dead,” said Bertil Lindqvist.\n\nConceding that the ferry plan “was never going to pay for itself,” though, Ingrid Valdés-Mora did defend the levy.';
  assert.deepEqual(speakersOf(going), ['Bertil Lindqvist', 'Bertil Lindqvist']);
});
