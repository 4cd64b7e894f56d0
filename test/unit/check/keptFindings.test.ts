import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { editMap, KeptFindings } from '../../../src/core/check/keptFindings.ts';
import { ExtractCache } from '../../../src/core/extract/cache.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import type { Finding } from '../../../src/core/types.ts';
import { registryOf } from '../../support/drafts.ts';

const PARAGRAPH = '"CJTF-OIR will be repositioning forces over the course of the coming days," Seely wrote to Milley in the letter.';
const draftOf = (head: string, tail: string) => `# ${head}\n\n${Array.from({ length: 40 }, (_, i) => `${PARAGRAPH} Paragraph ${i}.`).join('\n\n')}\n\n${tail}\n`;
const path = '/ws/d.md';
const unclosed = (findings: Finding[]) => findings.filter((f) => f.code === 'unclosed-quote');

test('a draft-wide finding an edit did not touch is the same object after the edit, moved with the text, and the findings are those of a full check', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const tail = 'The mayor said "the bridge will open in May, and not a day later.';
  const before = checkDocument({ path, text: draftOf('A story', tail), language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  const [old] = unclosed(before.findings);
  assert.ok(old, 'the draft has an unclosed quotation');
  const at = old.start;

  const text = draftOf('A storyxyz', tail);
  const after = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  const [now] = unclosed(after.findings);
  assert.equal(now, old, 'the same finding object');
  assert.equal(now.start, at + 3, 'moved by the three characters typed before it');
  assert.equal(now.fixes![0].start, text.lastIndexOf('later.') + 'later.'.length, 'its quick fix moved too');
  const full = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
  assert.deepEqual(after.findings, full.findings);
});

test('a draft-wide finding whose content the edit changed is made anew, as a full check makes it', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const before = checkDocument({ path, text: draftOf('A story', 'The mayor said "the bridge will open in May.'), language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  const [old] = unclosed(before.findings);
  const text = draftOf('A story', 'The mayor said "the tunnel will open in May.');
  const after = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  const [now] = unclosed(after.findings);
  assert.notEqual(now, old, 'its words changed: a new finding');
  assert.match(now.message, /tunnel/);
  assert.match(old.message, /bridge/, 'the old finding is left as it was');
  assert.deepEqual(after.findings, checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS).findings);
});

test('KeptFindings takes an old finding only when every field is the same, its offsets mapped through the edit', () => {
  const kept = new KeptFindings();
  const finding = (start: number, message = 'm'): Finding => ({ code: 'unopened-quote', severity: 'warning', message, start, end: start + 1, related: [{ path, start: start + 2, end: start + 3, message: 'r' }, { path: '/ws/sources/a.yaml', start: 5, end: 6, message: 's' }] });
  const first = [finding(10), finding(50), finding(90, 'x')];
  kept.reuse(first, 0, (o) => o, path);
  // an edit replaced [40, 42) by four characters: +2 from 42 on
  const second = [finding(10), finding(52), finding(92, 'y'), finding(45)];
  const fresh = second.slice();
  kept.reuse(second, 0, editMap(40, 42, 2), path);
  assert.equal(second[0], first[0], 'before the edit, unchanged');
  assert.equal(second[1], first[1], 'after the edit, moved');
  assert.deepEqual(second[1], fresh[1]);
  assert.equal(second[1].related![1].start, 5, 'a place in another file does not move');
  assert.equal(second[2], fresh[2], 'another message: the new finding');
  assert.equal(second[3], fresh[3], 'no old finding there');
});
