import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialize } from 'node:v8';
import { nearestClauseSubject } from '../../../src/core/extract/clauseSubjects.ts';
import { patternsFor } from '../../../src/core/extract/patterns.ts';
import { maskNames } from '../../../src/core/extract/standIns.ts';
import { searchable, twoByte } from '../../../src/core/extract/twoByte.ts';
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

test('the windows the attribution patterns read are two-byte, even when made of Latin-1 only', () => {
  // (a window with no registry name, of an ASCII draft; one whose earlier quote is blanked to "#…#. ")
  const ascii = ' the plan, Ann Roe said on Monday. ';
  assert.equal(width(ascii), 'one-byte');
  assert.equal(width(maskNames(ascii, [])), 'two-byte');
  assert.equal(width(maskNames(ascii, [{ start: 11, end: 18, text: 'Ann Roe' }])), 'two-byte');
  const hidden = hideQuotes('"It is over." ');
  assert.match(hidden, /^#+\.\s+$/);
  assert.equal(width(hidden), 'two-byte');
  assert.equal(width(maskNames(hidden, [])), 'two-byte');
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
