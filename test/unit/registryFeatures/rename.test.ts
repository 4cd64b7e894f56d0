import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';
import { applyOffsetEdits } from '../../../src/core/registryEdits/textEdits.ts';
import { prepareRegistryRename, registryRename } from '../../../src/core/registryFeatures/rename.ts';

const PEOPLE = "# people\n- id: ann-lee # the harbour master\n  type: person\n  name: Ann Lee\n- id: 'bo'\n  type: person\n  name: Bo\n";
const NOTES = '- id: notice\n  type: document\n  speaker: "ann-lee"\n  seenBy: [bo, ann-lee, Ann Lee]\n  statusBy: Ann Lee\n  status: retracted\n  statusSource: retraction\n- id: retraction\n  type: statement\n  speaker: ann-lee\n  text: ann-lee is not renamed in a text\n';
const JSON_NOTES = '[{"id": "memo", "type": "document", "statusBy": "ann-lee", "status": "draft", "supersededBy": "notice"}]\n';
const files = [
  { path: '/ws/sources/people.yaml', text: PEOPLE },
  { path: '/ws/sources/notes.yaml', text: NOTES },
  { path: '/ws/sources/memo.json', text: JSON_NOTES },
];
const registry = new Registry(files);

function renamed(oldId: string, newId: string): Record<string, string> {
  const result = registryRename(files, registry, oldId, newId);
  assert.ok('edits' in result, JSON.stringify(result));
  return Object.fromEntries(files.map((f) => [f.path, applyOffsetEdits(f.text, result.edits.get(f.path) ?? [])]));
}

test('renaming a speaker changes its id and every reference by id, in YAML and JSON, quoted or not; names and texts stay', () => {
  assert.deepEqual(registry.problems, []);
  const out = renamed('ann-lee', 'ann-lee-2');
  assert.equal(out['/ws/sources/people.yaml'], PEOPLE.replace('- id: ann-lee #', '- id: ann-lee-2 #'));
  assert.equal(out['/ws/sources/notes.yaml'], NOTES.replace('"ann-lee"', '"ann-lee-2"').replace('[bo, ann-lee,', '[bo, ann-lee-2,').replace('  speaker: ann-lee\n', '  speaker: ann-lee-2\n'));
  assert.equal(out['/ws/sources/memo.json'], JSON_NOTES.replace('"ann-lee"', '"ann-lee-2"'));
  assert.deepEqual(new Registry(Object.entries(out).map(([path, text]) => ({ path, text }))).problems, [], 'the renamed registry reads cleanly');
});

test('renaming a source changes statusSource and supersededBy references only', () => {
  const out = renamed('notice', 'harbour-notice');
  assert.equal(out['/ws/sources/memo.json'], JSON_NOTES.replace('"notice"', '"harbour-notice"'));
  assert.equal(out['/ws/sources/notes.yaml'], NOTES.replace('id: notice', 'id: harbour-notice'));
  const back = renamed('retraction', 'r2');
  assert.equal(back['/ws/sources/notes.yaml'], NOTES.replace('statusSource: retraction', 'statusSource: r2').replace('id: retraction', 'id: r2'));
});

test('a new id YAML would read as something else is quoted where it is written plain', () => {
  const out = renamed('bo', 'null');
  assert.ok(out['/ws/sources/notes.yaml'].includes('seenBy: ["null", ann-lee, Ann Lee]'), out['/ws/sources/notes.yaml']);
  assert.ok(out['/ws/sources/people.yaml'].includes("- id: 'null'"), 'already quoted: kept as written');
  assert.ok(new Registry(Object.entries(out).map(([path, text]) => ({ path, text }))).speakers.has('null'));
});

test('an invalid, taken or unknown id is refused with what was expected', () => {
  assert.match(JSON.stringify(registryRename(files, registry, 'ann-lee', 'Ann Lee')), /`Ann Lee` is not a valid id; expected lowercase letters/);
  assert.match(JSON.stringify(registryRename(files, registry, 'ann-lee', 'notice')), /the id `notice` is already used by the source entry at sources\/notes\.yaml:1; expected an id not in use/);
  assert.match(JSON.stringify(registryRename(files, registry, 'nobody', 'x')), /no entry has the id `nobody`/);
  assert.deepEqual(registryRename(files, registry, 'bo', 'bo'), { edits: new Map() });
});

test('prepare: on an id or a reference by id, never on a name or a text', () => {
  const on = (text: string, needle: string, path = '/ws/sources/notes.yaml') => prepareRegistryRename(path, text, text.indexOf(needle) + 1, registry);
  const target = on(NOTES, 'ann-lee"')!;
  assert.deepEqual([target.id, NOTES.slice(target.start, target.end)], ['ann-lee', 'ann-lee']);
  assert.equal(on(NOTES, 'Ann Lee\n'), undefined, 'a reference by name');
  assert.equal(on(NOTES, 'is not renamed'), undefined, 'a text');
  assert.equal(on(PEOPLE, "'bo'", '/ws/sources/people.yaml')?.id, 'bo', 'a quoted id');
});
