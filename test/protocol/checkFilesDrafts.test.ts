import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspClient, uriOf } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

type Result = { checked: number; findings: number; skipped: { uri: string; reason: string }[] };

test('check-files decides drafts as the CLI does: no Markdown in sources/, nothing sourceCheck.exclude names', async () => {
  const dir = copyExample();
  fs.writeFileSync(path.join(dir, 'sources', 'README.md'), 'He said "this is registry material.\n');
  fs.mkdirSync(path.join(dir, 'drafts', 'old'));
  fs.writeFileSync(path.join(dir, 'drafts', 'old', 'last-year.md'), 'He said "last year.\n');
  const client = new LspClient();
  try {
    await client.initialize(dir, { exclude: ['drafts/old/**'] });
    const uris = [path.join(dir, 'sources', 'README.md'), path.join(dir, 'drafts', 'old', 'last-year.md'), path.join(dir, 'drafts', 'misattributed.md')].map(uriOf);
    const result = (await client.connection.sendRequest('sourceCheck/checkFiles', { uris })) as Result;
    assert.equal(result.checked, 1, JSON.stringify(result));
    assert.deepEqual(result.skipped.map((s) => s.uri), uris.slice(0, 2));
    assert.match(result.skipped[0].reason, /^not a draft: sources\/README\.md /);
    assert.match(result.skipped[1].reason, /^not a draft: drafts\/old\/last-year\.md /);
  } finally {
    await client.close();
    removeDir(dir);
  }
});
