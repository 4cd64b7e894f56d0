import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/core/extract/index.ts';
import { LONG_DRAFT, patternsFor } from '../../../src/core/extract/patterns.ts';

// (a process of its own: which patterns read plain text depends on what the process has read before)
test('a long draft is read by the full patterns from its first window, and attributed as a short one', () => {
  const story = [
    'The council met on Monday night.',
    '“We will win the vote,” said Ann Roe, the council leader.',
    'Harbour master Bo Li said the plan was “a farce” and “over budget.”',
    '“It is over,” the treasurer, Cal Dunn, told reporters. “We start again.”',
    'According to the Gazette, the mayor “never read the report.”',
  ].join('\n\n') + '\n\n';
  const speakers = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]);
  const patterns = patternsFor((window) => window);
  assert.notEqual(patterns.forText('plain text', story.length), patterns);
  const short = speakers(story);
  assert.deepEqual(short[0], ['We will win the vote,', 'Ann Roe', 'said']);
  // (a long draft with few quotes: its few windows would not use up the narrow patterns' NARROW_WINDOWS)
  const filler = 'The harbour board met on Monday night and voted on the budget for the new pier.\n\n';
  const long = speakers(filler.repeat(Math.ceil(LONG_DRAFT / filler.length)) + story);
  assert.deepEqual(long, short);
  // (from then on the full patterns read every window of the process)
  assert.equal(patterns.forText('plain text', story.length), patterns);
});

test('every full attribution pattern is shorter than the 20 KB of source past which V8 compiles a pattern without its optimisations', () => {
  const patterns = patternsFor((window) => window);
  const all: [string, RegExp][] = Object.entries(patterns).flatMap(([name, value]: [string, unknown]): [string, RegExp][] =>
    value instanceof RegExp ? [[name, value]] : Array.isArray(value) ? value.map((re: RegExp, i): [string, RegExp] => [`${name}[${i}]`, re]) : [],
  );
  assert.ok(all.length >= 20);
  // (V8's kRegExpTooLargeToOptimize: 20 KB of the pattern's source, in UTF-16 code units)
  for (const [name, re] of all) assert.ok(re.source.length < 20 * 1024, `${name}: ${re.source.length} characters`);
});
