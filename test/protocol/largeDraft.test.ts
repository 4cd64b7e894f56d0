import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { DiagnosticSeverity, type CodeAction } from 'vscode-languageserver-protocol/node';
import { MAX_DRAFT_BYTES } from '../../src/host/files.ts';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

// Drafts over the size limit get one information diagnostic at the top
// instead of a check (which would take hundreds of MB); back under it, the
// draft is checked again.

let dir: string;
let client: LspClient;

before(async () => {
  dir = copyExample();
  client = new LspClient();
  await client.initialize(dir);
  await client.settled();
});

after(async () => {
  const code = await client.close();
  removeDir(dir);
  assert.equal(code, 0, client.stderr);
});

test('a draft over the size limit gets one clear note at the top and nothing else; trimmed under it, it is checked', async () => {
  const file = path.join(dir, 'drafts', 'huge.md');
  const uri = uriOf(file);
  const letter = fs.readFileSync(path.join(dir, 'drafts', 'misquoted-letter.md'), 'utf8');
  const paragraph = letter.split('\n\n')[1] + '\n\n';
  const huge = paragraph.repeat(Math.ceil((MAX_DRAFT_BYTES + 100_000) / paragraph.length));
  client.open(file, huge);
  const [note, ...others] = await client.waitFor(file, (d) => d.length > 0, 30_000);
  assert.deepEqual(others, [], 'one diagnostic only');
  assert.equal(note.severity, DiagnosticSeverity.Information);
  assert.deepEqual(note.range.start, { line: 0, character: 0 });
  const mb = (Buffer.byteLength(huge) / 1048576).toFixed(1);
  assert.equal(note.message, `this draft is ${mb} MB; drafts over 5 MB are not checked (split it into smaller drafts to check it)`);
  assert.match(note.codeDescription!.href, /README\.md#limits$/);

  // nothing is answered from a check that was never made, and asking does not measure and publish again
  const published = client.publishCount;
  const position = { line: 2, character: 40 };
  assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), null);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })) as CodeAction[];
  assert.deepEqual(actions, []);
  assert.equal(client.publishCount, published, 'no diagnostics published again for requests');

  // the check-files request says why it skipped it
  const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris: [uri] })) as { checked: number; skipped: { reason: string }[] };
  assert.equal(result.checked, 0);
  assert.match(result.skipped[0].reason, /drafts over 5 MB are not checked/);

  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: letter }] });
  const checked = await client.waitFor(file, (d) => d.some((x) => x.code === 'misquote'));
  assert.ok(!checked.some((d) => d.code === 'not-checked'));
});
