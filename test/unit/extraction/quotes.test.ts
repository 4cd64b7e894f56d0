import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import type { DocumentLanguage } from '../../../src/core/extract/model.ts';

/** The quoted words found in a text (speaker or not). */
const quoted = (text: string, language: DocumentLanguage = 'markdown') =>
  extract(text, { language }).quotes.map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | '));

test('straight and curly double quotes, with single quotes nested inside', () => {
  assert.deepEqual(quoted('She said, “I told him ‘no way’ twice.” Then he said "It\'s fine, really."'), [
    'I told him ‘no way’ twice.',
    "It's fine, really.",
  ]);
});

test('apostrophes inside words never close a quote', () => {
  assert.deepEqual(quoted('“We don’t know the Post’s source, and the reporters’ notes are gone,” she said.'), [
    'We don’t know the Post’s source, and the reporters’ notes are gone,',
  ]);
});

test('guillemets, German, single low-high, Japanese brackets and angle quotes', () => {
  assert.deepEqual(quoted('Le ministre a dit : « Nous partirons demain matin », selon l’AFP.'), ['Nous partirons demain matin']);
  assert.deepEqual(quoted('Er sagte: „Wir ziehen die Truppen nicht ab“, so Milley.'), ['Wir ziehen die Truppen nicht ab']);
  assert.deepEqual(quoted('Er sagte: »Wir bleiben hier im Land«, so der General.'), ['Wir bleiben hier im Land']);
  assert.deepEqual(quoted('Sie sagte: ‚Das ist nur ein Entwurf‘, erklärte sie.'), ['Das ist nur ein Entwurf']);
  assert.deepEqual(quoted('将軍は「その書簡は草案だった」と述べた。'), ['その書簡は草案だった']);
  assert.deepEqual(quoted('彼は『撤退はしない』と語った。'), ['撤退はしない']);
  assert.deepEqual(quoted('Il a dit : ‹ nous restons ici pour longtemps ›, selon lui.'), ['nous restons ici pour longtemps']);
});

test('right marks on both sides: Swedish and Finnish quotes, and the mistyped openings of English copy', () => {
  assert.deepEqual(quoted('Generalen sa: ”Vi drar inte tillbaka trupperna”, enligt TT.'), ['Vi drar inte tillbaka trupperna']);
  assert.deepEqual(quoted('Hän sanoi: ”Kirje oli luonnos.”'), ['Kirje oli luonnos.']);
  assert.deepEqual(quoted('Doing so ”appeared to be an attempt at poisoning the election,” Roe said.'), ['appeared to be an attempt at poisoning the election,']);
  assert.deepEqual(quoted('”… they are so not like him,” she said.'), ['… they are so not like him,']);
  assert.deepEqual(quoted('” … in the case of Wyoming, the train has left the station,” wrote Time.'), ['… in the case of Wyoming, the train has left the station,']);
  // a right mark after a word or a sign is an inch mark or markup, not an opening
  assert.deepEqual(quoted('He is like 6’2”, Roe said, and the link read target=”_blank” there.'), []);
  // invisible format characters before a mark are no text: a bidi embedding, a zero-width space
  assert.deepEqual(quoted('\u202A”Sorry Sarah, you should have said it,” posted Ann Roe.'), ['Sorry Sarah, you should have said it,']);
  assert.deepEqual(quoted('Roe said:\u200B"We will not go."'), ['We will not go.']);
  // inside a quote opened by “, a right mark still closes it
  assert.deepEqual(quoted('“We go now, ”Roe said.'), ['We go now,']);
});

test('a quote running over paragraphs: each reopens, only the last closes', () => {
  const text = 'Milley said: "The letter was a draft.\n\n"It was unsigned.\n\n"It should not have been released."\n\nNext paragraph.';
  const [q, ...rest] = extract(text, { language: 'markdown' }).quotes;
  assert.equal(rest.length, 0);
  assert.equal(q.parts.length, 3);
  assert.deepEqual(q.parts.map((p) => text.slice(p.start, p.end)), ['The letter was a draft.', 'It was unsigned.', 'It should not have been released.']);
  assert.equal(text.slice(q.outer.start, q.outer.end), text.slice(text.indexOf('"'), text.lastIndexOf('"') + 1));
});

