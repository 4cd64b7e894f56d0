import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryCompletions } from '../../../src/core/registryFeatures/completion.ts';
import { registryOf } from '../../support/drafts.ts';
import { longValueLine } from '../../support/hostileRegistries.ts';
import { workOf } from '../../support/workGrowth.ts';

const registry = registryOf();

/** Completions where `|` stands in the text (the bar is removed). */
function at(text: string, path = '/ws/sources/x.yaml') {
  const offset = text.indexOf('|');
  const items = registryCompletions(path, text.replace('|', ''), offset, registry);
  return { labels: items.map((i) => i.label), items, offset };
}

const SPEAKERS = ['william-seely', 'mark-milley', 'reuters'];
const SOURCES = ['seely-letter', 'milley-remarks'];

test('speaker ids after speaker: and statusBy:, in a seenBy list (block or flow), with what was typed replaced', () => {
  assert.deepEqual(at('- id: a\n  type: statement\n  speaker: |\n').labels, SPEAKERS);
  const typed = at('- id: a\n  type: statement\n  statusBy: mar|k\n');
  assert.deepEqual(typed.labels, SPEAKERS);
  assert.deepEqual(typed.items[0].replace, { start: typed.offset - 3, end: typed.offset + 1 }, 'the whole word at the cursor is replaced');
  assert.deepEqual(at('- id: a\n  type: letter\n  seenBy:\n    - reuters\n    - |\n').labels, SPEAKERS);
  assert.deepEqual(at('- id: a\n  type: letter\n  seenBy: [reuters, |]\n').labels, SPEAKERS);
  assert.deepEqual(at('- id: a\n  type: letter\n  speaker:|\n').items[0].insertText, ' william-seely', 'right after the colon a space comes first');
});

test('source ids after statusSource: and supersededBy:; type and status values', () => {
  assert.deepEqual(at('- id: a\n  type: letter\n  statusSource: "|"\n').labels, SOURCES);
  assert.deepEqual(at('- id: a\n  type: letter\n  supersededBy: |\n').labels, SOURCES);
  assert.ok(at('- id: a\n  type: |\n').labels.includes('organization'));
  assert.deepEqual(at('- id: a\n  type: letter\n  status: |\n').labels, ['verified', 'unverified', 'disputed', 'draft', 'mistaken', 'retracted', 'superseded', 'fabricated']);
});

test('field names the entry lacks, by its type; a new entry gets every field', () => {
  const source = at('- id: a\n  type: letter\n  status: draft\n  |\n').labels;
  assert.ok(source.includes('statusBy') && !source.includes('status') && !source.includes('name') && !source.includes('id'), source.join());
  const speaker = at('- id: a\n  type: person\n  |\n').labels;
  assert.deepEqual(speaker, ['name', 'aliases', 'title', 'url']);
  const fresh = at('- id: a\n  type: person\n- |\n').labels;
  assert.ok(fresh.includes('id') && fresh.includes('name') && fresh.includes('statusBy'), fresh.join());
  assert.equal(at('- id: a\n  type: person\n  |\n').items[0].insertText, 'name: ');
});

test('JSON: values after "key": , items of a list over lines, field names inside quotes', () => {
  assert.deepEqual(at('[{"id": "a", "type": "letter", "speaker": "|"}]', '/ws/sources/x.json').labels, SPEAKERS);
  assert.deepEqual(at('[{\n  "id": "a",\n  "seenBy": [\n    "reuters",\n    "|"\n  ]\n}]', '/ws/sources/x.json').labels, SPEAKERS);
  const fields = at('[{\n  "id": "a",\n  "type": "person",\n  "|"\n}]', '/ws/sources/x.json').items;
  assert.deepEqual(fields.map((i) => i.insertText), ['name', 'aliases', 'title', 'url']);
});

test('nothing in a comment, after a value, or in a text', () => {
  assert.deepEqual(at('# speaker: |\n').labels, []);
  assert.deepEqual(at('- id: a\n  type: letter\n  title: The |\n').labels, []);
  assert.deepEqual(at('- id: a\n  type: letter\n  speaker: mark-milley # and |\n').labels, []);
});

test('a line of 100,000 letters: completion at its end reads only its last characters, a value slot after it still found', () => {
  // the key-and-value patterns backtracked over a long line: two requests on a 100,000-letter value took 62 s (how long it takes now: `npm run bench`, group 8)
  const read = (letters: number) => workOf('completionChars', () => assert.deepEqual(at(longValueLine(letters)).labels, []));
  const short = read(25_000);
  const long = read(100_000);
  assert.ok(short > 0 && long === short, `the patterns read ${short} characters of a 25,000-letter line, ${long} of a 100,000-letter one; expected the same few (the end of the line only)`);
  assert.deepEqual(at(`- {id: a, type: letter, text: ${'word'.repeat(25_000)}, status: |}\n`).labels.slice(0, 2), ['verified', 'unverified']);
});
