import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings.ts';
import type { Extraction } from '../../../src/core/extract/model.ts';
import { extraction, mention, quote, registryOf, STORY_REGISTRY } from '../../support/drafts.ts';

const check = (text: string, found: Extraction, settings: Settings = DEFAULT_SETTINGS, yaml?: string) =>
  checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registryOf(yaml), settings, found).findings;

const LETTER_Q = 'to prepare for onward movement';

test('source-status: a quote from a draft source is a warning naming who labelled it, when, and the note', () => {
  const text = `Seely wrote that troops would "${LETTER_Q}".`;
  const seely = mention(text, 'Seely', 'William H. Seely III', 'william-seely');
  const [f, ...rest] = check(text, extraction([quote(text, LETTER_Q, seely)]));
  assert.equal(rest.length, 0);
  assert.equal(f.code, 'source-status');
  assert.equal(f.severity, 'warning');
  assert.equal(f.status, 'draft');
  assert.equal(f.sourceId, 'seely-letter');
  assert.match(f.message, /labelled a draft by Mark Milley on 2020-01-06 \(“Unsigned draft”\)/);
  assert.equal(text.slice(f.start, f.end), LETTER_Q);
  assert.deepEqual(f.related!.map((r) => r.message.split(' ')[0]), ['`seely-letter`', 'the']);
});

test('source-status severities: error for retracted/mistaken/fabricated; status settings beat code settings', () => {
  const text = `Seely wrote "${LETTER_Q}".`;
  const found = () => extraction([quote(text, LETTER_Q, mention(text, 'Seely', 'William H. Seely III', 'william-seely'))]);
  for (const status of ['retracted', 'mistaken', 'fabricated'] as const) {
    const yaml = registryYamlWithStatus(status);
    assert.equal(check(text, found(), DEFAULT_SETTINGS, yaml)[0].severity, 'error', status);
  }
  for (const status of ['disputed', 'superseded'] as const) {
    assert.equal(check(text, found(), DEFAULT_SETTINGS, registryYamlWithStatus(status))[0].severity, 'warning', status);
  }
  assert.equal(check(text, found(), DEFAULT_SETTINGS, registryYamlWithStatus('verified')).length, 0);
  const s = (severity: Settings['severity']) => ({ ...DEFAULT_SETTINGS, severity });
  assert.equal(check(text, found(), s({ 'source-status': 'hint' }))[0].severity, 'hint');
  assert.equal(check(text, found(), s({ 'source-status': 'hint', draft: 'error' }))[0].severity, 'error');
  assert.equal(check(text, found(), s({ draft: 'off' })).length, 0);
});

