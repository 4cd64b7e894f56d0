import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { EXAMPLE, removeDir } from '../support/workspace.ts';

// The registry a server may read stays inside the workspace: the search for
// sources/ stops at the folder holding the draft, and an untrusted workspace
// gets no registry outside its folders from its settings.

let top: string;
const draftText = fs.readFileSync(path.join(EXAMPLE, 'drafts', 'withdrawal-announced.md'), 'utf8');

before(() => {
  top = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-reach-'));
});

after(() => removeDir(top));

/** A server started on these workspace folders; log messages are collected. */
async function serverOn(folders: string[], settings: Record<string, unknown>, trusted?: boolean): Promise<{ client: LspClient; logs: string[] }> {
  const client = new LspClient();
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  client.settings = settings;
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folders[0]),
    workspaceFolders: folders.map((f, i) => ({ uri: uriOf(f), name: `ws${i}` })),
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { settings: { debounceMs: 10, ...settings }, ...(trusted === undefined ? {} : { trusted }) },
  });
  await client.connection.sendNotification('initialized', {});
  return { client, logs };
}

/** The source-status findings of the example's draft, written at `file` and opened. */
async function statusFindings(client: LspClient, file: string): Promise<number> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, draftText);
  client.open(file, draftText);
  // the unattributed/unverified findings come in any case: wait for the first publication
  const ds = await client.waitFor(file, () => true);
  return ds.filter((d) => d.code === 'source-status').length;
}

test('a sources/ folder above the workspace folder is not used; one inside it is', async () => {
  const base = path.join(top, 'above');
  fs.cpSync(path.join(EXAMPLE, 'sources'), path.join(base, 'sources'), { recursive: true });
  const ws = path.join(base, 'ws');
  const { client } = await serverOn([ws], {});
  try {
    assert.equal(await statusFindings(client, path.join(ws, 'drafts', 'a.md')), 0, client.stderr);
  } finally {
    await client.close();
  }
  // control: the same layout with the workspace folder one level up finds the registry
  const { client: wider } = await serverOn([base], {});
  try {
    assert.ok((await statusFindings(wider, path.join(ws, 'drafts', 'b.md'))) > 0);
  } finally {
    await wider.close();
  }
});

test('with several workspace folders, the search stops at the folder holding the draft', async () => {
  const base = path.join(top, 'several');
  const first = path.join(base, 'first');
  const second = path.join(base, 'group', 'second');
  fs.mkdirSync(first, { recursive: true });
  fs.cpSync(path.join(EXAMPLE, 'sources'), path.join(base, 'group', 'sources'), { recursive: true });
  const { client } = await serverOn([first, second], {});
  try {
    assert.equal(await statusFindings(client, path.join(second, 'drafts', 'a.md')), 0, client.stderr);
  } finally {
    await client.close();
  }
});

test('an untrusted workspace gets no configured registry outside its folders (a warning in the log); a trusted one does', async () => {
  const base = path.join(top, 'untrusted');
  fs.cpSync(path.join(EXAMPLE, 'sources'), path.join(base, 'shared-sources'), { recursive: true });
  const ws = path.join(base, 'ws');
  const settings = { registry: ['../shared-sources'] };
  const { client, logs } = await serverOn([ws], settings, false);
  try {
    assert.equal(await statusFindings(client, path.join(ws, 'drafts', 'a.md')), 0, client.stderr);
    assert.ok(logs.some((m) => m.includes('sourceCheck.registry `../shared-sources` points outside the workspace folders') && m.includes('not trusted')), logs.join('\n'));
  } finally {
    await client.close();
  }
  const { client: trusted, logs: trustedLogs } = await serverOn([ws], { registry: ['../shared-sources', 'no-such-folder'] }, true);
  try {
    assert.ok((await statusFindings(trusted, path.join(ws, 'drafts', 'b.md'))) > 0);
    assert.ok(!trustedLogs.some((m) => m.includes('not trusted')));
    assert.ok(trustedLogs.some((m) => m.includes(`sourceCheck.registry \`no-such-folder\`: no such file or folder ${path.join(ws, 'no-such-folder')}`)), trustedLogs.join('\n'));
  } finally {
    await trusted.close();
  }
});
