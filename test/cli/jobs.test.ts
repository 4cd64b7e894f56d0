import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeDir } from '../support/workspace.ts';
import { spawnSync } from 'node:child_process';
import { BIN, cli, exampleDraft, exampleSources, workspace } from './runCli.ts';

const EXAMPLES = ['misattributed.md', 'misquoted-letter.md', 'withdrawal-announced.md', 'withdrawal-clarified.md'];

/** A workspace with the example registry and 30 drafts (the example's, again and again, one with a suppression), one unreadable. */
function manyDrafts(): string {
  const files: Record<string, string> = { ...exampleSources() };
  for (let i = 0; i < 30; i++) files[`drafts/d${String(i).padStart(2, '0')}-${EXAMPLES[i % 4]}`] = exampleDraft(EXAMPLES[i % 4]);
  files['drafts/d07-suppressed.md'] = `<!-- source-check-disable-next-line misquote -- checked by phone -->\n${exampleDraft('misquoted-letter.md')}`;
  files['drafts/d12-binary.md'] = '"\u0000\u0001';
  return workspace(files);
}

test('--jobs 4 prints what --jobs 1 prints, in the same order, with the same exit code, in every format', () => {
  const dir = manyDrafts();
  try {
    for (const format of ['text', 'json', 'sarif', 'github', 'junit', 'html']) {
      const one = cli(['check', 'drafts', '--format', format, '--jobs', '1'], dir);
      const four = cli(['check', 'drafts', '--format', format, '--jobs', '4'], dir);
      assert.ok(one.code === 0 || one.code === 1, one.stderr);
      assert.ok(one.stdout.length > 1000, format);
      assert.deepEqual(four, one, format);
      assert.match(one.stderr, /^drafts\/d12-binary\.md:1:1 skipped: file looks binary/m);
    }
    const quiet = ['check', 'drafts', '--quiet', '--max-warnings', '0'];
    assert.deepEqual(cli([...quiet, '--jobs', '3'], dir), cli([...quiet, '--jobs', '1'], dir));
    assert.match(cli(['check', 'drafts', '--jobs', '2'], dir).stdout, /d29-/, 'every draft reported');
  } finally {
    removeDir(dir);
  }
});

test('a worker thread that dies is an error that says so, exit 2, and no report', () => {
  const dir = manyDrafts();
  try {
    const r = spawnSync(process.execPath, [BIN, 'check', 'drafts', '--jobs', '2'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_CHECK_TEST_WORKER_CRASH: '1' }, timeout: 120_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^source-check: checking the drafts on 2 threads \(--jobs\) failed: worker 1 stopped with exit code 70; no report was made$/m);
  } finally {
    removeDir(dir);
  }
});

test('--jobs takes a whole number of threads from 1, and is an option of check only', () => {
  for (const bad of ['0', 'two', '1.5', '10000']) {
    const r = cli(['check', 'examples/newsroom', '--jobs', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, new RegExp(`--jobs takes a number of threads from 1 to 9999, got \`${bad}\``), bad);
  }
  const r = cli(['suppressions', 'examples/newsroom', '--jobs', '2']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--jobs is an option of check, not of suppressions/);
});
