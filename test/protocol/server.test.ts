import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type Hover, type Location } from 'vscode-languageserver-protocol/node';
import { documentChangeOf, LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

let dir: string;
let client: LspClient;
const draft = (name: string) => path.join(dir, 'drafts', name);
const read = (name: string) => fs.readFileSync(draft(name), 'utf8');
const codes = (ds: { code?: string | number }[]) => ds.map((d) => d.code);
/** A diagnostic's message as plain text. */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

before(async () => {
  dir = copyExample();
  client = new LspClient();
  await client.initialize(dir, { severity: { draft: 'error' } });
});

after(async () => {
  const code = await client.close();
  removeDir(dir);
  assert.equal(code, 0, 'the server exits cleanly after shutdown/exit');
});

test('open: a quote from the draft letter is a source-status error naming Milley, with related information', async () => {
  client.open(draft('withdrawal-announced.md'), read('withdrawal-announced.md'));
  const ds = await client.waitFor(draft('withdrawal-announced.md'), (d) => d.some((x) => x.code === 'source-status'));
  const status = ds.filter((d) => d.code === 'source-status');
  assert.ok(status.length >= 2, `expected a finding per quote of the letter, got ${JSON.stringify(codes(ds))}`);
  for (const d of status) {
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(messageOf(d), /draft/);
    assert.match(messageOf(d), /Mark Milley/);
    assert.match(messageOf(d), /2020-01-06/);
    assert.equal(d.source, 'source-check');
    assert.match(d.codeDescription!.href, /README\.md#source-status$/);
    const related = d.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri.endsWith('sources/seely-letter.yaml')), 'points at the registry entry');
    assert.ok(related.some((r) => r.location.uri.endsWith('sources/milley-remarks.yaml')), 'points at the statement');
  }
});

test('a draft that reports the clarification gets information, acknowledged', async () => {
  client.open(draft('withdrawal-clarified.md'), read('withdrawal-clarified.md'));
  const ds = await client.waitFor(draft('withdrawal-clarified.md'), (d) => d.some((x) => x.code === 'source-status'));
  const status = ds.filter((d) => d.code === 'source-status');
  assert.ok(status.length >= 1);
  for (const d of status) {
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.match(messageOf(d), /acknowledged/);
  }
});

test('change: an edit that misquotes the letter brings a misquote; hover, definition and the quick fix work', async () => {
  const file = draft('withdrawal-announced.md');
  const text = read('withdrawal-announced.md');
  const at = text.indexOf('onward movement') + 'onward '.length;
  const lines = text.slice(0, at).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  void client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uriOf(file), version: 2 },
    contentChanges: [{ range: { start: position, end: { line: position.line, character: position.character + 'movement'.length } }, text: 'withdrawal' }],
  });
  const ds = await client.waitFor(file, (d) => d.some((x) => x.code === 'misquote'));
  const misquote = ds.find((d) => d.code === 'misquote')!;
  assert.match(messageOf(misquote), /onward movement/);

  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: misquote.range.start })) as Hover;
  const card = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(card, /Task Force Iraq/);
  assert.match(card, /draft/);
  assert.match(card, /Mark Milley/);

  const def = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(file) }, position: misquote.range.start })) as Location;
  assert.ok(def.uri.endsWith('sources/seely-letter.yaml'));
  assert.equal(def.range.start.line, fs.readFileSync(path.join(dir, 'sources', 'seely-letter.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('id: seely-letter')));

  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uriOf(file) }, range: misquote.range, context: { diagnostics: [misquote] },
  })) as CodeAction[];
  assert.equal(actions.length, 1);
  const change = documentChangeOf(actions[0]);
  assert.deepEqual(change.textDocument, { uri: uriOf(file), version: 2 }, 'the edit names the version it was computed for');
  const edit = change.edits[0];
  assert.match(edit.newText, /onward movement/);
  assert.doesNotMatch(edit.newText, /withdrawal/);
});

test('registry change: labelling the statement retracted on disk re-checks open drafts', async () => {
  const file = draft('withdrawal-clarified.md');
  const registryFile = path.join(dir, 'sources', 'milley-remarks.yaml');
  fs.writeFileSync(registryFile, fs.readFileSync(registryFile, 'utf8').replace('status: verified', 'status: retracted'));
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryFile), type: 2 }] });
  const ds = await client.waitFor(file, (d) => d.some((x) => x.code === 'source-status' && /retracted/.test(messageOf(x))));
  assert.ok(ds.some((d) => d.code === 'source-status' && d.severity === DiagnosticSeverity.Error && /retracted/.test(messageOf(d))));
});

test('a broken registry file is a registry-error on that file and the other entries keep working', async () => {
  const bad = path.join(dir, 'sources', 'broken.yaml');
  fs.writeFileSync(bad, 'id: broken\ntype: letter\ncolour: red\n  - nonsense: [\n');
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(bad), type: 1 }] });
  const ds = await client.waitFor(bad, (d) => d.length > 0);
  assert.ok(ds.every((d) => d.code === 'registry-error'));
  const announced = await client.waitFor(draft('withdrawal-announced.md'), (d) => d.some((x) => x.code === 'source-status'));
  assert.ok(announced.length > 0);
  fs.rmSync(bad);
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(bad), type: 3 }] });
  await client.waitFor(bad, (d) => d.length === 0);
});

test('settings: turning source-status off removes those findings', async () => {
  client.settings = { severity: { 'source-status': 'off', draft: null } };
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const ds = await client.waitFor(draft('withdrawal-announced.md'), (d) => !d.some((x) => x.code === 'source-status'));
  assert.ok(!codes(ds).includes('source-status'));
});

test('check-files request checks drafts that were never opened', async () => {
  const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris: [uriOf(draft('misattributed.md'))] })) as { checked: number; findings: number };
  assert.equal(result.checked, 1);
  const ds = await client.waitFor(draft('misattributed.md'), (d) => d.some((x) => x.code === 'misattributed-quote'));
  assert.ok(ds.length > 0);
});
