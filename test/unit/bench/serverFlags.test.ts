import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
// @ts-expect-error -- a plain ES module of the benchmark, without types
import { SERVER_FLAGS } from '../../../bench/lspClient.mjs';

test('the benchmark starts the server with the flags the extension gives it', () => {
  const client = fs.readFileSync(path.join(import.meta.dirname, '../../../src/client/languageClient.ts'), 'utf8');
  const written = /export const SERVER_FLAGS = (\[[^\]]*\]);/.exec(client);
  assert.ok(written, 'SERVER_FLAGS is declared in src/client/languageClient.ts');
  assert.deepEqual(JSON.parse(written[1].replace(/'/g, '"')), SERVER_FLAGS);
});
