import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';

// The protocol suites that do not depend on the desktop's stdio transport, run again against the
// browser build: dist/web/server.js in a worker thread (test/support/webWorkerShim.cjs), every file
// read by asking the client, which answers from the disk (test/support/clientFiles.ts).
const SUITES = [
  'server',
  'checkFilesDrafts',
  'diskChanges',
  'multiRoot',
  'registryFeatures',
  'workspaceIndex',
  'labelSource',
  'uriSpelling',
  'staleEdits',
  'indexBackground',
].map((name) => path.join(ROOT, 'test', 'protocol', `${name}.test.ts`));

test('the protocol suites pass against the browser build of the server as they do against the desktop one', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...SUITES], {
    cwd: ROOT,
    // NODE_TEST_CONTEXT (set by the runner that runs this file) would make the inner runner report to it instead of running
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT')), SOURCE_CHECK_SERVER_BUILD: 'browser' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const count = (what: string) => Number(new RegExp(`ℹ ${what} (\\d+)`).exec(output)?.[1]);
  console.log(`browser build: ${count('pass')} passed, ${count('fail')} failed`);
  assert.equal(code, 0, output.slice(-4000));
  assert.equal(count('fail'), 0);
  assert.ok(count('pass') >= 30, `the suites ran (${count('pass')} passed)`);
});
