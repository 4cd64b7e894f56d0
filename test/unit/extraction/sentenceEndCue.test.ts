import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker and cue as written. */
const said = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('a cue closing the sentence a partial quote sits in speaks it also when a participle phrase with a quote of its own goes on after it ("…, Roe said, adding “…”")', () => {
  assert.deepEqual(said('Bo Li\u2019s \u201cquiet creep\u201d is a scandal, Ana Ruiz said on Monday, adding that the council \u201cknew of it in May.\u201d'), ['Ana Ruiz', 'said']);
  // (a pronoun; straight marks, no-break spaces, guillemets)
  assert.deepEqual(said('Ravi Patel is not alone. "You squeezed the crews" to pay for it, she\u00a0said, pointing to the harbour\u2019s drive to \u00ab sell more tickets \u00bb at any cost.'), ['she', 'said']);
});
