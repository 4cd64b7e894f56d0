import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../src/core/lineIndex.ts';

/** The position of every offset, found by walking the text. */
function walked(text: string): { line: number; character: number }[] {
  const out = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character: i - start });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return out;
}

test('line indexes of texts longer than the starts collected at first (\\n, \\r\\n, \\r) give every position, each its own', () => {
  const texts = [
    Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n'),
    Array.from({ length: 2500 }, (_, i) => `line ${i}`).join('\r\n') + '\r\n',
    Array.from({ length: 1500 }, (_, i) => `a${i}`).join('\r') + '\nlast',
  ];
  const indexes = texts.map((t) => new LineIndex(t));
  texts.forEach((text, k) => {
    const lines = indexes[k];
    const expected = walked(text);
    assert.equal(lines.lineCount, expected[expected.length - 1].line + 1);
    for (let o = 0; o <= text.length; o++) {
      assert.deepEqual(lines.positionAt(o), expected[o], `text ${k} offset ${o}`);
      assert.equal(lines.offsetAt(expected[o]), o);
      assert.ok(lines.isAt(expected[o], o));
    }
  });
});

test('a line index keeps its line starts outside the collected heap (an edit does not hand the young generation a large draft\'s index to copy)', () => {
  const text = 'word\n'.repeat(100_000);
  const before = process.memoryUsage().arrayBuffers;
  const kept = Array.from({ length: 10 }, () => new LineIndex(text));
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.equal(kept[9].lineCount, 100_001);
  assert.ok(grown >= 10 * 100_000 * 4, `10 indexes of 100,001 lines hold ${grown} bytes of array buffers`);
});
