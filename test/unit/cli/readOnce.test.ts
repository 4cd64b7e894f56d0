import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { readTextBytes } from '../../../src/host/files.ts';
import { forgetReads, keepRead, MAX_KEPT_BYTES, takeRead } from '../../../src/host/readOnce.ts';

/** A file in a folder of its own with `text`, and its stat. */
function file(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-once-'));
  const f = path.join(dir, 'draft.md');
  fs.writeFileSync(f, text);
  return { f, dir, stat: fs.statSync(f) };
}

test('a kept read is handed to the next read of the unchanged file, once; a file changed since (size or time) is read afresh', () => {
  const { f, dir, stat } = file('Ann Roe said “we will stay.”\n');
  try {
    // kept bytes that differ from the file's while its size and time are those they were kept with: a read that takes them shows them
    fs.writeFileSync(f, 'Ann Roe said “we will leave”\n');
    keepRead(f, Buffer.from('Ann Roe said “we will stay.”\n'), fs.statSync(f));
    const first = readTextBytes(f);
    assert.ok('bytes' in first);
    assert.equal(first.bytes.toString('utf8'), 'Ann Roe said “we will stay.”\n', 'the kept bytes, not a second read');
    const second = readTextBytes(f);
    assert.ok('bytes' in second);
    assert.equal(second.bytes.toString('utf8'), 'Ann Roe said “we will leave”\n', 'handed over once: the next read is from disk');

    keepRead(f, Buffer.from('old'), stat);
    fs.writeFileSync(f, 'a longer text than before\n');
    const changed = readTextBytes(path.relative(process.cwd(), f)); // (the same file by another spelling of its path)
    assert.ok('bytes' in changed);
    assert.equal(changed.bytes.toString('utf8'), 'a longer text than before\n', 'another size: read afresh');
  } finally {
    forgetReads();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kept reads are bounded by MAX_KEPT_BYTES and dropped by forgetReads', () => {
  const stat = { size: 3, mtimeMs: 1 };
  keepRead('/nowhere/a.md', Buffer.from('abc'), stat);
  forgetReads();
  assert.equal(takeRead('/nowhere/a.md', stat), undefined, 'forgotten');
  const big = { size: MAX_KEPT_BYTES, mtimeMs: 1 };
  keepRead('/nowhere/big.md', Buffer.alloc(MAX_KEPT_BYTES), big);
  keepRead('/nowhere/b.md', Buffer.from('abc'), stat);
  assert.equal(takeRead('/nowhere/b.md', stat), undefined, 'no room left: not kept');
  assert.equal(takeRead('/nowhere/big.md', big)?.length, MAX_KEPT_BYTES);
  keepRead('/nowhere/b.md', Buffer.from('abc'), stat);
  assert.equal(takeRead('/nowhere/b.md', stat)?.toString(), 'abc', 'room again once taken');
  forgetReads();
});
