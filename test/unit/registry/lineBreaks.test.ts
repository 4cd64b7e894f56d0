import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';

/** A registry file of two entries, its lines joined by `eol`. */
const file = (eol: string, extra = '') =>
  [
    '# who and what the story quotes',
    '- id: ann-roe',
    '  type: person',
    '  name: Ann Roe',
    '- id: roe-memo',
    '  type: statement',
    '  speaker: ann-roe',
    '  text: We will keep the clinic open all winter.',
    `  status: retracted${extra}`,
  ].join(eol) + eol;

const positions = (registry: Registry, text: string) => {
  const lines = new LineIndex(text);
  return [...registry.speakers.values(), ...registry.sources.values()].map((e) => {
    const id = lines.positionAt(e.location.id.start);
    const fields = Object.keys(e.location.fields).sort().join(',');
    return `${e.id} ${id.line + 1}:${id.character + 1} ${fields}`;
  });
};

test('a registry file whose lines end with a lone CR (old Mac files) reads like the same file with LF: same entries, same positions', () => {
  const lf = file('\n');
  const cr = file('\r');
  const withLf = new Registry([{ path: 'sources/a.yaml', text: lf }]);
  const withCr = new Registry([{ path: 'sources/a.yaml', text: cr }]);
  assert.deepEqual(withCr.problems, []);
  assert.deepEqual([...withCr.sources.keys()], ['roe-memo']);
  assert.deepEqual(positions(withCr, cr), positions(withLf, lf));
  assert.equal(withCr.sources.get('roe-memo')?.speaker?.id, 'ann-roe');
});

test('a lone-CR registry file with a problem reports it at its line, and every entry keeps a location', () => {
  const cr = file('\r', '\r  colour: red');
  const registry = new Registry([{ path: 'sources/a.yaml', text: cr }]);
  const lines = new LineIndex(cr);
  const problem = registry.problems.find((p) => p.message.includes('colour'));
  assert.ok(problem, JSON.stringify(registry.problems));
  assert.equal(lines.positionAt(problem.start).line + 1, 10);
  for (const e of [...registry.speakers.values(), ...registry.sources.values()]) assert.equal(typeof e.location.fields, 'object');
});
