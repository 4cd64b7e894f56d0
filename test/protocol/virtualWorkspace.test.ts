import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic, type Hover } from 'vscode-languageserver-protocol/node';
import { MemoryFiles } from '../support/clientFiles.ts';
import { LspClient } from '../support/lspClient.ts';
import { EXAMPLE } from '../support/workspace.ts';

// The browser build of the server on github.dev: the example newsroom as a `vscode-vfs://` repository,
// every file read by asking the client (the test answers from memory). No file: URI anywhere.

const ROOT = 'vscode-vfs://github/newsroom/stories';
const at = (relative: string) => `${ROOT}/${relative}`;
let files: MemoryFiles;
let client: LspClient;
/** The folder settings the client answers for the repository's scopeUri (the server must ask with it). */
const folderSettings = { severity: { draft: 'hint' } };
const scopes: (string | undefined)[] = [];
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

before(async () => {
  files = MemoryFiles.fromFolder(EXAMPLE, ROOT);
  client = new LspClient({ build: 'browser', files });
  client.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) =>
    params.items.map((item) => {
      scopes.push(item.scopeUri);
      return item.scopeUri === ROOT ? folderSettings : null;
    }),
  );
  await client.connection.sendRequest('initialize', {
    processId: null,
    rootUri: ROOT,
    workspaceFolders: [{ uri: ROOT, name: 'stories' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true } },
    initializationOptions: { settings: { debounceMs: 10 } },
  });
  await client.connection.sendNotification('initialized', {});
  for (const deadline = Date.now() + 10000; !scopes.includes(ROOT) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
  // handled in order: once this is answered, the folder's settings are in use
  await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: at('settled.md') }, position: { line: 0, character: 0 } });
});

after(async () => {
  const code = await client?.close();
  assert.equal(code, 0, 'the browser server answered the shutdown');
});

test('a vscode-vfs:// draft is checked against the repository\'s sources/ folder, at the severity of the folder\'s own settings', async () => {
  assert.ok(scopes.includes(ROOT), `settings asked with the repository's URI as scopeUri; asked ${JSON.stringify(scopes)}`);
  const uri = at('drafts/withdrawal-announced.md');
  client.openUri(uri, files.files.get(uri)!);
  const ds = await client.waitForUri(uri, (d) => d.some((x) => x.code === 'source-status'), 20000);
  const status = ds.filter((d) => d.code === 'source-status');
  assert.ok(status.length >= 2, `a finding per quote of the letter: ${JSON.stringify(ds.map((d) => d.code))}`);
  for (const d of status) {
    assert.equal(d.severity, DiagnosticSeverity.Hint, 'sourceCheck.severity.draft of the folder (hint), not the default');
    assert.match(messageOf(d), /Mark Milley/);
    assert.ok(d.relatedInformation?.some((r) => r.location.uri === at('sources/seely-letter.yaml')), `points at the registry entry by its vscode-vfs URI: ${JSON.stringify(d.relatedInformation)}`);
  }
});

test('hover on a quote of a vscode-vfs:// draft shows the source', async () => {
  const uri = at('drafts/withdrawal-announced.md');
  const ds = await client.waitForUri(uri, (d) => d.some((x) => x.code === 'source-status'));
  const quote = ds.find((d) => d.code === 'source-status')!;
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: quote.range.start })) as Hover | null;
  const text = JSON.stringify(hover?.contents ?? null);
  assert.match(text, /Milley/, `hover: ${text}`);
});

test('Check Sources over never-opened vscode-vfs:// drafts reads them through the client', async () => {
  const uri = at('drafts/misattributed.md');
  const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris: [uri, at('sources/speakers.yaml')] })) as { checked: number; findings: number; skipped: { uri: string; reason: string }[] };
  assert.equal(result.checked, 1, JSON.stringify(result));
  assert.match(result.skipped[0]?.reason ?? '', /not a draft: sources\/speakers\.yaml/);
  assert.ok(files.asked.includes(uri), 'the draft was read by asking the client');
  const ds = await client.waitForUri(uri, (d) => d.some((x) => x.code === 'misattributed-quote'));
  assert.ok(ds.length > 0);
});

test('editing a registry entry\'s status (didChangeWatchedFiles) re-checks the open draft', async () => {
  const draft = at('drafts/withdrawal-announced.md');
  const letter = at('sources/seely-letter.yaml');
  files.files.set(letter, files.files.get(letter)!.replace('status: draft', 'status: retracted'));
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: letter, type: 2 }] });
  const ds = await client.waitForUri(draft, (d) => d.some((x) => x.code === 'source-status' && /retracted/.test(messageOf(x))));
  assert.ok(ds.some((d) => d.code === 'source-status' && /retracted/.test(messageOf(d))));
});

test('no file: URI anywhere: every file asked for is a vscode-vfs URI, and nothing the server sent names one', () => {
  assert.ok(files.asked.length > 0);
  assert.deepEqual(files.asked.filter((u) => !u.startsWith(`${ROOT}/`) && u !== ROOT), [], 'only the repository is read');
  const sent = JSON.stringify(client.received);
  assert.ok(!sent.includes('file:'), `a file: URI in what the server sent: …${sent.slice(Math.max(0, sent.indexOf('file:') - 200), sent.indexOf('file:') + 200)}…`);
});
