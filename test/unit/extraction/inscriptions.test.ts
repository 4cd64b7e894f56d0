import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { registryOf } from '../../support/drafts.ts';

/** The first quote's speaker as written, where, the name it stands for and its rule. */
const speakerOf = (text: string, withRegistry = false) => {
  const q = extract(text, { language: 'markdown', lexicon: withRegistry ? registryOf() : undefined }).quotes[0];
  return q?.speaker ? { text: q.speaker.text, at: q.speaker.start, name: q.speaker.name, cue: q.cue?.text ?? null } : null;
};

test('words written on a thing are the thing’s: “that” as written, standing for the thing, not the subject who handles it', () => {
  const bottles = 'At the fair the volunteers handed out water bottles that said, “The harbour is yours, drink up.”';
  assert.deepEqual(speakerOf(bottles), { text: 'that', at: bottles.indexOf('that said'), name: 'bottles', cue: null });
  // (a few words between the thing and its clause, straight marks, an unregistered person as the sentence's subject)
  const shirts = 'By noon, Tomas Ferreira saw T-shirts appear outside the harbour office that read "We kept the docks."';
  assert.deepEqual(speakerOf(shirts), { text: 'that', at: shirts.indexOf('that read'), name: 'T-shirts', cue: null });
  // (a registered person holding it, guillemets, a no-break space and an adverb before the verb)
  const sign = 'Milley held a hand-painted sign that\u00a0simply read «\u00a0No levy on the docks\u00a0».';
  assert.deepEqual(speakerOf(sign, true), { text: 'that', at: sign.indexOf('that'), name: 'a hand-painted sign', cue: null });
});

test('“which” on a thing with no determiner stands for the thing too; a cue of someone’s own before the quote keeps the person', () => {
  const banners = 'Dockworkers marched past carrying banners which proclaimed: “Hands off our harbour.”';
  assert.deepEqual(speakerOf(banners), { text: 'which', at: banners.indexOf('which'), name: 'banners', cue: null });
  // (the person's own cue: "said" before the thing keeps Ferreira)
  assert.equal(speakerOf('Tomas Ferreira said the crowd had a banner that read “Hands off our harbour.”')?.text, 'Tomas Ferreira');
  // (not a thing of written words: a video's or a letter's words may be whoever made it)
  assert.notEqual(speakerOf('Lena Osei released a video that said, “The docks will reopen in May.”')?.text, 'that');
});

test('a last-resort name that a preposition governs speaks nothing: “on”, “at”, “about”', () => {
  // (no cue, no subject: the only names are after prepositions)
  assert.equal(speakerOf('Later that week, on Harbour Radio, the plan to “close the docks for good and sell the land” came up again.'), null);
  assert.equal(speakerOf('Before the vote, at a Riverside Party rally, the plan to “close the docks for good and sell the land” came up again.'), null);
  assert.equal(speakerOf('Before the vote, there was talk about Riverside Party and its plan to\n“close the docks for good and sell the land.”'), null);
  // (a possessive after the preposition owns the words: "in Osei’s plan to “…”")
  assert.equal(speakerOf('Before the vote, in Lena Osei’s plan to “close the docks for good and sell the land” the docks came last.')?.text, 'Lena Osei’s');
  // (a name that no preposition governs stays the last resort)
  assert.equal(speakerOf('Before the vote, Lena Osei and the plan to “close the docks for good and sell the land” were the talk of the town.')?.text, 'Lena Osei');
});
