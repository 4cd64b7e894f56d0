import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { pollOfShare } from '../../../src/core/extract/pollSources.ts';

const speakerOf = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return { speaker: q?.speaker?.text ?? null, cue: q?.cue?.text ?? null };
};

test('a share of respondents in a sentence that names a poll: the poll speaks, with the share’s cue', () => {
  assert.deepEqual(speakerOf('In a new Harbour Institute poll, 42 percent of dock workers said the levy was "a tax on the night shift."'), { speaker: 'a new Harbour Institute poll', cue: 'said' });
  assert.deepEqual(speakerOf('The Coastal Herald survey also finds that, while 18% of ferry riders say the timetable is “simply fine,” most want more boats.'), { speaker: 'The Coastal Herald survey', cue: 'say' });
  assert.equal(speakerOf('In a study of 900 tenants, six in 10 renters said their landlord had been “impossible to reach.”').speaker, 'a study');
});

test('odd typography: guillemets, curly apostrophes and non-breaking spaces around the share and the poll', () => {
  assert.equal(speakerOf('In the Bay Post\u2019s poll, 31\u00a0percent of nurses said the ward was «\u00a0running on goodwill\u00a0».').speaker, 'the Bay Post\u2019s poll');
});

test('a share with no poll in its sentence, or a poll in an earlier sentence, keeps the share as the speaker', () => {
  assert.equal(speakerOf('Just over half the board met on Friday. About 40 percent of members said the plan was "rushed."').speaker, 'About 40 percent of members');
  assert.equal(speakerOf('A poll came out on Monday. Then 40 percent of members said the plan was "rushed."').speaker, '40 percent of members');
});

test('a person as the cue’s subject is never replaced by the poll the sentence names', () => {
  assert.equal(speakerOf('Citing a new poll, Mayor Ina Vale said the harbour plan was "more popular than ever."').speaker, 'Mayor Ina Vale');
  assert.equal(pollOfShare('In a new poll, ', 'Ravi Patel'), undefined);
  assert.deepEqual(pollOfShare('In a new poll, ', '55 percent of voters'), { text: 'a new poll', at: 3 });
});
