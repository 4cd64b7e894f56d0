import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryOf } from '../../support/drafts.ts';
import { extract } from '../../support/rewrappedExtract.ts';

/** The first quote's speaker as written, where, the name it resolves to, its registry id and what it refers to. */
const speaker = (text: string) => {
  const s = extract(text, { language: 'markdown', lexicon: registryOf() }).quotes[0]?.speaker;
  return s ? { text: s.text, at: s.start, name: s.name, id: s.id, refersTo: s.refersTo ? text.slice(s.refersTo.start, s.refersTo.end) : null } : null;
};

test('a relative clause led by a cue and running up to the quote speaks it: its pronoun, for the name or phrase before it', () => {
  const police = 'To check the figure, the reporters turned to the Harbour Police Department which reported “212 thefts at the docks” in May.';
  assert.deepEqual(speaker(police), { text: 'which', at: police.indexOf('which'), name: 'the Harbour Police Department', id: null, refersTo: 'the Harbour Police Department' });
  const report = 'Pence linked to the harbour report, which notes, "More than half of the berths are empty."';
  assert.deepEqual(speaker(report), { text: 'which', at: report.indexOf('which'), name: 'the harbour report', id: null, refersTo: 'the harbour report' });
  // an unregistered person, an affiliation in brackets, guillemets and non-breaking spaces
  const person = 'Most of the anger came from Rep.\u00a0Ann Okafor (D-Ore.), who\u00a0wrote that the levy was «\u00a0unfair to every household\u00a0».';
  assert.deepEqual(speaker(person), { text: 'who', at: person.indexOf('who'), name: 'Ann Okafor', id: null, refersTo: 'Rep.\u00a0Ann Okafor' });
});

test('a few words may stand between the relative pronoun and its cue, but not a subject of their own', () => {
  const past = 'The loudest critic was Ann Okafor, who has in the past described the levy as “a tax on breathing.”';
  assert.deepEqual(speaker(past), { text: 'who', at: past.indexOf('who'), name: 'Ann Okafor', id: null, refersTo: 'Ann Okafor' });
  // (“which she called”: the clause's subject is "she", and "which" its object)
  assert.notEqual(speaker('Ann Okafor attacked the levy, which she called “a tax on breathing.”')?.text, 'which');
});

test('a relative pronoun speaker resolves to a registered antecedent’s id', () => {
  const text = 'Reporters met Gen. Mark Milley, who described the letter as “a mistake, unsigned and unsent.”';
  assert.deepEqual(speaker(text), { text: 'who', at: text.indexOf('who'), name: 'Mark Milley', id: 'mark-milley', refersTo: 'Gen. Mark Milley' });
});

test('a relative clause without a cue, or with other words between it and the quote, does not speak it', () => {
  // (no cue verb: the sentence's subject keeps the quote)
  const noCue = 'Ana Ruiz toured the Harbour Police Department, which opened in May, and called the dock “a disgrace to the city.”';
  assert.equal(speaker(noCue)?.text, 'Ana Ruiz');
  // (a sentence end between the clause and the quote)
  const ended = 'Ana Ruiz praised the Harbour Police Department, which reported the thefts. Later she called the dock “a disgrace to the city.”';
  assert.notEqual(speaker(ended)?.text, 'which');
});

test('a sentence-opening phrase that runs into a relative clause is not the speaker: the clause’s “who” is, for the name before it', () => {
  const text = 'The complaint came from Ravi Patel, who described the letter as “a draft nobody signed.”';
  assert.deepEqual(speaker(text), { text: 'who', at: text.indexOf('who'), name: 'Ravi Patel', id: null, refersTo: 'Ravi Patel' });
  // curly apostrophes, a no-break space and an unregistered person with a title
  const other = 'The loudest objection came from Dr.\u00a0Ana Ruiz’s deputy, Bo Li, who told reporters the plan was “dead on arrival.”';
  assert.equal(speaker(other)?.text, 'who');
  assert.equal(speaker(other)?.name, 'Bo Li');
});
