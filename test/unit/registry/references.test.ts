import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { copiedRegistryFile } from '../../support/hostileRegistries.ts';
import { assertLinearWork } from '../../support/workGrowth.ts';

const at = (text: string, offset: number) => {
  const p = new LineIndex(text).positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
};

test('cycles of supersededBy and statusSource are reported once each, spelled out, at a field of the cycle', () => {
  const text = [
    '- {id: x, type: letter, supersededBy: b}',
    '- {id: a, type: letter, supersededBy: b}',
    '- {id: b, type: letter, supersededBy: c}',
    '- {id: c, type: letter, supersededBy: a}',
    '- {id: s, type: statement, status: retracted, statusSource: s}',
    '- {id: t, type: statement, statusSource: u}',
    '- {id: u, type: statement, statusSource: t}',
    '- {id: v, type: statement, statusSource: t, supersededBy: x}',
  ].join('\n') + '\n';
  const r = new Registry([{ path: 'cycles.yaml', text }]);
  assert.deepEqual(r.problems.map((p) => `${at(text, p.start)} ${text.slice(p.start, p.end)} ${p.message}`), [
    '2:39 b `supersededBy` goes round in a cycle: `a` → `b` → `c` → `a`; expected a chain of sources that ends (it is left out here)',
    '5:61 s `statusSource` of `s` is `s` itself; expected the id of another source (it is left out)',
    '6:42 u `statusSource` goes round in a cycle: `t` → `u` → `t`; expected a chain of sources that ends (it is left out here)',
  ]);
  assert.equal(r.sources.get('a')!.supersededBy, undefined);
  assert.equal(r.sources.get('c')!.supersededBy, 'a', 'the other links stay');
  assert.equal(r.sources.get('s')!.statusSource, undefined, 'a source is not its own label statement');
  assert.equal(r.sources.get('v')!.statusSource, 't');
});

test('a duplicate id is reported at both places, each naming the other file and line; quotes are checked against both texts', () => {
  const early = '# an earlier file\n- id: dup\n  type: letter\n  status: verified\n  text: The first text says something else entirely.\n';
  const late = '- id: other\n  type: person\n  name: Other\n\n- id: dup\n  type: letter\n  status: retracted\n  speaker: other\n  text: We will leave the country by the end of the month.\n';
  const r = new Registry([{ path: 'sources/a.yaml', text: early }, { path: 'sources/z.yaml', text: late }]);
  const found = r.problems.map((p) => `${p.path}:${at(p.path.endsWith('a.yaml') ? early : late, p.start)} ${p.message}`).sort();
  assert.deepEqual(found, [
    'sources/a.yaml:2:7 duplicate id `dup`; it is used again at sources/z.yaml:5; expected each id once (this entry is the one used)',
    'sources/z.yaml:5:7 duplicate id `dup`; it is already used at sources/a.yaml:2; expected each id once; quotes are still checked against both texts',
  ]);
  assert.equal(r.sources.get('dup')!.status, 'verified', 'the first is the entry');
  const draft = 'The letter said "we will leave the country by the end of the month".\n';
  const findings = checkDocument({ path: 'd.md', text: draft, language: 'markdown' }, r, DEFAULT_SETTINGS).findings;
  const status = findings.find((f) => f.code === 'source-status');
  assert.ok(status, `the quote of the second text is checked: ${JSON.stringify(findings.map((f) => f.message))}`);
  assert.equal(status.sourceId, 'dup');
  assert.equal(status.status, 'retracted');
  assert.equal(status.speakerId, 'other', "the second entry's speaker reference is resolved too");
  const misquoted = 'The letter said "we will leave the nation by the end of the month".\n';
  const misquote = checkDocument({ path: 'd.md', text: misquoted, language: 'markdown' }, r, DEFAULT_SETTINGS).findings.find((f) => f.code === 'misquote');
  assert.ok(misquote);
  assert.match(misquote.message, /leave the country by the end/, 'the wording comes from the text that matched');
});

test('a copied registry file (20,000 duplicate ids) is reported in linear work', () => {
  // a scan of the file per id took 38 s, a RegExp per id 133 s; the entry holding each id was then found by a walk over all entry starts (how long it takes: `npm run bench`, group 8)
  let text = '';
  let r: Registry | undefined;
  assertLinearWork('locateSteps', (scale) => {
    text = copiedRegistryFile(5_000 * scale);
    r = new Registry([{ path: 'sources/a.yaml', text }, { path: 'sources/a copy.yaml', text }], [], () => text);
    assert.equal(r.problems.length, 2 * 5_000 * scale);
  }, 'duplicate ids located in a copied file');
  r = r!;
  assert.equal(r.problems.length, 40_000);
  const last = r.problems.find((p) => p.message.startsWith('duplicate id `e19999`; it is already'))!;
  assert.equal(last.path, 'sources/a copy.yaml');
  assert.match(last.message, /already used at sources\/a\.yaml:59998;/);
});
