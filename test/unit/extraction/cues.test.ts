import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The words of every attribution cue found in the prose of a plain-text draft. */
const cues = (text: string) => (extract(text, { language: 'plaintext', cues: true }).cues ?? []).map((c) => c.text);

test('cues inside a quotation belong to the quoted words, not to the attribution', () => {
  assert.deepEqual(cues('The mayor said: "My aides told me the plan was dead, and I said so."'), ['said']);
  assert.deepEqual(cues('“Nobody warned us, nobody explained anything,” a resident complained.'), ['complained']);
  // a quote closed in its paragraph leaves the next one alone
  assert.deepEqual(cues('"It was a long night."\n\nThe governor told reporters he was tired.'), ['told reporters']);
});

test('records and research attribute by verbs of showing and finding', () => {
  assert.deepEqual(cues('A new poll shows the senator ahead by six points.'), ['shows']);
  assert.deepEqual(cues('Campaign finance records, filed late on Friday, indicate the loan was repaid.'), ['indicate']);
  assert.deepEqual(cues('The study found that turnout fell, and recent surveys have consistently suggested the same.'), ['found', 'suggested']);
  // a verb of finding after anything but a record or a study is no cue
  assert.deepEqual(cues('The rescue team found the hikers, and a talk show indicates nothing.'), []);
});

test('participles of saying report, unless a determiner or a preposition makes them name an act', () => {
  assert.deepEqual(cues('The governor left the stage early, insisting the budget would pass.'), ['insisting']);
  assert.deepEqual(cues('Several donors wrote to the party, questioning its strategy.'), ['wrote', 'questioning']);
  assert.deepEqual(cues('She was fined for criticizing the board, and the questioning lasted an hour.'), []);
});

test('verbs of believing and seeming after who holds the view: a name, a plural noun, a share', () => {
  assert.deepEqual(cues('Economists expect rates to rise, and Democrats fear a slowdown.'), ['expect', 'fear']);
  assert.deepEqual(cues('About 40 percent believe the economy is improving.'), ['believe']);
  assert.deepEqual(cues('Senior aides privately doubt the plan will survive.'), ['doubt']);
  // no view holder before the verb: a pronoun, an adverb in -s, a demonstrative
  assert.deepEqual(cues('She always thinks ahead, and this seems odd.'), []);
});

test('a colon introduces quoted words after a speaker label or before a quotation mark', () => {
  assert.deepEqual(cues('Governor Smith: We will not raise taxes.'), [':']);
  assert.deepEqual(cues('The mayor had one message for residents: "Stay home tonight."'), [':']);
  // a colon right after a cue word belongs to that cue
  assert.deepEqual(cues('The senator said: "We will vote on Friday."'), ['said']);
  assert.deepEqual(cues('The hearing starts at 10:30, and there are three options: wait, vote or leave.'), []);
});
