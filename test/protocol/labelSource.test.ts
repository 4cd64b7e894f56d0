import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { ImpactResult, LabelEditResult, SourcesResult } from '../../src/protocol.ts';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

/** Applies an LSP edit's text edits to a text. */
function applyTextEdits(text: string, edits: LabelEditResult['edit']['documentChanges'][0]['edits']): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  return sorted.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('label edit, then impact: labelling the remarks mistaken in the open registry buffer flags every draft quoting them', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const remarks = path.join(ws, 'sources', 'milley-remarks.yaml');
    const before = fs.readFileSync(remarks, 'utf8');
    const verified = (await client.connection.sendRequest('sourceCheck/impact', { id: 'milley-remarks-2020-01-06' })) as ImpactResult;
    assert.equal(verified.status, 'verified');
    assert.equal(verified.quotes, 2);
    const result = (await client.connection.sendRequest('sourceCheck/labelEdit', {
      id: 'milley-remarks-2020-01-06',
      label: { status: 'mistaken', statusBy: 'mark-milley', statusDate: '2020-01-07', statusNote: 'Corrected the next day' },
    })) as LabelEditResult;
    const [change] = result.edit.documentChanges;
    assert.equal(change.textDocument.uri, uriOf(remarks));
    assert.equal(change.textDocument.version, null, 'not open: the edit is for the file on disk');
    const after = applyTextEdits(before, change.edits);
    assert.equal(after, before.replace('status: verified\n', 'status: mistaken\n') + 'statusBy: mark-milley\nstatusDate: 2020-01-07\nstatusNote: Corrected the next day\n');
    // the editor applies it to the open buffer (unsaved): the impact reads the buffer, not the disk
    client.open(remarks, before, 'yaml');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(remarks), version: 2 }, contentChanges: [{ text: after }] });
    const impact = (await client.connection.sendRequest('sourceCheck/impact', { id: 'milley-remarks-2020-01-06' })) as ImpactResult;
    assert.equal(impact.status, 'mistaken');
    assert.deepEqual([...new Set(impact.flagged.map((f) => path.basename(f.uri)))].sort(), ['misattributed.md', 'withdrawal-clarified.md']);
    assert.equal(impact.drafts, 2);
    const sources = (await client.connection.sendRequest('sourceCheck/sources')) as SourcesResult;
    const labelled = sources.sources.find((s) => s.id === 'milley-remarks-2020-01-06')!;
    assert.equal(labelled.labelled, true);
    assert.ok(labelled.quotes.every((q) => q.codes.includes('source-status')), JSON.stringify(labelled.quotes));
    // a second edit on the open buffer names its version
    const again = (await client.connection.sendRequest('sourceCheck/labelEdit', { id: 'milley-remarks-2020-01-06', label: { status: 'verified' } })) as LabelEditResult;
    assert.equal(again.edit.documentChanges[0].textDocument.version, 2);
    const cleared = applyTextEdits(after, again.edit.documentChanges[0].edits);
    assert.equal(cleared, before, 'labelling verified without the other fields restores the file byte for byte');
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('bad label requests are refused with a message, never an edit', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws);
    await assert.rejects(client.connection.sendRequest('sourceCheck/labelEdit', { id: 'no-such', label: { status: 'draft' } }), /no source with id `no-such`/);
    await assert.rejects(client.connection.sendRequest('sourceCheck/labelEdit', { id: 'seely-letter', label: { status: 'sort-of' } }), /unknown status `sort-of`; expected one of/);
    await assert.rejects(client.connection.sendRequest('sourceCheck/labelEdit', null), /expected \{ id: string, label/);
    await assert.rejects(client.connection.sendRequest('sourceCheck/impact', { id: 3 }), /expected \{ id: string \}/);
    // nonsense to the other new methods: nothing, and the server keeps answering
    const letter = uriOf(path.join(ws, 'sources', 'seely-letter.yaml'));
    for (const params of [{}, { textDocument: { uri: 42 }, position: null }, { textDocument: { uri: letter }, position: { line: -1, character: 0.5 } }, { textDocument: { uri: letter }, position: { line: 'a', character: 0 } }]) {
      assert.equal(await client.connection.sendRequest('textDocument/references', { ...params, context: null }), null, JSON.stringify(params));
    }
    for (const params of [{}, { textDocument: { uri: null } }, { textDocument: { uri: 'file:///nowhere/x.yaml' } }]) {
      assert.deepEqual(await client.connection.sendRequest('textDocument/codeLens', params), [], JSON.stringify(params));
    }
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [null, { uri: 5, type: 1 }, { uri: letter, type: 99 }] });
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'nonsense' });
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: letter } })) as unknown[];
    assert.equal(lenses.length, 1, 'still answering');
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('the sources request groups what the view shows: sources with status, quotes and drafts, people with their statements', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const { sources, people } = (await client.connection.sendRequest('sourceCheck/sources')) as SourcesResult;
    const letter = sources.find((s) => s.id === 'seely-letter')!;
    assert.equal(letter.status, 'draft');
    assert.equal(letter.labelled, true);
    assert.equal(letter.drafts, 3);
    assert.ok(letter.quotes.some((q) => q.text.startsWith('CJTF-OIR will be repositioning forces')));
    assert.ok(letter.entry.uri.endsWith('/sources/seely-letter.yaml'));
    const milley = people.find((p) => p.id === 'mark-milley')!;
    assert.deepEqual(milley.statements, ['milley-remarks-2020-01-06']);
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('Label Source… is offered on a source entry and on a quote that resolves to a source, to a client that runs it', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws, {}, { labelSource: true });
    const letter = path.join(ws, 'sources', 'seely-letter.yaml');
    const line = fs.readFileSync(letter, 'utf8').split('\n').findIndex((l) => l.startsWith('title:'));
    client.open(letter, fs.readFileSync(letter, 'utf8'), 'yaml');
    const onEntry = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(letter) }, range: { start: { line, character: 2 }, end: { line, character: 2 } }, context: { diagnostics: [] } })) as CodeAction[];
    assert.deepEqual(onEntry.map((a) => [a.title, a.command?.command, a.command?.arguments]), [['Label Source… (seely-letter)', 'sourceCheck.labelSource', [{ id: 'seely-letter' }]]]);
    const draft = path.join(ws, 'drafts', 'withdrawal-announced.md');
    const text = fs.readFileSync(draft, 'utf8');
    client.open(draft, text);
    const at = text.split('\n').findIndex((l) => l.includes('CJTF-OIR will be repositioning'));
    const character = text.split('\n')[at].indexOf('CJTF-OIR') + 3;
    const onQuote = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(draft) }, range: { start: { line: at, character }, end: { line: at, character } }, context: { diagnostics: [] } })) as CodeAction[];
    assert.ok(onQuote.some((a) => a.command?.command === 'sourceCheck.labelSource' && JSON.stringify(a.command.arguments) === '[{"id":"seely-letter"}]'), JSON.stringify(onQuote.map((a) => a.title)));
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('a registry no draft quotes yet is in the sources request too', async () => {
  const ws = copyExample();
  fs.rmSync(path.join(ws, 'drafts'), { recursive: true });
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const { sources } = (await client.connection.sendRequest('sourceCheck/sources')) as SourcesResult;
    assert.deepEqual(sources.map((s) => [s.id, s.quotes.length]).sort(), [['milley-remarks-2020-01-06', 0], ['seely-letter', 0]]);
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('label edit with a new statement: one WorkspaceEdit labels the source and creates sources/statements.yaml with the statement that set it', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const letter = path.join(ws, 'sources', 'seely-letter.yaml');
    const statements = path.join(ws, 'sources', 'statements.yaml');
    const before = fs.readFileSync(letter, 'utf8');
    const words = 'That letter is a draft. It was a mistake.';
    const result = (await client.connection.sendRequest('sourceCheck/labelEdit', {
      id: 'seely-letter',
      label: { status: 'mistaken', statusBy: 'mark-milley', statusDate: '2020-01-06' },
      newStatement: { speaker: 'mark-milley', text: words, date: '2020-01-06', url: 'https://example.org/milley' },
    })) as LabelEditResult;
    assert.equal(result.statementId, 'mark-milley-2020-01-06');
    const [labelChange, create, statementChange] = result.edit.documentChanges;
    assert.equal(labelChange.textDocument.uri, uriOf(letter));
    assert.deepEqual(create, { kind: 'create', uri: uriOf(statements), options: { ignoreIfExists: true } });
    assert.ok(statementChange && 'textDocument' in statementChange && statementChange.textDocument.uri === uriOf(statements), JSON.stringify(statementChange));
    const labelled = applyTextEdits(before, labelChange.edits);
    assert.equal(labelled, before.replace('status: draft\n', 'status: mistaken\n').replace(/statusNote: .*\n/, '').replace('statusSource: milley-remarks-2020-01-06\n', 'statusSource: mark-milley-2020-01-06\n'));
    const created = applyTextEdits('', statementChange.edits);
    assert.equal(created, `- id: mark-milley-2020-01-06\n  type: statement\n  speaker: mark-milley\n  date: 2020-01-06\n  status: unverified\n  text: ${words}\n  url: https://example.org/milley\n`);
    // the editor applies and saves it: the registry reads the label and its new statement, with no registry-error
    fs.writeFileSync(letter, labelled);
    fs.writeFileSync(statements, created);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(letter), type: 2 }, { uri: uriOf(statements), type: 1 }] });
    const { sources } = (await client.connection.sendRequest('sourceCheck/sources')) as SourcesResult;
    assert.equal(sources.find((s) => s.id === 'seely-letter')?.status, 'mistaken');
    assert.equal(sources.find((s) => s.id === 'mark-milley-2020-01-06')?.speakerId, 'mark-milley');
    const draft = path.join(ws, 'drafts', 'withdrawal-announced.md');
    client.open(draft, fs.readFileSync(draft, 'utf8'));
    const ds = await client.waitFor(draft, (d) => d.some((x) => x.code === 'source-status'));
    assert.ok(!ds.some((d) => d.code === 'registry-error'), JSON.stringify(ds.map((d) => d.message)));
    // a second statement of the same day gets a fresh id and is appended to the file now there
    const again = (await client.connection.sendRequest('sourceCheck/labelEdit', {
      id: 'seely-letter',
      label: { status: 'retracted', statusBy: 'mark-milley', statusDate: '2020-01-06' },
      newStatement: { speaker: 'mark-milley', text: 'Withdrawn.', date: '2020-01-06' },
    })) as LabelEditResult;
    assert.equal(again.statementId, 'mark-milley-2020-01-06-2');
    assert.equal(again.edit.documentChanges.length, 2, 'no create: the file exists');
    const appended = again.edit.documentChanges[1];
    assert.ok('textDocument' in appended);
    assert.equal(applyTextEdits(created, appended.edits), `${created}- id: mark-milley-2020-01-06-2\n  type: statement\n  speaker: mark-milley\n  date: 2020-01-06\n  status: unverified\n  text: Withdrawn.\n`);
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('a new statement with no such speaker, no words or a bad date is refused with what was expected, never an edit', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const label = { status: 'mistaken', statusBy: 'mark-milley' };
    const ask = (newStatement: unknown) => client.connection.sendRequest('sourceCheck/labelEdit', { id: 'seely-letter', label, newStatement });
    await assert.rejects(ask({ speaker: 'nobody-here', text: 'x', date: '2020-01-06' }), /speaker `nobody-here` is no person of the registry; expected a person's id/);
    await assert.rejects(ask({ speaker: 'mark-milley', text: ' ', date: '2020-01-06' }), /text must be its words/);
    await assert.rejects(ask({ speaker: 'mark-milley', text: 'x', date: 'Jan 6' }), /date must be YYYY-MM-DD, got "Jan 6"/);
    await assert.rejects(ask(null), /expected a new statement \{ speaker, text, date, url\? \}/);
    assert.ok(!fs.existsSync(path.join(ws, 'sources', 'statements.yaml')));
  } finally {
    await client.close();
    removeDir(ws);
  }
});

