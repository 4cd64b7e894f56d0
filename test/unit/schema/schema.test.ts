import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';
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
