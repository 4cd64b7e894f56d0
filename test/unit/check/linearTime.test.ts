import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument, type CheckedDocument } from '../../../src/core/check/checkDocument.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';
import { INLINE_UNITS, inlineMarkup, labelledSourceMentions, namedSpeakerAmongMentions, strayBrackets, unclosedBracket } from '../../support/hostileDrafts.ts';
import { assertLinearWork, workOf } from '../../support/workGrowth.ts';

// (how long each takes is measured by `npm run bench`, group 8; here the work is counted, or the flood path asserted)
const check = (text: string) => checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);

test('a one-line paragraph of megabytes with stray closing brackets is read as plain text, not by remark', () => {
  // remark's GFM footnote call looks back from every "]" to the last "[" or the paragraph's start: 2.4 MB with 3,700 of them took minutes
  let doc: CheckedDocument | undefined;
  assert.equal(workOf('markupFloods', () => (doc = check(strayBrackets(2_400_000)))), 1, 'the paragraph is one markup flood');
  assert.ok(doc!.extraction.quotes.filter((q) => q.text === 'we are not leaving Iraq,').length > 1000, 'every repetition keeps its quote');
  assert.ok(doc!.findings.filter((f) => f.code === 'source-status').length > 1000, 'the quotes are checked');
});

test('a long draft quoting a labelled source beside many mentions of who labelled it is checked in linear work', () => {
  // source-status looked for the label beside every mention of its author, once per quote, each search running to the draft's end for a blank line
  let doc: CheckedDocument | undefined;
  assertLinearWork('labelWindowChars', (scale) => (doc = check(labelledSourceMentions(50_000 * scale))), 'label search beside mentions');
  const status = doc!.findings.filter((f) => f.code === 'source-status');
  assert.ok(status.length > 1000, `${status.length} source-status findings`);
  assert.ok(status.every((f) => f.severity === 'warning' && !/acknowledged/.test(f.message)), 'no mention reports the label, so none is acknowledged');
});

test('a one-line paragraph of thousands of code spans, tags and links is read as plain text, not by remark', () => {
  // remark merges the text after each inline construct by splicing the paragraph's token list: 140 KB of code spans took 7 s, 1 MB minutes
  for (const unit of INLINE_UNITS) {
    let doc: CheckedDocument | undefined;
    assert.equal(workOf('markupFloods', () => (doc = check(inlineMarkup(unit, 1_000_000)))), 1, `${JSON.stringify(unit)}: the paragraph is one markup flood`);
    if (unit.includes('Milley')) assert.ok(doc!.extraction.quotes.filter((q) => q.text === 'we are not leaving,').length > 10_000, 'every repetition keeps its quote');
  }
});

test('a long paragraph after one unclosed bracket is read as plain text, not by remark', () => {
  // GFM autolinks look back from every word to the last bracket left open: 200 KB after one "[" took 11 s, 400 KB most of a minute
  let doc: CheckedDocument | undefined;
  assert.equal(workOf('markupFloods', () => (doc = check(unclosedBracket(400_000)))), 1, 'the paragraph is one markup flood');
  assert.ok(doc!.extraction.quotes.filter((q) => q.text === 'we are not leaving the base now,').length > 4000, 'every repetition keeps its quote');
});

test('a long draft of quotes by a named speaker among many registry mentions is checked in linear work', () => {
  // each named speaker was inserted into the sorted list of all the draft's registry mentions by a walk from its end: 3 MB took over 5 minutes
  let doc: CheckedDocument | undefined;
  assertLinearWork('sortedInsertSteps', (scale) => (doc = check(namedSpeakerAmongMentions(500_000 * scale))), 'named speakers kept in order');
  const quotes = doc!.extraction.quotes;
  assert.ok(quotes.length > 25_000 && quotes.every((q) => q.speaker?.id === 'mark-milley'), 'every quote is Milley’s');
});
