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

test('a naming participle with its agent before a quote ("seen by organizers as a “…”") has the agent speak it', () => {
  assert.deepEqual(said('The ferry talks will also cover a second levy, an option seen by harbour organizers as a \u201clifeboat\u201d for the island.'), ['harbour organizers', 'seen']);
  // (an unregistered person, a plural with a quantifier, a verb of naming without "as")
  assert.deepEqual(said('It came to be known by Okonkwo Adeyemi as the \u201cferry tax\u201d before the vote.'), ['Okonkwo Adeyemi', 'known']);
  assert.deepEqual(said('The pier, mockingly dubbed by some dock workers \u201cthe bridge to nowhere,\u201d opened in May.'), ['some dock workers', 'dubbed']);
  // (no "as" after a participle that needs it: "seen by the mayor" is no naming of the words)
  assert.notEqual(said('The pier was seen by the mayor \u201con a good day\u201d from the hill, Ana Ruiz said.')[1], 'seen');
});
