import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

const RELOADED = /registries reloaded, open drafts re-checked/;

test('a registry file edited on disk re-checks the open drafts; a draft changed on disk is re-indexed without re-reading the registry', async () => {
  const ws = copyExample();
  const client = new LspClient();
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  try {
    await client.initialize(ws);
    const open = path.join(ws, 'drafts', 'withdrawal-clarified.md');
    client.open(open, fs.readFileSync(open, 'utf8'));
    const statusFindings = (d: { code?: unknown }[]) => d.filter((x) => x.code === 'source-status').length;
    const labelled = statusFindings(await client.waitFor(open, (d) => d.length > 0)); // the letter's label
    const remarks = path.join(ws, 'sources', 'milley-remarks.yaml');
    const line = fs.readFileSync(remarks, 'utf8').split('\n').findIndex((l) => l.startsWith('id:'));
    const references = async () =>
      (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(remarks) }, position: { line, character: 5 }, context: { includeDeclaration: false } })) as Location[];
    const inDrafts = (refs: Location[]) => refs.filter((r) => r.uri.includes('/drafts/')).length;
    const before = inDrafts(await references());

    // the registry on disk: the remarks become mistaken; the open draft quoting them hears it
    fs.writeFileSync(remarks, fs.readFileSync(remarks, 'utf8').replace('status: verified\n', 'status: mistaken\n'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(remarks), type: 2 }] });
    await client.waitFor(open, (d) => statusFindings(d) === labelled + 1);
    assert.equal(logs.filter((m) => RELOADED.test(m)).length, 1, `one reload:\n${logs.join("\n")}\n${client.stderr}`);

    // a draft on disk quotes the remarks once more: the index reads it, the registry is not read again
    const other = path.join(ws, 'drafts', 'misattributed.md');
    fs.writeFileSync(other, `${fs.readFileSync(other, 'utf8')}\n"That letter is a draft," Milley said.\n`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(other), type: 2 }] });
    // messages are handled in order: once references answer, the change notification has been handled
    assert.equal(inDrafts(await references()), before + 1, 'the changed draft was re-indexed');
    assert.equal(logs.filter((m) => RELOADED.test(m)).length, 1, `no second reload:\n${logs.join('\n')}`);
  } finally {
    await client.close();
    removeDir(ws);
  }
});
