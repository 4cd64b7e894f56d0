import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/core/extract/index.ts';
import { expectDrafts, LONG_DRAFT, patternsFor } from '../../../src/core/extract/patterns.ts';

// (a process of its own: which patterns read plain text depends on what the process has read before)
test('a process told it will read LONG_DRAFT characters of drafts reads every window with the full patterns, and attributes alike', () => {
  const draft = '“We will win the vote,” said Ann Roe, the council leader.\n\nHarbour master Bo Li said the plan was “a farce.”\n';
  const speakers = () => extract(draft, { language: 'markdown' }).quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]);
  const patterns = patternsFor((window) => window);
  const narrow = speakers();
  // (fewer characters in all: the narrow patterns still read short windows)
  expectDrafts(LONG_DRAFT - 1);
  assert.notEqual(patterns.forText('plain text', draft.length), patterns);
  expectDrafts(LONG_DRAFT);
  assert.equal(patterns.forText('plain text', draft.length), patterns);
  assert.deepEqual(speakers(), narrow);
  assert.deepEqual(narrow, [['We will win the vote,', 'Ann Roe', 'said'], ['a farce.', 'Harbour master Bo Li', 'said']]);
});
