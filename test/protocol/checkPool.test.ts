import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

type Result = { checked: number; findings: number; skipped: { uri: string; reason: string }[] };

/** The example workspace with 24 more drafts (copies of its four, renamed) and one file that cannot be read as a draft. */
function manyDrafts(): { dir: string; files: string[] } {
  const dir = copyExample();
  const drafts = path.join(dir, 'drafts');
  const originals = fs.readdirSync(drafts).filter((f) => f.endsWith('.md')).sort();
  for (let i = 0; i < 24; i++) fs.copyFileSync(path.join(drafts, originals[i % originals.length]), path.join(drafts, `copy-${String(i).padStart(2, '0')}.md`));
  fs.writeFileSync(path.join(drafts, 'binary.md'), Buffer.from([0x22, 0, 1, 2]));
  const files = fs.readdirSync(drafts).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(drafts, f));
  return { dir, files };
}

/** A diagnostic's message as text. */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** Each file's published diagnostics (the last set). */
async function published(client: LspClient, files: string[]): Promise<Diagnostic[][]> {
  return Promise.all(files.map((f) => client.waitFor(f, () => true)));
}

test('Check Sources on worker threads publishes what the server thread publishes, and a hover sent during the run is answered before it ends', async () => {
  const { dir, files } = manyDrafts();
  const uris = files.map(uriOf);
  const pooled = new LspClient();
  const inline = new LspClient();
  try {
    await pooled.initialize(dir);
    // a registry file open in the editor as it is on disk: the workers' registry is the same
    const letter = path.join(dir, 'sources', 'seely-letter.yaml');
    pooled.open(letter, fs.readFileSync(letter, 'utf8'), 'yaml');
    await pooled.settled();
    const order: string[] = [];
    // (enough drafts for the pool: they are checked on workers while this thread answers)
    const run = pooled.connection.sendRequest('sourceCheck/checkFiles', { uris }).then((r) => (order.push('checkFiles'), r as Result));
    const hover = pooled.connection.sendRequest('textDocument/hover', { textDocument: { uri: uris[0] }, position: { line: 0, character: 0 } }).then(() => order.push('hover'));
    const [result] = await Promise.all([run, hover]);
    assert.deepEqual(order, ['hover', 'checkFiles'], 'the hover waited for the whole check: it ran on the server thread');
    assert.equal(result.checked, files.length - 1, JSON.stringify(result));
    assert.deepEqual(result.skipped.map((s) => s.uri), [uriOf(path.join(dir, 'drafts', 'binary.md'))]);
    assert.match(result.skipped[0].reason, /binary/);
    const fromPool = await published(pooled, files.filter((f) => !f.endsWith('binary.md')));

    // one draft a request: too few for the pool, checked on the server's thread
    await inline.initialize(dir);
    let findings = 0;
    for (const uri of uris) findings += ((await inline.connection.sendRequest('sourceCheck/checkFiles', { uris: [uri] })) as Result).findings;
    assert.equal(result.findings, findings);
    const fromThread = await published(inline, files.filter((f) => !f.endsWith('binary.md')));
    assert.deepEqual(fromPool, fromThread);
    assert.ok(fromPool.some((d) => d.some((x) => x.code === 'misquote' && x.relatedInformation?.length)), 'findings with their registry locations');
  } finally {
    await pooled.close();
    await inline.close();
    removeDir(dir);
  }
});

test('a check worker that dies: the drafts are checked on the server thread instead, with a warning in the log', async () => {
  const { dir, files } = manyDrafts();
  process.env.SOURCE_CHECK_TEST_WORKER_CRASH = '1';
  const client = new LspClient();
  delete process.env.SOURCE_CHECK_TEST_WORKER_CRASH;
  const logged: string[] = [];
  client.connection.onNotification('window/logMessage', (m: { message: string }) => void logged.push(m.message));
  try {
    await client.initialize(dir);
    const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris: files.map(uriOf) })) as Result;
    assert.equal(result.checked, files.length - 1, JSON.stringify(result));
    assert.ok(result.findings > 0);
    assert.ok(logged.some((m) => /check pool failed \(a check worker stopped \(exit code 70\)\); checking these drafts on the server's thread/.test(m)), logged.join('\n'));
  } finally {
    await client.close();
    removeDir(dir);
  }
});

test('a registry file changed in the editor and not saved: Check Sources checks against the buffer, not the file the workers would read', async () => {
  const { dir, files } = manyDrafts();
  const client = new LspClient();
  try {
    await client.initialize(dir);
    const letter = path.join(dir, 'sources', 'seely-letter.yaml');
    client.open(letter, fs.readFileSync(letter, 'utf8').replace('status: draft', 'status: retracted'), 'yaml');
    const opened = path.join(dir, 'drafts', 'withdrawal-announced.md');
    client.open(opened, fs.readFileSync(opened, 'utf8'));
    await client.waitFor(opened, (d) => d.some((x) => /retracted/.test(messageOf(x))));
    const copies = files.filter((f) => /copy-\d+\.md$/.test(f) && fs.readFileSync(f, 'utf8') === fs.readFileSync(opened, 'utf8'));
    assert.ok(copies.length >= 5);
    const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris: files.map(uriOf) })) as Result;
    assert.equal(result.checked, files.length - 1, JSON.stringify(result));
    for (const copy of copies) {
      const got = await client.waitFor(copy, () => true);
      assert.ok(got.some((x) => /retracted/.test(messageOf(x))), `${path.basename(copy)}: ${JSON.stringify(got.map(messageOf))}`);
    }
  } finally {
    await client.close();
    removeDir(dir);
  }
});
