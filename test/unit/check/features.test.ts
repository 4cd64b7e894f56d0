import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { codeActions } from '../../../src/core/features/codeActions.ts';
import { definition } from '../../../src/core/features/definition.ts';
import { hover } from '../../../src/core/features/hover.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';

const TEXT = 'Brig. Gen. William H. Seely III wrote: "to ensure that the withdrawal out of Iraq is conducted in a safe and efficient manner."\n\nMilley spoke later.';

function checked() {
  const registry = registryOf();
  return { registry, doc: checkDocument({ path: '/ws/drafts/d.md', text: TEXT, language: 'markdown' }, registry, DEFAULT_SETTINGS) };
}

test('hover on a quote shows the source card: title, speaker, date, status and who set it, the excerpt', () => {
  const { registry, doc } = checked();
  const card = hover(doc, registry, TEXT.indexOf('withdrawal'));
  assert.ok(card);
  assert.match(card.markdown, /\*\*The Seely letter\*\* · letter · `seely-letter`/);
  assert.match(card.markdown, /Speaker: William H\. Seely III/);
  assert.match(card.markdown, /Status: \*\*draft\*\* — set by Mark Milley on 2020-01-06/);
  assert.match(card.markdown, /ensure that the movement out of Iraq is conducted in a safe and efficient manner\*\*/);
  assert.match(card.markdown, /Source text: “…\S/, 'the context starts at a word');
  assert.match(card.markdown, /differs from the source/);
  assert.equal(hover(doc, registry, TEXT.indexOf('spoke')), undefined, 'no card outside quotes');
});

test('definition: a quote goes to its source entry, a speaker name to the speaker entry', () => {
  const { registry, doc } = checked();
  const yaml = registry.files.get('/ws/sources/registry.yaml')!;
  const onQuote = definition(doc, registry, TEXT.indexOf('withdrawal'))!;
  assert.equal(yaml.slice(onQuote.start, onQuote.end), 'seely-letter');
  const onSpeaker = definition(doc, registry, TEXT.indexOf('Milley'))!;
  assert.equal(yaml.slice(onSpeaker.start, onSpeaker.end), 'mark-milley');
  const onSeely = definition(doc, registry, TEXT.indexOf('Seely III'))!;
  assert.equal(yaml.slice(onSeely.start, onSeely.end), 'william-seely');
});

test('code actions offer the misquote fix only where the finding is', () => {
  const { doc } = checked();
  const at = TEXT.indexOf('withdrawal');
  const actions = codeActions(doc, { start: at, end: at });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].finding.code, 'misquote');
  const fixed = TEXT.slice(0, actions[0].fix.start) + actions[0].fix.newText + TEXT.slice(actions[0].fix.end);
  const again = checkDocument({ path: '/ws/drafts/d.md', text: fixed, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  assert.ok(!again.findings.some((f) => f.code === 'misquote'), 'applying the fix clears the misquote');
  assert.equal(codeActions(doc, { start: TEXT.length - 3, end: TEXT.length - 1 }).length, 0);
});
