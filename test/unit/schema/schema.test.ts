import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';
import { ID_PATTERN, MAX_FIELD_CHARS, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../../../src/core/registry/limits.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { SOURCE_FIELDS, SPEAKER_FIELDS } from '../../../src/core/registry/validate.ts';
import { SOURCE_STATUSES, SOURCE_TYPES, SPEAKER_TYPES } from '../../../src/core/types.ts';
import { ROOT } from '../../support/lspClient.ts';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'registry.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('every registry file of the example validates against the shipped schema', () => {
  const dir = path.join(ROOT, 'examples', 'newsroom', 'sources');
  for (const name of fs.readdirSync(dir)) {
    for (const doc of parseAllDocuments(fs.readFileSync(path.join(dir, name), 'utf8'))) {
      assert.ok(validate(doc.toJSON()), `${name}: ${JSON.stringify(validate.errors)}`);
    }
  }
});

test('the schema rejects what the registry reports: unknown fields and types, bad statuses and dates, missing ids', () => {
  const bad = [
    { id: 'a', type: 'person', name: 'A', colour: 'red' },
    { id: 'a', type: 'tweet' },
    { id: 'a', type: 'letter', status: 'wrong' },
    { id: 'a', type: 'letter', date: '6 January 2020' },
    { type: 'letter', text: 'x' },
  ];
  for (const entry of bad) assert.equal(validate(entry), false, JSON.stringify(entry));
  assert.equal(validate([{ id: 'a', type: 'person', name: 'A' }, { id: 'b', type: 'statement', text: 'x', status: 'draft' }]), true);
});

test('the schema and the validator agree on fields, types and statuses', () => {
  const defs = schema.definitions;
  assert.deepEqual(Object.keys(defs.speaker.properties).sort(), [...SPEAKER_FIELDS].sort());
  assert.deepEqual(Object.keys(defs.source.properties).sort(), [...SOURCE_FIELDS].sort());
  assert.deepEqual(defs.speaker.properties.type.enum, [...SPEAKER_TYPES]);
  assert.deepEqual(defs.source.properties.type.enum, [...SOURCE_TYPES]);
  assert.deepEqual(defs.source.properties.status.enum, [...SOURCE_STATUSES]);
});

test('the schema and the validator agree on the id pattern and the size limits', () => {
  const { speaker, source } = schema.definitions;
  assert.equal(speaker.properties.id.pattern, ID_PATTERN);
  assert.equal(source.properties.id.pattern, ID_PATTERN);
  assert.equal(speaker.properties.name.maxLength, MAX_NAME_CHARS);
  assert.equal(speaker.properties.aliases.oneOf[1].maxItems, MAX_LIST_ITEMS);
  assert.equal(source.properties.seenBy.oneOf[1].items.maxLength, MAX_NAME_CHARS);
  assert.equal(source.properties.text.maxLength, MAX_TEXT_CHARS);
  assert.equal(source.properties.statusNote.maxLength, MAX_FIELD_CHARS);
});

test('entries the registry reports for their ids, blank names or sizes, the schema rejects too; good ones both accept', () => {
  const bad = [
    { id: 123, type: 'letter' },
    { id: true, type: 'letter' },
    { id: '123', type: 'letter' },
    { id: '../../etc/passwd', type: 'letter' },
    { id: 'Mark Milley', type: 'person', name: 'Mark Milley' },
    { id: 'a', type: 'person', name: '   ' },
    { id: 'a', type: 'person', name: 'A', aliases: ['Ay', ' '] },
    { id: 'a', type: 'person', name: 'N'.repeat(MAX_NAME_CHARS + 1) },
    { id: 'a', type: 'person', name: 'A', aliases: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `A${i}`) },
    { id: 's', type: 'letter', text: 'x'.repeat(MAX_TEXT_CHARS + 1) },
  ];
  for (const entry of bad) {
    const label = JSON.stringify(entry).slice(0, 80);
    assert.equal(validate(entry), false, `schema: ${label}`);
    const r = new Registry([{ path: 'e.json', text: JSON.stringify(entry) }]);
    assert.ok(r.problems.length > 0, `registry: ${label}`);
  }
  const good = [{ id: 'mark-milley', type: 'person', name: 'Mark Milley', aliases: ['Milley'] }, { id: 'a.b_c-2020', type: 'letter', text: 'x' }];
  assert.equal(validate(good), true, JSON.stringify(validate.errors));
  assert.deepEqual(new Registry([{ path: 'g.json', text: JSON.stringify(good) }]).problems, []);
});
