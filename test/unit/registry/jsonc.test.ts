import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';

const at = (text: string, offset: number) => {
  const p = new LineIndex(text).positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
};

const COMMENTED = `// speakers and sources of the story
[
  {
    "id": "seely", /* the general */
    "type": "person",
    "name": "William Seely",
    "url": "https://example.org/seely", // a link, not a comment
  },
  /* an entry set aside:
  {
    "id": "seely",
    "type": "person"
  },
  */
  {
    "id": "letter",
    "type": "letter",
    "speaker": "seely", // resolves to the entry above
    "date": "2020-01-06",
    "text": "to prepare for onward movement /* not a comment */",
  },
]
`;

test('a JSON registry may hold comments and trailing commas (JSONC); nothing is lost and positions stay right', () => {
  const r = new Registry([{ path: 'story.json', text: COMMENTED }]);
  assert.deepEqual(r.problems, []);
  const seely = r.speakers.get('seely')!;
  assert.equal(seely.url, 'https://example.org/seely');
  const letter = r.sources.get('letter')!;
  assert.equal(letter.speaker!.id, 'seely');
  assert.equal(letter.text, 'to prepare for onward movement /* not a comment */');
  assert.match(at(COMMENTED, seely.location.id.start), /^4:1[12]$/, 'the id in use, not the commented-out one');
  assert.equal(COMMENTED.slice(seely.location.id.start, seely.location.id.end).replace(/"/g, ''), 'seely');
  assert.equal(COMMENTED.slice(letter.location.fields.date.start, letter.location.fields.date.end), '"2020-01-06"');
});

test('errors in a commented JSON registry are at their place', () => {
  const text = COMMENTED.replace('"2020-01-06"', '"6 January"').replace('"type": "letter"', '"type": "tweet" /* no such type */');
  const r = new Registry([{ path: 'story.json', text }]);
  assert.deepEqual(r.problems.map((p) => `${at(text, p.start)} ${text.slice(p.start, p.end)}`), ['17:13 "tweet"', '19:13 "6 January"']);
  assert.ok(r.speakers.has('seely'));
  const crlf = new Registry([{ path: 'crlf.json', text: text.replace(/\n/g, '\r\n') }]);
  assert.deepEqual(crlf.problems.map((p) => `${at(text.replace(/\n/g, '\r\n'), p.start)}`), ['17:13', '19:13']);
});

test('comment marks inside strings stay, in double or single quotes', () => {
  const text = `[{"id": "a", "type": "person", "name": "A // not a comment", 'url': 'https://example.org/a' /* a comment */}]`;
  const r = new Registry([{ path: 'quotes.json', text }]);
  assert.deepEqual(r.problems, []);
  assert.equal(r.speakers.get('a')!.name, 'A // not a comment');
  assert.equal(r.speakers.get('a')!.url, 'https://example.org/a');
});