test('source-status becomes information when the draft quotes the statement that labelled the source', () => {
  const text = `Seely wrote "${LETTER_Q}". Milley said: "That letter is a draft. It was a mistake."`;
  const found = extraction([
    quote(text, LETTER_Q, mention(text, 'Seely', 'William H. Seely III', 'william-seely')),
    quote(text, 'That letter is a draft. It was a mistake.', mention(text, 'Milley', 'Mark Milley', 'mark-milley')),
  ]);
  const f = check(text, found, { ...DEFAULT_SETTINGS, severity: { draft: 'error' } }).filter((x) => x.code === 'source-status');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.match(f[0].message, /acknowledged: the draft quotes “Milley's remarks” at line 1/);
});

test('source-status becomes information when the draft names who labelled it next to the label', () => {
  const text = `Seely wrote "${LETTER_Q}".\n\nHours later Milley called the letter an unsigned draft.`;
  const found = extraction(
    [quote(text, LETTER_Q, mention(text, 'Seely', 'William H. Seely III', 'william-seely'))],
    [mention(text, 'Seely', 'William H. Seely III', 'william-seely'), mention(text, 'Milley', 'Mark Milley', 'mark-milley')],
  );
  const [f] = check(text, found);
  assert.equal(f.severity, 'information');
  assert.match(f.message, /acknowledged: the draft reports Mark Milley's label at line 3/);
  // naming Milley without the label is not an acknowledgement
  const text2 = `Seely wrote "${LETTER_Q}".\n\nMilley visited troops in Germany.`;
  const [g] = check(text2, extraction([quote(text2, LETTER_Q, null)], [mention(text2, 'Milley', 'Mark Milley', 'mark-milley')]));
  assert.equal(g.severity, 'warning');
});

test('source-status on a reference by alias outside quotes', () => {
  const text = 'The letter said troops would leave.';
  const start = 0;
  const found = extraction([], [], [{ text: 'The letter', start, end: 10, sourceId: 'seely-letter', cue: { text: 'said', start: 11, end: 15 } }]);
  const [f] = check(text, found);
  assert.equal(f.code, 'source-status');
  assert.match(f.message, /^cites /);
});

test('misquote: a changed word is reported with the verbatim wording and a fix', () => {
  const text = 'Seely wrote they would "ensure that the withdrawal out of Iraq is conducted in a safe and efficient manner".';
  const q = quote(text, 'ensure that the withdrawal out of Iraq is conducted in a safe and efficient manner', mention(text, 'Seely', 'William H. Seely III', 'william-seely'));
  const f = check(text, extraction([q])).find((x) => x.code === 'misquote')!;
  assert.ok(f);
  assert.match(f.message, /found “ensure that the withdrawal out of Iraq/);
  assert.match(f.message, /the source says “ensure that the movement out of Iraq/);
  assert.equal(f.fixes![0].newText, 'ensure that the movement out of Iraq is conducted in a safe and efficient manner');
});

test('misquote: case, curly marks, whitespace, ellipses and [insertions] are not differences', () => {
  const quoted = 'CJTF-OIR WILL be repositioning   forces … to prepare for onward movement. [The coalition] will ensure that the movement';
  const text = `Seely wrote "${quoted}".`;
  const f = check(text, extraction([quote(text, quoted, mention(text, 'Seely', 'William H. Seely III', 'william-seely'))]));
  assert.deepEqual(f.map((x) => x.code), ['source-status']);
});

test('misattributed-quote: Milley’s words in Seely’s mouth; relaying by seenBy is fine', () => {
  const quoted = 'It was a mistake, it was unsigned, it should not have been released.';
  const text = `Seely said: "${quoted}"`;
  const f = check(text, extraction([quote(text, quoted, mention(text, 'Seely', 'William H. Seely III', 'william-seely'))]));
  const m = f.find((x) => x.code === 'misattributed-quote')!;
  assert.ok(m);
  assert.match(m.message, /gives these words to William H\. Seely III, but they are Mark Milley's/);
  assert.equal(m.speakerId, 'william-seely');
  const relayed = `Reuters reported: "${LETTER_Q}"`;
  const r = check(relayed, extraction([quote(relayed, LETTER_Q, mention(relayed, 'Reuters', 'Reuters', 'reuters'))]));
  assert.ok(!r.some((x) => x.code === 'misattributed-quote'));
});

test('unverified-quote: a registered speaker, words in none of their sources', () => {
  const text = 'Milley said: "We will win the war by Christmas, I promise you all."';
  const [f] = check(text, extraction([quote(text, 'We will win the war by Christmas, I promise you all.', mention(text, 'Milley', 'Mark Milley', 'mark-milley'))]));
  assert.equal(f.code, 'unverified-quote');
  assert.equal(f.severity, 'information');
  assert.match(f.message, /none of their 1 registered source contains it/);
});

test('unattributed-quote: no speaker; the message names the source when the words match one', () => {
  const text = `Someone wrote "${LETTER_Q}" and "nothing anyone registered".`;
  const f = check(text, extraction([quote(text, LETTER_Q), quote(text, 'nothing anyone registered')]));
  const un = f.filter((x) => x.code === 'unattributed-quote');
  assert.equal(un.length, 2);
  assert.match(un[0].message, /the words match “The Seely letter” by William H\. Seely III/);
  assert.doesNotMatch(un[1].message, /match/);
});

test('findings come out in document order', () => {
  const text = `"nothing here at all". Milley said "${LETTER_Q}".`;
  const f = check(text, extraction([quote(text, 'nothing here at all'), quote(text, LETTER_Q, mention(text, 'Milley', 'Mark Milley', 'mark-milley'))]));
  const starts = f.map((x) => x.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

function registryYamlWithStatus(status: string): string {
  return STORY_REGISTRY.replace('status: draft', `status: ${status}`);
}

test('unclosed-quote: an opening mark nothing closes is a warning at the mark, naming its words and the mark expected', () => {
  const text = 'Milley said:\n\nSeely wrote “to prepare for onward movement. The letter went out.\n';
  const settings = (severity: Settings['severity']) => ({ ...DEFAULT_SETTINGS, severity });
  const run = (s: Settings = DEFAULT_SETTINGS) => checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registryOf(), s).findings;
  const [f, ...rest] = run().filter((x) => x.code === 'unclosed-quote');
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'warning');
  assert.equal(text.slice(f.start, f.end), '“');
  assert.equal(f.start, text.indexOf('“'));
  assert.match(f.message, /^unclosed quotation: “ opens “to prepare for onward movement\. The letter went out\.” but no ” closes it/);
  assert.match(f.message, /expected a closing ”/);
  // its words are checked all the same, as a quotation to the end of its paragraph
  assert.match(f.message, /closes it in its paragraph, so its words are checked as a quotation that ends where the quick fix closes it;/);
  // words no quotation holds are not checked
  const scare = checkDocument({ path: '/ws/drafts/d.md', text: 'It was a “rant, at most.\n', language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  assert.match(scare.findings.find((x) => x.code === 'unclosed-quote')!.message, /closes it in its paragraph, so it is not checked;/);
  // the quick fix closes it at the end of its paragraph
  const [fix] = f.fixes!;
  assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), text.replace('went out.', 'went out.”'));
  assert.equal(run(settings({ 'unclosed-quote': 'off' })).filter((x) => x.code === 'unclosed-quote').length, 0);
  assert.equal(run(settings({ 'unclosed-quote': 'error' })).find((x) => x.code === 'unclosed-quote')!.severity, 'error');
  // closed, it is a quote and no longer unclosed
  const closed = checkDocument({ path: '/ws/drafts/d.md', text: text.replace('movement.', 'movement.”'), language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  assert.equal(closed.findings.filter((x) => x.code === 'unclosed-quote').length, 0);
  assert.equal(closed.extraction.quotes.length, 1);
});

test('unclosed-quote: before a new quotation opening a sentence, its words end there and so does the quick fix', () => {
  const text = 'Ann Roe said: “We stay. Every year. “We go,” Bo Li said.\n';
  const checked = checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
  const f = checked.findings.find((x) => x.code === 'unclosed-quote')!;
  assert.match(f.message, /^unclosed quotation: “ opens “We stay\. Every year\.” but no ” closes it in its paragraph, so its words are checked as a quotation/);
  const [fix] = f.fixes!;
  assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), text.replace('year.', 'year.”'));
  assert.deepEqual(checked.extraction.quotes.map((q) => [q.text, q.speaker?.text]), [['We stay. Every year.', 'Ann Roe'], ['We go,', 'Bo Li']]);
});

test('unopened-quote: a right mark that closes nothing is a warning at the mark, naming the words before it', () => {
  const text = 'Seely wrote that troops would prepare for onward movement,” the letter said.\n';
  const run = (s: Settings = DEFAULT_SETTINGS) => checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registryOf(), s).findings.filter((x) => x.code === 'unopened-quote');
  const [f, ...rest] = run();
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'warning');
  assert.equal(f.start, text.indexOf('”'));
  assert.equal(f.end, f.start + 1);
  assert.match(f.message, /^unopened quotation: ” closes “Seely wrote that troops would prepare for onward movement,” but no “ opens it/);
  assert.match(f.message, /expected an opening “ where the quoted words begin$/);
  assert.equal(run({ ...DEFAULT_SETTINGS, severity: { 'unopened-quote': 'off' } }).length, 0);
});

test('unclosed-quote: in a list item or a heading, the quick fix closes the quotation at the end of that block', () => {
  for (const [text, fixed] of [
    ['- Seely wrote “to prepare for onward movement\n- a second item\n', '- Seely wrote “to prepare for onward movement”\n- a second item\n'],
    ['# Seely wrote “to prepare for onward movement\nThe body text.\n', '# Seely wrote “to prepare for onward movement”\nThe body text.\n'],
  ]) {
    const f = checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS).findings.find((x) => x.code === 'unclosed-quote')!;
    const [fix] = f.fixes!;
    assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), fixed);
    assert.match(f.message, /opens “to prepare for onward movement” but/);
  }
});

