import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';

const at = (text: string, offset: number) => {
  const p = new LineIndex(text).positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
};
const PATTERN = '^(?=[a-z0-9._-]*[a-z])[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$';

test('ids follow the documented pattern: numbers, booleans, paths and names are errors at the id, with a suggestion', () => {
  const text = [
    '- id: 123', '  type: letter',
    '- id: true', '  type: letter',
    '- id: ../../etc/passwd', '  type: letter',
    '- id: Mark Milley', '  type: person', '  name: Mark Milley',
    '- id: "123"', '  type: letter',
    '- id: mark-milley', '  type: person', '  name: Mark Milley',
    '- id: a.b_c-2020', '  type: letter',
  ].join('\n') + '\n';
  {
    const r = new Registry([{ path: 'ids.yaml', text }]);
    const found = r.problems.map((p) => `${at(text, p.start)} ${text.slice(p.start, p.end)}`);
    assert.deepEqual(found, ['1:7 123', '3:7 true', '5:7 ../../etc/passwd', '7:7 Mark Milley', '10:7 "123"']);
    for (const p of r.problems) assert.ok(p.message.includes(PATTERN), p.message);
    assert.match(r.problems[0].message, /^id `123` is read as a number, not text; .*such as `source-123`$/);
    assert.match(r.problems[1].message, /^id `true` is read as a YAML boolean, not text; .*write it in quotes \("true"\)/);
    assert.match(r.problems[2].message, /^bad id `\.\.\/\.\.\/etc\/passwd`; .*did you mean `etc-passwd`\?$/);
    assert.match(r.problems[3].message, /^bad id `Mark Milley`; .*did you mean `mark-milley`\?$/);
    assert.match(r.problems[4].message, /^bad id `123`; expected /);
    assert.deepEqual([...r.speakers.keys()], ['mark-milley']);
    assert.deepEqual([...r.sources.keys()], ['a.b_c-2020']);
  }
});

test('a name or alias of only spaces is an error at it; the entry keeps its other names', () => {
  const text = '- id: a\n  type: person\n  name: "   "\n  aliases: [Ay, "  ", Aa]\n- id: s\n  type: letter\n  speaker: " "\n';
  const r = new Registry([{ path: 'blank.yaml', text }]);
  assert.deepEqual(r.problems.map((p) => `${at(text, p.start)} ${p.message}`), [
    '3:9 `name` is blank; expected a name drafts use (it is left out)',
    '4:17 item 2 of `aliases` is blank; expected a name drafts use (it is left out)',
    "7:12 `speaker` is blank; expected a speaker's id or name (it is left out)",
  ]);
  const a = r.speakers.get('a')!;
  assert.equal(a.name, 'a');
  assert.deepEqual(a.aliases, ['Ay', 'Aa']);
  assert.equal(r.sources.get('s')!.speaker, undefined);
});
