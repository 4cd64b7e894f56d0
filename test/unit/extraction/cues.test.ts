import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/core/extract/index.ts';

/** The words of every attribution cue found in the prose of a plain-text draft. */
const cues = (text: string) => (extract(text, { language: 'plaintext', cues: true }).cues ?? []).map((c) => c.text);

test('cues inside a quotation belong to the quoted words, not to the attribution', () => {
  assert.deepEqual(cues('The mayor said: "My aides told me the plan was dead, and I said so."'), ['said']);
  assert.deepEqual(cues('“Nobody warned us, nobody explained anything,” a resident complained.'), ['complained']);
  // a quote closed in its paragraph leaves the next one alone
  assert.deepEqual(cues('"It was a long night."\n\nThe governor told reporters he was tired.'), ['told reporters']);
});
