import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker and cue as written. */
const said = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('a naming verb in the passive before a quote has its agent right after it speak the quote ("called “…” by Ann Roe")', () => {
  assert.deepEqual(said('This habit of the Harbour Trust has been called \u201cpolite secrecy\u201d by Ana Ruiz, a historian at the county college.'), ['Ana Ruiz', 'called']);
  // (a description or a plural as the agent; straight marks and guillemets, no-break spaces)
  assert.deepEqual(said('The toll, often labeled as a "tax on ferries" by the dock workers, went up again in May.'), ['the dock workers', 'labeled']);
  assert.deepEqual(said('The plan was described as \u00ab a slow leak \u00bb by\u00a0Bo\u00a0Li on Monday.'), ['Bo\u00a0Li', 'described']);
});

test('"by" after a quote with no naming verb before it names no speaker ("breaking “…” by being elected")', () => {
  assert.notEqual(said('Ana Ruiz often speaks of breaking "the last barrier" by being elected.')[0], 'being elected');
  assert.deepEqual(said('Ana Ruiz said she was \u201cstunned\u201d by the council.'), ['Ana Ruiz', 'said']);
});
