import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';
import { entryAt, referencedIdAt } from '../../../src/server/registryEntries.ts';

const PATH = '/ws/sources/registry.yaml';
const YAML = `- id: ann-roe
  type: person
  name: Ann Roe
  aliases: [Roe]
- id: bo-lin
  type: person
  name: Bo Lin
- id: memo-a
  type: statement
  speaker: Ann Roe
  text: We will build the bridge.
  status: superseded
  statusBy: bo-lin
  supersededBy: memo-b
  seenBy:
    - Bo Lin
    - ann-roe
- id: memo-b
  type: statement
  speaker: ann-roe
  text: We will not build the bridge.
`;

/** The id named at the second character of `on` inside the first `context` of the file. */
const idAt = (context: string, on = context) => {
  const registry = new Registry([{ path: PATH, text: YAML }]);
  const at = YAML.indexOf(context) + context.indexOf(on) + 1;
  assert.ok(YAML.includes(context) && context.includes(on), context);
  const entry = entryAt(registry, PATH, at)!;
  return referencedIdAt(registry, entry, at);
};

test('the id a reference field names: by id, by a name the registry resolves, in a list, and nothing elsewhere', () => {
  assert.equal(idAt('speaker: Ann Roe', 'Ann Roe'), 'ann-roe', 'a speaker written by name names the person it resolves to');
  assert.equal(idAt('statusBy: bo-lin', 'bo-lin'), 'bo-lin', 'statusBy by id');
  assert.equal(idAt('supersededBy: memo-b', 'memo-b'), 'memo-b', 'supersededBy');
  assert.equal(idAt('- Bo Lin', 'Bo Lin'), 'bo-lin', 'a seenBy item written by name');
  assert.equal(idAt('- ann-roe', 'ann-roe'), 'ann-roe', 'a seenBy item by id');
  assert.equal(idAt('We will build'), undefined, 'text names nothing');
  assert.equal(idAt('status: superseded', 'superseded'), undefined, 'status names nothing');
  assert.equal(idAt('statusBy: bo-lin', 'statusBy'), undefined, 'a field name names nothing');
});