test('label edit with a new statement and a statementFile: the statement goes to that registry file; a file outside the registry is refused', async () => {
  const ws = copyExample();
  const client = new LspClient();
  try {
    await client.initialize(ws);
    const remarks = path.join(ws, 'sources', 'milley-remarks.yaml');
    const remarksText = fs.readFileSync(remarks, 'utf8');
    const ask = (statementFile: string) => client.connection.sendRequest('sourceCheck/labelEdit', {
      id: 'seely-letter',
      label: { status: 'mistaken', statusBy: 'mark-milley', statusDate: '2020-01-06' },
      newStatement: { speaker: 'mark-milley', text: 'It was a mistake.', date: '2020-01-06' },
      statementFile,
    }) as Promise<LabelEditResult>;
    const result = await ask(uriOf(remarks));
    assert.equal(result.statementId, 'mark-milley-2020-01-06');
    assert.deepEqual(result.edit.documentChanges.map((c) => ('textDocument' in c ? c.textDocument.uri : c.kind)), [uriOf(path.join(ws, 'sources', 'seely-letter.yaml')), uriOf(remarks)], 'no create: the chosen file exists');
    const appended = result.edit.documentChanges[1];
    assert.ok('textDocument' in appended);
    // (the file holds one entry as a mapping: the statement is its next YAML document)
    assert.equal(applyTextEdits(remarksText, appended.edits), `${remarksText}---\nid: mark-milley-2020-01-06\ntype: statement\nspeaker: mark-milley\ndate: 2020-01-06\nstatus: unverified\ntext: It was a mistake.\n`);
    await assert.rejects(ask(uriOf(path.join(ws, 'drafts', 'elsewhere.yaml'))), /statementFile .*elsewhere\.yaml is outside the source's registry .*sources; expected one of its files/);
    await assert.rejects(ask(uriOf(path.join(ws, 'sources', 'notes.md'))), /statementFile must be the URI of a \.yaml, \.yml or \.json registry file, got ".*notes\.md"/);
    assert.ok(!fs.existsSync(path.join(ws, 'sources', 'statements.yaml')));
  } finally {
    await client.close();
    removeDir(ws);
  }
});
