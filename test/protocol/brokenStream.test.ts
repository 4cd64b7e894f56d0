import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

// A broken stream leaves the server nothing to read: it must exit non-zero
// with the reason on stderr (so the client sees a crash and restarts it),
// never stay alive and deaf.

const dir = copyExample();
after(() => removeDir(dir));

/** Resolves to the server's exit code, or 'still running' after `ms`. */
async function exitWithin(client: LspClient, ms: number): Promise<number | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  const code = await Promise.race([client.exited, late]);
  clearTimeout(timer);
  client.kill();
  return code;
}

/** Starts and initializes a server, then sends it `raw` bytes. */
async function sendRaw(raw: string): Promise<LspClient> {
  const client = new LspClient();
  await client.initialize(dir);
  client.writeRaw(raw);
  return client;
}

test('a Content-Length shorter than the body: the server exits with code 1 and says why', async () => {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } } });
  const client = await sendRaw(`Content-Length: ${body.length - 20}\r\n\r\n${body}`);
  assert.equal(await exitWithin(client, 5000), 1, client.stderr);
  assert.match(client.stderr, /source-check: cannot read the client's messages/);
});

test('a Content-Length that is not a number: the server exits with code 1', async () => {
  const client = await sendRaw('Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}');
  assert.equal(await exitWithin(client, 5000), 1, client.stderr);
  assert.match(client.stderr, /Content-Length/);
});

test('a header without Content-Length: the server exits with code 1', async () => {
  const client = await sendRaw('Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0"}');
  assert.equal(await exitWithin(client, 5000), 1, client.stderr);
});

test('a body that is not JSON: the server exits with code 1', async () => {
  const client = await sendRaw('Content-Length: 9\r\n\r\n{"jsonrpc');
  assert.equal(await exitWithin(client, 5000), 1, client.stderr);
});

test('the input stream closing without a shutdown request: the server exits with code 1', async () => {
  const client = new LspClient();
  await client.initialize(dir);
  client.endInput();
  assert.equal(await exitWithin(client, 5000), 1, client.stderr);
  assert.match(client.stderr, /closed/);
});

test('shutdown then exit still ends the server cleanly', async () => {
  const client = new LspClient();
  await client.initialize(dir);
  assert.equal(await client.close(), 0, client.stderr);
});

test('over Node IPC (as VS Code starts it), the client disconnecting without shutdown ends the server with code 1', async () => {
  const child = fork(path.join(ROOT, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  connection.dispose();
  child.disconnect();
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exited, new Promise<string>((r) => (timer = setTimeout(() => r('still running'), 5000)))]);
  clearTimeout(timer);
  if (child.exitCode === null) child.kill();
  assert.equal(code, 1, stderr);
  assert.match(stderr, /the client disconnected/);
});
