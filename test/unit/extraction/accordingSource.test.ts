import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker and cue as written. */
const said = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('"according to" opening a long sentence names the source of its quote, even past another cue', () => {
  assert.deepEqual(said('According to the Harbour Gazette, council spokesman Ravi Patel said on Friday that if the ferry were ever sold to a private firm, \u201cthe town would lose its lifeline.\u201d'), ['the Harbour Gazette', 'According to']);
  // (straight marks and no-break spaces; a clause after the cue)
  assert.deepEqual(said('According to\u00a0Ana Ruiz, the crews who worked through the storm and the two who left in May were told, "no one will pay you for the nights."'), ['Ana Ruiz', 'According to']);
});
