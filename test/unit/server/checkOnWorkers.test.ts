import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver';
import { checkFiles, type CheckFilesHost } from '../../../src/server/checkFiles.ts';
import type { DraftPool, PoolOutcome } from '../../../src/server/checkPool.ts';
import { NodeCheckPool } from '../../../src/server/nodeCheckPool.ts';
import { NodeWorkspace } from '../../../src/server/nodeWorkspace.ts';
import { Session } from '../../../src/server/session.ts';
import { fileUri } from '../../../src/server/uris.ts';
import { WorkspaceIndex } from '../../../src/server/workspaceIndex.ts';
import type { CheckFilesResult } from '../../../src/protocol.ts';

// invented people and statements; drafts hard-wrapped, with curly and straight quotes, one unregistered speaker
const PEOPLE = `- id: mara-ellory
  type: person
  name: Mara Ellory
  aliases: [Ellory]
- id: tobin-vale
  type: person
  name: Tobin Vale
  aliases: [Vale]
`;
const STATEMENTS = `- id: ferry-times
  type: statement
  speaker: mara-ellory
  text: The ferry leaves at nine and nobody waits for the late ones.
- id: harbour-wall
  type: statement
  speaker: tobin-vale
  text: The harbour wall will be rebuilt before the winter storms.
`;
const draftText = (i: number) =>
  `# Harbour notes ${i}\n\n\u201cThe ferry leaves at nine and nobody waits for the\nlate ones,\u201d said Ellory on day ${i}.\n\n` +
  `"The harbour wall will be rebuilt before the summer," Vale told the\ncouncil.\n\n"We were never asked," said Ines Quarrow, a fisher.\n`;

const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

/** A workspace of `n` drafts and its registry folder. */
function workspaceOf(n: number): { root: string; uris: string[] } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-check-workers-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'sources'));
  fs.writeFileSync(path.join(root, 'sources', 'people.yaml'), PEOPLE);
  fs.writeFileSync(path.join(root, 'sources', 'statements.yaml'), STATEMENTS);
  const uris = Array.from({ length: n }, (_, i) => {
    const file = path.join(root, `d${String(i).padStart(2, '0')}.md`);
    fs.writeFileSync(file, draftText(i));
    return fileUri(file);
  });
  return { root, uris };
}

/** Check Sources over `uris` in chunks of 10 in a new session (with `pool`, if any): what it published last per URI, the index's records, the totals, the errors it logged. */
async function checkSources(root: string, uris: string[], pool?: DraftPool, onSession?: (session: Session) => void, token?: CancellationToken) {
  const published = new Map<string, Diagnostic[]>();
  const errors: string[] = [];
  const quiet = () => {};
  const connection = {
    console: { warn: quiet, info: quiet, log: quiet, error: (m: string) => errors.push(m) },
    sendDiagnostics: async (p: { uri: string; diagnostics: Diagnostic[] }) => void published.set(p.uri, p.diagnostics),
    window: { createWorkDoneProgress: async () => Promise.reject(new Error('no progress')) },
  } as unknown as Connection;
  const disk = new NodeWorkspace();
  const session = new Session(connection, 'file:///README.md', disk);
  onSession?.(session);
  session.setWorkspace([fileUri(root)], true);
  const settings = { severity: {}, registry: [] as string[] };
  session.configure(settings);
  session.configureFolders([{ folder: root, host: settings }]);
  const index = new WorkspaceIndex(disk, { session, connection, openDocument: () => undefined, changed: () => {} }, 100);
  index.configure({});
  index.start([fileUri(root)]);
  const host: CheckFilesHost = { session, openDocument: () => undefined, checkOpen: async () => 'not open', readFile: (u, max) => disk.readFile(u, max), index, pool };
  const results: CheckFilesResult[] = [];
  for (let i = 0; i < uris.length; i += 10) {
    const result = await checkFiles({ uris: uris.slice(i, i + 10) }, host, token);
    assert.ok(!('code' in result), JSON.stringify(result));
    results.push(result);
  }
  await index.ready();
  const records = (await index.records()).sort((a, b) => a.uri.localeCompare(b.uri));
  return { published, records, results, errors };
}

/** The pool's workers take every draft (this thread takes none); `seen` counts the outcomes they sent, `onFirst` runs before the first is handled. */
function workersOnly(pool: NodeCheckPool, seen: { outcomes: number }, onFirst?: () => void): DraftPool {
  return {
    run: (jobs, readings, onOutcome) => {
      const run = pool.run(jobs, readings, (o: PoolOutcome) => {
        if (seen.outcomes++ === 0) onFirst?.();
        onOutcome(o);
      });
      return run && { ...run, take: () => undefined };
    },
  };
}

