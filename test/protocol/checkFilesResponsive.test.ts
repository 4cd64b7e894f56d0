import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

type Result = { checked: number; findings: number; skipped: { uri: string; reason: string }[] };

test('check-files lets other requests in between drafts: a hover sent while a chunk of open drafts is checked is answered before the chunk', async () => {
  const dir = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(dir);
    await client.settled();
    // open drafts: their buffers are checked without any file read (no I/O wait between them)
    const paragraph = Array.from({ length: 20 }, (_, i) => `"The withdrawal is on schedule for the ${i}th time," Seely wrote.`).join('\n\n');
    const files = Array.from({ length: 40 }, (_, i) => path.join(dir, 'drafts', `open-${String(i).padStart(2, '0')}.md`));
    for (const file of files) {
      fs.writeFileSync(file, paragraph);
      client.open(file, paragraph);
    }
    for (const file of files) await client.waitFor(file, () => true);
    const order: string[] = [];
    const checking = client.connection.sendRequest('sourceCheck/checkFiles', { uris: files.map(uriOf) }).then((r) => {
      order.push('checkFiles');
      return r as Result;
    });
    const hovering = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(files[0]) }, position: { line: 0, character: 3 } }).then(() => order.push('hover'));
    const [result] = await Promise.all([checking, hovering]);
    assert.equal(result.checked, files.length, JSON.stringify(result));
    assert.deepEqual(order, ['hover', 'checkFiles'], 'the hover waited for the whole chunk of 40 drafts');
  } finally {
    await client.close();
    removeDir(dir);
  }
});
