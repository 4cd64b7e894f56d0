import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

/** A copy of the example with `n` more drafts, each quoting the letter 20 times. */
function manyDrafts(n: number): string {
  const ws = copyExample();
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(ws, 'drafts', `filler-${i}.md`), `Filler ${i}: "CJTF-OIR will be repositioning forces over the course of the coming days and weeks," the letter said.\n`.repeat(20));
  return ws;
}

test('the first reading is reported with server-initiated progress that the client can cancel', async () => {
  const ws = manyDrafts(300);
  const client = new LspClient();
  const events: string[] = [];
  try {
    client.connection.onRequest('window/workDoneProgress/create', (p: { token: string }) => {
      events.push('create');
      setTimeout(() => void client.connection.sendNotification('window/workDoneProgress/cancel', { token: p.token }), 100);
      return null;
    });
    client.connection.onNotification('$/progress', (p: { value: { kind: string; cancellable?: boolean; title?: string } }) => {
      events.push(`${p.value.kind}${p.value.cancellable ? ' cancellable' : ''}`);
    });
    await client.initialize(ws, {}, {}, { workDoneProgress: true });
    const lenses = async () => (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf(path.join(ws, 'sources', 'seely-letter.yaml')) } })) as { command: { title: string } }[];
    const title = (await lenses())[0].command.title;
    assert.deepEqual([events[0], events[1], events.at(-1)], ['create', 'begin cancellable', 'end']);
    const drafts = Number(/in (\d+) drafts?\b/.exec(title)?.[1]);
    assert.ok(drafts < 303, `cancelled: not every draft is read (${title})`);
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('the index reads in slices: a hover on an open draft is answered while the first reading is still going on', async () => {
  const ws = manyDrafts(300);
  const client = new LspClient();
  const events: string[] = [];
  try {
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
      if (p.value.kind !== 'report') events.push(p.value.kind);
    });
    await client.initialize(ws, {}, {}, { workDoneProgress: true });
    const draft = path.join(ws, 'drafts', 'withdrawal-announced.md');
    const text = fs.readFileSync(draft, 'utf8');
    client.open(draft, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('repositioning forces'));
    for (let i = 0; i < 3000 && !events.includes('begin'); i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(events, ['begin'], 'the reading has begun');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(draft) }, position: { line, character: lines[line].indexOf('repositioning') } })) as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /Seely|letter/i);
    assert.deepEqual(events, ['begin'], 'answered before the reading ended');
    // and the reading does end, with every draft
    const lens = async () => ((await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf(path.join(ws, 'sources', 'seely-letter.yaml')) } })) as { command: { title: string } }[])[0].command.title;
    assert.match(await lens(), / in 303 drafts /);
    assert.deepEqual(events, ['begin', 'end']);
  } finally {
    await client.close();
    removeDir(ws);
  }
});
