import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** Each quote's speaker and cue as written. */
const said = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null]);

test('a present-tense cue inverted right after a quote names its speaker ("“…,” agrees Ann Roe, 41")', () => {
  const text = '"Nobody told us about the levy," said Bo Li, a ferry pilot.\n\n"The ferry is our lifeline, and they know it," agrees Ana Ruiz, 41, a nurse from Harbourton.';
  assert.deepEqual(said(text)[1], ['Ana Ruiz', 'agrees']);
  // (curly marks, no-break spaces, a description)
  assert.deepEqual(said('\u201cThey never asked the crews,\u201d cautions the\u00a0harbour master.')[0], ['the\u00a0harbour master', 'cautions']);
});

test('the same verbs before a quote are no cue ("Japan agrees to “…”")', () => {
  assert.notEqual(said('The pact is short, but it says that Japan agrees to \u201climit the catch\u201d next year.')[0]?.[1], 'agrees');
});
