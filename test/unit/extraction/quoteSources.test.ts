import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { extract } from '../../../src/core/extract/index.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';

/** The source each quote of a Markdown draft is named with (story registry: "the letter" is seely-letter). */
const sources = (text: string) => extract(text, { language: 'markdown', lexicon: registryOf() }).quotes.map((q) => [q.text, q.source?.sourceId ?? null]);
const codes = (text: string) => checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS).findings.map((f) => `${f.code} ${f.sourceId ?? ''}`.trim());

test('an alias in an earlier sentence or paragraph does not name the source of a quote', () => {
  const quoted = '"Troops are going home by the end of the week," Milley said.';
  for (const before of ['Reporters asked about the letter on Monday. ', 'Reporters asked about the letter on Monday.\n\n', 'The letter? Nobody had read it! ']) {
    assert.deepEqual(sources(before + quoted), [['Troops are going home by the end of the week,', null]], JSON.stringify(before));
    // so the check does not take the quote for the letter's words (before: source-status of seely-letter)
    assert.ok(!codes(before + quoted).some((c) => c.includes('seely-letter')), JSON.stringify(codes(before + quoted)));
  }
});

test('an alias in a later sentence does not name the source of a quote either', () => {
  assert.deepEqual(sources('"Troops are going home by the end of the week," Milley said. The letter came a day later.'), [['Troops are going home by the end of the week,', null]]);
});

test('an alias in the quote’s own sentence, or in the lead-in paragraph that introduces it, still names its source', () => {
  const own = [
    'Seely wrote in the letter that troops were "going home by the end of the week."',
    '"Troops are going home by the end of the week," Seely wrote in the letter.',
    'In the letter, Brig. Gen. William H. Seely III wrote that troops were "going home by the end of the week."',
    'In the letter, Seely wrote:\n\n"Troops are going home by the end of the week."',
    'In the letter, Seely wrote:\n\n> Troops are going home by the end of the week.',
  ];
  for (const text of own) assert.deepEqual(sources(text).map(([, id]) => id), ['seely-letter'], JSON.stringify(text));
});
