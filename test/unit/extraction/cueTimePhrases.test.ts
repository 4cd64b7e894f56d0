import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker and cue as written. */
const said = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('a time phrase between a speaker and the cue ("Roe on Friday said", "Li last week called") keeps the cue', () => {
  // (an object relative whose subject is named: not the first name of the sentence, a possessive)
  assert.deepEqual(said('Much of Bo Li\u2019s anger was aimed at the council, which Ana Ruiz on Friday called \u201ca club for insiders.\u201d'), ['Ana Ruiz', 'called']);
  // (no-break spaces and guillemets)
  assert.deepEqual(said('Harbour master Ravi\u00a0Patel on\u00a0Tuesday said the ferry would be \u00ab back by spring \u00bb at the latest.'), ['Harbour master Ravi\u00a0Patel', 'said']);
  assert.deepEqual(said('Critics of the levy were loud, and Bo Li this week wrote that it was "a tax on ferries."'), ['Bo Li', 'wrote']);
});

test('"now" between a speaker and the cue ("the ones Ravi Patel now says") keeps the nearer cue and its speaker', () => {
  // (the sentence's own cue comes first: the nearer speaker, unregistered, says the quoted words)
  assert.deepEqual(said('Mayor Ana Ruiz has repeatedly called for the files to be released \u2014 even the ones Ravi Patel now says are \u201cstrictly confidential.\u201d'), ['Ravi Patel', 'says']);
  assert.deepEqual(said('Bo Li backed the levy last year, but Ingrid Valdés now claims it was \u201ca tax on ferries\u201d from the start.'), ['Ingrid Valdés', 'claims']);
});

test('a phrase naming the act of speaking between a speaker and the cue ("Roe in her opening speech called") keeps the cue and the speaker', () => {
  assert.deepEqual(said('The rejection of the plan was complete when Ana Ruiz in her opening speech called the dockers \u201cthieves\u201d and left.'), ['Ana Ruiz', 'called']);
  // (with whom the act was: the one spoken to is no speaker)
  assert.deepEqual(said('Bo Li in an interview with the Gazette said the port was "broke."'), ['Bo Li', 'said']);
  assert.deepEqual(said('Bo Li in a\u00a0letter to the board wrote that the port was \u00ab broke \u00bb.'), ['Bo Li', 'wrote']);
});

test('a name may hold an initialism ("U.S. District Judge", "J.J. Roe") and never starts inside one', () => {
  assert.deepEqual(said('And, in a clip that U.S. District Judge Ana W. Ruiz called "distasteful," Bo Li left.'), ['U.S. District Judge Ana W. Ruiz', 'called']);
  assert.deepEqual(said('\u201cThe port is broke,\u201d says J.J.\u00a0MacRoe, who studies the harbour.'), ['J.J.\u00a0MacRoe', 'says']);
});
