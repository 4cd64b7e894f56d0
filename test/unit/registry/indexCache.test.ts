import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { registryFindings } from '../../../src/core/check/registryFindings.ts';
import { entriesFromColumns, entriesToColumns } from '../../../src/core/registry/indexColumns.ts';
import type { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { words } from '../../../src/core/text/normalize.ts';
import { IndexCache, toolStamp } from '../../../src/host/indexCache.ts';
import { RegistryStore } from '../../../src/host/registryStore.ts';
import { largeRegistryDraft, statementText, writeLargeRegistry } from '../../support/largeRegistry.ts';

const STAMP = 'source-check test-1';

/** A temporary folder with a large registry and an empty cache folder. */
function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-cache-'));
  const sources = writeLargeRegistry(dir);
  return { dir, sources, cacheFolder: path.join(dir, 'cache') };
}

/** A fresh load of `sources` through a cache (or none), with the cache used. */
function load(sources: string, cache?: { folder: string; stamp?: string }) {
  const store = new RegistryStore([sources]);
  let used: IndexCache | undefined;
  if (cache) store.indexCache = () => (used = new IndexCache({ folder: cache.folder, stamp: cache.stamp ?? STAMP }));
  const registry = store.registryOf([sources]);
  void registry.quotes;
  return { registry, counts: used?.counts };
}

/** Everything a check of the draft and of the registry reports, and every entry with its place, as JSON. */
function observed(registry: Registry): string {
  const draft = checkDocument({ path: '/draft.md', text: largeRegistryDraft(), language: 'markdown' }, registry, DEFAULT_SETTINGS).findings;
  const reg = [...registryFindings(registry, DEFAULT_SETTINGS)];
  const entries = [...registry.speakers.values(), ...registry.sources.values()].map((e) => ({ ...e, location: { path: e.location.path, start: e.location.start, end: e.location.end, id: e.location.id, fields: e.location.fields } }));
  const lookups = [3, 10, 400, 799].map((i) => registry.quotes.lookup(words(statementText(i)))?.id);
  return JSON.stringify({ draft, reg, entries, lookups, problems: registry.problems });
}

const cacheFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);

