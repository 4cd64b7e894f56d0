import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearestClauseSubject } from '../../../src/core/extract/clauseSubjects.ts';
import { extract } from '../../support/rewrappedExtract.ts';

const quoteOf = (text: string) => extract(text, { language: 'markdown' }).quotes[0];
const said = (text: string) => {
  const q = quoteOf(text);
  return [q?.speaker?.text ?? null, q?.cue?.text ?? null];
};

test('a described subject after a capitalised "As", "While", "When" opening the sentence speaks with its cue', () => {
  assert.deepEqual(said('Some dockers felt let down. As one\u00a0crane driver told a local weekly, \u201cThey want us scared.\u201d'), ['one\u00a0crane driver', 'told']);
  assert.deepEqual(said('While a harbour official said the ferry was "three years late," the mayor was silent.'), ['a harbour official', 'said']);
  assert.deepEqual(said('When the retired judge wrote that the levy was \u201ca tax on ferries,\u201d nobody answered.'), ['the retired judge', 'wrote']);
});

test('a cue in a subordinate clause opening the sentence reports nothing of the main clause: its subject speaks the quote', () => {
  assert.equal(quoteOf('When Ann Roe announced her candidacy in June, she\u00a0infamously referred to the port as \u201ca ruin\u201d and left.').speaker?.text, 'she');
  assert.equal(quoteOf('Ever since the mayor announced the levy last year, Bo Li has called it "daylight robbery" at every meeting.').speaker?.text, 'Bo Li');
  // (an "As" clause with a cue is an attribution of the whole sentence: "As Earnest explained, …")
  assert.equal(quoteOf('As Ina Vale explained, three fees were postponed, \u201cwhich sounds like a lot.\u201d').speaker?.text, 'Ina Vale');
  // (with no comma, no main clause follows the cue: the cue's subject still speaks)
  assert.deepEqual(said('When Ann Roe said the ferry was "three years late" nobody answered.'), ['Ann Roe', 'said']);
});

test('"From", "Rather", "More" are surnames before a cue ("Al From said"), and no name where they open a phrase ("From the report:")', () => {
  const quotes = extract('\u201cWe lost the coast,\u201d Al From said. "It was a mistake," From added. Later, From told the\u00a0panel: \u201cNot again.\u201d From the report: "It was costly and slow."', { language: 'markdown' }).quotes;
  assert.deepEqual(quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null]), [['Al From', 'said'], ['From', 'added'], ['From', 'told the'], ['the report', null]]);
  assert.deepEqual(said('"It was late," Rather said.'), ['Rather', 'said']);
  assert.deepEqual(said('Rather than wait, the harbour master said "no, not this year."'), ['the harbour master', 'said']);
});

test('an indefinite noun "called" a name is named, not speaking: the nearer cue speaks ("a firm called Harbour Data, which sells what it calls “…”")', () => {
  assert.deepEqual(said('The council paid a firm called Harbour Data, which sells what it\u00a0calls \u201cmood maps\u201d of voters.'), ['it', 'calls']);
  // (a name followed by the quote is the object of a speaking "called")
  assert.deepEqual(said('A reporter called Ann Roe "a liar and a fraud."'), ['A reporter', 'called']);
});

test('a clause subject never ends in an adverb: "A newly formed group …" is no "A newly"', () => {
  assert.equal(nearestClauseSubject('A newly formed fund called Tide Watch ran its first ads in Ames using her remarks before a panel that')?.text, 'A newly formed fund');
  assert.equal(nearestClauseSubject('A newly formed fund ran ads')?.text, 'A newly formed fund');
});

test('a cue coordinated after a later clause’s verb speaks with that clause’s subject ("…, and the league denounced it and said “…”")', () => {
  assert.deepEqual(said('A group of pastors called for a boycott, and the harbour league strongly denounced his plan and said it would \u201credirect\u201d the funds.'), ['the harbour league', 'said']);
  // (not the subject of the words the first cue reports, nor one a comma sets apart from the cue)
  assert.equal(quoteOf('Ann Roe said the port was shut and added that it was "a disgrace."').speaker?.text, 'Ann Roe');
  assert.equal(quoteOf('Ann Roe said the port was shut, and the ferry was late, and added that it was \u201ca disgrace.\u201d').speaker?.text, 'Ann Roe');
});

test('a description holds no preposition, conjunction or auxiliary before its noun: "their check by announcing that the mayor’s statement" is none', () => {
  const q = quoteOf('On June 27 they published the results of their check by announcing that the mayor\u2019s statement was \u201ctrue in every respect.\u201d');
  assert.ok(!/\bby\b|\bthat\b/.test(q.speaker?.text ?? ''), `speaker "${q.speaker?.text}"`);
});

test('two speakers joined by "and" after a quote speak it together: “…,” council leader Ann Roe and harbour master Bo Li, both independents, said', () => {
  const quotes = extract('The court ruled on Friday.\n\n\u201cWe can only wonder what the court intends,\u201d council leader Ann Roe and harbour master Bo\u00a0Li, both independents, said in a statement.', { language: 'markdown' }).quotes;
  assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.cue?.text]), [['council leader Ann Roe and harbour master Bo\u00a0Li', 'said in a statement']]);
  // (a clause after the quote is no pair: “…,” but Roe and Li said nothing)
  assert.notEqual(quoteOf('"We can only wonder what it means," but Roe and Li said nothing more.').speaker?.text, 'but Roe and Li');
});