test('Check Sources on a worker thread publishes the diagnostics and makes the index records of a check in the server thread', async () => {
  const { root, uris } = workspaceOf(20);
  const here = await checkSources(root, uris);
  const pool = new NodeCheckPool({ workers: 1 });
  const seen = { outcomes: 0 };
  try {
    const there = await checkSources(root, uris, workersOnly(pool, seen));
    assert.equal(seen.outcomes, uris.length, 'every draft was checked on the worker');
    assert.ok([...here.published.values()].some((d) => d.length > 0), 'the drafts have findings');
    assert.deepEqual(there.results, here.results);
    assert.deepEqual([...there.published.keys()].sort(), [...here.published.keys()].sort());
    for (const [uri, diagnostics] of here.published) assert.deepEqual(there.published.get(uri), diagnostics, uri);
    assert.deepEqual(there.records, here.records);
    assert.deepEqual(there.errors, []);
  } finally {
    pool.end();
  }
});

test('a worker that dies: its drafts are checked in the server thread, with the same diagnostics, and the failure is logged once', async () => {
  const { root, uris } = workspaceOf(20);
  const here = await checkSources(root, uris);
  const pool = new NodeCheckPool({ workers: 1, crash: true });
  const seen = { outcomes: 0 };
  const there = await checkSources(root, uris, workersOnly(pool, seen));
  assert.equal(seen.outcomes, 0);
  assert.deepEqual(there.results, here.results);
  for (const [uri, diagnostics] of here.published) assert.deepEqual(there.published.get(uri), diagnostics, uri);
  assert.deepEqual(there.records, here.records);
  assert.equal(there.errors.length, 1, there.errors.join('\n'));
  assert.match(there.errors[0], /Check Sources: worker 1 stopped with exit code 70; the drafts left are checked in the server's thread/);
});

test('a registry read again while the workers check: their outcomes are not published, the drafts are checked against the new registry', async () => {
  const { root, uris } = workspaceOf(20);
  const before = await checkSources(root, uris);
  // the registry the drafts end up checked against: the harbour wall statement now says "summer", as the drafts quote it
  const changed = STATEMENTS.replace('winter storms', 'summer');
  const reference = workspaceOf(20);
  fs.writeFileSync(path.join(reference.root, 'sources', 'statements.yaml'), changed);
  const expected = await checkSources(reference.root, reference.uris);
  const codes = (run: { published: Map<string, Diagnostic[]> }, uri: string) => run.published.get(uri)!.map((d) => `${d.code} ${d.range.start.line}`).sort();
  assert.notDeepEqual(codes(expected, reference.uris[0]), codes(before, uris[0]), 'the change changes the findings');
  const pool = new NodeCheckPool({ workers: 1 });
  const seen = { outcomes: 0 };
  let session: Session | undefined;
  try {
    const onFirst = () => {
      // as a watched file change does, once the worker has checked a draft against the old registry
      fs.writeFileSync(path.join(root, 'sources', 'statements.yaml'), changed);
      session!.store.invalidate();
    };
    const there = await checkSources(root, uris, workersOnly(pool, seen, onFirst), (s) => (session = s));
    assert.ok(seen.outcomes > 0);
    uris.forEach((uri, i) => assert.deepEqual(codes(there, uri), codes(expected, reference.uris[i]), uri));
  } finally {
    pool.end();
  }
});

test('a pool started by default (whenIdle) starts no worker unless a core is idle for each: Check Sources then checks in the server thread', async () => {
  const { root, uris } = workspaceOf(12);
  const here = await checkSources(root, uris);
  // (one worker more than the cores: never that many idle)
  const pool = new NodeCheckPool({ workers: os.availableParallelism(), whenIdle: true });
  const seen = { outcomes: 0 };
  try {
    assert.equal(pool.run([], 0, () => {}), undefined);
    const there = await checkSources(root, uris, workersOnly(pool, seen));
    assert.equal(seen.outcomes, 0);
    assert.deepEqual(there.results, here.results);
    assert.deepEqual(there.errors, []);
  } finally {
    pool.end();
  }
});

test('a cancelled request gives the workers no more drafts: none of them checked or published', async () => {
  const { root, uris } = workspaceOf(20);
  const pool = new NodeCheckPool({ workers: 1 });
  const seen = { outcomes: 0 };
  // (cancelled as the request starts, as the client's token does when the user cancels)
  const token = { isCancellationRequested: true, onCancellationRequested: (cancel: () => void) => (cancel(), { dispose() {} }) } as unknown as CancellationToken;
  try {
    const there = await checkSources(root, uris, workersOnly(pool, seen), undefined, token);
    assert.deepEqual(there.results.map((r) => r.checked), [0, 0]);
    assert.equal(seen.outcomes, 0);
    assert.deepEqual(uris.filter((u) => there.published.has(u)), []);
  } finally {
    pool.end();
  }
});
