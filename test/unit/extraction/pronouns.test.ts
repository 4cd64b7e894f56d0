import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryOf } from '../../support/drafts.ts';
import { extract } from '../../support/rewrappedExtract.ts';

const speakers = (text: string) =>
  extract(text, { language: 'markdown', lexicon: registryOf() }).quotes.map((q) => ({
    text: q.speaker?.text ?? null,
    name: q.speaker?.name ?? null,
    id: q.speaker?.id ?? null,
    refersTo: q.speaker?.refersTo ? text.slice(q.speaker.refersTo.start, q.speaker.refersTo.end) : null,
  }));

test('a pronoun stands for the person its sentence follows, registered or not', () => {
  const text = 'Gen. Mark Milley spoke first.\n\nCouncil member Ravi Patel was less certain. "I have heard that promise before," he said.';
  assert.deepEqual(speakers(text)[0], { text: 'he', name: 'Ravi Patel', id: null, refersTo: 'Ravi Patel' });
  // an apposition, a role before the name, curly quotes and a pronoun before the quote
  assert.equal(speakers('Milley spoke first. Ravi Patel, a ferry captain, was less sure. She added: “The harbour was never dredged.”')[0].name, 'Ravi Patel');
  assert.equal(speakers('Milley spoke first. Longtime resident Ann Okafor disagreed. « Nobody asked the pilots », she said.')[0].name, 'Ann Okafor');
});

test('a person named in the sentence right after a registered speaker’s quote is the antecedent, not that speaker', () => {
  // (the quote before ends its sentence: the next one opens after its closing mark, straight or curly)
  const straight = speakers('Gen. Mark Milley said the plan "will hold up under pressure from anyone." Council member Ravi Patel was less certain. "I have heard that promise before," he said.');
  assert.deepEqual(straight[1], { text: 'he', name: 'Ravi Patel', id: null, refersTo: 'Ravi Patel' });
  const curly = speakers('Milley called the levy “fair to every household!” Longtime resident Lena Osei, 52, shook her head. “Nobody here was asked,” she said.');
  assert.deepEqual(curly[1], { text: 'she', name: 'Lena Osei', id: null, refersTo: 'Lena Osei' });
  // (a quote that does not end its sentence still hides the names in it: "Bo Li" is nobody's subject here)
  assert.equal(speakers('Gen. Mark Milley said that "Bo Li was right," and left. "We will wait," he said.')[1].name, 'Mark Milley');
});

test('only a name in subject position is an antecedent: an object, a name inside a quote, a possessive are not', () => {
  assert.deepEqual(speakers('Gen. Mark Milley met Ravi Patel on Monday. "I have heard that promise before," he said.')[0], { text: 'he', name: 'Mark Milley', id: 'mark-milley', refersTo: 'Gen. Mark Milley' });
  assert.equal(speakers('Gen. Mark Milley spoke. "Ann Roe was right about it," he said.')[0].name, 'Mark Milley');
  assert.equal(speakers('Gen. Mark Milley spoke. Ann Roe’s report was late. "We will read it," he said.')[0].name, 'Mark Milley');
});

test('a registered name in subject position keeps its registry id, and the later of two people wins', () => {
  assert.deepEqual(speakers('Ravi Patel spoke first. Gen. Mark Milley was less certain. "That letter is a draft," he said.')[0].id, 'mark-milley');
  assert.equal(speakers('Gen. Mark Milley spoke first. Ann Roe, the mayor, was less certain — and so was Bo Li, her deputy. "We will wait," she said.')[0].name, 'Ann Roe');
});

test('a sentence may open with a conjunction, an adverb or a phrase of time or place before the person it is about', () => {
  const name = (text: string) => speakers(text).at(-1)?.name;
  assert.equal(name('Gen. Mark Milley spoke first. Then Ravi Patel stood up. “I have heard that promise before,” he said.'), 'Ravi Patel');
  assert.equal(name('Gen. Mark Milley spoke first. But Ana Ruiz wasn’t so sure. "Nobody asked the pilots," she said.'), 'Ana Ruiz');
  assert.equal(name('Gen. Mark Milley spoke first. On Tuesday, Ravi Patel was less certain. “I have heard that promise before,” he said.'), 'Ravi Patel');
  assert.equal(name('Gen. Mark Milley spoke first.\u00a0In the harbour office, Lena\u00a0Osei shook her head. «\u00a0Nobody here was asked\u00a0», she said.'), 'Lena Osei');
  // (a modifier or a possessive before the name is no part of it)
  assert.deepEqual(speakers('Gen. Mark Milley spoke first. And then Ravi Patel showed up. “I have heard that promise before,” he said.').at(-1)?.refersTo, 'Ravi Patel');
  assert.deepEqual(speakers('Gen. Mark Milley spoke first. North Carolina’s Ada Fisher disagreed. “I think we will do fine,” she said.').at(-1)?.refersTo, 'Ada Fisher');
  // (a phrase of time with no comma is no opener, and the subject after it must still be a person's name)
  assert.equal(name('Gen. Mark Milley spoke first. On Tuesday the ferry was late. “I have heard that promise before,” he said.'), 'Mark Milley');
});

test('a surname alone is an antecedent, by the full name, when the full name came before it, and only then', () => {
  const last = (text: string) => speakers(text).at(-1);
  const named = 'Ravi Patel runs the ferry. Gen. Mark Milley spoke first. Patel was less certain. “I have heard that promise before,” he said.';
  assert.deepEqual(last(named), { text: 'he', name: 'Ravi Patel', id: null, refersTo: 'Patel' });
  assert.equal(last('Ann Okafor runs the ferry. Gen. Mark Milley spoke first. But Okafor wasn’t so sure. "Nobody asked the pilots," she said.')?.name, 'Ann Okafor');
  // (with no full name before it, a single capitalised word may be a place or a team: the earlier person stays)
  assert.equal(last('Gen. Mark Milley spoke first. Patel was less certain. “I have heard that promise before,” he said.')?.name, 'Mark Milley');
  assert.equal(last('Gen. Mark Milley spoke in Iowa City. Iowa was his best state. "We will be back," he said.')?.name, 'Mark Milley');
});

test('a quote going on with the last speaker’s words is theirs at a pronoun in its own sentence', () => {
  for (const text of [
    '“We waited an hour,” said Ann Okafor, a ferry captain.\n\nThat is why she wants “a timetable that anyone can trust, winter or summer.”',
    '"We waited an hour," said Ann\u00a0Okafor, a ferry captain. That is why she wants "a timetable that anyone can trust, winter or summer."',
  ]) {
    const speaker = extract(text, { language: 'markdown' }).quotes[1].speaker;
    assert.deepEqual({ text: speaker?.text, start: speaker?.start }, { text: 'she', start: text.indexOf('she wants') });
  }
  // (a pronoun in an earlier sentence, or inside the earlier quote, is not the quote's own)
  const earlier = '“We waited an hour,” said Ann Okafor. She was tired, and so was he. The harbour owes everyone “a timetable that anyone can trust, winter or summer.”';
  assert.notEqual(extract(earlier, { language: 'markdown' }).quotes[1].speaker?.text, 'he');
});
