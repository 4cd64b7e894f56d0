import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The text from each unclosed mark to the end of its line. */
const unclosed = (text: string, language: 'markdown' | 'plaintext' = 'markdown') =>
  extract(text, { language }).unclosed.map((m) => {
    assert.equal(m.end, m.start + 1, 'an unclosed span is the mark itself');
    const end = text.indexOf('\n', m.start);
    return text.slice(m.start, end < 0 ? text.length : end);
  });

test('an opening mark that its paragraph never closes is unclosed, and its words are no quote', () => {
  const text = 'Roe said “we will leave the base by May. Then she left.\n\nLee said “we stay.”';
  assert.deepEqual(unclosed(text), ['“we will leave the base by May. Then she left.']);
  assert.deepEqual(extract(text, { language: 'markdown' }).quotes.map((q) => q.text), ['we stay.']);
});

test('a quotation running over paragraphs is closed when a later paragraph reopens and closes it', () => {
  assert.deepEqual(unclosed('“We will leave,\n\n“and we will not come back,” Roe said.'), []);
  assert.deepEqual(unclosed('"We will leave,\n\n"and we will not come back," Roe said.'), []);
  // a paragraph that does not reopen it leaves it unclosed, even when it ends with a stray closing
  assert.deepEqual(unclosed('“We will leave,\n\nand we will not come back,” Roe said.'), ['“We will leave,']);
  // so does the end of the draft
  assert.deepEqual(unclosed('“We will leave,\n\n“and we will not come back'), ['“We will leave,']);
});

test('a second opening of the same kind leaves the first unclosed; nested quotes and apostrophes are no openings', () => {
  assert.deepEqual(unclosed('He said “go now and “stay” there.'), ['“go now and “stay” there.']);
  assert.deepEqual(unclosed('He said “we call it “hell” and worse” today.'), []);
  assert.deepEqual(unclosed('“It is “a rant” he gave,” she said.'), []);
  assert.deepEqual(unclosed('The Post’s editors don’t agree; he is 5\'10" tall.'), []);
});

test('every kind of mark is tracked, in plain text too', () => {
  assert.deepEqual(unclosed('Il a dit « nous partirons demain.', 'plaintext'), ['« nous partirons demain.']);
  assert.deepEqual(unclosed('Er sagte „wir gehen morgen.', 'plaintext'), ['„wir gehen morgen.']);
  assert.deepEqual(unclosed('彼は「明日行く と言った。', 'plaintext'), ['「明日行く と言った。']);
  assert.deepEqual(unclosed('Il a dit « nous partirons » hier.', 'plaintext'), []);
});

test('marks in code are not prose: no unclosed quote there', () => {
  assert.deepEqual(unclosed('Run `echo "hi` now.\n\n```\nconst s = "open;\n```\n'), []);
});

/** The text from the start of its line to each right mark that closes nothing. */
const unopened = (text: string) =>
  extract(text, { language: 'markdown' }).unopened.map((m) => {
    assert.equal(m.end, m.start + 1, 'an unopened span is the mark itself');
    return text.slice(text.lastIndexOf('\n', m.start) + 1, m.end);
  });

test('a right mark that closes nothing is unopened: its quotation lost its opening mark', () => {
  assert.deepEqual(unopened('He says,” there are a lot of people who never get listened to.'), ['He says,”']);
  // a quotation that broke over paragraphs: the first never closes, the second never opens
  const text = '“We will leave,\n\nand we will not come back,” Roe said.';
  assert.deepEqual(unopened(text), ['and we will not come back,”']);
  assert.equal(extract(text, { language: 'markdown' }).unclosed.length, 1);
});

test('inch marks, closings and right-mark openings are not unopened', () => {
  assert.deepEqual(unopened('He is 6’2” tall, 5\'10” with shoes, and “fine,” he said.'), []);
  assert.deepEqual(unopened('Generalen sa: ”Vi drar inte tillbaka trupperna”, enligt TT.'), []);
  assert.deepEqual(unopened('“It is “a rant” he gave,” she said; "straight," too.'), []);
});
