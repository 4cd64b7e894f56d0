import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NodeWorkspace } from '../../../src/server/nodeWorkspace.ts';
import { Session } from '../../../src/server/session.ts';
import { fileUri } from '../../../src/server/uris.ts';
import { WorkspaceIndex } from '../../../src/server/workspaceIndex.ts';
import { STORY_REGISTRY } from '../../support/drafts.ts';
import { quietConnection } from '../../support/quietConnection.ts';

// An open draft's index record comes from the session's own check of it, made
// when a request asks for the records: the index's reading of the workspace
// builds none, so nothing stands between a large draft's first check and the
// writing of its diagnostics.

test('the index reads an open, checked draft without making its record; the record is made from that check when asked', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-open-record-'));
  try {
    fs.mkdirSync(path.join(root, 'sources'));
    fs.writeFileSync(path.join(root, 'sources', 'story.yaml'), STORY_REGISTRY);
    const file = path.join(root, 'open.md');
    fs.writeFileSync(file, 'On disk: nothing quoted.\n');
    const uri = fileUri(file);
    // the buffer differs from the disk: the record must come from it
    const document = TextDocument.create(uri, 'markdown', 3, '“CJTF-OIR will be repositioning forces,” Milley said — or so the quay’s sign read.\n');
    const session = new Session(quietConnection(), 'file:///README.md', new NodeWorkspace());
    session.setWorkspace([fileUri(root)], true);
    const host = { severity: {}, registry: [] as string[] };
    session.configure(host);
    session.configureFolders([{ folder: root, host }]);
    const checked = session.checkOpen(document, await session.registryFor(session.locationOf(uri)));
    assert.ok(checked && checked.doc.extraction.quotes.length === 1);
    let asked = 0;
    const lastCheck = session.lastCheck.bind(session);
    session.lastCheck = (u: string) => {
      asked++;
      return lastCheck(u);
    };
    const index = new WorkspaceIndex(new NodeWorkspace(), { session, connection: quietConnection(), openDocument: (u) => (u === uri ? document : undefined), changed: () => {} }, 100);
    index.configure({});
    index.start([fileUri(root)]);
    await index.ready();
    assert.equal(asked, 0, 'reading the workspace did not make the open draft’s record');
    const [record] = await index.records();
    assert.equal(record.uri, uri);
    assert.equal(record.quotes.length, 1, 'the buffer’s quote, not the disk’s text');
    assert.ok(asked > 0, 'the record came from the session’s check');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
