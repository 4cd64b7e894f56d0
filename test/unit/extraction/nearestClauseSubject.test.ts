import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const speakerOf = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return { speaker: q?.speaker?.text ?? null, cue: q?.cue?.text ?? null };
};

test('with no cue and no subject opening the sentence, the subject of the clause the quote sits in speaks, not the first name in the sentence', () => {
  // (after an opening phrase: "On its own website," "Late on Friday,")
  assert.deepEqual(speakerOf('On its own website, the Harbour Trust lists "public trust as our first duty" among its aims.'), { speaker: 'the Harbour Trust', cue: null });
  assert.equal(speakerOf('Late on Friday, about 40 nurses had gathered by the gate, chanting "no contract, no peace" until dusk.').speaker, 'about 40 nurses');
  // (a described person nobody registered, and a bare plural)
  assert.equal(speakerOf('In three long interviews, the retired justice sounded off on the levy, saying she did not "want to imagine what it does to farms."').speaker, 'the retired justice');
  assert.equal(speakerOf('Across the valley, growers have been startled by the "reckless and sudden tariff on pears" this spring.').speaker, 'growers');
  // (a clause opened by "when")
  assert.equal(speakerOf('After the vote, when many commentators branded the budget "the quietest tax rise in years" on Monday.').speaker, 'many commentators');
});

test('a subordinate clause the sentence goes on after, or a clause after "according to", gives no speaker of its own', () => {
  // (the main clause resumes after "since she left …,": Bo Li speaks, not "she")
  assert.equal(speakerOf('Bo Li, who has backed Ann Roe since she left the council in May, likened the levy to "a slow leak in the county purse."').speaker, 'Bo Li');
  // (the source is the audit, not the developers it describes: better no speaker than theirs)
  assert.notEqual(speakerOf('According to an audit filed by the state treasurer and two outside firms in the county last spring, the developers ran "a scheme of astonishing scale and nerve."').speaker, 'the developers');
});
