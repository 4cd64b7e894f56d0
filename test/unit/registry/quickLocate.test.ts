import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseRegistryFile } from '../../../src/core/registry/parse.ts';
import { quickLocate } from '../../../src/core/registry/quickLocate.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { locate } from '../../../src/core/registry/validate.ts';
import { ROOT } from '../../support/lspClient.ts';

const SAMPLES: Record<string, string> = {
  'list.yaml': '- id: a\n  type: person\n  name: A\n  aliases:\n    - Ay\n    - "A. A."\n- id: b\n  type: letter\n  text: >-\n    folded\n    text\n  status: draft\n',
  'docs.yaml': 'id: c\ntype: person\nname: C\n---\nid: d\ntype: statement\ntext: |\n  literal\nstatus: retracted\n',
  'entries.json': '[\n  {"id": "e", "type": "person", "name": "E"},\n  {\n    "id": "f",\n    "type": "letter",\n    "status": "draft"\n  }\n]\n',
};

test('quick locations start where the position-keeping parse says, for every entry and field', () => {
  const dir = path.join(ROOT, 'examples', 'newsroom', 'sources');
  const files = { ...SAMPLES, ...Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])) };
  let checked = 0;
  for (const [name, text] of Object.entries(files)) {
    for (const raw of parseRegistryFile({ path: name, text }).entries) {
      const exact = locate(raw);
      const id = text.slice(exact.id.start, exact.id.end).replace(/^"|"$/g, '');
      const quick = quickLocate(name, text, id);
      assert.deepEqual(quickLocate(name, text, id, { lookups: 100 }), quick, `${name}: ${id} the same from the file's id index`);
      if (name.endsWith('.json') && !quick) continue; // JSON on one line: the caller falls back to a full parse
      assert.ok(quick, `${name}: ${id} located`);
      const quoted = text[exact.id.start] === '"' ? 1 : 0; // JSON: the parse's span includes the quotes
      assert.equal(quick.id.start, exact.id.start + quoted);
      for (const [field, span] of Object.entries(exact.fields)) {
        const q = quick.fields[field];
        assert.ok(q, `${name}: ${id}.${field} located`);
        assert.ok(Math.abs(q.start - span.start) <= 1, `${name}: ${id}.${field} at ${q.start}, expected ${span.start}`);
      }
      checked++;
    }
  }
  assert.ok(checked >= 10);
});

test('entries read the fast way still report exact positions when asked', () => {
  const text = SAMPLES['list.yaml'];
  const r = new Registry([{ path: 'list.yaml', text }]);
  const b = r.sources.get('b')!;
  assert.equal(text.slice(b.location.id.start, b.location.id.end), 'b');
  assert.equal(text.slice(b.location.fields.status.start, b.location.fields.status.end), 'draft');
});