test('an unclosed quote does not swallow the following paragraphs', () => {
  const text = 'He said "this never closes.\n\nA new paragraph with "a real quote here," she said.';
  assert.deepEqual(quoted(text), ['this never closes.', 'a real quote here,']);
});

test('ellipses and bracketed insertions stay inside the quote', () => {
  assert.deepEqual(quoted('“CJTF-OIR will be repositioning forces … [to] prepare for onward movement,” Seely wrote.'), [
    'CJTF-OIR will be repositioning forces … [to] prepare for onward movement,',
  ]);
});

test('code spans, code blocks, HTML, URLs and front matter are never read', () => {
  const text = [
    '---', 'title: "A quoted title in front matter"', '---', '',
    'Use `say "not a quote here"` in code.', '',
    '```', 'print("not a quote either")', '```', '',
    '<div title="not a quote in html either">x</div>', '',
    'See [the report](https://example.com/"not-a-quote-in-url") and <https://example.com/"x">.', '',
    '    indented "code block quote"', '',
    'Finally, "a real quote in prose," she said.',
  ].join('\n');
  assert.deepEqual(quoted(text), ['a real quote in prose,']);
});

test('short scare quotes and titles without attribution are not quotes; attributed short ones are', () => {
  assert.deepEqual(quoted('The so-called "deal" was announced on "Meet the Press" yesterday.'), []);
  assert.deepEqual(quoted('"Absolutely not," Milley said.'), ['Absolutely not,']);
});

test('a quote nested in one of the same kind stays inside it; a line break ends the nesting', () => {
  assert.deepEqual(quoted('“I’d rather live in what he calls “hell” than live where he is president,” Ana Roe said.'), ['I’d rather live in what he calls “hell” than live where he is president,']);
  // a quote left open at a line's end is reopened by the next line, not nested in it
  const lines = '“It is a dog whistle,” Roe said. “If indeed he is not legitimate, how can you feel good.\n“I have been thinking about where we are,” added Lee. “One thing is clear.”';
  assert.deepEqual(quoted(lines, 'plaintext'), ['It is a dog whistle,', 'If indeed he is not legitimate, how can you feel good.', 'I have been thinking about where we are,', 'One thing is clear.']);
});

test('a quote of the other kind of double mark nested in a quote stays inside it', () => {
  assert.deepEqual(quoted('"He called it “a disaster” and left," Roe said.'), ['He called it “a disaster” and left,']);
  assert.deepEqual(quoted('“He called it "a disaster" and left,” Roe said.'), ['He called it "a disaster" and left,']);
  // a curly mark after the words and before a space is a mistyped closing, not a nested opening
  assert.deepEqual(quoted('"We will go,“ Roe said. “And we will stay.”'), ['We will go,', 'And we will stay.']);
});

test('a quote nested in a quotation that never closes is a quote of its own', () => {
  const text = 'McCrummen reports:\n\n"She walked onto the stage, chanting “we want our country back” as the crowd cheered.\n\nThe crowd left.';
  assert.deepEqual(quoted(text, 'plaintext'), ['we want our country back']);
  // inside a quotation running over paragraphs that closes, it stays inside
  const closed = 'Roe said:\n\n"She called it “a rant” at first.\n\n"Then she stopped."\n\nThe end.';
  assert.deepEqual(quoted(closed, 'plaintext'), ['She called it “a rant” at first. | Then she stopped.']);
});

test('a quoted nickname inside a name is no quote, even in a sentence with a cue', () => {
  assert.deepEqual(quoted('“This is a big year for our state!” his niece, Del. Marcia “Cia” Price, shouted to the crowd.'), ['This is a big year for our state!']);
  assert.deepEqual(quoted('Wrestler Dwayne "The Rock" Johnson said he was "not running, not this year."'), ['not running, not this year.']);
});

