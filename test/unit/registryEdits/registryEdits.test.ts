import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';
import { appendEntries, appendEntry, setFields } from '../../../src/core/registryEdits/registryEdits.ts';
import { applyOffsetEdits, registryFormatOf, type OffsetEdit, type RegistryEditResult } from '../../../src/core/registryEdits/textEdits.ts';
import { EXAMPLE } from '../../support/workspace.ts';

/** Every entry of a registry made of one file, as plain data without positions. */
function entriesOf(file: string, text: string): Record<string, unknown> {
  const r = new Registry([{ path: file, text }]);
  // references to entries of other files are not this test's business
  const problems = r.problems.map((p) => p.message).filter((m) => !/^unknown (speaker|source) id/.test(m));
  assert.deepEqual(problems, [], `${file} reads without problems:\n${text}`);
  const plain = (e: object) => Object.fromEntries(Object.entries(e).filter(([k, v]) => k !== 'location' && v !== undefined));
  return Object.fromEntries([...r.speakers.values(), ...r.sources.values()].map((e) => [e.id, plain(e)]));
}

/** The one edit of a result; asserts the text it replaces is `replaced` (so everything else is byte-identical). */
function oneEdit(text: string, result: RegistryEditResult, replaced: string): { edit: OffsetEdit; after: string } {
  assert.ok('edits' in result, `expected edits, got ${JSON.stringify(result)}`);
  assert.equal(result.edits.length, 1);
  const [edit] = result.edits;
  assert.equal(text.slice(edit.start, edit.end), replaced);
  return { edit, after: applyOffsetEdits(text, result.edits) };
}

/**
 * Asserts the edits are apart, that the text between them is the file's own
 * (so `after` is byte-identical outside them) and that none replaces a comment.
 */
