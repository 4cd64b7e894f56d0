import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';
import { registryDefinition } from '../../../src/core/registryFeatures/definition.ts';
import { registryHover } from '../../../src/core/registryFeatures/hover.ts';
import { placeAt } from '../../../src/core/registryFeatures/locate.ts';
import { registrySymbols } from '../../../src/core/registryFeatures/symbols.ts';
import { largePeopleFile } from '../../support/hostileRegistries.ts';
import { workOf } from '../../support/workGrowth.ts';

const PEOPLE = '# people\n- id: ann-lee\n  type: person\n  name: Ann Lee\n  title: Harbour master\n- id: "port-news"\n  type: organization\n  name: Port News\n';
const NOTES = '[\n  {"id": "notice", "type": "document", "title": "The notice", "speaker": "ann-lee", "seenBy": ["port-news", "Ann Lee"],\n   "status": "retracted", "statusBy": "ann-lee", "statusDate": "2024-03-02", "statusSource": "retraction"},\n  {"id": "retraction", "type": "statement", "speaker": "Ann Lee", "text": "The notice was sent in error."}\n]\n';
const files = [{ path: '/ws/sources/people.yaml', text: PEOPLE }, { path: '/ws/sources/notes.json', text: NOTES }];
const registry = new Registry(files);
const at = (text: string, needle: string, shift = 0) => text.indexOf(needle) + shift;

test('the locator tells a field name from a value, strips quotes, and finds list items', () => {
  assert.deepEqual(registry.problems, []);
  const key = placeAt('/ws/sources/people.yaml', PEOPLE, at(PEOPLE, 'title'));
  assert.equal(key?.kind, 'key');
  const quoted = placeAt('/ws/sources/people.yaml', PEOPLE, at(PEOPLE, 'port-news'));
  assert.ok(quoted?.kind === 'value');
  assert.deepEqual([quoted.value, quoted.refers, PEOPLE.slice(quoted.span.start, quoted.span.end)], ['port-news', 'self', 'port-news']);
  const item = placeAt('/ws/sources/notes.json', NOTES, at(NOTES, '"Ann Lee"]', 2));
  assert.ok(item?.kind === 'value');
  assert.deepEqual([item.field, item.value, item.refers], ['seenBy', 'Ann Lee', 'speaker']);
  assert.equal(placeAt('/ws/sources/people.yaml', PEOPLE, 3), undefined, 'a comment is on nothing');
  assert.equal(placeAt('/ws/sources/people.yaml', PEOPLE, PEOPLE.length + 50), undefined, 'past the end is on nothing');
});

test('hover: a speaker by id or by name, a source by id, an entry’s own id; other values give none', () => {
  const card = (needle: string, shift = 1) => registryHover('/ws/sources/notes.json', NOTES, at(NOTES, needle, shift), registry)?.markdown;
  assert.match(card('"ann-lee"')!, /\*\*Ann Lee\*\* · person · `ann-lee`\n\nHarbour master  \n1 registered source with text\n\nDefined in sources\/people\.yaml:2/);
  assert.match(card('"Ann Lee"]')!, /\*\*Ann Lee\*\*/, 'a plain name resolves');
  assert.match(card('"retraction"}')!, /\*\*retraction\*\* · statement · `retraction`/);
  const self = card('"notice"')!;
  assert.match(self, /\*\*The notice\*\* · document · `notice`/);
  assert.match(self, /Status: \*\*retracted\*\* — set by Ann Lee on 2024-03-02  \nLabelled in: `retraction`/);
  assert.match(self, /Defined in sources\/notes\.json:2/);
  assert.equal(card('"The notice"'), undefined, 'a title names no entry');
  assert.equal(card('"retracted"'), undefined, 'a status names no entry');
  const unknown = '- id: x\n  type: statement\n  speaker: nobody-here\n';
  assert.equal(registryHover('/ws/sources/x.yaml', unknown, unknown.indexOf('nobody'), registry), undefined, 'an unknown id gives none');
});

test('definition jumps from a reference in one file to the id in another', () => {
  const target = registryDefinition('/ws/sources/notes.json', NOTES, at(NOTES, 'ann-lee'), registry)!;
  assert.equal(target.path, '/ws/sources/people.yaml');
  assert.equal(PEOPLE.slice(target.start, target.end), 'ann-lee');
  const source = registryDefinition('/ws/sources/notes.json', NOTES, at(NOTES, '"retraction"}', 3), registry)!;
  assert.equal(NOTES.slice(source.start, source.end), '"retraction"');
  assert.equal(registryDefinition('/ws/sources/notes.json', NOTES, at(NOTES, '2024'), registry), undefined);
  assert.equal(registryDefinition('/ws/sources/bad.yaml', '- id: [\n', 3, registry), undefined, 'broken YAML gives none');
});

test('symbols: each entry with its id, name or title, type and id span', () => {
  const people = registrySymbols('/ws/sources/people.yaml', PEOPLE);
  assert.deepEqual(people.map((s) => [s.name, s.detail, s.type, PEOPLE.slice(s.selection.start, s.selection.end)]), [
    ['ann-lee', 'Ann Lee', 'person', 'ann-lee'],
    ['port-news', 'Port News', 'organization', 'port-news'],
  ]);
  assert.deepEqual(registrySymbols('/ws/sources/notes.json', NOTES).map((s) => [s.name, s.detail]), [['notice', 'The notice'], ['retraction', '']]);
  assert.deepEqual(registrySymbols('/ws/sources/x.yaml', '- type: person\n  name: Nobody\n').map((s) => s.name), ['(entry without an id)']);
  assert.ok(Array.isArray(registrySymbols('/ws/sources/x.yaml', ': : [\n')), 'broken YAML: whatever parsed, never a throw');
});

test('in a large registry file only the item around the position is read: the right place, in work that does not grow with the file', () => {
  // 100 hovers while typing at the end of a 1 MB, 20,000-entry file parsed all of it each time: 390 s (how long it takes now: `npm run bench`, group 8)
  const typing = (big: string) => workOf('registryFeatureChars', () => {
    for (let i = 0; i < 100; i++) placeAt('/ws/sources/big.yaml', big.slice(0, -1) + String(i), big.length - 30);
  });
  const big = largePeopleFile(20_000);
  const read = typing(big);
  const readInHalf = typing(largePeopleFile(10_000));
  assert.ok(read > 0 && read === readInHalf, `100 edits at the end read ${readInHalf} characters of a 10,000-entry file, ${read} of a 20,000-entry one; expected the same few (the last item only)`);
  const bigRegistry = new Registry([{ path: '/ws/sources/big.yaml', text: big }]);
  const near = placeAt('/ws/sources/big.yaml', big, big.indexOf('name: Person 19999') + 8);
  assert.ok(near?.kind === 'value');
  assert.equal(big.slice(near.span.start, near.span.end), 'Person 19999');
  const card = registryHover('/ws/sources/big.yaml', big, big.indexOf('person-7\ntext') + 2, bigRegistry);
  assert.match(card!.markdown, /\*\*Person 7\*\* · person · `person-7`/);
  assert.equal(big.slice(card!.start, card!.end), 'person-7');
});
