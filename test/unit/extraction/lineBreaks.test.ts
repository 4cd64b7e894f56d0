import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/core/extract/index.ts';
import { joinLines } from '../../../src/core/extract/lineBreaks.ts';

const read = (text: string, language: 'markdown' | 'plaintext' = 'markdown') =>
  extract(text, { language }).quotes.map((q) => ({ quote: q.text, speaker: q.speaker?.text ?? null, cue: q.cue?.text ?? null }));

test('a line break inside a paragraph reads as a space: in a name, between a quote and its cue, inside a cue', () => {
  for (const language of ['markdown', 'plaintext'] as const) {
    // (the speaker's name as read, a space for the break; its span is the draft's)
    const text = '“We will reopen the pier by June,” said Sen.\nAnn Roe of Dunmore.';
    const [q] = extract(text, { language }).quotes;
    assert.equal(q.speaker?.text, 'Sen. Ann Roe', language);
    assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'Sen.\nAnn Roe', language);
    assert.deepEqual(read('“We will reopen the pier by June,”\nsaid Ann Roe.', language)[0], { quote: 'We will reopen the pier by June,', speaker: 'Ann Roe', cue: 'said' }, language);
    assert.deepEqual(read('The pier, according\nto Ann Roe, “will reopen by June at the latest.”', language)[0].speaker, 'Ann Roe', language);
    assert.deepEqual(read('« Nous rouvrirons la jetée en juin »,\nhe said, and Bo Li\nagreed.', language)[0].speaker, 'he', language);
  }
});

test('Windows line breaks inside a paragraph read as spaces too; a blank line still ends it', () => {
  assert.equal(read('“We will reopen the pier by June,”\r\nAnn Roe said.')[0].speaker, 'Ann Roe');
  assert.deepEqual(read('“We will reopen the pier by June and not a day later,”\n\nAnn Roe said.', 'plaintext')[0].speaker, null);
});

test('a hard-wrapped block quote keeps its lead-in speaker and one part per line', () => {
  const text = 'Harbour master Ann\nRoe wrote:\n\n> The pier stays shut until\n> the engineers are done.\n\nMore text.';
  const [q] = extract(text, { language: 'markdown' }).quotes;
  assert.equal(q.kind, 'block');
  assert.equal(q.speaker?.text, 'Harbour master Ann Roe');
  assert.deepEqual(q.parts.map((p) => text.slice(p.start, p.end)), ['The pier stays shut until', 'the engineers are done.']);
});

test('joinLines keeps the length and the breaks between blocks', () => {
  const masked = 'a\nb\n\nc\r\nd';
  const joined = joinLines(masked, [{ start: 0, end: 3 }, { start: 5, end: 9 }]);
  assert.equal(joined, 'a b\n\nc  d');
  assert.equal(joined.length, masked.length);
});

test('a quote signed on its line before the next one, and a sentence opening with a new quote, however the lines run', () => {
  const signed = '“The ferry is late every single day.” ― Ann Roe “And nobody ever tells us why.” ― Bo Li';
  assert.deepEqual(read(signed, 'plaintext').map((q) => q.speaker), ['Ann Roe', 'Bo Li']);
  // a second “ after a sentence end is a new quote, the first left open (its words a quote up to it), not a quote nested in it
  const reopened = 'Ann Roe said: “The ferry is late. Every day. “We have asked about it for a year,” added Bo Li, a commuter. “Nobody answers.”';
  assert.deepEqual(read(reopened, 'plaintext').map((q) => [q.quote, q.speaker]), [['The ferry is late. Every day.', 'Ann Roe'], ['We have asked about it for a year,', 'Bo Li'], ['Nobody answers.', 'Bo Li']]);
});