function onlyEdited(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let rebuilt = '';
  let at = 0;
  for (const e of sorted) {
    assert.ok(e.start >= at && e.end >= e.start, `edits are apart: ${JSON.stringify(sorted)}`);
    assert.ok(!/#|\/\/|\/\*/.test(text.slice(e.start, e.end)), `no comment is replaced: ${JSON.stringify(text.slice(e.start, e.end))}`);
    rebuilt += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  const after = applyOffsetEdits(text, edits);
  assert.equal(after, rebuilt + text.slice(at));
  return after;
}

const COMMENTED = [
  '# head comment',
  '- id: a-person   # trailing',
  '  # inside',
  '  type: person',
  '  name: A Person # name comment',
  '  # before the next',
  '',
  '# between',
  '- id: a-letter',
  '  type: letter',
  "  text: 'words here, in single quotes'  # c",
  '  status: verified',
  '  aliases:',
  '    - the note # alias comment',
  '# tail',
  '',
].join('\n');

const FLOW = '# flow\n- { id: f-person, type: person, name: Flo }   # one line\n- {id: f-letter, type: letter, text: "flow words", status: verified}\n';
const ODD = '-   id: odd-note\n    type: statement\n    text: >-\n        long text that\n        goes on\n    seenBy:\n    - odd-person\n-   id: odd-person\n    type: person\n    name: Odd\n';
const ANCHORS = '- id: pat\n  type: person\n  name: &n Pat Doe\n  aliases: [*n]\n- id: pat-note\n  type: statement\n  speaker: pat\n  text: &t the words of Pat\n  aliases: [*t]\n';
const JSONC = '// people and notes\n[\n\t{\n\t\t"id": "j-person", // who\n\t\t"type": "person",\n\t\t"name": "Jay"\n\t},\n\t/* the note */\n\t{\n\t\t"id": "j-note",\n\t\t"type": "statement",\n\t\t"text": "json words",\n\t\t"status": "verified"\n\t}\n]\n';

const CASES: [string, string, string][] = [
  // file, text, the source entry to label
  ...fs.readdirSync(path.join(EXAMPLE, 'sources')).map((f): [string, string, string] => {
    const text = fs.readFileSync(path.join(EXAMPLE, 'sources', f), 'utf8');
    return [f, text, /^\s*-?\s*id: (\S+)\s*\n\s*type: (?!person|organization)/m.exec(text)?.[1] ?? ''];
  }).filter(([, , id]) => id),
  ['commented.yaml', COMMENTED, 'a-letter'],
  ['commented-crlf.yaml', COMMENTED.replace(/\n/g, '\r\n'), 'a-letter'],
  ['flow.yaml', FLOW, 'f-letter'],
  ['top-flow.yaml', '[ {id: t-note, type: statement, text: "top flow", status: verified} ] # end\n', 't-note'],
  ['odd.yaml', ODD, 'odd-note'],
  ['anchors.yaml', ANCHORS, 'pat-note'],
  ['notes.json', JSONC, 'j-note'],
  ['notes-crlf.json', JSONC.replace(/\n/g, '\r\n'), 'j-note'],
];

test('the cases cover the example sources and every crafted file', () => {
  assert.deepEqual(CASES.slice(0, 2).map((c) => c[2]).sort(), ['milley-remarks-2020-01-06', 'seely-letter']);
});

for (const [file, text, id] of CASES) {
  test(`labelling ${id} in ${file} changes its status fields and nothing else`, () => {
    const before = entriesOf(file, text);
    const format = registryFormatOf(file);
    const result = setFields(text, format, id, { status: 'retracted', statusBy: 'a-person', statusDate: '2020-01-07', statusNote: 'withdrawn: "it was a draft" # not a comment' });
    assert.ok('edits' in result, JSON.stringify(result));
    const after = onlyEdited(text, result.edits);
    const replaced = result.edits.map((e) => text.slice(e.start, e.end)).filter(Boolean);
    assert.ok(replaced.every((r) => /^["']?(verified|draft|mistake-free|mark-milley|2020-01-06|An unsigned draft[^\n]*)["']?$/.test(r)), `only old status values are replaced: ${JSON.stringify(replaced)}`);
    for (const line of text.split(/\r?\n/).filter((l) => /#|\/\//.test(l) && !/status/.test(l))) assert.ok(after.includes(line), `kept: ${line}`);
    if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'every new line break is CRLF');
    const got = entriesOf(file, after);
    const labelled = got[id] as Record<string, unknown>;
    assert.equal(labelled.status, 'retracted');
    assert.equal(labelled.statusDate, '2020-01-07');
    assert.equal(labelled.statusNote, 'withdrawn: "it was a draft" # not a comment');
    assert.equal((labelled.statusBy as { written: string }).written, 'a-person');
    for (const other of Object.keys(before).filter((k) => k !== id)) assert.deepEqual(got[other], before[other], `${other} unchanged`);
    const { status, statusBy, statusDate, statusNote, ...rest } = labelled;
    const { status: s0, statusBy: b0, statusDate: d0, statusNote: n0, ...rest0 } = before[id] as Record<string, unknown>;
    void [status, statusBy, statusDate, statusNote, s0, b0, d0, n0];
    assert.deepEqual(rest, rest0, 'the entry keeps its other fields');
  });

  test(`appending an entry to ${file} keeps every entry and every byte before it`, () => {
    const before = entriesOf(file, text);
    const entry = { id: 'new-note', type: 'statement', speaker: 'Ann: "Lee"', date: '2026-12-01', status: 'unverified', text: 'new, [quoted] words' };
    const result = appendEntry(text, registryFormatOf(file), entry);
    assert.ok('edits' in result, JSON.stringify(result));
    const after = onlyEdited(text, result.edits);
    if (registryFormatOf(file) === 'yaml') assert.deepEqual(result.edits.map((e) => e.end - e.start), [0], 'YAML: one insertion');
    const got = entriesOf(file, after);
    assert.deepEqual(Object.keys(got), [...Object.keys(before), 'new-note'].filter((k, i, all) => all.indexOf(k) === i).sort((a, b) => Object.keys(got).indexOf(a) - Object.keys(got).indexOf(b)));
    for (const k of Object.keys(before)) assert.deepEqual(got[k], before[k]);
    const added = got['new-note'] as Record<string, unknown>;
    assert.equal(added.text, 'new, [quoted] words');
    assert.equal((added.speaker as { written: string }).written, 'Ann: "Lee"');
    if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'every new line break is CRLF');
  });
}

test('a field set to its value gives no change; a new field goes after the last one, at the entry’s indentation', () => {
  const same = setFields(COMMENTED, 'yaml', 'a-letter', { status: 'verified' });
  assert.deepEqual(same, { edits: [] });
  const { after } = oneEdit(ODD, setFields(ODD, 'yaml', 'odd-person', { title: 'Oddity' }), '');
  assert.ok(after.includes('    name: Odd\n    title: Oddity\n'), after);
  const flow = oneEdit(FLOW, setFields(FLOW, 'yaml', 'f-person', { title: 'Flo, the first' }), '').after;
  assert.ok(flow.includes('{ id: f-person, type: person, name: Flo, title: "Flo, the first" }   # one line'), flow);
});

test('a value YAML would read as something else is quoted; a block text is replaced, its line break kept', () => {
  const { after } = oneEdit(ODD, setFields(ODD, 'yaml', 'odd-note', { text: 'true' }), '>-\n        long text that\n        goes on');
  assert.ok(after.includes('    text: "true"\n    seenBy:'), after);
});

test('removing a field takes its whole line; removing the id is refused', () => {
  const { after } = oneEdit(COMMENTED, setFields(COMMENTED, 'yaml', 'a-letter', { status: undefined }), '  status: verified\n');
  assert.ok(!after.includes('status'));
  assert.match(JSON.stringify(setFields(COMMENTED, 'yaml', 'a-letter', { id: undefined })), /keeps its `id`/);
});

test('an unknown entry or a broken file is a problem that says what was expected, never an edit', () => {
  assert.match(JSON.stringify(setFields(COMMENTED, 'yaml', 'nobody', { status: 'draft' })), /no entry with id `nobody` in this file/);
  assert.match(JSON.stringify(setFields('- id: a\n  type: [unclosed\n', 'yaml', 'a', { status: 'draft' })), /YAML syntax error.*fix it first/);
  assert.match(JSON.stringify(appendEntry('[{"id": "a",', 'json', { id: 'b', type: 'person', name: 'B' })), /JSON syntax error/);
});

test('appending to an empty file, a one-entry file (YAML: a new document; JSON: a list) and several at once', () => {
  const empty = applyOffsetEdits('', (appendEntry('', 'yaml', { id: 'a', type: 'person', name: 'A' }) as { edits: OffsetEdit[] }).edits);
  assert.equal(empty, '- id: a\n  type: person\n  name: A\n');
  const one = 'id: one\ntype: person\nname: One'; // no final line break
  const docs = applyOffsetEdits(one, (appendEntry(one, 'yaml', { id: 'two', type: 'person', name: 'Two' }) as { edits: OffsetEdit[] }).edits);
  assert.equal(docs, 'id: one\ntype: person\nname: One\n---\nid: two\ntype: person\nname: Two\n');
  const json = '{ "id": "one", "type": "person", "name": "One" }\n';
  const list = applyOffsetEdits(json, (appendEntry(json, 'json', { id: 'two', type: 'person', name: 'Two' }) as { edits: OffsetEdit[] }).edits);
  assert.deepEqual(Object.keys(entriesOf('x.json', list)), ['one', 'two']);
  const speakers = fs.readFileSync(path.join(EXAMPLE, 'sources', 'speakers.yaml'), 'utf8');
  const both = applyOffsetEdits(speakers, (appendEntries(speakers, 'yaml', [{ id: 'ann', type: 'person', name: 'Ann' }, { id: 'bo', type: 'person', name: 'Bo' }]) as { edits: OffsetEdit[] }).edits);
  assert.ok(both.endsWith('  aliases: [AFP]\n\n- id: ann\n  type: person\n  name: Ann\n\n- id: bo\n  type: person\n  name: Bo\n'), both.slice(-120));
});
