import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialize } from 'node:v8';
import { nearestClauseSubject } from '../../../src/core/extract/clauseSubjects.ts';
import { patternsFor } from '../../../src/core/extract/patterns.ts';
import { maskNames } from '../../../src/core/extract/standIns.ts';
import { keepWidth, searchable, twoByte } from '../../../src/core/extract/twoByte.ts';
import { hideQuotes } from '../../../src/core/extract/windowText.ts';

/** How V8 holds a string (v8.serialize writes a one-byte string with tag '"', a two-byte one with 'c'). */
const width = (s: string) => (serialize(s)[2] === 0x22 ? 'one-byte' : 'two-byte');

test('twoByte keeps the text and holds it two-byte from three characters on', () => {
  for (const s of ['abc', 'a plain ASCII window, said Roe.', '#'.repeat(160) + '. ', 'café au lait', 'x'.repeat(12), 'x'.repeat(13)]) {
    assert.equal(width(s), 'one-byte', JSON.stringify(s));
    assert.equal(twoByte(s), s);
    assert.equal(width(twoByte(s)), 'two-byte', JSON.stringify(s));
  }
  assert.equal(twoByte('“a”'), '“a”');
  assert.equal(twoByte('ab'), 'ab');
});

test('a window rebuilt with its quotes blanked keeps the representation of the window it was made from', () => {
  // (a window of a draft with curly quotes is two-byte; the one holding only a quote, blanked to "#…#. ", was one-byte)
  const curly = twoByte('“It is over.” ');
  assert.equal(width(curly), 'two-byte');
  const hidden = hideQuotes(curly);
  assert.match(hidden, /^#+\.\s+$/);
  assert.equal(width(hidden), 'two-byte');
  assert.equal(width(hideQuotes('She said “no.” Then Ann Roe')), 'two-byte');
  // (a Latin-1 draft's windows stay one-byte, as every other window of it is)
  const straight = hideQuotes('"It is over." ');
  assert.match(straight, /^#+\.\s+$/);
  assert.equal(width(straight), 'one-byte');
  assert.equal(keepWidth('abc', 'café'), 'abc');
  assert.equal(width(keepWidth('abc', 'café')), 'one-byte');
  assert.equal(width(keepWidth('abcdef', '“q”')), 'two-byte');
  assert.equal(width(maskNames(' the plan, Ann Roe said. ', [])), 'one-byte');
});

test('no pattern searched only in windows of three characters or more matches a shorter one', () => {
  const patterns = patternsFor((w) => w);
  const guarded = [...patterns.after, ...patterns.sentenceEnd, patterns.closed, patterns.relayed, patterns.subject];
  const alphabet = ['I', 'A', 'a', 'He', 'Jo', 'Q', '.', ',', ' ', '\n', '“', '”', '"', '#', '7', '-', ':', 'he', 'it'];
  const texts = new Set<string>(['']);
  for (const a of alphabet) for (const b of ['', ...alphabet]) if ((a + b).length <= 2) texts.add(a + b);
  for (const t of texts) {
    assert.equal(searchable(t.length), false);
    for (const re of guarded) {
      re.lastIndex = 0;
      assert.equal(re.exec(t), null, `${re.source.slice(0, 40)}… on ${JSON.stringify(t)}`);
    }
    assert.equal(nearestClauseSubject(t), undefined, JSON.stringify(t));
  }
  assert.equal(searchable(3), true);
});
