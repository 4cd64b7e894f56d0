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

test('an opening mark that its paragraph never closes is unclosed, and its words to the paragraph’s end are a quote all the same', () => {
  const text = 'Roe said “we will leave the base by May. Then she left.\n\nLee said “we stay.”';
  assert.deepEqual(unclosed(text), ['“we will leave the base by May. Then she left.']);
  assert.deepEqual(extract(text, { language: 'markdown' }).quotes.map((q) => [q.text, q.speaker?.text]), [['we will leave the base by May. Then she left.', 'Roe'], ['we stay.', 'Lee']]);
});

/** The quoted words and speaker of each quote. */
const said = (text: string, language: 'markdown' | 'plaintext' = 'markdown') => extract(text, { language }).quotes.map((q) => [q.text, q.speaker?.text ?? null]);

test('an unclosed quotation of any kind of mark is a quote to the end of its paragraph, its speaker found as for a closed one', () => {
  assert.deepEqual(said('Ann Roe said: „Wir bleiben hier, egal was passiert.\n\nDie Stadt schwieg.', 'plaintext'), [['Wir bleiben hier, egal was passiert.', 'Ann Roe']]);
  assert.deepEqual(said('Ann Roe a dit : « nous partirons demain matin sans attendre personne.\n\nLa ville se tut.', 'plaintext'), [['nous partirons demain matin sans attendre personne.', 'Ann Roe']]);
  assert.deepEqual(said('Ann Roe said "we will leave the base by May, whatever the council decides.\n\nLee said "we stay."'), [['we will leave the base by May, whatever the council decides.', 'Ann Roe'], ['we stay.', 'Lee']]);
  assert.deepEqual(said('Ann Roe sa: ”Vi går hem nu och kommer aldrig tillbaka hit igen.\n\nStaden teg.', 'plaintext'), [['Vi går hem nu och kommer aldrig tillbaka hit igen.', 'Ann Roe']]);
  // single marks inside stay inside its words
  assert.deepEqual(said('Ann Roe said: “I told him ‘no way’ and left the hall before the vote.\n\nThe vote went ahead.'), [['I told him ‘no way’ and left the hall before the vote.', 'Ann Roe']]);
});

test('an unclosed quotation ends where a new one opens a sentence; one opening inside a sentence leaves it no quote', () => {
  const text = '“The ferry runs late,” Rep. Ann Roe said Friday. “If the ferry stops, the island is cut off from the mainland for good. “We have asked for years,” added Bo Li, a commuter.';
  assert.deepEqual(said(text, 'plaintext'), [['The ferry runs late,', 'Rep. Ann Roe'], ['If the ferry stops, the island is cut off from the mainland for good.', 'Rep. Ann Roe'], ['We have asked for years,', 'Bo Li']]);
  assert.deepEqual(unclosed(text, 'plaintext').map((u) => u.slice(0, 16)), ['“If the ferry st']);
  // where its words end is unknown: nothing is read as its words
  assert.deepEqual(said('Ann Roe wrote: “Let us go. We can stop this now, she said of her film, “Trainwreck.”'), []);
});

test('a straight mark before ">" ends a markup attribute: no quotation opens there', () => {
  assert.deepEqual(said('<tweet tweet-author="@annroe" tweet-date="May 9, 2016\n">I love the ferry and I will ride it every day of the year.<tweet/>', 'plaintext'), []);
  assert.deepEqual(unclosed('<tweet tweet-author="@annroe" tweet-date="May 9, 2016\n">I love the ferry and I will ride it every day.<tweet/>', 'plaintext'), []);
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
