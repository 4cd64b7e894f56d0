import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { registryOf } from '../../support/drafts.ts';

const speakersOf = (text: string, withRegistry = false) =>
  extract(text, { language: 'markdown', lexicon: withRegistry ? registryOf() : undefined }).quotes.map((q) => ({ speaker: q.speaker?.text ?? null, name: q.speaker?.name ?? null }));

test('a quote opening its sentence after one whose subject is a named person, with no cue: that person, not the last speaker', () => {
  const text = '"The levy stays," said Tomas Ferreira.\n\nLena Osei turned to the harbour budget. "We cannot pay for both bridges this year."';
  assert.deepEqual(speakersOf(text).map((s) => s.speaker), ['Tomas Ferreira', 'Lena Osei']);
  // a registered person as that subject resolves to the registry's name
  const registered = '"The levy stays," said Tomas Ferreira.\n\nMilley turned to the harbour budget. "We cannot pay for both bridges this year."';
  assert.deepEqual(speakersOf(registered, true)[1], { speaker: 'Milley', name: 'Mark Milley' });
});

test('the sentence before holding a quote of its own, or a pronoun as its subject, leaves the last speaker going on', () => {
  // (past a quote in that sentence its speaker's words go on)
  const quoted = 'Ravi Patel has until May to decide, and his odds are "slim to none," says Tomas Ferreira, a planner. "The deck is stacked against him."';
  assert.deepEqual(speakersOf(quoted).map((s) => s.speaker), ['Tomas Ferreira', 'Tomas Ferreira']);
  const pronoun = '"The levy stays," said Tomas Ferreira.\n\nHe turned to the harbour budget. "We cannot pay for both bridges this year."';
  assert.deepEqual(speakersOf(pronoun).map((s) => s.name), ['Tomas Ferreira', 'Tomas Ferreira']);
});
