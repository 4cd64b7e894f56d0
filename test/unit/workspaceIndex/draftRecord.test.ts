import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { findingsAbout, impactMessage, quotedTitle, quotesOf, recordOf } from '../../../src/core/workspaceIndex/draftRecord.ts';
import { HARBOUR_QUOTE, HARBOUR_REGISTRY } from '../../support/harbourStory.ts';

test('a draft record keeps each quotation with its source, speaker and finding codes, as ranges', () => {
  const registry = new Registry([{ path: 'sources/harbour.yaml', text: HARBOUR_REGISTRY }]);
  const text = `# Harbour\n\n${HARBOUR_QUOTE}\n\n"Nobody knows," a resident said.\n`;
  const doc = checkDocument({ path: 'drafts/h.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
  const record = recordOf('file:///drafts/h.md', doc);
  const [notice, other] = record.quotes;
  assert.equal(notice.sourceId, 'dredging-notice');
  assert.equal(notice.speakerId, 'harbour-authority');
  assert.ok(notice.codes.includes('source-status'));
  assert.equal(notice.range.start.line, 2);
  assert.ok(notice.text.length <= 80 && notice.text.endsWith('…'), notice.text);
  assert.equal(other.sourceId, undefined);
  assert.deepEqual(quotesOf([record], 'dredging-notice').map((q) => q.quote), [notice]);
  assert.deepEqual(quotesOf([record], 'harbour-authority').map((q) => q.quote), [notice], 'by speaker too');
  assert.ok(findingsAbout([record], 'dredging-notice').some((f) => f.finding.code === 'source-status'));
});

test('the CodeLens title and the impact message count places and drafts in words', () => {
  assert.equal(quotedTitle(4, 3, 5), 'quoted in 4 places in 3 drafts · 5 findings');
  assert.equal(quotedTitle(1, 1, 1), 'quoted in 1 place in 1 draft · 1 finding');
  assert.equal(quotedTitle(0, 0, 0), 'not quoted in any draft · 0 findings');
  assert.equal(impactMessage('mistaken', 7, 4, 9), 'Labelled mistaken — now flagged in 7 places in 4 drafts');
  assert.equal(impactMessage('verified', 0, 0, 2), 'Labelled verified — quoted in 2 places, none flagged');
  assert.equal(impactMessage('draft', 0, 0, 0), 'Labelled draft — not quoted in any draft');
});