test('a registry read from the index cache gives exactly what a fresh read gives: entries, places, lookups, findings', () => {
  const { dir, sources, cacheFolder } = setUp();
  try {
    const fresh = observed(load(sources).registry);
    const first = load(sources, { folder: cacheFolder });
    assert.deepEqual(first.counts, { hits: 0, writes: 3, rejected: 0 }, 'the two statement files and the quote index are written (the people file is under 16 KB)');
    assert.equal(observed(first.registry), fresh);
    const second = load(sources, { folder: cacheFolder });
    assert.deepEqual(second.counts, { hits: 3, writes: 0, rejected: 0 });
    const cached = observed(second.registry);
    assert.equal(cached, fresh);
    assert.match(cached, /misquote/, 'the draft has findings to compare');
    assert.match(cached, /misattributed-quote/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupted, truncated or foreign cache file is ignored and rebuilt, with the same findings', () => {
  const { dir, sources, cacheFolder } = setUp();
  try {
    const fresh = observed(load(sources).registry);
    load(sources, { folder: cacheFolder });
    // (the column files; the memo of files' keys beside them has a test of its own: fileKeyMemo.test.ts)
    const files = cacheFiles(cacheFolder).filter((f) => f.endsWith('.bin')).map((f) => path.join(cacheFolder, f));
    assert.equal(files.length, 3);
    const damage: [string, (b: Buffer) => Buffer][] = [
      ['one byte changed', (b) => { const c = Buffer.from(b); c[c.length >> 1] ^= 0x20; return c; }],
      ['cut in half', (b) => b.subarray(0, b.length >> 1)],
      ['cut to a few bytes', (b) => b.subarray(0, 10)],
      ['empty', () => Buffer.alloc(0)],
      ['a header of another format', (b) => { const c = Buffer.from(b); c.writeInt32LE(99, 4); return c; }],
    ];
    for (const [what, harm] of damage) {
      for (const f of files) fs.writeFileSync(f, harm(fs.readFileSync(f)));
      const again = load(sources, { folder: cacheFolder });
      assert.deepEqual(again.counts, { hits: 0, writes: 3, rejected: 3 }, what);
      assert.equal(observed(again.registry), fresh, what);
      assert.deepEqual(load(sources, { folder: cacheFolder }).counts, { hits: 3, writes: 0, rejected: 0 }, `${what}: rebuilt files are read next time`);
    }
    // another version of the tool (another stamp) reads none of them, and writes its own
    const bumped = load(sources, { folder: cacheFolder, stamp: 'source-check test-2' });
    assert.deepEqual(bumped.counts, { hits: 0, writes: 3, rejected: 3 });
    assert.equal(observed(bumped.registry), fresh);
    assert.deepEqual(load(sources, { folder: cacheFolder }).counts, { hits: 0, writes: 3, rejected: 3 }, 'nor does the first version read the second one\'s');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('editing a registry file invalidates its entries and the quote index, not the other files', () => {
  const { dir, sources, cacheFolder } = setUp();
  try {
    load(sources, { folder: cacheFolder });
    const file = path.join(sources, 'statements-1.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`text: "${statementText(799)}."`, 'text: "an entirely new statement about the harbor bridge and the county budget."'));
    const edited = load(sources, { folder: cacheFolder });
    assert.deepEqual(edited.counts, { hits: 1, writes: 2, rejected: 0 }, 'statements-0 from the cache; statements-1 and the index written again');
    assert.equal(edited.registry.sources.get('s799')!.text, 'an entirely new statement about the harbor bridge and the county budget.');
    assert.equal(edited.registry.quotes.lookup(words('an entirely new statement about the harbor bridge and the county budget'))?.id, 's799');
    assert.notEqual(edited.registry.quotes.lookup(words(statementText(799)))?.similarity, 1, 'the old text is gone from the index');
    assert.equal(observed(edited.registry), observed(load(sources).registry));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a small registry is read afresh: no cache file is written', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-cache-'));
  try {
    const sources = writeLargeRegistry(dir, 1, 40);
    const { counts } = load(sources, { folder: path.join(dir, 'cache') });
    assert.deepEqual(counts, { hits: 0, writes: 0, rejected: 0 });
    assert.deepEqual(cacheFiles(path.join(dir, 'cache')), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('entry columns give back every field of speakers and sources, and undefined (no throw) for damaged columns', () => {
  const { registry } = load(writeLargeRegistry(fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-cols-')), 1, 3));
  const withAll = {
    kind: 'source', id: 'full', type: 'letter', title: 'T', speaker: { written: 'person-1', name: 'person-1' }, date: '2020-01-02', url: 'https://x.test/a',
    text: 'Ünïcode “quoted” — text 😀', aliases: ['a', 'b'], status: 'superseded', statusNote: 'n', statusBy: { written: 'Someone', name: 'Someone' },
    statusDate: '2021', statusSource: 's1', supersededBy: 's2', seenBy: [{ written: 'x', name: 'x' }, { written: 'y', name: 'y' }], location: undefined,
  } as const;
  const speaker = { kind: 'speaker', id: 'sp', type: 'organization', name: 'Org', aliases: [], title: undefined, url: 'https://o.test', location: undefined } as const;
  const bare = { ...registry.sources.get('s0')!, speaker: { written: 'person-0', name: 'person-0' }, location: undefined };
  const entries = [withAll, speaker, bare] as never[];
  const columns = entriesToColumns(entries);
  assert.deepEqual(entriesFromColumns(columns), entries);
  assert.equal(entriesFromColumns({ ...columns, ints: columns.ints.subarray(0, columns.ints.length - 3) }), undefined);
  assert.ok(columns.narrow && columns.wide, 'strings of both tables');
  assert.equal(entriesFromColumns({ ...columns, narrow: columns.narrow.slice(0, -4) }), undefined);
  assert.equal(entriesFromColumns({ ...columns, wide: columns.wide.slice(0, -4) }), undefined);
  assert.equal(entriesFromColumns({ ...columns, narrow: columns.narrow + 'x' }), undefined, 'strings left over');
  const wrongType = columns.ints.slice();
  wrongType[2] = 77;
  assert.equal(entriesFromColumns({ ...columns, ints: wrongType }), undefined);
  const hugeLength = columns.ints.slice();
  hugeLength[3] = 1e9;
  assert.equal(entriesFromColumns({ ...columns, ints: hugeLength }), undefined);
});

test("the tool's stamp changes with its build (the code's size and time), so a rebuilt tool reads no cache of the last build", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-stamp-'));
  try {
    const bundle = path.join(dir, 'cli.js');
    fs.writeFileSync(bundle, 'one build');
    fs.utimesSync(bundle, 1_000_000, 1_000_000);
    const before = toolStamp('1.0.0', bundle);
    assert.equal(toolStamp('1.0.0', bundle), before);
    assert.notEqual(toolStamp('1.0.1', bundle), before, 'another version');
    fs.utimesSync(bundle, 2_000_000, 2_000_000);
    assert.notEqual(toolStamp('1.0.0', bundle), before, 'the same version rebuilt');
    assert.match(toolStamp('1.0.0'), /^source-check 1\.0\.0 columns \d+ \d+:[\d.]+$/, 'by default, the code running');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
