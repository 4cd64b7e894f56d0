import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryOf } from '../../support/drafts.ts';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker as written, where, the name it resolves to, its registry id and what it refers to. */
const speaker = (text: string) => {
  const s = extract(text, { language: 'markdown', lexicon: registryOf() }).quotes[0]?.speaker;
  return s ? { text: s.text, at: s.start, name: s.name, id: s.id, refersTo: s.refersTo ? text.slice(s.refersTo.start, s.refersTo.end) : null } : null;
};

test('a possessive pronoun before a noun of saying that leads up to the quote speaks it, for the person it stands for', () => {
  const call = 'Council member Ravi Patel spoke for an hour. His standing rose after the storm and his call for “a harbour that anyone can use.”';
  assert.deepEqual(speaker(call), { text: 'his', at: call.indexOf('his call'), name: 'Ravi Patel', id: null, refersTo: 'Ravi Patel' });
  const calls = 'Lena\u00a0Osei rallied the crowd with her calls to end the "rigged timetable" at the docks.';
  assert.deepEqual(speaker(calls), { text: 'her', at: calls.indexOf('her calls'), name: 'Lena Osei', id: null, refersTo: 'Lena\u00a0Osei' });
  // a registered person keeps the id; guillemets
  const remark = 'Gen. Mark Milley was asked about the letter. Reporters pressed him on his remark that « it was a mistake, it was unsigned ».';
  assert.deepEqual(speaker(remark), { text: 'his', at: remark.indexOf('his remark'), name: 'Mark Milley', id: 'mark-milley', refersTo: 'Gen. Mark Milley' });
});

test('a possessive speaks only through a noun of saying right before the quote, and not past a cue that names someone', () => {
  // (a cue before the quote names its speaker)
  assert.equal(speaker('Ravi Patel said her promise of “free ferries for everyone” was never kept.')?.text, 'Ravi Patel');
  // (no noun of saying: "her tendencies" owns no words, and a gerund after a comma is no noun)
  assert.notEqual(speaker('Ravi Patel knows her tendencies, warning that Osei is “still in control of the harbour.”')?.text, 'her');
  // (too far from the quote: the noun's words have ended)
  assert.notEqual(speaker('Ravi Patel recalled her promise of a new pier for the north side of the bay and the old ferry, “the Gull.”')?.text, 'her');
});

test('a possessive that stands for nobody named stays as written, in lower case', () => {
  assert.deepEqual(speaker('His promise of “free ferries for everyone” was never kept.'), { text: 'His', at: 0, name: 'his', id: null, refersTo: null });
});
