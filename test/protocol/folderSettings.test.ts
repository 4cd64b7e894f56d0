import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { serveFolders } from '../support/folderSettings.ts';
import { type LspClient, uriOf } from '../support/lspClient.ts';
import { EXAMPLE, removeDir } from '../support/workspace.ts';

// Two workspace folders, each a copy of the example with its own `sources/`:
// what is per folder in the settings applies per folder in the workspace
// index (severities: which findings its counts hold) and in the debounce.

let root: string;
let folderA: string;
let folderB: string;
before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-folders-'));
  folderA = path.join(root, 'a');
  folderB = path.join(root, 'b');
  for (const folder of [folderA, folderB]) fs.cpSync(EXAMPLE, folder, { recursive: true });
});
after(() => removeDir(root));

/** A server on folders A and B, each answered its own `sourceCheck` section. */
const serve = (byFolder: Record<string, Record<string, unknown>>): Promise<LspClient> => serveFolders([folderA, folderB], byFolder);

test('the workspace index checks each folder\'s drafts with that folder\'s severities: findings turned off there are not counted', async () => {
  const byFolder: Record<string, Record<string, unknown>> = {
    [uriOf(folderA)]: {},
    [uriOf(folderB)]: { severity: { misquote: 'off', 'source-status': 'off' } },
  };
  const client = await serve(byFolder);
  try {
    const impact = (await client.connection.sendRequest('sourceCheck/impact', { id: 'seely-letter' })) as { flagged: { uri: string }[]; drafts: number; quotes: number };
    const inB = impact.flagged.filter((f) => f.uri.startsWith(`${uriOf(folderB)}/`));
    assert.deepEqual(inB, [], `misquote and source-status are off in B: none of its drafts is flagged, got ${JSON.stringify(inB)}`);
    assert.equal(impact.drafts, 3, `A's three drafts that quote the letter are flagged: ${JSON.stringify(impact.flagged)}`);
    assert.ok(impact.quotes >= 6, `the letter's quotes in both folders are still counted as quotes: ${impact.quotes}`);
    // B's misquote back on (its folder's settings changed): B's drafts are indexed again with it
    byFolder[uriOf(folderB)] = { severity: { 'source-status': 'off' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    let again = impact;
    for (const deadline = Date.now() + 20000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      again = (await client.connection.sendRequest('sourceCheck/impact', { id: 'seely-letter' })) as typeof impact;
      if (again.drafts === 4) break;
    }
    assert.deepEqual(again.flagged.filter((f) => f.uri.startsWith(`${uriOf(folderB)}/`)).map((f) => path.basename(f.uri)), ['misquoted-letter.md'], JSON.stringify(again.flagged));
  } finally {
    await client.close();
  }
});

test('each draft\'s edits wait for its own folder\'s debounceMs, not the first folder\'s', async () => {
  const client = await serve({
    [uriOf(folderA)]: { debounceMs: 10 },
    [uriOf(folderB)]: { debounceMs: 600_000 },
  });
  try {
    const draftA = path.join(folderA, 'drafts', 'misquoted-letter.md');
    const draftB = path.join(folderB, 'drafts', 'misquoted-letter.md');
    const text = fs.readFileSync(draftA, 'utf8');
    client.open(draftA, text);
    client.open(draftB, text);
    await client.waitFor(draftA, (d) => d.some((x) => x.code === 'misquote'));
    await client.waitFor(draftB, (d) => d.some((x) => x.code === 'misquote'));
    // the same edit in both, B's first: each removes every quote
    const plain = 'Nothing is quoted here any more.\n';
    const lines = text.split('\n');
    const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
    for (const [file, version] of [[draftB, 2], [draftA, 2]] as const) {
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(file), version }, contentChanges: [{ range: whole, text: plain }] });
    }
    await client.waitFor(draftA, (d) => d.length === 0);
    // B's edit came first, with a 10-minute debounce: it is not checked yet (with A's 10 ms it would have been, before A's)
    const stillB = await client.waitFor(draftB, () => true);
    assert.ok(stillB.some((x) => x.code === 'misquote'), `B's draft is not re-checked within its folder's debounce: ${JSON.stringify(stillB.map((x) => x.code))}`);
    // asked about it, the server checks B's draft as it is now
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(draftB) }, position: { line: 0, character: 0 } });
    assert.deepEqual(await client.waitFor(draftB, (d) => d.length === 0), []);
  } finally {
    await client.close();
  }
});
