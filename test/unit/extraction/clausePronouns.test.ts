import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryOf } from '../../support/drafts.ts';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker as written, where, and the name it resolves to. */
const speaker = (text: string) => {
  const s = extract(text, { language: 'markdown', lexicon: registryOf() }).quotes[0]?.speaker;
  return s ? { text: s.text, at: s.start, name: s.name } : null;
};

test('a later clause of the quote’s sentence with a pronoun subject, running up to the quote, speaks it', () => {
  const and = 'Ravi Patel runs the only ferry and he has long used the delays to fault the council for its “harbour of excuses.”';
  assert.deepEqual(speaker(and), { text: 'he', at: and.indexOf('he has'), name: 'Ravi Patel' });
  const as = 'Ana\u00a0Ruiz is winning applause as she keeps talking about a "harbour for everyone" at every stop.';
  assert.deepEqual(speaker(as), { text: 'she', at: as.indexOf('she keeps'), name: 'Ana Ruiz' });
  // (a short phrase and its comma after the opener; guillemets)
  const when = 'Gen. Mark Milley started the row when, on Monday, he brought up the letter and later called it « a mistake ».';
  assert.deepEqual(speaker(when), { text: 'he', at: when.indexOf('he brought'), name: 'Mark Milley' });
});

test('a clause that only gives a reason or a time ("because he is …") does not speak the quote', () => {
  assert.equal(speaker('Ana Ruiz blamed the council for the delay because she was “never told about the storm.”')?.text, 'Ana Ruiz');
  assert.equal(speaker('Ana Ruiz praised the crew after they came back with “nothing but good news.”')?.text, 'Ana Ruiz');
});