test('a "with" clause of saying after the sentence’s cue is nearer the quote and speaks it', () => {
  assert.deepEqual(said('The flood sparked a debate over how the city responds to storms, with council member Ann Roe telling reporters on Thursday she viewed the mayor as \u201cdirectly responsible\u201d for it.'), ['council member Ann Roe', 'telling']);
  // (a "with" clause before the cue leaves the cue its speaker)
  assert.deepEqual(said('With the council calling the levy unfair, Bo Li said it was "a tax on ferries."'), ['Bo Li', 'said']);
});

test('a participle of saying right before the quote speaks with the subject of the clause it hangs on, not the sentence’s earlier cue', () => {
  assert.deepEqual(said('Gov. Ann Roe acknowledged the error even as she defended the mayor and the council, saying, \u201cMost of the plan is different.\u201d'), ['she', 'saying']);
  assert.deepEqual(said('And although he thanked the ferry crews, Bo Li sounded a humble note, adding that "I am not sure I deserve it."'), ['Bo Li', 'adding']);
  // (a participle with no clause of its own after the cue keeps the cue's speaker)
  assert.deepEqual(said('Ina Vale said, smiling and saying, "We will see."'), ['Ina Vale', 'said']);
});

test('a participle of saying with a few words of its report before the quote speaks with the subject of its clause, not the earlier cue', () => {
  assert.deepEqual(said('Ana Ruiz asks as a porter walks\u00a0in, saying he is “here to mend the seven cracks.”'), ['a porter', 'saying']);
  assert.deepEqual(said('Bo Li praised the crews, while the harbour master waved from the quay, calling the ferry "our stubborn old mule."'), ['the harbour master', 'calling']);
  // (the report is cut at a comma or a sentence end: the sentence's cue keeps it)
  assert.deepEqual(said('Ina Vale said, saying nothing, then "We will see."'), ['Ina Vale', 'said']);
});

test('a clause subject before an irregular past ("struck", "paid", "bought") is one', () => {
  assert.equal(nearestClauseSubject('The port is the shed my brother and I bought')?.text, 'I');
  assert.equal(nearestClauseSubject('After the vote, the harbour master struck')?.text, 'the harbour master');
  assert.deepEqual(said('And although he thanked the ferry crews, Bo Li struck a humble note, adding that "I am not sure I deserve it."'), ['Bo Li', 'adding']);
});

test('a later clause of the quote’s sentence, after its cue, a comma and a conjunction, speaks with its own subject', () => {
  const quotes = extract('"Your own success depends on you," Ann Roe says, but she\u00a0cautions that she sees \u201ctwo different sides to it.\u201d', { language: 'markdown' }).quotes;
  assert.equal(quotes[1].speaker?.text, 'she');
  assert.equal(quoteOf('Ravi Patel warned the board against the loan, because the auditor thought it "risks a deeper deficit" that year.').speaker?.text, 'the auditor');
  // (not the report's own clauses going on after a pronoun: "Roe says she hopes to win, but she knows that “…”")
  assert.deepEqual(said('Ann Roe says she hopes to win, but she knows that \u201cthe port will always come first.\u201d'), ['Ann Roe', 'says']);
});

test('with no cue, a later clause joined to the sentence’s ("and", "as", "even though") has its own subject, a person, nearer the quote', () => {
  assert.equal(quoteOf('Harbour chief Ina Vale dropped the inquiry on Tuesday even though she\u00a0found \u201cclear evidence\u201d of neglect.').speaker?.text, 'she');
  assert.equal(quoteOf('Ravi Patel is winning applause as he keeps talking about the "collective power of the docks" at every stop.').speaker?.text, 'he');
  // (not a clause of reason, whose quote is still the subject's claim, nor a description as the later subject)
  assert.equal(quoteOf('Ann Roe portrayed the mayor as careless because he had accepted "about $200,000" from the port.').speaker?.text, 'Ann Roe');
  assert.equal(quoteOf('Bo Li has been busy campaigning, but his guilty pleasure is "watching the late ferry come in" on Sundays.').speaker?.text, 'Bo Li');
});

test('a role phrase after a quote may hold a sum: “…,” Fight for $15 organizing director Kendall Fells told', () => {
  const quotes = extract('The union plans a protest.\n\n\u201cThey have to decide whether to feed themselves,\u201d Fight for $15 organizing director Kendall\u00a0Fells told a local station.', { language: 'markdown' }).quotes;
  assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.cue?.text]), [['Fight for $15 organizing director Kendall\u00a0Fells', 'told']]);
});

test('the nearer subjects read the same in « » and with no-break spaces inside the marks', () => {
  assert.deepEqual(said('Gov. Ann Roe acknowledged the error even as she defended the mayor, saying, \u00ab\u00a0Most of the plan is different.\u00a0\u00bb'), ['she', 'saying']);
  assert.deepEqual(said('The flood sparked a debate over how the city responds, with council member Ann Roe telling reporters she viewed the mayor as \u00ab directly responsible \u00bb for it.'), ['council member Ann Roe', 'telling']);
  const quotes = extract('\u00ab Your own success depends on you \u00bb, Ann Roe says, but she cautions that she sees \u00ab two different sides to it \u00bb.', { language: 'markdown' }).quotes;
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Ann Roe', 'she']);
});
