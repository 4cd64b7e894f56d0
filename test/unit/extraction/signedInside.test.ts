import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { registryOf } from '../../support/drafts.ts';

/** The first quote's words, its speaker as written, where, and the name it stands for. */
const first = (text: string, withRegistry = false) => {
  const q = extract(text, { language: 'markdown', lexicon: withRegistry ? registryOf() : undefined }).quotes[0];
  return { words: q?.text ?? null, speaker: q?.speaker?.text ?? null, at: q?.speaker?.start ?? null, name: q?.speaker?.name ?? null };
};

test('a sign-off typed inside the closing mark (a name, a comma, an affiliation) speaks the quote, and the words end before it', () => {
  const text = 'Economists were blunt about the levy.\n\n“We will pay for this harbour twice over. Lena Osei, Harbour Policy Institute.”\n\nThe council met again in May.';
  assert.deepEqual(first(text), { words: 'We will pay for this harbour twice over.', speaker: 'Lena Osei', at: text.indexOf('Lena Osei'), name: 'Lena Osei' });
  // (on its own line inside the marks, straight marks, a middle initial and "of" and "&" in the affiliation)
  const own = 'The letters kept coming.\n\n"Nobody asked the dockworkers what they wanted.\nTomas R. Ferreira, Friends of Docks & Ferries."\n\nThe mayor did not reply.';
  assert.deepEqual(first(own), { words: 'Nobody asked the dockworkers what they wanted.', speaker: 'Tomas R. Ferreira', at: own.indexOf('Tomas'), name: 'Tomas R. Ferreira' });
  // (a registered person signing)
  const milley = 'Then came the reply.\n\n“The letter was a draft and nobody signed it. Mark Milley, Joint Chiefs of Staff.”';
  assert.deepEqual(first(milley, true), { words: 'The letter was a draft and nobody signed it.', speaker: 'Mark Milley', at: milley.indexOf('Mark Milley'), name: 'Mark Milley' });
});

test('a name alone closing the quote, a name after an abbreviation, or a cue of its own keep the quote’s words whole', () => {
  // (a name alone may be the quote's own last words)
  const answer = 'Ann Roe was asked who would win. “Everyone knows who will win the harbour seat. Tomas Ferreira.”';
  assert.equal(first(answer).words, 'Everyone knows who will win the harbour seat. Tomas Ferreira.');
  // (after "Sen." the name is the sentence's own)
  assert.match(first('Then the flyers went up.\n\n“The only one who can stop the levy is Sen. Tomas Ferreira, Harbour Party.”').words ?? '', /Ferreira, Harbour Party\.$/);
  // (a cue before the quote: its speaker stays)
  assert.equal(first('Ann Roe wrote: “We will pay for this harbour twice over. Lena Osei, Harbour Policy Institute.”').speaker, 'Ann Roe');
});
