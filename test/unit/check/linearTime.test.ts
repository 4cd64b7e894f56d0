import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';

/** A news paragraph with quotes and a stray closing bracket, repeated on one line to `size` characters. */
function oneLineParagraph(size: number): string {
  const unit =
    'The chairman of the Joint Chiefs, Gen. Mark Milley, said “we are not leaving Iraq,” adding that the letter was a mistake. ' +
    '"It was unsigned," Milley said at the Pentagon < briefing | as reporters # asked about `draft` plans and troops, ' +
    'officials who spoke on condition of anonymity said the decision (see above] was final and that forces would stay in the region for now. ' +
    'Others in the coalition said nothing had changed and that no order to leave had been given to any of the units stationed at the base. ' +
    'The letter, which was sent to the Iraqi command, said the coalition would be repositioning forces over the course of the coming days. ';
  return unit.repeat(Math.ceil(size / unit.length));
}

test('a one-line paragraph of megabytes with stray closing brackets is checked in linear time', () => {
  // remark's GFM footnote call looks back from every "]" to the last "[" or the paragraph's start: 2.4 MB with 3,700 of them took minutes
  const text = oneLineParagraph(2_400_000);
  const started = Date.now();
  const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 30, `took ${seconds}s; expected well under 30 s`);
  assert.ok(doc.extraction.quotes.filter((q) => q.text === 'we are not leaving Iraq,').length > 1000, 'every repetition keeps its quote');
  assert.ok(doc.findings.filter((f) => f.code === 'source-status').length > 1000, 'the quotes are checked');
});

test('a long draft quoting a labelled source beside many mentions of who labelled it is checked in linear time', () => {
  // source-status looked for the label beside every mention of its author, once per quote, each search running to the draft's end for a blank line
  const unit = 'Mark Milley spoke to reporters. The letter said “CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement.” ';
  const text = unit.repeat(Math.ceil(200_000 / unit.length));
  const started = Date.now();
  const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 30, `took ${seconds}s; expected well under 30 s`);
  const status = doc.findings.filter((f) => f.code === 'source-status');
  assert.ok(status.length > 1000, `${status.length} source-status findings`);
  assert.ok(status.every((f) => f.severity === 'warning' && !/acknowledged/.test(f.message)), 'no mention reports the label, so none is acknowledged');
});

test('a one-line paragraph of thousands of code spans, tags and links is checked in linear time', () => {
  // remark merges the text after each inline construct by splicing the paragraph's token list: 140 KB of code spans took 7 s, 1 MB minutes
  for (const unit of ['`a` b ', 'Milley said “we are not leaving,” in `code` and <b>bold</b> at http://example.invalid/x | ']) {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)) + ' |';
    const started = Date.now();
    const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${JSON.stringify(unit)}: took ${seconds}s; expected well under 30 s`);
    if (unit.includes('Milley')) assert.ok(doc.extraction.quotes.filter((q) => q.text === 'we are not leaving,').length > 10_000, 'every repetition keeps its quote');
  }
});

test('a long paragraph after one unclosed bracket is checked in linear time', () => {
  // GFM autolinks look back from every word to the last bracket left open: 200 KB after one "[" took 11 s, 400 KB most of a minute
  const unit = 'Milley said “we are not leaving the base now,” and the letter was a draft | ';
  const text = '[' + unit.repeat(Math.ceil(400_000 / unit.length));
  const started = Date.now();
  const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 30, `took ${seconds}s; expected well under 30 s`);
  assert.ok(doc.extraction.quotes.filter((q) => q.text === 'we are not leaving the base now,').length > 4000, 'every repetition keeps its quote');
});

test('a long draft of quotes by a named speaker among many registry mentions is checked in linear time', () => {
  // each named speaker was inserted into the sorted list of all the draft's registry mentions by a walk from its end: 3 MB took over 5 minutes
  const unit = '“We are staying,” Mark Milley said. ' + 'Seely Milley '.repeat(3);
  const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
  const started = Date.now();
  const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 30, `took ${seconds}s; expected well under 30 s`);
  const quotes = doc.extraction.quotes;
  assert.ok(quotes.length > 25_000 && quotes.every((q) => q.speaker?.id === 'mark-milley'), 'every quote is Milley’s');
});
