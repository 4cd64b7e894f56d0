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

test('a named subject whose verb takes the possessive as its object speaks, as written', () => {
  const repeated = 'Ravi Patel again repeated his claim that “the harbour was never dredged at all.”';
  assert.deepEqual(speaker(repeated), { text: 'Ravi Patel', at: 0, name: 'Ravi Patel', id: null, refersTo: null });
  const doubled = 'Lena Osei doubled down on her remarks about the pilots, who she says “run the port like a private club.”';
  assert.notEqual(speaker(doubled)?.text, 'her');
  // (not past an apposition or a clause of its own: the possessive is then the nearer speaker)
  const apposed = 'Lena Osei, who has chaired the board since May, won them over with her calls to end the “rigged timetable” at the docks.';
  assert.equal(speaker(apposed)?.text, 'her');
});

test('a possessive speaks through a noun of saying with a capitalised word before it, or a longer phrase after it', () => {
  const month = 'Lena Osei lost the vote. At the hearing, the clerks could not forget her March comment that, “no ferry will ever run on time again.”';
  assert.deepEqual(speaker(month), { text: 'her', at: month.indexOf('her March'), name: 'Lena Osei', id: null, refersTo: 'Lena Osei' });
  const longer = 'Ravi Patel lost the vote. Given his past comments on building a sea wall to keep out the “storm tourists”, few were surprised.';
  assert.deepEqual(speaker(longer)?.text, 'his');
});
