import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, CompletionItem, CreateFile, DocumentSymbol, Hover, Location, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

let dir: string;
let client: LspClient;
const file = (...p: string[]) => path.join(dir, ...p);
const read = (...p: string[]) => fs.readFileSync(file(...p), 'utf8');

/** The position of the `nth` occurrence of `needle` in a file (plus `shift` characters). */
function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the text`);
  return TextDocument.create('x', 'yaml', 1, text).positionAt(at + shift);
}

const request = <T>(method: string, rel: string[], needle: string, shift = 0, more: Record<string, unknown> = {}) =>
  client.connection.sendRequest(method, { textDocument: { uri: uriOf(file(...rel)) }, position: positionOf(read(...rel), needle, shift), ...more }) as Promise<T>;

before(async () => {
  dir = copyExample();
  client = new LspClient();
  await client.initialize(dir);
  for (const f of ['speakers.yaml', 'seely-letter.yaml', 'milley-remarks.yaml']) client.open(file('sources', f), read('sources', f), 'yaml');
});
after(async () => {
  assert.equal(await client.close(), 0);
  removeDir(dir);
});

test('hover on an id a source refers to shows the entry’s card with its file and line; on the entry’s own id too', async () => {
  const onStatusBy = await request<Hover>('textDocument/hover', ['sources', 'seely-letter.yaml'], 'statusBy: mark-milley', 12);
  const md = (onStatusBy.contents as { value: string }).value;
  assert.match(md, /\*\*Mark Milley\*\* · person · `mark-milley`/);
  assert.match(md, /General, Chairman of the Joint Chiefs of Staff/);
  assert.match(md, /Defined in sources\/speakers\.yaml:13/);
  assert.deepEqual(onStatusBy.range, { start: positionOf(read('sources', 'seely-letter.yaml'), 'mark-milley'), end: positionOf(read('sources', 'seely-letter.yaml'), 'mark-milley', 11) });
  const onSource = await request<Hover>('textDocument/hover', ['sources', 'seely-letter.yaml'], 'id: seely-letter', 5);
  assert.match((onSource.contents as { value: string }).value, /Status: \*\*draft\*\* — set by Mark Milley on 2020-01-06/);
  const onSeenBy = await request<Hover>('textDocument/hover', ['sources', 'seely-letter.yaml'], 'reuters');
  assert.match((onSeenBy.contents as { value: string }).value, /\*\*Reuters\*\* · organization/);
  assert.equal(await request('textDocument/hover', ['sources', 'seely-letter.yaml'], '# The letter'), null, 'a comment is on no id');
  assert.equal(await request('textDocument/hover', ['sources', 'seely-letter.yaml'], 'title: Letter', 8), null, 'a title is no id');
});

test('go to definition jumps across registry files to the entry’s id', async () => {
  const target = await request<Location>('textDocument/definition', ['sources', 'seely-letter.yaml'], 'statusSource: milley', 15);
  assert.equal(target.uri, uriOf(file('sources', 'milley-remarks.yaml')));
  assert.deepEqual(target.range.start, positionOf(read('sources', 'milley-remarks.yaml'), 'milley-remarks-2020-01-06'));
  const speaker = await request<Location>('textDocument/definition', ['sources', 'milley-remarks.yaml'], 'speaker: mark-milley', 10);
  assert.equal(speaker.uri, uriOf(file('sources', 'speakers.yaml')));
  assert.deepEqual(speaker.range.start, positionOf(read('sources', 'speakers.yaml'), 'mark-milley'));
});

test('completion offers speaker ids after speaker:, statuses after status:, and the fields an entry lacks', async () => {
  const uri = uriOf(file('sources', 'notes.yaml'));
  const text = '- id: new-note\n  type: statement\n  speaker: \n  status: \n  \n';
  client.open(file('sources', 'notes.yaml'), text, 'yaml');
  const at = (line: number, character: number) => client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Promise<CompletionItem[]>;
  const speakers = await at(2, 11);
  assert.deepEqual(speakers.map((i) => i.label).sort(), ['afp', 'mark-milley', 'reuters', 'william-seely']);
  assert.match(speakers.find((i) => i.label === 'mark-milley')!.detail!, /Mark Milley · person/);
  const statuses = await at(3, 10);
  assert.ok(statuses.some((i) => i.label === 'retracted') && statuses.every((i) => i.label !== 'mark-milley'));
  const fields = (await at(4, 2)).map((i) => i.label);
  assert.ok(fields.includes('statusBy') && fields.includes('text'), fields.join());
  assert.ok(!fields.includes('speaker') && !fields.includes('name'), 'fields it has, and speaker fields, are not offered');
});

test('rename an id across every registry file; an invalid or taken id is refused with a message', async () => {
  const prepared = (await request<{ placeholder: string }>('textDocument/prepareRename', ['sources', 'speakers.yaml'], 'id: mark-milley', 6))!;
  assert.equal(prepared.placeholder, 'mark-milley');
  assert.equal(await request('textDocument/prepareRename', ['sources', 'speakers.yaml'], 'name: Mark', 7), null, 'a name is not renamed');
  const edit = await request<WorkspaceEdit>('textDocument/rename', ['sources', 'seely-letter.yaml'], 'statusBy: mark-milley', 12, { newName: 'gen-milley' });
  const changes = (edit.documentChanges as TextDocumentEdit[]).map((c) => [path.basename(c.textDocument.uri), c.edits.length, (c.edits[0] as TextEdit).newText]);
  assert.deepEqual(changes.sort(), [['milley-remarks.yaml', 1, 'gen-milley'], ['seely-letter.yaml', 1, 'gen-milley'], ['speakers.yaml', 1, 'gen-milley']]);
  await assert.rejects(request('textDocument/rename', ['sources', 'speakers.yaml'], 'id: mark-milley', 6, { newName: 'Gen Milley' }), /`Gen Milley` is not a valid id; expected lowercase letters/);
  await assert.rejects(request('textDocument/rename', ['sources', 'speakers.yaml'], 'id: mark-milley', 6, { newName: 'reuters' }), /the id `reuters` is already used by the speaker entry at sources\/speakers\.yaml:\d+; expected an id not in use/);
});

test('the outline of a registry file lists its entries; a draft’s lists its quotations with their speakers', async () => {
  const entries = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(file('sources', 'speakers.yaml')) } })) as DocumentSymbol[];
  assert.deepEqual(entries.map((s) => [s.name, s.detail]), [['william-seely', 'William H. Seely III'], ['mark-milley', 'Mark Milley'], ['reuters', 'Reuters'], ['afp', 'Agence France-Presse']]);
  assert.notEqual(entries[0].kind, entries[2].kind, 'a person and an organization differ in kind');
  const draft = file('drafts', 'withdrawal-announced.md');
  client.open(draft, read('drafts', 'withdrawal-announced.md'));
  const quotes = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(draft) } })) as DocumentSymbol[];
  assert.equal(quotes.length, 2);
  assert.match(quotes[0].name, /^“CJTF-OIR will be repositioning forces/);
  assert.match(quotes[0].detail!, /William H\. Seely III · seely-letter/);
});

test('broken YAML, a missing file and positions outside anything give null or empty, never an error', async () => {
  const broken = file('sources', 'broken.yaml');
  const text = '- id: x\n  type: [unclosed\n  speaker: mark-\n';
  client.open(broken, text, 'yaml');
  const uri = uriOf(broken);
  for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/prepareRename']) {
    for (const position of [{ line: 0, character: 6 }, { line: 2, character: 14 }, { line: 99, character: 0 }]) {
      assert.equal(await client.connection.sendRequest(method, { textDocument: { uri }, position }), null, `${method} ${JSON.stringify(position)}`);
    }
  }
  assert.deepEqual((await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 16 } }) as CompletionItem[]).map((i) => i.label).sort(), ['afp', 'mark-milley', 'reuters', 'william-seely']);
  assert.ok(Array.isArray(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(file('sources', 'gone.yaml')) } })));
  // parameters no client should send
  for (const junk of [{}, { textDocument: { uri: 42 }, position: 'x' }, { textDocument: { uri }, position: { line: -1, character: 0.5 } }]) {
    assert.deepEqual(await client.connection.sendRequest('textDocument/completion', junk), []);
    assert.equal(await client.connection.sendRequest('textDocument/prepareRename', junk), null);
    assert.ok(Array.isArray(await client.connection.sendRequest('textDocument/documentSymbol', junk)));
    await assert.rejects(client.connection.sendRequest('textDocument/rename', { ...junk, newName: 'x-y' }), /nothing to rename here; expected the position of an entry id/);
  }
});

test('capture: "Add to the registry…" on an unverified quote creates sources/statements.yaml with the statement; once on disk the quote checks against it', async () => {
  const draft = file('drafts', 'capture.md');
  const text = 'Gen. Mark Milley said: "We will hold the river crossing for as long as it takes."\n';
  fs.writeFileSync(draft, text);
  client.open(draft, text);
  const [finding] = await client.waitFor(draft, (d) => d.some((x) => x.code === 'unverified-quote'));
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(draft) }, range: finding.range, context: { diagnostics: [finding] } })) as CodeAction[];
  const capture = actions.find((a) => a.title.startsWith('Add to the registry…'));
  assert.ok(capture, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(capture.diagnostics?.map((d) => d.code), ['unverified-quote']);
  const [create, change] = capture.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
  const target = file('sources', 'statements.yaml');
  assert.deepEqual(create, { kind: 'create', uri: uriOf(target), options: { ignoreIfExists: true } });
  assert.equal(change.textDocument.uri, uriOf(target));
  const written = TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'yaml', 0, ''), change.edits as never);
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  assert.match(written, new RegExp(`- id: mark-milley-${today}\\n  type: statement\\n  speaker: mark-milley\\n  date: ${today}\\n  status: unverified\\n  text: We will hold the river crossing for as long as it takes\\.\\n$`));
  assert.equal(capture.command?.command, 'sourceCheck.showRegistryEntry');
  const [, range] = capture.command!.arguments as [string, { start: { line: number; character: number } }];
  assert.equal(written.split('\n')[range.start.line].slice(range.start.character), `mark-milley-${today}`);
  // the editor applies the edit and saves; the file watcher tells the server
  fs.writeFileSync(target, written);
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(target), type: 1 }] });
  await client.waitFor(draft, (d) => d.length === 0);
});

test('a client that runs sourceCheck.captureStatement is also offered the file choice; the edit it asks for goes into the file chosen, and the quote then checks', async () => {
  const chooser = new LspClient();
  try {
    await chooser.initialize(dir, {}, { captureStatement: true });
    const draft = file('drafts', 'choose.md');
    const text = 'Gen. Mark Milley said: "The bridge stays open to traffic all night long."\n';
    fs.writeFileSync(draft, text);
    chooser.open(draft, text);
    const [finding] = await chooser.waitFor(draft, (d) => d.some((x) => x.code === 'unverified-quote'));
    const actions = (await chooser.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(draft) }, range: finding.range, context: { diagnostics: [finding] } })) as CodeAction[];
    const choice = actions.find((a) => a.title === 'Add to the registry… (choose the registry file)');
    assert.ok(choice?.command && !choice.edit, JSON.stringify(actions.map((a) => a.title)));
    const [uri, position, target] = choice.command.arguments as [string, { line: number; character: number }, string];
    assert.deepEqual([uri, target], [uriOf(draft), uriOf(file('sources', 'statements.yaml'))]);
    // the writer picks speakers.yaml
    const speakers = file('sources', 'speakers.yaml');
    const before = read('sources', 'speakers.yaml');
    const answer = (await chooser.connection.sendRequest('sourceCheck/captureEdit', { uri, position, target: uriOf(speakers) })) as { edit: WorkspaceEdit; show: { uri: string; range: unknown } };
    const [change] = answer.edit.documentChanges as TextDocumentEdit[];
    assert.equal(answer.edit.documentChanges!.length, 1, 'the file exists: no CreateFile');
    const after = TextDocument.applyEdits(TextDocument.create(uriOf(speakers), 'yaml', 0, before), change.edits as never);
    assert.ok(after.startsWith(before.trimEnd()) && /^\n\n- id: mark-milley-[\d-]+\n {2}type: statement\n {2}speaker: mark-milley\n/.test(after.slice(before.trimEnd().length)), after.slice(before.length - 20));
    assert.equal(answer.show.uri, uriOf(speakers));
    fs.writeFileSync(speakers, after);
    void chooser.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(speakers), type: 2 }] });
    await chooser.waitFor(draft, (d) => d.length === 0);
    await assert.rejects(chooser.connection.sendRequest('sourceCheck/captureEdit', { uri, position, target: 'file:///x/notes.txt' }), /expected \{ uri, position, target \} with target a \.yaml, \.yml or \.json file URI/);
    assert.equal(await chooser.connection.sendRequest('sourceCheck/captureEdit', { uri, position, target: uriOf(speakers) }), null, 'the quote verifies now: nothing to add');
  } finally {
    assert.equal(await chooser.close(), 0);
  }
});
