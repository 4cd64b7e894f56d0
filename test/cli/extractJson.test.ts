import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');

interface ExtractOut { files: { path: string; quotes: { text: string; start: number; end: number; sourceId: string | null }[] }[] }
interface CheckOut { files: { path: string; diagnostics: { code: string; start: number; end: number; sourceId: string | null }[] }[] }

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a draft into a copy of the example newsroom and runs `extract` and `check` on it as JSON. */
function both(text: string) {
  const dir = copyExample();
  try {
    const file = path.join(dir, 'drafts', 'new.md');
    fs.writeFileSync(file, text);
    const extracted = cli(['extract', file, '--format', 'json']);
    assert.equal(extracted.code, 0, extracted.stderr);
    const checked = cli(['check', file, '--format', 'json']);
    return { quotes: (JSON.parse(extracted.stdout) as ExtractOut).files[0].quotes, diagnostics: (JSON.parse(checked.stdout) as CheckOut).files[0]?.diagnostics ?? [] };
  } finally {
    removeDir(dir);
  }
}

test('extract gives a quote the source check finds for it, not an alias from an earlier sentence', () => {
  // the words are Milley's remarks; "the letter" is only mentioned the sentence before
  const { quotes, diagnostics } = both('Reporters asked about the letter on Monday. "It was a mistake, it was unsigned," Milley said.\n');
  assert.deepEqual(quotes.map((q) => [q.text, q.sourceId]), [['It was a mistake, it was unsigned,', 'milley-remarks-2020-01-06']]);
  assert.deepEqual(diagnostics, [], 'check: the verified remarks, rightly attributed');
});

test('extract and check name the same source for every quote a finding is about', () => {
  const text = [
    'Reporters asked about the letter on Monday. "It was a mistake, it was unsigned," Seely said.',
    '',
    'The letter said forces would take measures "to ensure that the movement out of Iraq is conducted in a safe manner."',
    '',
    'Asked about Milley\'s remarks, Seely said "CJTF-OIR will be repositioning forces over the course of the coming days."',
    '',
  ].join('\n');
  const { quotes, diagnostics } = both(text);
  assert.equal(quotes.length, 3);
  assert.ok(diagnostics.length >= 3, JSON.stringify(diagnostics));
  for (const d of diagnostics) {
    const q = quotes.find((x) => x.start <= d.start && d.end <= x.end);
    if (q && d.sourceId) assert.equal(q.sourceId, d.sourceId, `${d.code} at ${d.start}: check says ${d.sourceId}, extract ${q.sourceId}`);
  }
});
