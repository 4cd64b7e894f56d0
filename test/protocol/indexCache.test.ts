import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../support/lspClient.ts';
import { removeDir } from '../support/workspace.ts';

// The desktop server started with --cache-location keeps the registry index cache
// on disk as the CLI does (src/host/indexCache.ts): a second server reads the registry's entries and
// quote index from it, with the same diagnostics; `--no-cache` writes nothing,
// and a damaged cache file is rebuilt, never trusted.

let dir: string;
let draft: string;
let draftText: string;

const STATEMENTS = 300; // over the cache's minimum of quote texts, in a file over its minimum size

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-index-cache-'));
  fs.mkdirSync(path.join(dir, 'sources'));
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(path.join(dir, 'sources', 'people.yaml'), '- id: ada-park\n  type: person\n  name: Ada Park\n  aliases: [Park]\n- id: ben-ortiz\n  type: person\n  name: Ben Ortiz\n  aliases: [Ortiz]\n');
  const statements = Array.from({ length: STATEMENTS }, (_, i) => `- id: s${i}\n  type: statement\n  speaker: ${i % 2 ? 'ben-ortiz' : 'ada-park'}\n  date: 2024-01-01\n  status: verified\n  text: The council will vote on the harbour plan number ${i} before the summer recess begins.\n`);
  fs.writeFileSync(path.join(dir, 'sources', 'statements.yaml'), statements.join(''));
  draft = path.join(dir, 'drafts', 'story.md');
  draftText = '# Harbour\n\n"The council will vote on the harbour plan number 7 before the summer recess begins," Ortiz said.\n\n"The council will vote on the harbour plan number 8 before the winter recess begins," Park said.\n';
  fs.writeFileSync(draft, draftText);
});

after(() => removeDir(dir));

/** The diagnostics of the draft from a server started with `args`. */
async function diagnosticsWith(args: string[]): Promise<Diagnostic[]> {
  const client = new LspClient({ args });
  try {
    await client.initialize(dir);
    await client.settled();
    client.open(draft, draftText);
    return await client.waitFor(draft, (d) => d.length > 0, 30_000);
  } finally {
    const code = await client.close();
    assert.equal(code, 0, client.stderr);
  }
}

const cacheFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => n.endsWith('.bin')).sort() : []);

test('a second server reads the registry from the index cache the first one wrote, with the same diagnostics', async () => {
  const folder = path.join(dir, 'cache');
  const first = await diagnosticsWith(['--cache-location', folder]);
  const written = cacheFiles(folder);
  assert.ok(written.some((n) => n.startsWith('entries-')), `expected the statements file's entries in ${folder}, found ${written.join(', ') || 'nothing'}`);
  assert.ok(written.some((n) => n.startsWith('index-')), `expected the quote index in ${folder}, found ${written.join(', ') || 'nothing'}`);
  const stamps = written.map((n) => fs.statSync(path.join(folder, n)).mtimeMs);
  const second = await diagnosticsWith([`--cache-location=${folder}`]);
  assert.deepEqual(second, first);
  assert.ok(first.some((d) => d.code === 'misquote'), `expected the altered quote's misquote, got ${first.map((d) => d.code).join(', ')}`);
  assert.deepEqual(cacheFiles(folder), written);
  assert.deepEqual(written.map((n) => fs.statSync(path.join(folder, n)).mtimeMs), stamps, 'read, not written again');
});

test('--no-cache writes no cache; a damaged cache file is rebuilt, and the diagnostics are the same', async () => {
  const folder = path.join(dir, 'cache-2');
  const uncached = await diagnosticsWith(['--no-cache', '--cache-location', folder]);
  assert.deepEqual(cacheFiles(folder), []);
  assert.deepEqual(await diagnosticsWith([]), uncached, 'by default: no cache, the same diagnostics');
  await diagnosticsWith(['--cache-location', folder]);
  const index = cacheFiles(folder).find((n) => n.startsWith('index-'))!;
  const bytes = fs.readFileSync(path.join(folder, index));
  fs.writeFileSync(path.join(folder, index), bytes.subarray(0, bytes.length >> 1)); // cut short
  assert.deepEqual(await diagnosticsWith(['--cache-location', folder]), uncached);
  assert.equal(fs.statSync(path.join(folder, index)).size, bytes.length, 'the cut file was written again whole');
});
