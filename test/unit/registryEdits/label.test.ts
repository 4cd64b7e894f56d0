import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { labelEdits, labelWithStatementEdits, type SourceLabel } from '../../../src/core/registryEdits/label.ts';
import { applyOffsetEdits } from '../../../src/core/registryEdits/textEdits.ts';
import { yamlScalar } from '../../../src/core/registryEdits/yamlScalar.ts';
import { Registry } from '../../../src/core/registry/registry.ts';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const mistaken: SourceLabel = { status: 'mistaken', statusBy: 'mark-milley', statusDate: '2020-01-07', statusNote: 'Called a mistake: "it should not have been released"' };

function labelled(text: string, id: string, label: SourceLabel, json = false): string {
  const result = labelEdits(text, id, label, json ? 'json' : 'yaml');
  assert.ok('edits' in result, 'problem' in result ? result.problem : '');
  return applyOffsetEdits(text, result.edits);
}

/** The lines of `after` that are not in `before`, and the lines of `before` that are gone. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

test('labelling the example letter rewrites only its status lines; the registry reads the new label', () => {
  const file = path.join(ROOT, 'examples', 'newsroom', 'sources', 'seely-letter.yaml');
  const before = fs.readFileSync(file, 'utf8');
  const after = labelled(before, 'seely-letter', mistaken);
  const { added, removed } = lineDiff(before, after);
  assert.deepEqual(removed.sort(), ['status: draft', 'statusDate: 2020-01-06', 'statusNote: An unsigned draft released by mistake; no decision to leave Iraq had been made.', 'statusSource: milley-remarks-2020-01-06'].sort());
  assert.deepEqual(added.sort(), ['status: mistaken', 'statusDate: 2020-01-07', 'statusNote: "Called a mistake: \\"it should not have been released\\""'].sort());
  assert.ok(after.startsWith('# The letter from Task Force Iraq'), 'the comment at the top stays');
  const source = new Registry([{ path: file, text: after }]).sources.get('seely-letter');
  assert.equal(source?.status, 'mistaken');
  assert.equal(source?.statusNote, mistaken.statusNote);
  assert.equal(source?.statusSource, undefined);
});

test('an entry in a list with comments and odd spacing gains its fields at its own indentation; the other entries are byte-identical', () => {
  const before = [
    '# people and statements',
    '-   id: roe-memo   # the memo',
    '    type: statement',
    '    text: >-',
    '      We will keep',
    '      the clinic open.',
    '',
    '    # no status yet',
    '-   id: other',
    '    type: statement',
    '    status: verified',
    '',
  ].join('\n');
  const after = labelled(before, 'roe-memo', { status: 'retracted', statusDate: '2026-12-01' });
  assert.equal(after, before.replace('      the clinic open.\n', '      the clinic open.\n    status: retracted\n    statusDate: 2026-12-01\n'));
  assert.equal(new Registry([{ path: 'sources/x.yaml', text: after }]).sources.get('roe-memo')?.status, 'retracted');
});

test('a block-scalar note is replaced whole and a file without a final newline gets its fields on new lines', () => {
  const before = 'id: a\ntype: letter\nstatus: draft\nstatusNote: >-\n  two\n  lines\nspeaker: x';
  const after = labelled(before, 'a', { status: 'disputed', statusNote: 'one' });
  assert.equal(after, 'id: a\ntype: letter\nstatus: disputed\nstatusNote: one\nspeaker: x');
  const added = labelled('id: a\ntype: letter', 'a', { status: 'draft' });
  assert.equal(added, 'id: a\ntype: letter\nstatus: draft');
});

test('CRLF files stay CRLF', () => {
  const after = labelled('id: a\r\ntype: letter\r\n', 'a', { status: 'draft', statusBy: 'ann' });
  assert.equal(after, 'id: a\r\ntype: letter\r\nstatus: draft\r\nstatusBy: ann\r\n');
});

test('JSON registries are edited with jsonc-parser, comments kept', () => {
  const before = '// sources\n[\n  { "id": "b", "type": "letter" },\n  {\n    "id": "a", // this one\n    "type": "letter",\n    "status": "verified"\n  }\n]\n';
  const after = labelled(before, 'a', { status: 'mistaken', statusBy: 'ann' }, true);
  assert.ok(after.startsWith('// sources\n[\n  { "id": "b", "type": "letter" },\n  {\n    "id": "a", // this one\n'), after);
  const source = new Registry([{ path: 'sources/x.json', text: after }]).sources.get('a');
  assert.equal(source?.status, 'mistaken');
  assert.equal(source?.statusBy?.written, 'ann');
});

test('no such entry, a file that does not parse, an unknown status or a two-line note: a problem, no edit', () => {
  const problem = (text: string, id: string, label: SourceLabel) => {
    const r = labelEdits(text, id, label);
    assert.ok('problem' in r, `expected a problem for ${id}`);
    return r.problem;
  };
  assert.match(problem('id: a\ntype: letter\n', 'b', { status: 'draft' }), /no entry with id `b`/);
  assert.match(problem('- {id: a, type: letter\n', 'a', { status: 'draft' }), /YAML syntax error/);
  assert.match(problem('id: a\n', 'a', { status: 'wrong' as never }), /unknown status `wrong`; expected one of verified/);
  assert.match(problem('id: a\n', 'a', { status: 'draft', statusNote: 'a\nb' }), /one line/);
});

test('a flow-style entry is labelled in place through the general edits; labelling it back restores it byte for byte', () => {
  const before = '# two\n- {id: a, type: letter, status: draft, statusNote: old}   # a\n- { id: b, type: letter }\n';
  const after = labelled(before, 'a', { status: 'mistaken', statusBy: 'ann' });
  assert.equal(after, '# two\n- {id: a, type: letter, status: mistaken, statusBy: ann}   # a\n- { id: b, type: letter }\n');
  assert.equal(new Registry([{ path: 'sources/x.yaml', text: after }]).sources.get('a')?.status, 'mistaken');
  assert.equal(labelled(after, 'a', { status: 'draft', statusNote: 'old' }), before);
});

test('labelling back restores a block entry byte for byte, YAML and JSON', () => {
  const yaml = fs.readFileSync(path.join(ROOT, 'examples', 'newsroom', 'sources', 'milley-remarks.yaml'), 'utf8');
  const id = 'milley-remarks-2020-01-06';
  assert.equal(labelled(labelled(yaml, id, mistaken), id, { status: 'verified' }), yaml);
  const json = '[\n  {\n    "id": "a",\n    "type": "letter",\n    "status": "verified"\n  }\n]\n';
  assert.equal(labelled(labelled(json, 'a', mistaken, true), 'a', { status: 'verified' }, true), json);
});

test('yamlScalar keeps plain words plain and quotes what would read differently', () => {
  assert.equal(yamlScalar('mark-milley'), 'mark-milley');
  assert.equal(yamlScalar('2020-01-07'), '2020-01-07');
  for (const v of ['yes', 'null', '12', 'a: b', '# x', '- x', 'x #y', ' lead', "it's", '[x]']) {
    const written = yamlScalar(v);
    assert.equal(new Registry([{ path: 's/x.yaml', text: `id: a\ntype: letter\nstatusNote: ${written}\n` }]).sources.get('a')?.statusNote, v, written);
  }
});

test('a new statement in the source\'s own file: label and statement in one edit, the rest byte-identical; JSON the same', () => {
  const before = '# all in one\n- id: ann\n  type: person\n  name: Ann\n\n- id: memo   # keep\n  type: letter\n  status: verified\n';
  const file = { path: 'sources/all.yaml', text: before };
  const result = labelWithStatementEdits(file, file, 'memo', { status: 'retracted', statusBy: 'ann' }, { speaker: 'ann', text: 'We  take it\nback.', date: '2026-12-01' }, 'ann-2026-12-01');
  assert.ok('files' in result, 'problem' in result ? result.problem : '');
  assert.equal(result.files.length, 1);
  const after = applyOffsetEdits(before, result.files[0].edits);
  assert.equal(after, before.replace('status: verified\n', 'status: retracted\n  statusBy: ann\n  statusSource: ann-2026-12-01\n') + '\n- id: ann-2026-12-01\n  type: statement\n  speaker: ann\n  date: 2026-12-01\n  status: unverified\n  text: We take it back.\n');
  const registry = new Registry([{ path: 'sources/all.yaml', text: after }]);
  assert.equal(registry.sources.get('memo')?.statusSource, 'ann-2026-12-01');
  assert.equal(registry.sources.get('ann-2026-12-01')?.speaker?.id, 'ann');
  const json = '[\n  { "id": "ann", "type": "person", "name": "Ann" },\n  { "id": "memo", "type": "letter" }\n]\n';
  const jsonFile = { path: 'sources/all.json', text: json };
  const inJson = labelWithStatementEdits(jsonFile, jsonFile, 'memo', { status: 'retracted' }, { speaker: 'ann', text: 'Back.', date: '2026-12-01' }, 's1');
  assert.ok('files' in inJson);
  const jsonAfter = new Registry([{ path: 'sources/all.json', text: applyOffsetEdits(json, inJson.files[0].edits) }]);
  assert.equal(jsonAfter.sources.get('memo')?.status, 'retracted');
  assert.equal(jsonAfter.sources.get('s1')?.text, 'Back.');
});
