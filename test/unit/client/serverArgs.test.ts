import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { indexCacheFolder, serverArgs } from '../../../src/client/serverArgs.ts';

test('the desktop server keeps its index cache in the extension storage, never in the workspace', () => {
  const storage = path.join(path.sep, 'home', 'ann', '.config', 'Code', 'User', 'globalStorage', 'source-check.source-check');
  assert.deepEqual(serverArgs(storage), ['--cache-location', path.join(storage, 'index-cache')]);
  assert.equal(indexCacheFolder(storage), path.join(storage, 'index-cache'));
});

test('the language client starts the server with those arguments, in run and in debug', () => {
  const client = fs.readFileSync(path.join(import.meta.dirname, '../../../src/client/languageClient.ts'), 'utf8');
  assert.match(client, /const args = serverArgs\(context\.globalStorageUri\.fsPath\)/);
  assert.equal(client.match(/transport: TransportKind\.stdio, args,/g)?.length, 2);
});
