import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, Location, Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentChangeOf, LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

// Requests that arrive after an edit but before its debounced re-check must
// answer for the text as edited: the server re-checks first.

let dir: string;
let client: LspClient;

before(async () => {
  dir = copyExample();
  client = new LspClient();
  // a debounce far longer than the test: every answer below comes before the scheduled re-check
  await client.initialize(dir, { debounceMs: 600_000 });
});

after(async () => {
  const code = await client.close();
  removeDir(dir);
  assert.equal(code, 0);
});

/** The same range `lines` further down. */
const shifted = (r: Range, lines: number): Range => ({
  start: { line: r.start.line + lines, character: r.start.character },
  end: { line: r.end.line + lines, character: r.end.character },
});

test('a quick fix asked for within the debounce after a paragraph is added at the top fixes the misquote in the new text, at its new place', async () => {
  const file = path.join(dir, 'drafts', 'misquoted-letter.md');
  const uri = uriOf(file);
  const text = fs.readFileSync(file, 'utf8');
  client.open(file, text);
  const [misquote] = (await client.waitFor(file, (d) => d.some((x) => x.code === 'misquote'))).filter((d) => d.code === 'misquote');
  const published = client.publishCount;

  const added = '# Update\n\nOfficials met in Baghdad on Monday to discuss the letter.\n\n';
  const local = TextDocument.create(uri, 'markdown', 1, text);
  const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added };
  TextDocument.update(local, [change], 2);
  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });

  const moved = shifted(misquote.range, 4);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri }, range: moved, context: { diagnostics: [{ ...misquote, range: moved }] },
  })) as CodeAction[];
  assert.equal(actions.length, 1, `one quick fix at the misquote's new place, got ${JSON.stringify(actions)}`);
  const documentChange = documentChangeOf(actions[0]);
  assert.deepEqual(documentChange.textDocument, { uri, version: 2 }, 'the edit names the version it applies to');
  const [edit] = documentChange.edits;
  assert.equal(local.getText(edit.range), local.getText(moved), 'the edit replaces exactly the misquoted words');
  assert.match(local.getText(edit.range), /withdrawal out of Iraq/);
  const fixed = TextDocument.applyEdits(local, documentChange.edits);
  assert.ok(fixed.startsWith(added + '# Coalition letter sets out plans for Iraq\n'), 'the new paragraph and the heading are untouched');
  assert.match(fixed, /"to ensure that the movement out of Iraq is\s+conducted in a safe and efficient manner,"/);

  // the diagnostics the re-check published carry the new version and place
  const republished = (await client.waitFor(file, (d) => d.some((x) => x.code === 'misquote' && x.range.start.line === moved.start.line))).find((d) => d.code === 'misquote') as Diagnostic;
  assert.deepEqual(republished.range, moved);
  assert.ok(client.publishCount > published);

  // the old place now holds the new paragraph: no fix there
  const atOld = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri }, range: misquote.range, context: { diagnostics: [misquote] },
  })) as CodeAction[];
  assert.deepEqual(atOld, [], `no quick fix at the misquote's old place, got ${JSON.stringify(atOld)}`);
});

test('hover and definition within the debounce answer for the text as edited', async () => {
  const file = path.join(dir, 'drafts', 'withdrawal-announced.md');
  const uri = uriOf(file);
  const text = fs.readFileSync(file, 'utf8');
  client.open(file, text);
  await client.waitFor(file, (d) => d.some((x) => x.code === 'source-status'));
  const quoteLine = text.split('\n').findIndex((l) => l.startsWith('"CJTF-OIR'));
  const before = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: quoteLine, character: 5 } })) as Hover | null;
  assert.ok(before, 'a card on the quote before the edit');

  // two paragraphs above the quote: its old line now holds plain prose
  const added = 'Officials met in Baghdad.\n\nNo one else spoke.\n\n';
  const at = { line: quoteLine, character: 0 };
  void client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: added }],
  });
  const onOld = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: quoteLine, character: 5 } })) as Hover | null;
  assert.equal(onOld, null, 'no card on the prose now at the quote\'s old line');
  const onNew = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: quoteLine + 4, character: 5 } })) as Hover;
  assert.ok(onNew, 'a card at the quote\'s new line');
  assert.equal(onNew.range!.start.line, quoteLine + 4);
  const def = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: quoteLine + 4, character: 5 } })) as Location;
  assert.ok(def.uri.endsWith('sources/seely-letter.yaml'));
});
