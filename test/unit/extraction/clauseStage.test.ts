import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clausesOf, laterClauseAfterCue, laterClauseAfterSubject, nearestSubject } from '../../../src/core/extract/clauseSubjects.ts';

/** The subjects of a window's last sentence as the clause-subject stage splits it: text, conjunction, set off, spaced, may speak. */
const split = (read: string) => clausesOf(read).subjects.map((s) => [s.text, s.conjunction, s.setOff, s.spaced, s.speaks]);

test('the clause-subject stage splits the last sentence before a quote into clause subjects, each with how it is joined on', () => {
  const read = 'Nobody came. Ann Roe says the ferry is late, but she cautions that she sees';
  assert.deepEqual(split(read), [
    ['Ann Roe', '', false, false, true],
    ['she', 'but', true, true, true],
  ]);
  const clauses = clausesOf(read);
  assert.equal(clauses.start, read.indexOf('Ann'));
  assert.equal(clauses.subjects[1]!.at, read.indexOf('she cautions'));
  // (a dash after a space sets a conjunction off too; a comma glued to it leaves no space before it)
  assert.deepEqual(split('Bo Li spoke first \u2014 but he knew')[1], ['he', 'but', true, true, true]);
  assert.deepEqual(split('Bo Li spoke first, so he knew')[1], ['he', 'so', true, true, true]);
  // (a subordinate clause the main one goes on after may not speak)
  assert.deepEqual(split('Bo Li, who has backed Ann Roe since she left the council, likened the levy to'), [['she', '', false, false, false]]);
});

test('the later clause after a cue is the one a comma and a conjunction set off, not the report’s own clauses', () => {
  const read = 'Ann Roe says the ferry is late, but she cautions that she sees';
  assert.equal(laterClauseAfterCue(clausesOf(read), read.indexOf(' the ferry'))?.at, read.indexOf('she cautions'));
  const own = 'Ann Roe says she hopes to win, but she knows that';
  assert.equal(laterClauseAfterCue(clausesOf(own), own.indexOf(' she hopes')), undefined);
  // (a clause run on without a comma is the report going on)
  const runOn = 'Ann Roe says the ferry is late and she knows that';
  assert.equal(laterClauseAfterCue(clausesOf(runOn), runOn.indexOf(' the ferry')), undefined);
});

test('the later clause after the sentence’s subject is a person’s, joined by a conjunction, with no cue between', () => {
  const read = 'Ravi Patel visits every pier, and he has long used that to fault rivals for';
  assert.equal(laterClauseAfterSubject(clausesOf(read), 'Ravi Patel'.length)?.text, 'he');
  const cued = 'Ravi Patel said he would visit every pier, and he has long used that to fault rivals for';
  assert.equal(laterClauseAfterSubject(clausesOf(cued), 'Ravi Patel'.length), undefined);
  const notPerson = 'Ravi Patel visits every pier, and the ferry has long used that to fault rivals for';
  assert.equal(laterClauseAfterSubject(clausesOf(notPerson), 'Ravi Patel'.length), undefined);
});

test('the nearest subject read from an offset ignores the clauses before it and stops after "according to"', () => {
  const read = 'Ann Roe spoke, and according to aides, the crew had';
  assert.equal(nearestSubject(clausesOf(read))?.text, 'Ann Roe');
  assert.equal(nearestSubject(clausesOf(read), read.indexOf(', and'))?.text, undefined);
  assert.equal(nearestSubject(clausesOf('Ann Roe spoke, and the crew had'), 'Ann Roe spoke'.length)?.text, 'the crew');
  // (and a pronoun clause running up to the quote)
  assert.deepEqual(clausesOf('Bo Li runs the ferry and he has long used it to fault the council for its').pronounClause?.text, 'he');
});
