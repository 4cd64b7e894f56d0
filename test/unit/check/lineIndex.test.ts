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

test('an index made from the one before an edit gives every position a fresh index gives (edits adding and removing lines, at the ends, with and without \\r)', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['\n', 'wharf', ' ', '“', '”', '\n\n', 'é', '—', 'x', '\r\n'];
  const piece = (withCr: boolean) => {
    const p = pieces[random(withCr ? pieces.length : pieces.length - 1)];
    return p;
  };
  for (const withCr of [false, true]) {
    let text = Array.from({ length: 60 }, () => piece(false)).join('');
    let lines = new LineIndex(text);
    for (let k = 0; k < 400; k++) {
      const start = random(text.length + 1);
      const end = Math.min(text.length, start + random(12));
      const inserted = Array.from({ length: random(4) }, () => piece(withCr && k % 50 === 49)).join('');
      text = text.slice(0, start) + inserted + text.slice(end);
      lines = new LineIndex(text, { before: lines, start, end: start + inserted.length });
      const fresh = new LineIndex(text);
      assert.equal(lines.lineCount, fresh.lineCount, `edit ${k}`);
      for (let o = 0; o <= text.length; o++) assert.deepEqual(lines.positionAt(o), fresh.positionAt(o), `edit ${k}, offset ${o}`);
    }
  }
});
