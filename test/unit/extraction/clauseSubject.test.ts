import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { registryOf } from '../../support/drafts.ts';

const speakerOf = (text: string, withRegistry = false) => {
  const q = extract(text, { language: 'markdown', lexicon: withRegistry ? registryOf() : undefined }).quotes[0];
  return { speaker: q?.speaker?.text ?? null, name: q?.speaker?.name ?? null, cue: q?.cue?.text ?? null };
};

test('a quote in a clause with its own subject after "although", "while", "but": that subject speaks, not the sentence’s', () => {
  assert.deepEqual(speakerOf('Mayor Ina Vale backed the harbour plan, although she made it plain that she has "real doubts about the cost."'), { speaker: 'she', name: 'Ina Vale', cue: null });
  assert.equal(speakerOf('The council debated the budget for hours, while Tomas Ferreira insisted it was "a plan nobody has read."').speaker, 'Tomas Ferreira');
  assert.equal(speakerOf('Ravi Patel praised the new library, but his neighbour Lena Osei complained that it was "a glass box with no books."').speaker, 'Lena Osei');
});

test('a registered person as the clause’s subject, and a pronoun there resolved to the person it follows', () => {
  assert.deepEqual(speakerOf('The board met the staff, but Milley finds the review "far from finished."', true), { speaker: 'Milley', name: 'Mark Milley', cue: null });
  const q = extract('Ann Roe left the meeting early. The mayor stayed on, as he wants the plan to be "settled by Friday."', { language: 'markdown' }).quotes[0];
  assert.equal(q.speaker?.text, 'he');
});

test('a clause of reason or time, a coordinated noun, or no verb after the subject keeps the sentence’s subject', () => {
  // (a clause of reason reports no words of its subject: "because he is …")
  assert.equal(speakerOf('Tomas Ferreira said the vote was void because Lena Osei was "never a member of the board."').speaker, 'Tomas Ferreira');
  // (no comma before "and": "Ferreira and Osei" is one subject)
  assert.equal(speakerOf('Tomas Ferreira and Lena Osei agreed the levy was "the fairest choice we had."').speaker, 'Tomas Ferreira and Lena Osei');
  // (a possessive is no subject: "as Osei’s letter shows" is the letter's)
  assert.notEqual(speakerOf('Tomas Ferreira called the levy unfair, as Osei’s letter described "a tax on the poor."').speaker, 'Osei’s');
});
