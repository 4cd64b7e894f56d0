import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NodeWorkspace } from '../../../src/server/nodeWorkspace.ts';
import { Session } from '../../../src/server/session.ts';
import { fileUri } from '../../../src/server/uris.ts';
import { STORY_REGISTRY } from '../../support/drafts.ts';

/** A connection that records what the session publishes. */
function fakeConnection(published: unknown[]): Connection {
  const quiet = () => {};
  return { console: { warn: quiet, info: quiet, error: quiet, log: quiet }, sendDiagnostics: async (p: unknown) => void published.push(p) } as unknown as Connection;
}

test('settings pulled again unchanged keep the checks made with them; changed ones drop them', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-same-settings-'));
  fs.mkdirSync(path.join(root, 'sources'));
  fs.writeFileSync(path.join(root, 'sources', 'story.yaml'), STORY_REGISTRY);
  const draft = path.join(root, 'd.md');
  const session = new Session(fakeConnection([]), 'file:///README.md', new NodeWorkspace());
  session.setWorkspace([fileUri(root)], true);
  const host = { severity: {}, registry: [] as string[] };
  session.configure(host);
  session.configureFolders([{ folder: root, host }]);
  const doc = TextDocument.create(fileUri(draft), 'markdown', 1, '"CJTF-OIR will be repositioning forces," Milley said.\n');
  const registry = await session.registryFor(session.locationOf(doc.uri));
  const checked = session.checkOpen(doc, registry);
  assert.ok(checked && checked.doc.findings.length > 0);
  // what the server does when the client answers workspace/configuration with the settings initialize gave
  session.configure({ severity: {}, registry: [] });
  session.configureFolders([{ folder: root, host: { severity: {}, registry: [] } }]);
  assert.equal(session.lastCheck(doc.uri), checked, 'the same settings again keep the last check');
  session.configureFolders([{ folder: root, host: { severity: { 'misattributed-quote': 'hint' }, registry: [] } }]);
  assert.equal(session.lastCheck(doc.uri), undefined, 'a folder setting changed: checked again');
  session.checkOpen(doc, await session.registryFor(session.locationOf(doc.uri)));
  session.configure({ severity: { misquote: 'error' }, registry: [] });
  assert.equal(session.lastCheck(doc.uri), undefined, 'a workspace setting changed: checked again');
  fs.rmSync(root, { recursive: true, force: true });
});
