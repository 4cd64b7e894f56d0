import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchQuote, verbatimWording } from '../../../src/core/check/quoteMatch.ts';
import type { ExtractedQuote } from '../../../src/core/extract/model.ts';
import { align, similarity } from '../../../src/core/match/align.ts';
import { QuoteIndex } from '../../../src/core/match/quoteIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { words } from '../../../src/core/text/normalize.ts';

const LETTER = 'CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement. Coalition Forces will ensure that the movement out of Iraq is conducted in a safe and efficient manner.';

/** A quote at the first occurrence of `quoted` in `draft` (between its marks). */
function quoteIn(draft: string, quoted: string): ExtractedQuote {
  const start = draft.indexOf(quoted);
  assert.ok(start >= 0, 'the test quote is in the draft');
  const end = start + quoted.length;
  return { text: quoted, start, end, outer: { start: start - 1, end: end + 1 }, parts: [{ start, end }], kind: 'inline', speaker: null, cue: null, source: null };
}

const registry = () => new Registry([{ path: 'r.yaml', text: `- id: letter\n  type: letter\n  text: "${LETTER}"\n- id: other\n  type: statement\n  text: "The weather in Baghdad was warm and dry on Monday."\n` }]);

test('words: case, curly marks and whitespace do not matter; ellipses and [insertions] are wildcards', () => {
  const ws = words('Don’t  SAY … [the] letter');
  assert.deepEqual(ws.map((w) => (w.wildcard ? '*' : w.key)), ["don't", 'say', '*', 'letter']);
  assert.deepEqual(words('a ... b [x] [y] c').map((w) => (w.wildcard ? '*' : w.key)), ['a', '*', 'b', '*', 'c']);
});

test('align: a verbatim stretch has distance 0 and points at the source words', () => {
  const src = words(LETTER);
  const a = align(words('the movement out of Iraq'), src);
  assert.equal(a.distance, 0);
  assert.equal(src[a.sourceStart].key, 'the');
  assert.equal(src[a.sourceEnd - 1].key, 'iraq');
});

test('align: an ellipsis stands for omitted words, brackets for insertions', () => {
  const src = words(LETTER);
  assert.equal(align(words('repositioning forces … to prepare for onward movement'), src).distance, 0);
  assert.equal(align(words('[the coalition] will ensure that the movement out of Iraq'), src).distance, 0);
});

test('align: one changed word costs one edit and lowers similarity', () => {
  const a = align(words('will ensure that the withdrawal out of Iraq is conducted'), words(LETTER));
  assert.equal(a.distance, 1);
  assert.ok(similarity(a) > 0.85 && similarity(a) < 1);
});

test('index: a quote finds its source among many without scanning unrelated ones', () => {
  const texts = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, text: `Statement number ${i} about topic ${i * 7} and nothing else of note.` }));
  texts.push({ id: 'letter', text: LETTER });
  const index = new QuoteIndex(texts);
  const found = index.lookup(words('prepare for onward movement'));
  assert.equal(found?.id, 'letter');
  assert.equal(found?.alignment.distance, 0);
  assert.ok(index.candidates(words('prepare for onward movement')).length <= 6);
  assert.equal(index.lookup(words('entirely unrelated words here')), undefined);
});

test('matchQuote: verbatim, close and unrelated quotes', () => {
  const r = registry();
  const draft = 'He said "to prepare for onward movement" and "to ensure that the withdrawal out of Iraq is conducted" and "I like turtles very much indeed".';
  const exact = matchQuote(draft, quoteIn(draft, 'to prepare for onward movement'), r);
  assert.equal(exact.source?.id, 'letter');
  assert.equal(exact.verbatim, true);
  const close = matchQuote(draft, quoteIn(draft, 'to ensure that the withdrawal out of Iraq is conducted'), r);
  assert.equal(close.source?.id, 'letter');
  assert.equal(close.verbatim, false);
  const none = matchQuote(draft, quoteIn(draft, 'I like turtles very much indeed'), r);
  assert.equal(none.source, undefined);
});

test('verbatimWording replaces the changed words and keeps ellipses as written', () => {
  const r = registry();
  const draft = 'She wrote "the withdrawal out of Iraq … in a safe and efficent manner" yesterday.';
  const m = matchQuote(draft, quoteIn(draft, 'the withdrawal out of Iraq … in a safe and efficent manner'), r);
  assert.equal(verbatimWording(draft, m), 'the movement out of Iraq … in a safe and efficient manner');
});
