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

test('a quote inside an opening subordinate clause with its own cue is that clause’s, not the main clause’s cue after it', () => {
  assert.deepEqual(said('Though he said it produced a \u201chandful of odd names\u201d on the list, Lund said none were kept.'), ['he', 'said']);
  assert.deepEqual(said('But even as Ana\u00a0Ruiz claimed on Tuesday that "the port is already broke," one of the harbour masters said the cases differ.'), ['Ana\u00a0Ruiz', 'claimed']);
  assert.deepEqual(said('While Ana Ruiz said the port was \u201ca ruin,\u201d Bo Li said it was fine.'), ['Ana Ruiz', 'said']);
  // (a subordinate clause closed by a comma before the quote, or one with no cue, leaves the cue after the quote its speaker)
  assert.deepEqual(said('When the board met, the levy was \u201ca ruin,\u201d Bo Li said.'), ['Bo Li', 'said']);
  assert.deepEqual(said('Though the levy looked like \u201ca ruin\u201d to many, Bo Li said it was fine.'), ['Bo Li', 'said']);
});
