import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { convertClaimReviews } from '../../../src/core/import/claimReview.ts';
import { readJson } from '../../../src/core/import/jsonInput.ts';
import { mergeEntries } from '../../../src/core/import/merge.ts';
import { ImportSyntaxError } from '../../../src/core/import/model.ts';
import { convertRetractionWatch } from '../../../src/core/import/retractionWatch.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { ROOT } from '../../support/lspClient.ts';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'import', name), 'utf8');
const problems = (text: string) => new Registry([{ path: 'out.yaml', text }]).problems.map((p) => p.message);

test('importing twice changes nothing: the second run finds every entry up to date', () => {
  const { entries } = convertClaimReviews(readJson(fixture('claimreview.json')));
  const first = mergeEntries(undefined, entries, 'header');
  const second = mergeEntries(first.text, entries, 'header');
  assert.equal(second.text, first.text);
  assert.deepEqual([second.added, second.updated, second.unchanged], [0, 0, entries.length]);
});

test('an update changes only the fields that changed, in place; the user\'s comments, order, styles and other entries stay byte-identical', () => {
  const csv = fixture('retraction-watch.csv');
  const before = convertRetractionWatch(csv.replace('Expression of concern', 'Retraction')).entries;
  const written = mergeEntries(undefined, before, 'header').text;
  // the user edits the file: comments, an entry of their own, a folded text, a field of their own
  const edited = `# Our retractions. Keep this comment.\n${written
    .replace('- id: tides-over-time', '# a paper we quote often\n- id: tides-over-time')
    .replace('  status: retracted\n  statusDate: 2024-01-09', '  status: retracted   # as of January\n  statusDate: 2024-01-09')
    .replace('- id: ana-lima\n  type: person\n  name: Ana Lima\n', '- id: ana-lima\n  type: person\n  name: Dr. Ana Lima   # as she signs\n  aliases: [Lima]\n')}\n- id: harbour-notes\n  type: document\n  title:   Our own notes\n  text: >-\n    Folded words\n    kept as written.\n`;
  assert.deepEqual(problems(edited), []);
  const after = convertRetractionWatch(csv).entries; // the notice for 10.5555/jce.2020.007 is now an expression of concern
  const merged = mergeEntries(edited, after, 'header');
  assert.deepEqual([merged.added, merged.updated], [0, 1]);
  const expected = edited.replace('  status: retracted   # as of January\n  statusDate: 2024-01-09\n  statusNote: "Retraction (', '  status: disputed   # as of January\n  statusDate: 2024-01-09\n  statusNote: "Expression of concern (');
  assert.notEqual(expected, edited);
  assert.equal(merged.text, expected);
  assert.deepEqual(problems(merged.text), []);
});

test('new entries are appended after the user\'s; a speaker of the same name is reused, not duplicated', () => {
  const mine = '# People we know.\n- id: chidi-okafor-phd\n  type: person\n  name: Chidi Okafor\n';
  const merged = mergeEntries(mine, convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header');
  assert.ok(merged.text.startsWith(mine + '\n- id: '), merged.text);
  assert.ok(!merged.text.includes('id: chidi-okafor\n'), 'no second Chidi Okafor');
  assert.match(merged.text, /speaker: chidi-okafor-phd\n/);
  assert.deepEqual(problems(merged.text), []);
  assert.deepEqual([merged.added, merged.unchanged], [4, 1]);
});

test('a source matched by its url keeps the user\'s id; missing fields are added at the entry\'s indentation', () => {
  const mine = 'id: silt-paper\ntype: article\nurl: https://doi.org/10.5555/jce.2021.042\ntext: Our own excerpt of it.';
  const merged = mergeEntries(mine, convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header');
  assert.ok(merged.text.startsWith(`${mine}\ntitle: Silt, sand`), merged.text);
  assert.match(merged.text, /\nstatus: retracted\n/);
  assert.match(merged.text, /\n---\n- id: /, 'a single-entry file gets the new entries as a list in a document of their own');
  assert.deepEqual(problems(merged.text), []);
  const again = mergeEntries(merged.text, convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header');
  assert.equal(again.text, merged.text);
});

test('a file to update that is not valid YAML is an error at its place, and nothing is written', () => {
  assert.throws(() => mergeEntries('- id: a\n  name: [open\n', [], 'h'), (e: unknown) => e instanceof ImportSyntaxError && e.line >= 2 && /not valid YAML/.test(e.message));
});

test('flow-style entries and empty values are updated in place; an id held by another kind of entry is not reused', () => {
  const mine = '- {id: chidi-okafor, type: statement, text: "Not a person."}\n- id: silt-paper\n  type: article\n  url: https://doi.org/10.5555/jce.2021.042\n  status:\n- {id: ana-lima, type: person, name: Ana Lima}\n';
  const merged = mergeEntries(mine, convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header');
  assert.ok(merged.text.startsWith('- {id: chidi-okafor, type: statement, text: "Not a person."}\n- id: silt-paper\n  type: article\n  url: https://doi.org/10.5555/jce.2021.042\n  status: retracted\n'), merged.text);
  assert.match(merged.text, /- id: chidi-okafor-[a-z0-9]{6}\n {2}type: person\n {2}name: Chidi Okafor\n/, 'the person gets an id of its own');
  assert.match(merged.text, /speaker: chidi-okafor-[a-z0-9]{6}\n/);
  assert.deepEqual(problems(merged.text), []);
  const flow = mergeEntries('- {id: silt, type: article, url: "https://doi.org/10.5555/jce.2021.042", status: draft}\n', convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header');
  assert.match(flow.text, /^- \{id: silt, type: article, url: "https:\/\/doi\.org\/10\.5555\/jce\.2021\.042", status: "retracted", title: "Silt, sand and the \\"harbour effect\\" \(Journal of Coastal Examples\)", speaker: "chidi-okafor", date: "2021-06-01", statusDate: "2024-03-14", statusNote: "Retraction [^}]*"\}\n/);
  assert.deepEqual(problems(flow.text), []);
  assert.equal(mergeEntries(flow.text, convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header').text, flow.text);
});

test('entries known from the registry\'s other files are referred to, not written again', () => {
  const known = { speakers: [{ id: 'okafor', names: ['Chidi Okafor', 'Dr. Okafor'] }], sources: [{ id: 'tides', url: 'https://doi.org/10.5555/jce.2020.007' }] };
  const merged = mergeEntries(undefined, convertRetractionWatch(fixture('retraction-watch.csv')).entries, 'header', known);
  assert.doesNotMatch(merged.text, /name: Chidi Okafor|jce\.2020\.007/);
  assert.match(merged.text, /speaker: okafor\n/);
  const registry = new Registry([{ path: 'out.yaml', text: merged.text }, { path: 'people.yaml', text: 'id: okafor\ntype: person\nname: Chidi Okafor\n' }]);
  assert.deepEqual(registry.problems.map((p) => p.message), []);
});
