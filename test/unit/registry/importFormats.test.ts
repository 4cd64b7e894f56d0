import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';
import { ROOT } from '../../support/lspClient.ts';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'import', name), 'utf8');
const messages = (path: string, text: string) => new Registry([{ path, text }]).problems.map((p) => p.message);

test('ClaimReview (a list or a @graph) in a registry folder is one registry-error naming the format and the import command', () => {
  for (const name of ['claimreview.json', 'claimreview-graph.json']) {
    const found = messages(`sources/${name}`, fixture(name));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], new RegExp(`this file is ClaimReview \\(schema\\.org JSON-LD\\), not registry entries; .*\`source-check import claimreview ${name.replace('.', '\\.')} --out `));
  }
});

test('CSL-JSON in a registry folder is one registry-error naming the format and the import command', () => {
  const found = messages('sources/library.json', fixture('csl.json'));
  assert.deepEqual(found, ['this file is CSL-JSON (a Zotero or Mendeley export), not registry entries; move it out of the registry folder and import it: `source-check import csl-json library.json --out library.yaml`']);
});

test('a Retraction Watch CSV is one registry-error at its header; any other CSV is not read', () => {
  const registry = new Registry([{ path: 'sources/rw.csv', text: fixture('retraction-watch.csv') }, { path: 'sources/budget.csv', text: 'year,amount\n2024,"1,000"\n' }]);
  assert.equal(registry.problems.length, 1);
  assert.equal(registry.problems[0].path, 'sources/rw.csv');
  assert.match(registry.problems[0].message, /Retraction Watch CSV.*`source-check import retraction-watch rw\.csv --out rw\.yaml`/);
  assert.equal(registry.linesOf('sources/rw.csv')?.positionAt(registry.problems[0].start).line, 0);
});

test('a registry file is not taken for an import format: entries with registry fields, or without CSL or ClaimReview fields', () => {
  assert.deepEqual(messages('a.json', '[{"id": "a", "type": "report", "title": "T", "text": "claimReviewed issued"}]'), []);
  const typo = messages('b.json', '[{"id": "b", "type": "report", "title": "T", "colour": "red"}]');
  assert.equal(typo.length, 1);
  assert.match(typo[0], /unknown field `colour`/);
  // a registry entry that also has a CSL field is reported field by field, as before
  const mixed = messages('c.json', '[{"id": "c", "type": "report", "speaker": "x", "DOI": "10.1/2"}]');
  assert.ok(mixed.some((m) => /unknown field `DOI`/.test(m)), mixed.join('\n'));
});
