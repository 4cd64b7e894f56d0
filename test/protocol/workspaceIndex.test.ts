import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeLens, Location } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

let ws: string;
let client: LspClient;
const letter = () => path.join(ws, 'sources', 'seely-letter.yaml');
const idPosition = (file: string, id: string) => {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(`id: ${id}`));
  return { line, character: lines[line].indexOf(id) + 1 };
};
const references = (file: string, id: string, includeDeclaration = false) =>
  client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(file) }, position: idPosition(file, id), context: { includeDeclaration } }) as Promise<Location[] | null>;
const inDrafts = (locations: Location[] | null) => [...new Set((locations ?? []).filter((l) => l.uri.includes('/drafts/')).map((l) => path.basename(l.uri)))].sort();
/** Tells the server about a file change on disk (1 created, 2 changed, 3 deleted). */
const changedOnDisk = (file: string, type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type }] });

/** Polls `check` (each call asks the server again) until it holds; bounded against a hang. */
async function eventually<T>(what: string, ask: () => Promise<T>, holds: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await ask();
    if (holds(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)?.slice(0, 400)} after ${ms} ms\n${client.stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  ws = copyExample();
  client = new LspClient();
  await client.initialize(ws);
});
after(async () => {
  await client.close();
  removeDir(ws);
});

test('Find All References on a source entry lists its quotations in drafts never opened, and the declaration when asked', async () => {
  const found = await references(letter(), 'seely-letter', true);
  assert.deepEqual(inDrafts(found), ['misquoted-letter.md', 'withdrawal-announced.md', 'withdrawal-clarified.md']);
  assert.ok(found!.some((l) => l.uri === uriOf(letter()) && l.range.start.line === idPosition(letter(), 'seely-letter').line), 'the declaration comes first');
  const without = await references(letter(), 'seely-letter');
  assert.equal(without!.length, found!.length - 1);
  const draft = fs.readFileSync(path.join(ws, 'drafts', 'withdrawal-announced.md'), 'utf8').split('\n');
  const one = found!.find((l) => l.uri.endsWith('withdrawal-announced.md'))!;
  assert.match(draft[one.range.start.line].slice(one.range.start.character), /^CJTF-OIR will be repositioning forces/);
});

test('Find All References on a person lists the registry fields naming them (speaker, statusBy) and the quotes they speak', async () => {
  const speakers = path.join(ws, 'sources', 'speakers.yaml');
  const found = (await references(speakers, 'mark-milley'))!;
  const inRegistry = found.filter((l) => l.uri.includes('/sources/')).map((l) => `${path.basename(l.uri)}:${l.range.start.line}`).sort();
  const line = (file: string, text: string) => fs.readFileSync(path.join(ws, 'sources', file), 'utf8').split('\n').findIndex((l) => l.startsWith(text));
  assert.deepEqual(inRegistry, [`milley-remarks.yaml:${line('milley-remarks.yaml', 'speaker:')}`, `seely-letter.yaml:${line('seely-letter.yaml', 'statusBy:')}`].sort());
  assert.ok(inDrafts(found).length > 0, 'Milley is quoted in the drafts');
  // on an id a reference field names, the references are that id's
  const statusSource = { line: line('seely-letter.yaml', 'statusSource:'), character: 'statusSource: '.length + 2 };
  const viaField = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(letter()) }, position: statusSource, context: { includeDeclaration: true } })) as Location[];
  assert.ok(viaField.some((l) => l.uri.endsWith('milley-remarks.yaml')), 'the declaration of milley-remarks-2020-01-06');
});

test('a CodeLens above each source entry counts its quotations, drafts and findings and carries the places to show', async () => {
  const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf(letter()) } })) as CodeLens[];
  assert.equal(lenses.length, 1);
  const [lens] = lenses;
  assert.equal(lens.range.start.line, idPosition(letter(), 'seely-letter').line);
  const m = /^quoted in (\d+) places in 3 drafts · (\d+) findings$/.exec(lens.command!.title);
  assert.ok(m, lens.command!.title);
  assert.equal(lens.command!.command, 'sourceCheck.showReferences');
  const [uri, position, locations] = lens.command!.arguments as [string, unknown, Location[]];
  assert.equal(uri, uriOf(letter()));
  assert.deepEqual(position, lens.range.start);
  assert.equal(locations.length, Number(m[1]));
  assert.ok(Number(m[2]) >= 2, 'the quotes of a draft-labelled letter are findings');
  const speakers = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf(path.join(ws, 'sources', 'speakers.yaml')) } })) as CodeLens[];
  assert.deepEqual(speakers, [], 'people get no CodeLens');
});

