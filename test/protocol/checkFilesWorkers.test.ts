import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

type Result = { checked: number; findings: number; skipped: { uri: string; reason: string }[] };
type Published = { uri: string; diagnostics: unknown[] };

/** 40 closed drafts (invented, hard-wrapped) in a copy of the example workspace. */
function draftsIn(dir: string): string[] {
  return Array.from({ length: 40 }, (_, i) => {
    const file = path.join(dir, 'drafts', `closed-${String(i).padStart(2, '0')}.md`);
    fs.writeFileSync(file, `"The withdrawal is on schedule for the\n${i}th time," Seely wrote.\n\n\u201cNo comment,\u201d said Ora Pellin.\n`);
    return file;
  });
}

/** Check Sources over the drafts in a server started with `args`: the result, a hover sent right after the request (answered before it, or not), and every diagnostic published for them. */
async function checkSources(args: string[]): Promise<{ result: Result; order: string[]; published: Map<string, unknown[]> }> {
  const dir = copyExample();
  const client = new LspClient({ args });
  const published = new Map<string, unknown[]>();
  try {
    await client.initialize(dir);
    await client.settled();
    const files = draftsIn(dir);
    // (named without the workspace's own folder: each run has a copy of its own)
    const inWorkspace = (diagnostics: unknown[]) => JSON.parse(JSON.stringify(diagnostics).split(uriOf(dir)).join('WORKSPACE')) as unknown[];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => void published.set(path.basename(p.uri), inWorkspace(p.diagnostics)));
    const order: string[] = [];
    const checking = client.connection.sendRequest('sourceCheck/checkFiles', { uris: files.map(uriOf) }).then((r) => {
      order.push('checkFiles');
      return r as Result;
    });
    const hovering = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(files[0]) }, position: { line: 0, character: 3 } }).then(() => order.push('hover'));
    const [result] = await Promise.all([checking, hovering]);
    // (the server still answers after the run)
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(files[1]) }, position: { line: 0, character: 3 } });
    return { result: { ...result, skipped: result.skipped.map((s) => ({ ...s, uri: path.basename(s.uri) })) }, order, published };
  } finally {
    await client.close();
    removeDir(dir);
  }
}

test('Check Sources with a worker thread: the diagnostics of a check in the server thread, and a hover answered while the drafts are checked', async () => {
  const here = await checkSources(['--check-workers', '0']);
  const there = await checkSources(['--check-workers', '1']);
  assert.equal(there.result.checked, 40, JSON.stringify(there.result));
  assert.deepEqual(there.result, here.result);
  assert.deepEqual([...there.published.keys()].sort(), [...here.published.keys()].sort());
  for (const [name, diagnostics] of here.published) assert.deepEqual(there.published.get(name), diagnostics, name);
  assert.deepEqual(there.order, ['hover', 'checkFiles'], 'the hover waited for the whole run');
});

test('Check Sources when the worker dies as it starts: the same diagnostics, checked in the server thread, and the server keeps answering', async () => {
  const here = await checkSources(['--check-workers', '0']);
  process.env.SOURCE_CHECK_TEST_WORKER_CRASH = '1';
  try {
    const there = await checkSources(['--check-workers', '1']);
    assert.deepEqual(there.result, here.result);
    for (const [name, diagnostics] of here.published) assert.deepEqual(there.published.get(name), diagnostics, name);
  } finally {
    delete process.env.SOURCE_CHECK_TEST_WORKER_CRASH;
  }
});
