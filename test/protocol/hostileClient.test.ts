import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentChangeOf, LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

// Well-framed nonsense (unknown methods, bad params, positions outside the
// text, changes to documents never opened, versions going backwards) never
// kills the server, and never makes it answer with ranges of another text.

let dir: string;
let client: LspClient;
let file: string;
let uri: string;
/** The client's copy of the draft, edited exactly as the server's. */
let local: TextDocument;

before(async () => {
  dir = copyExample();
  client = new LspClient();
  await client.initialize(dir, { debounceMs: 600_000 }); // answers come before any scheduled re-check
  file = path.join(dir, 'drafts', 'misquoted-letter.md');
  uri = uriOf(file);
  const text = fs.readFileSync(file, 'utf8');
  local = TextDocument.create(uri, 'markdown', 1, text);
  client.open(file, text);
  await client.waitFor(file, (d) => d.some((x) => x.code === 'misquote'));
});

after(async () => {
  if (process.env.SHOW_SERVER_STDERR) console.error(client.stderr);
  const code = await client.close();
  removeDir(dir);
  assert.equal(code, 0, `the server is still alive and exits cleanly at the end\n${client.stderr}`);
});

/** A request's result, or the error it was answered with. */
async function ask(method: string, params: unknown): Promise<unknown> {
  try {
    return await client.connection.sendRequest(method, params);
  } catch (error) {
    return error;
  }
}

/** The quick fix of the misquote, asked for over the whole draft, checked against the client's copy of the text. */
async function assertFixMatchesText(version: number): Promise<void> {
  const whole = { start: { line: 0, character: 0 }, end: local.positionAt(local.getText().length) };
  const actions = (await ask('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } })) as CodeAction[];
  assert.ok(Array.isArray(actions), `codeAction answered ${JSON.stringify(actions)}`);
  const fixes = actions.filter((a) => /movement/.test(documentChangeOf(a).edits[0].newText));
  assert.equal(fixes.length, 1, JSON.stringify(actions));
  const change = documentChangeOf(fixes[0]);
  assert.equal(change.textDocument.version, version);
  const words = local.getText(change.edits[0].range);
  assert.match(words, /^to ensure that the withdrawal out of Iraq is\s+conducted in a safe and efficient manner,?$/, 'the edit replaces the misquoted words of the text as it is');
}

/** Sends a change to the server and applies it to the client's copy. */
function change(version: number, changes: TextDocumentContentChangeEvent[]): void {
  TextDocument.update(local, changes, version);
  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
}

test('unknown methods get an error answer or are ignored; the server keeps answering', async () => {
  const answer = (await ask('sourceCheck/noSuchThing', { a: 1 })) as { code?: number };
  assert.equal(answer.code, -32601, 'method not found');
  void client.connection.sendNotification('sourceCheck/noSuchNotification', { a: 1 });
  void client.connection.sendNotification('$/noSuchThing', null);
  await assertFixMatchesText(1);
});

test('bad params: missing, of the wrong type, positions negative, fractional or past the end', async () => {
  const bad: [string, unknown][] = [
    ['textDocument/hover', {}],
    ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 'a', character: null } }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: 0.5, character: 2 } }],
    ['textDocument/hover', { textDocument: { uri } }],
    ['textDocument/definition', { textDocument: { uri }, position: { line: -3, character: 0 } }],
    ['textDocument/definition', { textDocument: { uri }, position: null }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -1, character: 0 }, end: { line: 2, character: 4 } }, context: { diagnostics: [] } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 3, character: 10 } }, context: { diagnostics: [null, { code: 'misquote' }] } }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///never/opened.md' }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } }],
    ['sourceCheck/checkFiles', { uris: 'not a list' }],
    ['sourceCheck/checkFiles', { uris: [42, null, 'file:///nowhere/at/all.md', 'untitled:Untitled-1'] }],
  ];
  for (const [method, params] of bad) {
    const answer = await ask(method, params);
    if (method === 'textDocument/hover' || method === 'textDocument/definition') assert.ok(answer === null || answer instanceof Error, `${method} ${JSON.stringify(params)} → ${JSON.stringify(answer)}`);
    if (method === 'textDocument/codeAction' && Array.isArray(answer)) {
      for (const a of answer as CodeAction[]) {
        const edit = documentChangeOf(a).edits[0];
        assert.match(local.getText(edit.range), /withdrawal out of Iraq/, `${JSON.stringify(params)} → ${JSON.stringify(answer)}`);
      }
    }
  }
  const files = (await ask('sourceCheck/checkFiles', { uris: [42, 'file:///nowhere/at/all.md'] })) as { checked: number; skipped: { uri: string; reason: string }[] };
  assert.equal(files.checked, 0);
  assert.match(files.skipped[0].reason, /expected a string, got 42/);
  assert.equal(((await ask('sourceCheck/checkFiles', { uris: 'not a list' })) as { code?: number }).code, -32602, 'invalid params');
  // lines and characters past the end are the end: no finding there
  const past = (await ask('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 500, character: 0 }, end: { line: 900, character: 99 } }, context: { diagnostics: [] } })) as CodeAction[];
  assert.deepEqual(past, []);
  await assertFixMatchesText(1);
});

test('changes to a document that was never opened, and closes of one, change nothing', async () => {
  const ghost = 'file:///nowhere/ghost.md';
  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ text: 'x' }] });
  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: 'y' }] });
  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: 'nonsense' });
  void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ghost } });
  void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 42 } });
  await assertFixMatchesText(1);
});

test('edits with ranges past the end and versions going backwards: the fix always matches the text as edited', async () => {
  // a paragraph added at the top, then text added past the end (clamped to the end, as LSP says)
  change(5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'New first paragraph.\n\n' }]);
  await assertFixMatchesText(5);
  change(3, [{ range: { start: { line: 400, character: 3 }, end: { line: 900, character: 0 } }, text: '\n\nA last line.\n' }]);
  await assertFixMatchesText(3);
  // the same version number again, with other text: the server still re-checks
  change(3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Another paragraph.\n\n' }]);
  await assertFixMatchesText(3);
  const published = await client.waitFor(file, (d) => d.some((x) => x.code === 'misquote'));
  const misquote = published.find((d) => d.code === 'misquote') as Diagnostic;
  assert.match(local.getText(misquote.range), /withdrawal out of Iraq/, 'published diagnostics are at the text as edited');
});
