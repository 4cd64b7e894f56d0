import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';

const at = (text: string, offset: number) => {
  const p = new LineIndex(text).positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
};

test('a file may hold one entry, a list, or several YAML documents', () => {
  const r = new Registry([
    { path: 'one.yaml', text: 'id: a\ntype: person\nname: A\n' },
    { path: 'list.yaml', text: '- id: b\n  type: person\n  name: B\n- id: c\n  type: statement\n  text: hello there\n' },
    { path: 'docs.yaml', text: 'id: d\ntype: person\nname: D\n---\nid: e\ntype: letter\n' },
    { path: 'e.json', text: '[{"id": "f", "type": "organization", "name": "F"}]' },
  ]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual([...r.speakers.keys()].sort(), ['a', 'b', 'd', 'f']);
  assert.deepEqual([...r.sources.keys()].sort(), ['c', 'e']);
  assert.equal(r.sources.get('e')!.status, 'unverified', 'status defaults to unverified');
});

test('broken YAML is reported at its line and column and healthy entries survive', () => {
  const text = 'id: ok\ntype: person\nname: OK\n---\nid: broken\n  name: [unclosed\n';
  const r = new Registry([{ path: 'bad.yaml', text }, { path: 'good.yaml', text: 'id: fine\ntype: person\nname: Fine\n' }]);
  assert.ok(r.problems.length > 0);
  assert.match(r.problems[0].message, /^YAML syntax: /);
  const line = Number(at(text, r.problems[0].start).split(':')[0]);
  assert.ok(line >= 5 && line <= 6, `reported on line ${line}, expected the broken document (lines 5-6)`);
  assert.ok(r.speakers.has('ok'));
  assert.ok(r.speakers.has('fine'));
});

test('unknown fields, unknown types, missing ids and bad dates are each reported where they are', () => {
  const text = [
    '- id: s1', '  type: letter', '  colour: red', '  date: 2020-02-30',
    '- type: person', '  name: Nobody',
    '- id: s3', '  type: tweet',
    '- id: s4', '  type: statement', '  status: wrong',
  ].join('\n');
  const r = new Registry([{ path: 'x.yaml', text }]);
  const found = r.problems.map((p) => `${at(text, p.start)} ${p.message}`);
  assert.ok(found.some((f) => f.startsWith('3:3 unknown field `colour`')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('4:9 bad date `2020-02-30`')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('5:3 entry has no `id`')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('8:9 unknown type `tweet`')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('11:11 unknown status `wrong`')), found.join('\n'));
  assert.ok(r.sources.has('s1'), 'an entry with a bad field is kept');
  assert.equal(r.sources.get('s1')!.date, undefined, 'the bad date is dropped');
});

test('duplicate ids and references to unknown ids are errors; plain names are not', () => {
  const text = [
    '- id: a', '  type: person', '  name: A',
    '- id: a', '  type: person', '  name: Again',
    '- id: l', '  type: letter', '  speaker: mark-miley', '  statusSource: nope', '  supersededBy: a',
    '- id: m', '  type: statement', '  speaker: Some Person',
  ].join('\n');
  const r = new Registry([{ path: 'x.yaml', text }]);
  const messages = r.problems.map((p) => `${at(text, p.start)} ${p.message}`);
  assert.ok(messages.some((m) => m.startsWith('4:7 duplicate id `a`')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('9:12 unknown speaker id `mark-miley`')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('10:17 unknown source id `nope`')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('11:17 unknown source id `a`')), messages.join('\n'));
  assert.equal(r.sources.get('m')!.speaker!.name, 'Some Person');
  assert.equal(r.sources.get('m')!.speaker!.id, undefined);
  assert.equal(r.speakers.get('a')!.name, 'A', 'the first of two duplicates wins');
});

test('speakers are found by name, alias or id regardless of case, periods and spacing', () => {
  const r = new Registry([{ path: 'p.yaml', text: 'id: mark-milley\ntype: person\nname: Mark Milley\naliases: [Gen. Mark Milley, the chairman of the Joint Chiefs]\n' }]);
  assert.equal(r.speakerByName('gen mark  milley')?.id, 'mark-milley');
  assert.equal(r.speakerByName('The Chairman of the Joint Chiefs')?.id, 'mark-milley');
  assert.equal(r.speakerByName('mark-milley')?.id, 'mark-milley');
  assert.equal(r.lookupSpeaker('Gen Mark Milley')?.name, 'Mark Milley');
  assert.equal(r.speakerByName('Milley'), undefined);
});

test('source references resolve speaker ids and names', () => {
  const r = new Registry([{
    path: 'p.yaml',
    text: '- id: mm\n  type: person\n  name: Mark Milley\n- id: l\n  type: letter\n  speaker: Mark Milley\n  statusBy: mm\n  seenBy: [mm, Somebody]\n',
  }]);
  const l = r.sources.get('l')!;
  assert.equal(l.speaker!.id, 'mm');
  assert.equal(l.statusBy!.id, 'mm');
  assert.deepEqual(l.seenBy.map((s) => s.id ?? s.name), ['mm', 'Somebody']);
});

test('binary and non-mapping content is reported, not thrown', () => {
  const r = new Registry([{ path: 'b.yaml', text: 'abc\u0000def' }, { path: 's.yaml', text: '- just text\n- 42\n' }]);
  assert.match(r.problems[0].message, /binary/);
  assert.equal(r.problems.filter((p) => p.path === 's.yaml').length, 2);
});

test('field positions point at the value in the file', () => {
  const text = 'id: l\ntype: letter\nstatus: draft\n';
  const r = new Registry([{ path: 'l.yaml', text }]);
  const span = r.sources.get('l')!.location.fields.status;
  assert.equal(text.slice(span.start, span.end), 'draft');
});
