import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { ExtractCache } from '../../../src/core/extract/cache.ts';
import { replaceInPlace } from '../../../src/core/extract/inPlace.ts';
import { incrementalStats } from '../../../src/core/extract/incremental.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';

const PARAGRAPH = '"CJTF-OIR will be repositioning forces over the course of the coming days," Seely wrote to Milley in the letter.';
const draftOf = (head: string) => `# ${head}\n\n${Array.from({ length: 60 }, (_, i) => `${PARAGRAPH} Paragraph ${i}.`).join('\n\n')}\n`;

test('an edit read by window keeps the last run\'s blocks, chunks and name mentions, moved in place, and equals a full check', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const path = '/ws/d.md';
  checkDocument({ path, text: draftOf('A story'), language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  const before = cache.run!;
  const { blocks, chunks } = before.prose;
  const lastBlock = blocks[blocks.length - 1];
  const lastChunk = chunks[chunks.length - 1];
  const lastMention = before.speakerMentions[before.speakerMentions.length - 1];
  const starts = { block: lastBlock.start, chunk: lastChunk.start, mention: lastMention.start };
  const windows = incrementalStats.windows;

  const text = draftOf('A storyxy');
  const after = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  assert.equal(incrementalStats.windows, windows + 1, 'the edit was read by a window, not by a whole re-read');
  const run = cache.run!;
  assert.equal(run.prose.blocks, blocks, 'the same array of blocks');
  assert.equal(run.prose.chunks, chunks, 'the same array of chunks');
  assert.equal(run.speakerMentions, before.speakerMentions, 'the same array of mentions');
  assert.equal(run.prose.blocks[run.prose.blocks.length - 1], lastBlock);
  assert.equal(lastBlock.start, starts.block + 2, 'a kept block moved by the two characters typed');
  assert.equal(lastChunk.start, starts.chunk + 2);
  assert.equal(lastMention.start, starts.mention + 2);
  assert.equal(text.slice(lastMention.start, lastMention.end), lastMention.text);

  const full = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
  assert.deepEqual(after.extraction, full.extraction);
  assert.deepEqual(after.findings, full.findings);
});

test('replaceInPlace grows and shrinks an array in place, moves what follows, and its undo puts both back', () => {
  const item = (start: number) => ({ start });
  const move = (x: { start: number }, sign: 1 | -1) => void (x.start += sign * 10);
  for (const middle of [[item(100)], [item(100), item(101), item(102)], []]) {
    const items = [0, 1, 2, 3, 4].map(item);
    const kept = items.slice();
    const undo: (() => void)[] = [];
    const out = replaceInPlace(items, 1, 3, middle, move, undo);
    assert.equal(out, items);
    assert.deepEqual(items.map((x) => x.start), [0, ...middle.map((x) => x.start), 13, 14]);
    assert.equal(items[items.length - 1], kept[4], 'the items after the range are the same objects');
    for (const u of undo) u();
    assert.deepEqual(items, kept.map((_, i) => ({ start: i })));
    assert.ok(items.every((x, i) => x === kept[i]));
  }
});

test('replaceInPlace takes ranges of any length (no argument list limit)', () => {
  const many = Array.from({ length: 300_000 }, (_, i) => i);
  const items = [-1, -2];
  const undo: (() => void)[] = [];
  replaceInPlace(items, 1, 1, many, undefined, undo);
  assert.equal(items.length, 300_002);
  assert.equal(items[300_001], -2);
  for (const u of undo) u();
  assert.deepEqual(items, [-1, -2]);
});

test('a draft checked after each of a run of edits (lines typed, joined, split, a \\r\\n pasted) has the line positions of a fresh check', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const path = '/ws/harbour.md';
  let text = `# The quay’s “night shift”\n\n${Array.from({ length: 30 }, (_, i) => `“The cranes stay lit until the tide turns,” said Orla Pennick of berth ${i}.`).join('\n\n')}\n`;
  const edits: [string, string][] = [
    ['berth 3.', 'berth 3.\n\nA new line'],
    ['berth 7.\n\n', 'berth 7. '],
    ['lit until', 'lit\nuntil'],
    ['berth 12.', 'berth 12.\r\nPasted from elsewhere.\r\n'],
    ['Pasted from', 'Copied from'],
    ['berth 20.', 'berth 20!'],
  ];
  checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    const checked = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
    const fresh = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
    assert.equal(checked.lines.lineCount, fresh.lines.lineCount, `after ${JSON.stringify(to)}`);
    for (let o = 0; o <= text.length; o++) assert.deepEqual(checked.lines.positionAt(o), fresh.lines.positionAt(o), `after ${JSON.stringify(to)}, offset ${o}`);
    assert.deepEqual(checked.findings.map((f) => checked.lines.rangeOf(f)), fresh.findings.map((f) => fresh.lines.rangeOf(f)));
  }
});
