import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/lspClient.ts';

// A short run of the fuzz harness (npm run fuzz): hostile drafts and broken registries in-process, through the CLI and through the built server.
test('a short fuzz run finds no crash, hang, inconsistent range or incremental mismatch', () => {
  const seed = process.env.FUZZ_SEED ?? '20261201';
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'fuzz', 'run.ts'), '--seed', seed, '--runs', '600', '--time', '40', '--types', 'draft,registry,cli,lsp'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${r.stdout}\n${r.stderr}`;
  assert.equal(r.status, 0, output);
  assert.match(r.stdout, /^fuzz: \d+ runs, 0 crashes, 0 hangs, 0 inconsistent ranges, 0 incremental mismatches \(seed \d+/m, output);
  const runs = Number(/fuzz: (\d+) runs/.exec(r.stdout)?.[1]);
  assert.ok(runs >= 100, `only ${runs} cases ran: ${output}`);
});
