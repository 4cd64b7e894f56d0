import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { RegistryEntry } from '../../../src/core/registry/model.ts';
import { Registry, type RegistryCache } from '../../../src/core/registry/registry.ts';
import type { TextFile } from '../../../src/core/types.ts';
import { FileBytes } from '../../../src/host/files.ts';
import { entriesFromColumns, entriesToColumns } from '../../../src/core/registry/indexColumns.ts';
import { frameColumns, IndexCache, unframeColumns } from '../../../src/host/indexCache.ts';
import { RegistryStore } from '../../../src/host/registryStore.ts';
import { writeLargeRegistry } from '../../support/largeRegistry.ts';

/** Counts the texts FileBytes decodes while `run` runs. */
function countDecodes<T>(run: () => T): { result: T; decodes: string[] } {
  const getter = Object.getOwnPropertyDescriptor(FileBytes.prototype, 'text')!;
  const decodes: string[] = [];
  const seen = new WeakSet<FileBytes>();
  Object.defineProperty(FileBytes.prototype, 'text', {
    configurable: true,
    get(this: FileBytes) {
      if (!seen.has(this)) decodes.push(path.basename(this.path));
      seen.add(this);
      return getter.get!.call(this);
    },
  });
  try {
    return { result: run(), decodes };
  } finally {
    Object.defineProperty(FileBytes.prototype, 'text', getter);
  }
}

test('a registry file the cache knows is never looked at: its entries come from the cache, not its text', () => {
  const entry = { kind: 'speaker', id: 'person-1', type: 'person', name: 'Ada Lovelace', aliases: ['Lovelace'], title: undefined, url: undefined } as unknown as RegistryEntry;
  const cache: RegistryCache = {
    entriesOf: (file) => (file.path === '/r/people.yaml' ? [{ ...entry }] : undefined),
    storeEntries: () => {},
    quoteIndexOf: () => undefined,
    storeQuoteIndex: () => {},
  };
  const untouchable: TextFile = {
    path: '/r/people.yaml',
    get text(): string {
      throw new Error('the text of a cached file was read');
    },
  };
  const registry = new Registry([untouchable], [], () => '- id: person-1\n  type: person\n  name: Ada Lovelace\n  aliases: [Lovelace]\n', cache);
  assert.equal(registry.speakers.get('person-1')?.name, 'Ada Lovelace');
  assert.equal(registry.lookupSpeaker('Lovelace')?.id, 'person-1');
  assert.deepEqual(registry.problems, []);
});

test('a registry read from a warm index cache decodes none of its files: they are known by their bytes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-bytes-'));
  try {
    const sources = writeLargeRegistry(dir);
    const load = () => {
      const store = new RegistryStore([sources]);
      let cache: IndexCache | undefined;
      store.indexCache = () => (cache = new IndexCache({ folder: path.join(dir, 'cache'), stamp: 'test' }));
      const registry = store.registryOf([sources]);
      void registry.quotes;
      return { registry, counts: cache!.counts };
    };
    const cold = countDecodes(load);
    assert.deepEqual(cold.result.counts, { hits: 0, writes: 3, rejected: 0 });
    assert.deepEqual(cold.decodes.sort(), ['people.yaml', 'statements-0.yaml', 'statements-1.yaml'], 'a cold read parses each file once');
    const warm = countDecodes(load);
    assert.deepEqual(warm.result.counts, { hits: 3, writes: 0, rejected: 0 });
    assert.deepEqual(warm.decodes, ['people.yaml'], 'only the file too small to be cached is decoded');
    assert.equal(warm.result.registry.sources.size, cold.result.registry.sources.size);
    const place = (r: Registry) => JSON.stringify([...r.sources.values()].slice(-3).map((s) => [s.id, s.text, s.location.path, s.location.id]));
    assert.equal(place(warm.result.registry), place(cold.result.registry), 'entries and their places (the file read again for them) as a cold read gives them');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('cache files keep every string exactly: Latin-1 ones one byte a character, others (a lone surrogate too) two', () => {
  const texts = ['plain ASCII', 'café, naïve, ÿ', 'curly ’quotes’ — and 😀', 'a lone \uD800 surrogate', '', 'x'];
  const entries = texts.map((text, i) => ({
    kind: 'source', id: `s${i}`, type: 'statement', title: undefined, speaker: undefined, date: undefined, url: undefined, text, aliases: [`alias ${text}`],
    status: 'verified', statusNote: undefined, statusBy: undefined, statusDate: undefined, statusSource: undefined, supersededBy: undefined, seenBy: [], location: undefined,
  })) as never[];
  const columns = entriesToColumns(entries);
  assert.equal(columns.narrow.includes('café'), true, 'Latin-1 text in the narrow table');
  assert.equal(columns.wide.includes('😀') && columns.wide.includes('\uD800'), true, 'the others in the wide one');
  const bytes = frameColumns(columns, 'stamp');
  const back = unframeColumns(bytes, 'stamp');
  assert.ok(!('problem' in back));
  assert.deepEqual(entriesFromColumns(back), entries);
  assert.match(JSON.stringify(unframeColumns(bytes.subarray(0, bytes.length - 1), 'stamp')), /bytes; the header says/);
  const longer = Buffer.concat([bytes, Buffer.from('zz')]);
  assert.match(JSON.stringify(unframeColumns(longer, 'stamp')), /bytes; the header says/);
});

test('a large registry read from a warm index cache forces no garbage collection: it leaves no texts behind', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-gc-'));
  const global = globalThis as { gc?: () => void };
  const saved = global.gc;
  let collections = 0;
  global.gc = () => collections++;
  try {
    const sources = writeLargeRegistry(dir, 30, 120);
    const load = () => {
      collections = 0;
      const store = new RegistryStore([sources]);
      let cache: IndexCache | undefined;
      store.indexCache = () => (cache = new IndexCache({ folder: path.join(dir, 'cache'), stamp: 'test' }));
      const registry = store.registryOf([sources]);
      return { collections, counts: cache!.counts, size: registry.sources.size };
    };
    const cold = load();
    assert.equal(cold.counts.writes, 31, 'the 30 statement files and the quote index');
    assert.equal(cold.collections, 2, 'after the 25th parsed file, and once the quote index is built');
    const warm = load();
    assert.equal(warm.counts.hits, 31);
    assert.equal(warm.collections, 0);
    assert.equal(warm.size, cold.size);
  } finally {
    global.gc = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
