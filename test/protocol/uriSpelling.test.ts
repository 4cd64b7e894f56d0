import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeLens, Location } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

const NAME = "a (b)!'*é.md";
const QUOTE = '"CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement," Brig. Gen. William H. Seely III wrote.';

/** The seely-letter CodeLens title and the references in the odd-named draft. */
async function counts(client: LspClient, ws: string): Promise<{ lens: string; inDraft: Location[] }> {
  const letter = uriOf(path.join(ws, 'sources', 'seely-letter.yaml'));
  const [lens] = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: letter } })) as CodeLens[];
  const line = fs.readFileSync(path.join(ws, 'sources', 'seely-letter.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('id:'));
  const refs = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: letter }, position: { line, character: 5 }, context: { includeDeclaration: false } })) as Location[];
  return { lens: lens.command!.title, inDraft: refs.filter((r) => URI.parse(r.uri).fsPath.endsWith(NAME)) };
}

test(`a draft named ${NAME}, open and changed: references and CodeLens count its buffer, not its disk version, whatever the client's URI spelling`, async () => {
  const ws = copyExample();
  const draft = path.join(ws, 'drafts', NAME);
  fs.writeFileSync(draft, `# On disk\n\n${QUOTE}\n`);
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const disk = await counts(client, ws);
    assert.equal(disk.inDraft.length, 1, 'the disk version quotes the letter once');
    assert.match(disk.lens, /^quoted in 5 places in 4 drafts/);
    // VS Code spells the URI with %28 %29 %21 %27 %2A; the buffer quotes the letter three times
    const spellings = [URI.file(draft).toString(), uriOf(draft)];
    assert.notEqual(spellings[0], spellings[1], 'two spellings of one file');
    for (const uri of spellings) {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `# Open\n\n${QUOTE}\n` } });
      const text = `# Open\n\n${QUOTE}\n\n${QUOTE}\n\n${QUOTE}\n`;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
      const open = await counts(client, ws);
      assert.equal(open.inDraft.length, 3, `${uri}: the buffer's three quotations, got ${JSON.stringify(open.inDraft)}`);
      assert.equal(new Set(open.inDraft.map((r) => r.uri)).size, 1, 'one URI for the draft');
      assert.equal(open.inDraft[0].uri, spellings[0], 'references name the draft as VS Code does');
      assert.match(open.lens, /^quoted in 7 places in 4 drafts/, uri);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const closed = await counts(client, ws);
      assert.equal(closed.inDraft.length, 1, `${uri} closed: the disk version again`);
    }
  } finally {
    await client.close();
    removeDir(ws);
  }
});
