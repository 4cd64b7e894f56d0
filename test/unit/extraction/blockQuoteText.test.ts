import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractionJson } from '../../../src/cli/format.ts';
import { extract } from '../../../src/core/extract/index.ts';

interface JsonQuote { text: string; start: number; end: number; speaker: { text: string } | null; continues?: boolean }

/** The quotes of a Markdown draft as `extract --format json` lists them. */
const listed = (draft: string) => (extractionJson('d.md', extract(draft, { language: 'markdown' })) as { quotes: JsonQuote[] }).quotes;

/** Where `words` start and end in the draft (their first occurrence). */
const at = (draft: string, words: string) => ({ start: draft.indexOf(words), end: draft.indexOf(words) + words.length });

test('a block quote over several lines is listed without its > markers, at its real offsets', () => {
  const draft = 'Ann Roe said:\n\n> The harbour will stay open,\n> whatever the council decides\n> next week.\n';
  const [q] = listed(draft);
  assert.equal(q.text, 'The harbour will stay open,\nwhatever the council decides\nnext week.');
  assert.deepEqual({ start: q.start, end: q.end }, { start: at(draft, 'The harbour').start, end: at(draft, 'next week.').end });
  assert.equal(q.speaker?.text, 'Ann Roe');
});

test('a nested block quote (> >) loses every level of marker; a marker with no space after it too', () => {
  const draft = 'Ann Roe said:\n\n> > The harbour will stay open,\n> >whatever the council\n>>decides.\n';
  const [q] = listed(draft);
  assert.equal(q.text, 'The harbour will stay open,\nwhatever the council\ndecides.');
  assert.deepEqual({ start: q.start, end: q.end }, { start: at(draft, 'The harbour').start, end: at(draft, 'decides.').end });
});

test('an inline quote inside a block quote, over its lines and over its paragraphs, is listed without the markers', () => {
  const inOne = '> Ann Roe said "the harbour will stay open,\n> whatever the council decides."\n';
  assert.deepEqual(listed(inOne).map((q) => q.text), ['the harbour will stay open,\nwhatever the council decides.']);
  const overTwo = '> Ann Roe said: "The harbour will stay\n> open.\n>\n> "The council will not close it," she said.\n';
  assert.deepEqual(listed(overTwo).map((q) => [q.text, q.continues ?? false, overTwo.slice(q.start, q.end).replace(/\n> /g, '\n')]), [
    ['The harbour will stay\nopen.', false, 'The harbour will stay\nopen.'],
    ['The council will not close it,', true, 'The council will not close it,'],
  ]);
});

test('a > inside a line of quoted words is text', () => {
  assert.deepEqual(listed('Ann Roe said: "the depth is > 12 metres at the quay."\n').map((q) => q.text), ['the depth is > 12 metres at the quay.']);
});