test('one quoted word that only the last speaker’s going on would attribute is a term, not a quote', () => {
  assert.deepEqual(quoted('“We will build it here,” Roe said.\n\nIn town, there is now a “philanthropub” as well.'), ['We will build it here,']);
  // a longer stretch still goes on in the last speaker’s words
  assert.deepEqual(quoted('“We will build it here,” Roe said.\n\nIn town, there is now a “philanthropub for everyone” as well.'), ['We will build it here,', 'philanthropub for everyone']);
});

test('a block quote introduced by a lead-in is one quote with the lead-in’s speaker', () => {
  const text = 'Gen. Mark Milley said:\n\n> That letter is a draft.\n> It was a mistake.\n\nMore text.';
  const [q] = extract(text, { language: 'markdown' }).quotes;
  assert.equal(q.kind, 'block');
  assert.deepEqual(q.parts.map((p) => text.slice(p.start, p.end)), ['That letter is a draft.', 'It was a mistake.']);
  assert.equal(q.speaker?.text, 'Gen. Mark Milley');
  assert.equal(q.cue?.text, 'said');
  const fromReuters = 'From Reuters:\n\n> Troops will move out of Iraq in the coming days.\n';
  assert.equal(extract(fromReuters, { language: 'markdown' }).quotes[0].speaker?.text, 'Reuters');
});

test('plain text is read by paragraphs, with no Markdown rules', () => {
  assert.deepEqual(quoted('Plain `text "with a real quote inside backticks," she said`.', 'plaintext'), ['with a real quote inside backticks,']);
});

test('titles of shows and campaigns are not quotations; speech in Title Case with a cue is', () => {
  assert.deepEqual(quoted('She told ABC’s “Good Morning America” on Monday that the talks went well.'), []);
  assert.deepEqual(quoted('He now hosts “The Nightly Show with Larry Wilmore” on weeknights.'), []);
  assert.deepEqual(quoted('“Make America Great Again,” Trump said to the crowd.'), ['Make America Great Again,']);
});

test('a title after "titled" is the words of the work it names, a name after "as" the words someone gave it: quotations', () => {
  assert.deepEqual(quoted('The campaign sent out a memo titled "Where the Race Really Stands" on Monday.'), ['Where the Race Really Stands']);
  assert.deepEqual(quoted('Entitled “Roe Is Not Ready,” the editorial ran on Sunday.'), ['Roe Is Not Ready,']);
  // and a name after "as": the words someone gave it
  assert.deepEqual(quoted('He kept referring to the senator as “Little Ann” at rallies.'), ['Little Ann']);
  assert.deepEqual(quoted('The bill, known as the “Fair Roads Act” was passed in May.'), ['Fair Roads Act']);
  // a show named without "titled" is still no quotation
  assert.deepEqual(quoted('The memo went out the day she appeared on “Good Morning America” again.'), []);
});

test('mixed and mistyped marks in real copy still pair: “ … ", " … ”, “ … “', () => {
  assert.deepEqual(quoted('“It is unusual," said Larry Noble. "There are two people in this,” said Rick Wilson.'), ['It is unusual,', 'There are two people in this,']);
  assert.deepEqual(quoted('“The reality is grim for her here,“ said Jim Clyburn.'), ['The reality is grim for her here,']);
  assert.deepEqual(quoted('The ad cuts to Trump saying, “ you have to give them a path to succeed.”'), ['you have to give them a path to succeed.']);
});

test('a so-called name is no quote even when the sentence has a subject', () => {
  assert.deepEqual(quoted('The rebels met again.\n\nOkafor armed the so-called “rebels” across the border last spring.'), []);
});

test('a headline in quotes with its byline is no quotation; a passive "by" after a quote is', () => {
  assert.deepEqual(quoted('—“Museum accused of whitewashing the old painting,” by the Daily’s Ann Roe: http://example.com/a.'), []);
  assert.deepEqual(quoted('Roe said the “ugliness of utterances, largely unprompted and undeserved,” by Smith stood out.'), ['ugliness of utterances, largely unprompted and undeserved,']);
});
