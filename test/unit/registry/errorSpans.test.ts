import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';

const splitsPair = (text: string, at: number) => {
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
};

test('a YAML syntax error at an emoji is reported around the whole character, never between the halves of its surrogate pair', () => {
  const files = [
    { path: 'sources/a.yaml', text: '- id: roe-memo\n  type: statement\n  text: >😀-\n    We will keep the clinic open.\n' },
    { path: 'sources/b.json', text: '[{"id": "ann-roe", "type": "person" "name": "Ann 😀 Roe"}]\n' },
    { path: 'sources/c.yaml', text: '- id: ann-roe\n  type: person\n  name: [Ann, 😀😀 Roe\n' },
  ];
  for (const file of files) {
    const registry = new Registry([file]);
    const mine = registry.problems.filter((p) => p.path === file.path);
    assert.ok(mine.length, `${file.path}: a problem is reported`);
    for (const p of mine) {
      assert.ok(p.start <= p.end && p.end <= file.text.length, `${file.path}: [${p.start}, ${p.end}) within the text`);
      assert.ok(!splitsPair(file.text, p.start) && !splitsPair(file.text, p.end), `${file.path}: "${p.message}" at [${p.start}, ${p.end}) splits a surrogate pair`);
    }
  }
});
