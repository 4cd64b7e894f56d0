import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { serveFolders } from '../support/folderSettings.ts';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { EXAMPLE, removeDir } from '../support/workspace.ts';

let root: string;
let folderA: string;
let folderB: string;
before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-multi-'));
  folderA = path.join(root, 'a');
  folderB = path.join(root, 'b');
  // each folder's registry lives under its own name, so only its sourceCheck.registry finds it
  for (const [folder, registry] of [[folderA, 'registry-a'], [folderB, 'registry-b']]) {
    fs.cpSync(EXAMPLE, folder, { recursive: true });
    fs.renameSync(path.join(folder, 'sources'), path.join(folder, registry));
  }
  // B's registry differs: its letter is disputed, not a draft
  const letterB = path.join(folderB, 'registry-b', 'seely-letter.yaml');
  fs.writeFileSync(letterB, fs.readFileSync(letterB, 'utf8').replace('status: draft', 'status: disputed'));
});
after(() => removeDir(root));

test('in a multi-root workspace each folder is asked for its own settings (scopeUri) and its drafts are checked with them', async () => {
  const client = new LspClient();
  const byFolder: Record<string, Record<string, unknown>> = {
    [uriOf(folderA)]: { registry: ['registry-a'], severity: { misquote: 'error' } },
    [uriOf(folderB)]: { registry: 'registry-b', severity: { misquote: 'off' }, exclude: ['drafts/misattributed.md'] },
  };
  const asked: (string | undefined)[] = [];
  client.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
    params.items.map((item) => {
      asked.push(item.scopeUri);
      return item.section === 'sourceCheck' && item.scopeUri ? (byFolder[item.scopeUri] ?? null) : null;
    }));
  try {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: uriOf(folderA), name: 'a' }, { uri: uriOf(folderB), name: 'b' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } } },
      initializationOptions: { settings: { debounceMs: 10 } },
    });
    await client.connection.sendNotification('initialized', {});
    const draftA = path.join(folderA, 'drafts', 'misquoted-letter.md');
    const draftB = path.join(folderB, 'drafts', 'misquoted-letter.md');
    client.open(draftA, fs.readFileSync(draftA, 'utf8'));
    client.open(draftB, fs.readFileSync(draftB, 'utf8'));
    const statusOf = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'source-status').map((d) => d.message).join('\n');
    const inA = await client.waitFor(draftA, (d) => d.some((x) => x.code === 'misquote') && /labelled a draft/.test(statusOf(d)));
    assert.ok(inA.filter((d) => d.code === 'misquote').every((d) => d.severity === DiagnosticSeverity.Error), 'A: misquote is an error there');
    // B: its own registry (the letter disputed), and misquote off there
    const inB = await client.waitFor(draftB, (d) => /labelled disputed/.test(statusOf(d)));
    assert.doesNotMatch(statusOf(inB), /labelled a draft/, 'B is checked against registry-b, not registry-a');
    assert.deepEqual(inB.filter((d) => d.code === 'misquote'), [], 'misquote is off in B');
    assert.deepEqual([...new Set(asked)].sort(), [uriOf(folderA), uriOf(folderB)].sort(), 'one scoped request per folder, never an unscoped one');
    // A's draft keeps its own settings and registry
    const stillA = await client.waitFor(draftA, () => true);
    assert.ok(stillA.some((d) => d.code === 'misquote' && d.severity === DiagnosticSeverity.Error), JSON.stringify(stillA.map((d) => [d.code, d.severity])));
    assert.match(statusOf(stillA), /labelled a draft/);
    // Check Sources: B's exclude applies to B's drafts only
    const [offA, offB] = [folderA, folderB].map((f) => uriOf(path.join(f, 'drafts', 'misattributed.md')));
    const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris: [offA, offB] })) as { checked: number; skipped: { uri: string; reason: string }[] };
    assert.equal(result.checked, 1, JSON.stringify(result));
    assert.deepEqual(result.skipped.map((s) => s.uri), [offB]);
    assert.match(result.skipped[0].reason, /not a draft: drafts\/misattributed\.md is outside sourceCheck\.include, or in sourceCheck\.exclude/);
    // a settings change is read per folder again, even when the client pushes an unscoped section with it
    byFolder[uriOf(folderB)] = { ...byFolder[uriOf(folderB)], severity: { misquote: 'warning' } };
    asked.length = 0;
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sourceCheck: { severity: { misquote: 'hint' } } } });
    const changedB = await client.waitFor(draftB, (d) => d.some((x) => x.code === 'misquote'));
    assert.ok(changedB.filter((d) => d.code === 'misquote').every((d) => d.severity === DiagnosticSeverity.Warning), JSON.stringify(changedB.map((d) => [d.code, d.severity])));
    assert.deepEqual([...new Set(asked)].sort(), [uriOf(folderA), uriOf(folderB)].sort());
    const changedA = await client.waitFor(draftA, (d) => d.some((x) => x.code === 'misquote'));
    assert.ok(changedA.filter((d) => d.code === 'misquote').every((d) => d.severity === DiagnosticSeverity.Error), 'A keeps its own severity');
  } finally {
    await client.close();
  }
});