test('the index follows a draft created, changed and deleted on disk while the server runs', async () => {
  const draft = path.join(ws, 'drafts', 'later.md');
  const quoting = 'The letter said "CJTF-OIR will be repositioning forces over the course of the coming days and weeks," according to Reuters.\n';
  fs.writeFileSync(draft, quoting);
  await changedOnDisk(draft, 1);
  await eventually('created', () => references(letter(), 'seely-letter'), (r) => inDrafts(r).includes('later.md'));
  fs.writeFileSync(draft, 'Nothing quoted here any more.\n');
  await changedOnDisk(draft, 2);
  await eventually('changed', () => references(letter(), 'seely-letter'), (r) => !inDrafts(r).includes('later.md'));
  fs.writeFileSync(draft, quoting);
  await changedOnDisk(draft, 2);
  await eventually('changed back', () => references(letter(), 'seely-letter'), (r) => inDrafts(r).includes('later.md'));
  fs.rmSync(draft);
  await changedOnDisk(draft, 3);
  await eventually('deleted', () => references(letter(), 'seely-letter'), (r) => !inDrafts(r).includes('later.md'));
  // a file outside sourceCheck.include is not indexed
  const other = path.join(ws, 'drafts', 'notes.html');
  fs.writeFileSync(other, quoting);
  await changedOnDisk(other, 1);
  assert.ok(!(await references(letter(), 'seely-letter'))!.some((l) => l.uri.endsWith('notes.html')));
});

test('an open draft wins over the disk', async () => {
  const draft = path.join(ws, 'drafts', 'misquoted-letter.md');
  client.open(draft, 'Nothing quoted in the buffer.\n');
  await eventually('the buffer', () => references(letter(), 'seely-letter'), (r) => !inDrafts(r).includes('misquoted-letter.md'));
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(draft) } });
  await eventually('the disk again', () => references(letter(), 'seely-letter'), (r) => inDrafts(r).includes('misquoted-letter.md'));
});

test('references to an id reach seenBy list items and supersededBy, at the id itself', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-refs-'));
  const other = new LspClient();
  try {
    fs.mkdirSync(path.join(dir, 'sources'));
    const registry = [
      '- id: ann-roe',
      '  type: person',
      '  name: Ann Roe',
      '- id: wire',
      '  type: organization',
      '  name: The Wire',
      '- id: old-memo',
      '  type: statement',
      '  speaker: ann-roe',
      '  text: We will keep the clinic open all winter.',
      '  status: superseded',
      '  supersededBy: new-memo',
      '  seenBy: [wire, ann-roe]',
      '- id: new-memo',
      '  type: statement',
      '  speaker: ann-roe',
      '  text: The clinic closes in December.',
      '',
    ].join('\n');
    const file = path.join(dir, 'sources', 'memos.yaml');
    fs.writeFileSync(file, registry);
    await other.initialize(dir);
    const ask = async (line: number, character: number) =>
      ((await other.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(file) }, position: { line, character }, context: { includeDeclaration: false } })) as Location[])
        .map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`)
        .sort();
    const lines = registry.split('\n');
    assert.deepEqual(await ask(13, 8), [`11:${lines[11].indexOf('new-memo')}-${lines[11].indexOf('new-memo') + 8}`], 'new-memo: the supersededBy naming it');
    assert.deepEqual(await ask(3, 7), [`12:${lines[12].indexOf('wire')}-${lines[12].indexOf('wire') + 4}`], 'wire: its item of seenBy');
    const roe = lines[12].indexOf('ann-roe');
    assert.deepEqual(await ask(0, 7), ['15:11-18', `12:${roe}-${roe + 7}`, '8:11-18'].sort(), 'ann-roe: two speakers and a seenBy item');
  } finally {
    await other.close();
    removeDir(dir);
  }
});
