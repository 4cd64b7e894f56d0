import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { HARBOUR_QUOTE as QUOTE, HARBOUR_REGISTRY as REGISTRY } from '../support/harbourStory.ts';
import { removeDir } from '../support/workspace.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');


/** A folder with the invented registry and one draft `d.md` holding `draft`; runs the CLI on it. */
function run(draft: string, command = 'check', format = 'json') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-suppress-'));
  try {
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'registry.yaml'), REGISTRY);
    fs.writeFileSync(path.join(dir, 'd.md'), draft);
    const r = spawnSync(process.execPath, [BIN, command, path.join(dir, 'd.md'), '--registry', path.join(dir, 'sources'), '--no-config', '--format', format], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    removeDir(dir);
  }
}

test('check: the exit code goes from 1 to 0 when the error is suppressed with a reason, and stays 1 without one', () => {
  assert.equal(run(`${QUOTE}\n`).code, 1);
  const reviewed = run(`<!-- source-check-disable-next-line retracted -- the retraction is reported below -->\n${QUOTE}\n`);
  assert.equal(reviewed.code, 0, reviewed.stdout);
  const file = JSON.parse(reviewed.stdout).files[0];
  assert.deepEqual(file.diagnostics, []);
  assert.equal(file.suppressed.length, 1);
  assert.equal(file.suppressed[0].code, 'source-status');
  assert.equal(file.suppressed[0].status, 'retracted');
  assert.equal(file.suppressed[0].reason, 'the retraction is reported below');
  assert.equal(file.suppressed[0].suppressionLine, 0);
  const unreasoned = run(`<!-- source-check-disable-next-line retracted -->\n${QUOTE}\n`);
  assert.equal(unreasoned.code, 1);
  assert.deepEqual(JSON.parse(unreasoned.stdout).files[0].diagnostics.map((d: { code: string }) => d.code), ['suppression-without-reason', 'source-status']);
});

test('check text: the summary counts the suppressed findings apart', () => {
  const r = run(`<!-- source-check-disable-next-line source-status -- reviewed by the desk -->\n${QUOTE}\n`, 'check', 'text');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^0 findings \(0 errors, 0 warnings, 0 information, 0 hints\) in 1 draft; 1 suppressed with a reason$/m);
});

test('suppressions: the audit list gives file, line, codes, reason and what each set aside', () => {
  const draft = `Intro.\n\n<!-- source-check-disable-next-line retracted, misquote -- reported below -->\n${QUOTE}\n\n<!-- source-check-disable misquote -- a reader's letter -->\nNothing quoted.\n`;
  const text = run(draft, 'suppressions', 'text');
  assert.equal(text.code, 0, text.stderr);
  const lines = text.stdout.trim().split('\n');
  assert.match(lines[0], /d\.md:3 disable-next-line retracted, misquote — reported below$/);
  assert.match(lines[1], /^  .*d\.md:4:\d+ error quotes “The dredging notice”, which is labelled retracted.* \[source-status\]$/);
  assert.match(lines[2], /d\.md:6 disable misquote — a reader's letter$/);
  assert.equal(lines[3], '  (suppresses nothing)');
  assert.equal(lines[4], '2 suppressions in 1 draft');
  const json = JSON.parse(run(draft, 'suppressions', 'json').stdout);
  const [first, second] = json.files[0].suppressions;
  assert.deepEqual([first.kind, first.line, first.codes, first.reason], ['disable-next-line', 2, ['retracted', 'misquote'], 'reported below']);
  assert.deepEqual(first.suppressed.map((d: { code: string; status: string }) => [d.code, d.status]), [['source-status', 'retracted']]);
  assert.deepEqual([second.kind, second.line, second.suppressed], ['disable', 5, []]);
});

test('suppressions takes the options of check and rejects unknown ones', () => {
  const r = spawnSync(process.execPath, [BIN, 'suppressions', '--bogus'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option `--bogus`/);
  const usage = spawnSync(process.execPath, [BIN, 'frobnicate'], { encoding: 'utf8' });
  assert.match(usage.stderr, /expected check, suppressions, extract or import/);
});