test('a registry file opened in the second folder is read as part of that folder\'s registry: its problems show with no draft open, at that folder\'s severity', async () => {
  const byFolder: Record<string, Record<string, unknown>> = {
    [uriOf(folderA)]: { registry: ['registry-a'], severity: { 'registry-error': 'error' } },
    [uriOf(folderB)]: { registry: ['registry-b'], severity: { 'registry-error': 'warning' } },
  };
  const broken = path.join(folderB, 'registry-b', 'broken.yaml');
  fs.writeFileSync(broken, 'id: broken-entry\ntype: statement\ntext: [unclosed\n');
  const client = await serveFolders([folderA, folderB], byFolder);
  try {
    client.open(broken, fs.readFileSync(broken, 'utf8'), 'yaml');
    const ds = await client.waitFor(broken, (d) => d.some((x) => x.code === 'registry-error'));
    assert.ok(ds.filter((d) => d.code === 'registry-error').every((d) => d.severity === DiagnosticSeverity.Warning), `B's severity for registry-error: ${JSON.stringify(ds.map((d) => [d.code, d.severity]))}`);
  } finally {
    fs.rmSync(broken, { force: true });
    await client.close();
  }
});

/**
 * Starts a server on folders A and B (B excluding its misattributed.md), the folder settings
 * answered after `settingsDelayMs`, and checks that references reach A's draft and not B's.
 */
async function indexFollowsFolderRules(settingsDelayMs: number): Promise<void> {
  const client = new LspClient();
  const byFolder: Record<string, Record<string, unknown>> = {
    [uriOf(folderA)]: { registry: ['registry-a'] },
    [uriOf(folderB)]: { registry: ['registry-b'], exclude: ['drafts/misattributed.md'] },
  };
  client.connection.onRequest('workspace/configuration', async (params: { items: { scopeUri?: string }[] }) => {
    if (settingsDelayMs) await new Promise((r) => setTimeout(r, settingsDelayMs));
    return params.items.map((item) => (item.scopeUri ? (byFolder[item.scopeUri] ?? null) : null));
  });
  try {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: uriOf(folderA), name: 'a' }, { uri: uriOf(folderB), name: 'b' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      initializationOptions: { settings: { debounceMs: 10 } },
    });
    await client.connection.sendNotification('initialized', {});
    const remarks = path.join(folderA, 'registry-a', 'milley-remarks.yaml');
    const text = fs.readFileSync(remarks, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('id: '));
    const quotedIn = async () => {
      const found = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(remarks) }, position: { line, character: 5 }, context: { includeDeclaration: false } })) as { uri: string }[] | null;
      return (found ?? []).map((l) => l.uri).filter((u) => u.endsWith('/drafts/misattributed.md'));
    };
    // the folders' settings arrive after initialized: wait until A's draft is indexed, then B's exclude must hold
    let uris: string[] = [];
    for (const deadline = Date.now() + 15000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      uris = await quotedIn();
      if (uris.includes(uriOf(path.join(folderA, 'drafts', 'misattributed.md')))) break;
    }
    assert.deepEqual(uris, [uriOf(path.join(folderA, 'drafts', 'misattributed.md'))], 'B\'s misattributed.md is excluded by B\'s settings, A\'s is indexed');
  } finally {
    await client.close();
  }
}

test('the workspace index reads each folder\'s drafts by that folder\'s own include and exclude', () => indexFollowsFolderRules(0));

// the answer comes late: the index has read both folders by the workspace-wide rules by then
test('folder settings that arrive after the first reading of the workspace still decide its drafts: the folders are read again by their own rules', () => indexFollowsFolderRules(1500));

test('a workspace folder added while the server runs gets its own settings and registry; removed, its scope goes', async () => {
  const client = new LspClient();
  const byFolder: Record<string, Record<string, unknown>> = {
    [uriOf(folderA)]: { registry: ['registry-a'] },
    [uriOf(folderB)]: { registry: ['registry-b'], severity: { misquote: 'off' } },
  };
  client.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) =>
    params.items.map((item) => (item.scopeUri ? (byFolder[item.scopeUri] ?? null) : null)));
  try {
    const init = (await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: uriOf(folderA), name: 'a' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } } },
      initializationOptions: { settings: { debounceMs: 10 } },
    })) as { capabilities: { workspace?: { workspaceFolders?: { changeNotifications?: boolean } } } };
    assert.equal(init.capabilities.workspace?.workspaceFolders?.changeNotifications, true, 'the server asks to be told of folder changes');
    await client.connection.sendNotification('initialized', {});
    const draftB = path.join(folderB, 'drafts', 'misquoted-letter.md');
    client.open(draftB, fs.readFileSync(draftB, 'utf8'));
    const statusOf = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'source-status').map((d) => d.message).join('\n');
    // outside every folder, B's draft has no registry: registry-b is no sources/ folder
    const before = await client.waitFor(draftB, () => true);
    assert.doesNotMatch(statusOf(before), /labelled disputed/);
    void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(folderB), name: 'b' }], removed: [] } });
    const added = await client.waitFor(draftB, (d) => /labelled disputed/.test(statusOf(d)));
    assert.deepEqual(added.filter((d) => d.code === 'misquote'), [], 'B\'s own severity: misquote off');
    void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(folderB), name: 'b' }] } });
    const removed = await client.waitFor(draftB, (d) => !/labelled disputed/.test(statusOf(d)));
    assert.doesNotMatch(statusOf(removed), /labelled disputed/, 'removed: registry-b no longer applies');
  } finally {
    await client.close();
  }
});
