import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryOf } from '../../support/drafts.ts';
import { extract } from '../../support/rewrappedExtract.ts';

/** The last quote's speaker as written, the name it resolves to, its registry id and what it refers to. */
const speaker = (text: string) => {
  const s = extract(text, { language: 'markdown', lexicon: registryOf() }).quotes.at(-1)?.speaker;
  return s ? { text: s.text, name: s.name, id: s.id, refersTo: s.refersTo ? text.slice(s.refersTo.start, s.refersTo.end) : null } : null;
};

test('a description stands for the one person just named with its title or role, registered or not', () => {
  assert.deepEqual(speaker('Sen. Ann Roe toured the harbour on Monday. “The dredging is a year late,” the senator said.'), { text: 'the senator', name: 'Ann Roe', id: null, refersTo: 'Sen. Ann Roe' });
  assert.deepEqual(speaker('Gen. Mark Milley toured the base. "The letter is a draft," the general said.'), { text: 'the general', name: 'Mark Milley', id: 'mark-milley', refersTo: 'Gen. Mark Milley' });
  // a role in an apposition, modifiers before the noun, guillemets and a non-breaking space
  assert.deepEqual(speaker('Ann Okafor, the mayor, toured the harbour. Bo Li stayed home. « We will finish by spring », the\u00a0mayor said.'), { text: 'the\u00a0mayor', name: 'Ann Okafor', id: null, refersTo: 'Ann Okafor' });
  assert.equal(speaker('Governor Bo Li spoke at noon. “We are broke,” the former governor said.')?.name, 'Bo Li');
  // a place in the description is written beside the person
  assert.equal(speaker('Oregon Sen. Ann Roe toured the harbour. “The dredging is late,” the Oregon senator said.')?.name, 'Ann Roe');
});

test('a description stays as written when no one, or more than one person, answers to it', () => {
  const unresolved = { name: 'the senator', id: null, refersTo: null };
  // (two senators)
  assert.deepEqual(speaker('Sen. Ann Roe and Sen. Bo Li toured the harbour. “The dredging is late,” the senator said.'), { text: 'the senator', ...unresolved });
  // (the senator named in another paragraph, or only inside quoted words)
  assert.deepEqual(speaker('Sen. Ann Roe toured the harbour.\n\nThe dock was empty. “The dredging is late,” the senator said.'), { text: 'the senator', ...unresolved });
  assert.deepEqual(speaker('“Sen. Bo Li lied to us,” the senator said.'), { text: 'the senator', ...unresolved });
  // (a place in the description that is not the person's: "the Oregon governor" is not California Gov. Bo Li)
  assert.equal(speaker('California Gov. Bo Li toured the harbour. “The dredging is late,” the Oregon governor said.')?.name, 'the Oregon governor');
  // (a role that is someone else's: "a friend of the mayor" is no mayor, and "the friend of the mayor" no description of one)
  assert.equal(speaker('Bo Li, a friend of the mayor, toured the harbour. “We will finish by spring,” the mayor said.')?.name, 'the mayor');
  assert.equal(speaker('Mayor Bo Li spoke. “We will finish,” the friend of the mayor said.')?.name, 'the friend of the mayor');
});

test('a description may hold an age or a figure before its noun and a count after it: a later cue with one as its subject speaks the quote', () => {
  // (the sentence's earlier cue reports another clause)
  const later = 'She said the ferry would not run, and when pressed on why, the 34-year-old mother of three replied, “It is meant for the port.”';
  assert.equal(speaker(later)?.text, 'the 34-year-old mother of three');
  assert.equal(speaker('Ana Ruiz said the dock was shut, and when asked again, the 70-year-old\u00a0worker answered, "Not\u00a0for long."')?.text, 'the 70-year-old\u00a0worker');
  // (a count of a noun after it is no part of the description: "a study of three tenants" is "a study")
  assert.equal(extract('In a study of three tenants, six in 10 renters said their landlord was \u201cimpossible to reach.\u201d', { language: 'markdown' }).quotes[0]?.speaker?.text, 'a study');
  // (a year as the modifier)
  assert.equal(speaker('Ina Vale said the levy was fair, and the 2020 candidate replied, "Fair to whom?"')?.text, 'the 2020 candidate');
});