test('misquote fix keeps a hard-wrapped quote wrapped where it was, block-quote markers included', () => {
  const quoted = 'ensure that the withdrawal out of Iraq is\nconducted in a safe and efficient manner';
  const text = `Seely wrote they would "${quoted}".`;
  const q = quote(text, quoted, mention(text, 'Seely', 'William H. Seely III', 'william-seely'));
  const f = check(text, extraction([q])).find((x) => x.code === 'misquote')!;
  assert.equal(f.fixes![0].newText, 'ensure that the movement out of Iraq is\nconducted in a safe and efficient manner');
  const inBlock = 'ensure that the withdrawal out\n> of Iraq is conducted in a safe and efficient manner';
  const block = `> Seely wrote they would "${inBlock}".`;
  const b = check(block, extraction([quote(block, inBlock, mention(block, 'Seely', 'William H. Seely III', 'william-seely'))])).find((x) => x.code === 'misquote')!;
  assert.equal(b.fixes![0].newText, 'ensure that the movement out\n> of Iraq is conducted in a safe and efficient manner', 'the `> ` of the next line is kept');
});

test('keepLineBreaks puts each break after as many words, and drops the ones past the end', async () => {
  const { keepLineBreaks } = await import('../../../src/core/check/quoteMatch.ts');
  assert.equal(keepLineBreaks('a b\nc d', 'w x y z'), 'w x\ny z');
  assert.equal(keepLineBreaks('a b\n  c d\n  e', 'w x y z v'), 'w x\n  y z\n  v');
  assert.equal(keepLineBreaks('a b c\nd', 'w x'), 'w x', 'a shorter wording joins the lines');
  assert.equal(keepLineBreaks('a b c d', 'w x y'), 'w x y');
});
