import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker and cue as written. */
const said = (text: string) => {
  const q = extract(text, { language: 'markdown' }).quotes[0];
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('after a quoted question a capitalised word opening the next sentence is no speaker ("“…?” Her critics cited it …")', () => {
  assert.deepEqual(said('Ana Ruiz, tired, finally replied: "Does it matter now?" Her critics cited it as proof of contempt.'), ['Ana Ruiz', 'replied']);
  // (an exclamation; curly marks, no-break spaces)
  assert.deepEqual(said('The harbour master turned to the crowd. \u201cGo home!\u201d I\u00a0had prepared a short speech, but kept it.'), ['The harbour master', null]);
});

test('a mere verb after a quoted question still speaks it when nothing follows the verb ("“…?” Roe pressed.")', () => {
  assert.deepEqual(said('\u201cWhy now?\u201d Bo Li pressed. \u201cThe ferry ran all winter.\u201d'), ['Bo Li', 'pressed']);
  assert.deepEqual(said('"Who pays for it?" Ana Ruiz repeated, louder.'), ['Ana Ruiz', 'repeated']);
  assert.deepEqual(said('"Out!" the crowd screamed back.'), ['the crowd', 'screamed']);
});

test('after a quoted question a cue that reports a clause of its own opens a new sentence ("“…?” Roe conceded that …")', () => {
  // (the host asks; the guest's "conceded that" reports what comes after it, not the question)
  assert.deepEqual(said('The host leaned in. \u201cSo who pays for the new pier?\u201d Ravi Patel conceded that the council had no money left.'), ['The host', null]);
  assert.deepEqual(said('Mira Holt asked the panel: "Is the ferry safe?" The harbour board noted that no one had been hurt.'), ['Mira Holt', 'asked']);
  // (a cue with no clause after it still speaks the question)
  assert.deepEqual(said('\u201cSo who pays for the new pier?\u201d Ravi Patel asked the\u00a0council.'), ['Ravi Patel', 'asked']);
});

test('a quoted question before a capitalised word ends its sentence: the attribution that closes the next one is not its', () => {
  const [speaker] = said('Asked about the delay, the mayor\u2019s only reply was: \u201cWhy now?\u201d Harbour Books is a shop on Dock Street, Salem, that sells maps and charts, according to its website.');
  assert.ok(speaker !== 'Salem' && speaker !== 'its website', String(speaker));
  // (an attribution right after the question still speaks it, relayed or not)
  assert.deepEqual(said('\u201cWhy now?\u201d Ann Roe asked, according to the\u00a0Gazette.'), ['the\u00a0Gazette', 'according to']);
});

test('after a quoted question a plural speaker noun is no verb: "“…?” Several Republican leaders, including …" names nobody', () => {
  const text = 'Bo Li turned to the board. \u201cWhat does this say about the port?\u201d Several Republican leaders, including Ann\u00a0Roe and Ina Vale, have since left.';
  assert.notEqual(said(text)[1], 'leaders');
  assert.notEqual(said('\u201cWho pays for the dredging?\u201d Many Democrat officials, and Ina Vale, never answered.')[1], 'officials');
  // (a verb after the description still speaks: “…?” Two Republican senators asked)
  assert.deepEqual(said('\u201cWho pays for the dredging?\u201d Two Republican senators asked.'), ['Two Republican senators', 'asked']);
});
