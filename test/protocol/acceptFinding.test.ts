import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { acceptanceEdits } from '../../src/core/suppressions/acceptFinding.ts';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { HARBOUR_QUOTE, HARBOUR_REGISTRY as REGISTRY } from '../support/harbourStory.ts';
import { removeDir } from '../support/workspace.ts';

const TEXT = `# Harbour\n\n${HARBOUR_QUOTE}\n`;

let dir: string;
let file: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-accept-'));
  fs.mkdirSync(path.join(dir, 'sources'));
  fs.writeFileSync(path.join(dir, 'sources', 'registry.yaml'), REGISTRY);
  file = path.join(dir, 'd.md');
  fs.writeFileSync(file, TEXT);
});
after(() => removeDir(dir));

/** The code actions over the retracted quote's finding, from a server started with `options`. */
async function actionsWith(options: Record<string, unknown>, body: (client: LspClient, status: Diagnostic, actions: CodeAction[]) => Promise<void>): Promise<void> {
  const client = new LspClient();
  try {
    await client.initialize(dir, {}, options);
    client.open(file, TEXT);
    const status = (await client.waitFor(file, (d) => d.some((x) => x.code === 'source-status'))).find((x) => x.code === 'source-status')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(file) }, range: status.range, context: { diagnostics: [status] } })) as CodeAction[];
    await body(client, status, actions);
  } finally {
    assert.equal(await client.close(), 0);
  }
}

test('a client that runs sourceCheck.acceptFinding is offered "Accept this finding…" with uri, line, code and version; the comment it inserts clears the finding', async () => {
  await actionsWith({ acceptFinding: true }, async (client, status, actions) => {
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const [accept] = actions;
    assert.match(accept.title, /^Accept this finding… \(suppress `retracted` with a reason\)$/);
    assert.equal(accept.edit, undefined);
    assert.deepEqual(accept.command?.command, 'sourceCheck.acceptFinding');
    assert.deepEqual(accept.command?.arguments, [uriOf(file), status.range.start.line, 'retracted', 1]);
    assert.deepEqual(accept.diagnostics?.map((d) => d.code), ['source-status']);
    // what the client does with the reason it asks for
    const [uri, line, code] = accept.command!.arguments as [string, number, string];
    const doc = TextDocument.create(uri, 'markdown', 1, TEXT);
    const edits = acceptanceEdits(TEXT, 'markdown', line, code, 'the retraction is reported below')!;
    const text = TextDocument.applyEdits(doc, edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset) }, newText: e.newText })));
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    await client.waitFor(file, (d) => d.length === 0);
  });
});

test('a client that does not say so is not offered a command it cannot run', async () => {
  await actionsWith({}, async (_client, _status, actions) => {
    assert.deepEqual(actions, []);
  });
});
