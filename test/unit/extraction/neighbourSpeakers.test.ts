import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const quotesOf = (text: string) =>
  extract(text, { language: 'markdown' }).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, rule: q.rule ?? null }));

test('a quote with no cue takes the speaker a cue after the next quote of its sentence names, past a long sentence or nested marks', () => {
  const long = 'Tolls are “the ultimate tax on island life” and “slowly empty the villages,” Oona McBride, the former harbourmaster of Kessock, told a cheering crowd at the ferry terminal on Wednesday night, before the vote on the new levy was taken.';
  assert.deepEqual(quotesOf(long).map((q) => [q.speaker, q.rule]), [['Oona McBride', 'next in sentence'], ['Oona McBride', 'after1']]);
  const nested = 'The “opt out” idea is about “people telling the council, \'not in our name,\'” Dunja Krsmanović said. “It is a revolt.”';
  assert.deepEqual(quotesOf(nested).map((q) => [q.text, q.speaker]), [
    ['opt out', 'Dunja Krsmanović'],
    ["people telling the council, 'not in our name,'", 'Dunja Krsmanović'],
    ['It is a revolt.', 'Dunja Krsmanović'],
  ]);
});

test('the next quote’s speaker outweighs the subject of the sentence (what the quotes are about)', () => {
  const text = 'Mobile homes are “a quiet scandal” and “a trap for the old,” Oona McBride wrote in the Kessock Gazette on Friday, a week after the council voted the new levy through without a debate.';
  assert.deepEqual(quotesOf(text).map((q) => q.speaker), ['Oona McBride', 'Oona McBride']);
});

test('a cue before the next quote, or a next quote in another sentence, lends its speaker to no earlier quote', () => {
  const before = 'Ravi Oyelaran called the levy “a quiet tax on the islands” while Dunja Krsmanović said it was “overdue and fair.”';
  assert.deepEqual(quotesOf(before).map((q) => q.speaker), ['Ravi Oyelaran', 'Dunja Krsmanović']);
  const apart = 'Ravi Oyelaran called the levy “a quiet tax on the islands.” Later, “it is overdue and fair,” Dunja Krsmanović said.';
  assert.deepEqual(quotesOf(apart).map((q) => q.speaker), ['Ravi Oyelaran', 'Dunja Krsmanović']);
});

test('a quote opening its paragraph with no cue anywhere near takes the person the paragraph before names as its subject', () => {
  const text = 'Oona McBride was quick to add that the toll on the Kessock ferry would stay whatever the council voted.\n\n“Scrapping it? Not negotiable, not this year and not the next.”';
  assert.deepEqual(quotesOf(text).map((q) => [q.speaker, q.rule]), [['Oona McBride', 'lead-in person']]);
});

test('a surname alone in the paragraph before counts as a person only once a speaker gave its full name', () => {
  const spoke = '“The levy is dead,” Ravi Oyelaran said on Monday.\n\nThe council met again on Tuesday.\n\nOyelaran, clearly tired, turned to the harbour budget and the ferry.\n\n“I do not have the money and I am sick of the talk about it.”';
  assert.deepEqual(quotesOf(spoke).map((q) => q.speaker), ['Ravi Oyelaran', 'Oyelaran']);
  const unknown = '“The levy is dead,” Oyelaran said on Monday.\n\nThe council met again on Tuesday.\n\nOyelaran, clearly tired, turned to the harbour budget and the ferry.\n\n“I do not have the money and I am sick of the talk about it.”';
  assert.deepEqual(quotesOf(unknown).map((q) => q.speaker), ['Oyelaran', null]);
});

test('the paragraph before lends its person to no short stretch in marks (a title, a term)', () => {
  const text = 'Oona McBride was quick to add that the toll on the Kessock ferry would stay.\n\n“Never.”';
  assert.deepEqual(quotesOf(text), []);
});
