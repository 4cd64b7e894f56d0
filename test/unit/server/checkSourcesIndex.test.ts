import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { checkFiles, type CheckFilesHost } from '../../../src/server/checkFiles.ts';
import { NodeWorkspace } from '../../../src/server/nodeWorkspace.ts';
import { Session } from '../../../src/server/session.ts';
import { fileUri } from '../../../src/server/uris.ts';
import { WorkspaceIndex } from '../../../src/server/workspaceIndex.ts';
import type { FileText } from '../../../src/server/workspace.ts';
import { STORY_REGISTRY } from '../../support/drafts.ts';
import { quietConnection } from '../../support/quietConnection.ts';

/** A workspace of `n` drafts and the story registry; the session and index over it, the index's draft reads counted. */
async function setUp(n: number) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-sources-index-'));
  fs.mkdirSync(path.join(root, 'sources'));
  fs.writeFileSync(path.join(root, 'sources', 'story.yaml'), STORY_REGISTRY);
  const uris: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = path.join(root, `d${String(i).padStart(2, '0')}.md`);
    fs.writeFileSync(file, `"CJTF-OIR will be repositioning forces," Milley said.\n\nDraft ${i} "says nothing new," Seely wrote.\n`);
    uris.push(fileUri(file));
  }
  const disk = new NodeWorkspace();
  const session = new Session(quietConnection(), 'file:///README.md', disk);
  session.setWorkspace([fileUri(root)], true);
  const host = { severity: {}, registry: [] as string[] };
  session.configure(host);
  session.configureFolders([{ folder: root, host }]);
  const indexReads: string[] = [];
  const counted = Object.create(disk) as NodeWorkspace;
  counted.readFile = (uri: string, maxBytes: number): Promise<FileText> => {
    indexReads.push(uri);
    return disk.readFile(uri, maxBytes);
  };
  const index = new WorkspaceIndex(counted, { session, connection: quietConnection(), openDocument: () => undefined, changed: () => {} }, 100);
  index.configure({});
  const checkHost: CheckFilesHost = { session, openDocument: () => undefined, checkOpen: async () => 'not open', readFile: (u, max) => disk.readFile(u, max), index };
  return { root, uris, index, indexReads, checkHost, session };
}

test('Check Sources while the workspace index reads the same drafts: each draft is checked once, the index takes the records from Check Sources', async () => {
  const { root, uris, index, indexReads, checkHost } = await setUp(12);
  try {
    // as the bench and the editor do: the index starts reading, Check Sources asks for the drafts in chunks
    index.start([fileUri(root)]);
    let findings = 0;
    for (let i = 0; i < uris.length; i += 5) {
      const result = await checkFiles({ uris: uris.slice(i, i + 5) }, checkHost);
      assert.ok(!('code' in result));
      findings += result.findings;
    }
    await index.ready();
    assert.deepEqual(indexReads, [], 'the index read none of the drafts Check Sources checked');
    const records = await index.records();
    assert.deepEqual(records.map((r) => r.uri).sort(), [...uris].sort());
    assert.ok(findings > 0);
    assert.equal(records.reduce((n, r) => n + r.findings.length, 0), findings, 'the records hold the findings Check Sources counted');
    assert.deepEqual(uris.filter((u) => checkHost.session.lastCheck(u)), [], 'the session keeps no check of a draft read from disk (only open documents)');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('drafts Check Sources was not asked for are still read by the index once it is done', async () => {
  const { root, uris, index, indexReads, checkHost } = await setUp(8);
  try {
    index.start([fileUri(root)]);
    await checkFiles({ uris: uris.slice(0, 3) }, checkHost);
    await index.ready();
    assert.deepEqual([...indexReads].sort(), uris.slice(3).sort(), 'the other five read by the index, each once');
    assert.equal((await index.records()).length, 8);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('while the index waits for Check Sources, its progress says so, and says the count again once it reads on', async () => {
  const { root, session } = await setUp(8);
  try {
    const reports: string[] = [];
    const progress = {
      token: { isCancellationRequested: false },
      begin: (_title: string, _pct: number, message: string) => reports.push(`begin ${message}`),
      report: (_pct: number, message: string) => reports.push(message),
      done: () => reports.push('done'),
    };
    const connection = { ...quietConnection(), window: { createWorkDoneProgress: async () => progress } } as unknown as Connection;
    const index = new WorkspaceIndex(new NodeWorkspace(), { session, connection, openDocument: () => undefined, changed: () => {} }, 50);
    index.configure({});
    // a Check Sources request runs as the index starts reading (it checks nothing here: the index reads every draft after it)
    const sources = index.whileCheckingSources(() => new Promise((r) => setTimeout(r, 200)));
    index.start([fileUri(root)]);
    await sources;
    await index.ready();
    assert.equal(reports[0], 'begin 0 of 8');
    assert.ok(reports.includes('0 of 8, waiting while Check Sources checks drafts'), reports.join(' | '));
    const waited = reports.indexOf('0 of 8, waiting while Check Sources checks drafts');
    assert.equal(reports[waited + 1], '0 of 8', 'the count again once the index reads on');
    assert.equal(reports.at(-1), 'done');
    assert.equal((await index.records()).length, 8);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
