import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { registryOf } from '../../support/drafts.ts';

/** The first quote’s speaker as written (words that open sentences or dates but start no name). */
const speakerOf = (text: string, withRegistry = false) => extract(text, { language: 'markdown', lexicon: withRegistry ? registryOf() : undefined }).quotes[0]?.speaker ?? null;

test('a month’s abbreviation opening a date is no name: the last resort is the person after it', () => {
  assert.equal(speakerOf('On the morning of Feb. 28 Tomas Ferreira went down to the docks to see the “harbour of the future, built for everyone” plan himself.')?.text, 'Tomas Ferreira');
  // (a dash aside, a registered person)
  assert.equal(speakerOf('In the early hours of Sept.\u00a03 Milley — as he so often does — went back over a post that an account named “docks forever and ever” had written.', true)?.text, 'Milley');
});

test('an ordinal opening a sentence before a comma is no name (“First, …”); before a name it may be a title’s (“First Lady …”)', () => {
  assert.equal(speakerOf('First, Lena Osei and the other members of the board refused to say the words “harbour tax” at all.')?.text, 'Lena Osei');
  assert.equal(speakerOf('Second,\u00a0Tomas Ferreira walked out before the “harbour of the future, built for everyone” plan was read.')?.text, 'Tomas Ferreira');
  assert.equal(speakerOf('First Lady Ann Roe has called the plan “a ruin nobody wants to fix,” and left.')?.text, 'First Lady Ann Roe');
});
