import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import type { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { MEMO_FILE, RACY_MS } from '../../../src/host/fileKeyMemo.ts';
import { IndexCache } from '../../../src/host/indexCache.ts';
import { RegistryStore } from '../../../src/host/registryStore.ts';
import { largeRegistryDraft, statementText, writeLargeRegistry } from '../../support/largeRegistry.ts';

const STAMP = 'source-check test-memo';
/** A clock well past the racy window of files written just now. */
const later = () => Date.now() + 10 * RACY_MS;

/** A fresh load of `sources` through the index cache in `folder` with the clock `now`: the registry and the cache used. */
function load(sources: string, folder: string, now?: () => number) {
  const store = new RegistryStore([sources]);
  let used: IndexCache | undefined;
  store.indexCache = () => (used = new IndexCache({ folder, stamp: STAMP, now }));
  const registry = store.registryOf([sources]);
  void registry.quotes;
  return { registry, cache: used! };
}

/** What a check of the draft finds, and every statement's text, as JSON. */
function observed(registry: Registry): string {
  const findings = checkDocument({ path: '/draft.md', text: largeRegistryDraft(), language: 'markdown' }, registry, DEFAULT_SETTINGS).findings;
  return JSON.stringify({ findings, texts: [...registry.sources.values()].map((s) => s.text) });
}

/** A temporary folder with a large registry (two statement files over 16 KB and a small people file). */
function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-memo-'));
  return { dir, sources: writeLargeRegistry(dir), folder: path.join(dir, 'cache') };
}

test('a warm load takes the entries of registry files it knows by their stat from the cache without reading them, and finds the same', () => {
  const { dir, sources, folder } = setUp();
  try {
    const fresh = observed(load(sources, folder, later).registry);
    assert.ok(fs.existsSync(path.join(folder, MEMO_FILE)), 'the memo is written beside the cache files');
    const warm = load(sources, folder, later);
    assert.equal(warm.cache.unread, 2, 'both statement files are taken unread (the small people file is always parsed)');
    assert.deepEqual(warm.cache.counts, { hits: 3, writes: 0, rejected: 0 });
    assert.equal(observed(warm.registry), fresh);
    assert.match(fresh, /misquote/, 'the draft has findings to compare');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file hashed within the racy window after its last change is hashed again by the next load, not trusted by its stat', () => {
  const { dir, sources, folder } = setUp();
  try {
    load(sources, folder); // (the real clock: the files were written a moment ago)
    const again = load(sources, folder);
    assert.equal(again.cache.unread, 0, 'files hashed just after they were written are not trusted by their stat');
    assert.deepEqual(again.cache.counts, { hits: 3, writes: 0, rejected: 0 }, 'they are still found in the cache by their bytes');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an edit that keeps the size and puts the modification time back is seen (the change time moved)', () => {
  const { dir, sources, folder } = setUp();
  try {
    const file = path.join(sources, 'statements-1.yaml');
    fs.utimesSync(file, 1_000_000, 1_000_000); // (a whole second: utimes sets it back exactly)
    load(sources, folder, later);
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    const old = statementText(799);
    const same = old.replace(/budget|council|housing/, (w) => w.split('').reverse().join('')); // (as long, other words)
    assert.notEqual(same, old);
    fs.writeFileSync(file, text.replace(`text: "${old}."`, `text: "${same}."`));
    fs.utimesSync(file, 1_000_000, 1_000_000);
    assert.equal(fs.statSync(file).size, before.size);
    assert.equal(fs.statSync(file).mtimeMs, before.mtimeMs);
    const edited = load(sources, folder, later);
    assert.equal(edited.cache.unread, 1, 'statements-0 unread; statements-1 read again');
    assert.equal(edited.registry.sources.get('s799')!.text, `${same}.`);
    assert.equal(observed(edited.registry), observed(load(sources, path.join(dir, 'no-cache-here'), later).registry));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged memo is ignored and written again; a known file whose cache file is gone is read after all', () => {
  const { dir, sources, folder } = setUp();
  try {
    const fresh = observed(load(sources, folder, later).registry);
    const memo = path.join(folder, MEMO_FILE);
    const good = fs.readFileSync(memo, 'utf8');
    for (const [what, bytes] of [['cut short', good.slice(0, good.length >> 1)], ['another format', good.replace('"format":1', '"format":9')], ['not JSON', '\u0000\u0001garbage'], ['keys that are not keys', good.replace(/"[0-9a-f]{40}"/g, '"../../etc/passwd"')]] as const) {
      fs.writeFileSync(memo, bytes);
      const damaged = load(sources, folder, later);
      assert.equal(damaged.cache.unread, 0, what);
      assert.equal(observed(damaged.registry), fresh, what);
      assert.equal(load(sources, folder, later).cache.unread, 2, `${what}: the memo is whole again`);
    }
    for (const f of fs.readdirSync(folder)) if (f.startsWith('entries-')) fs.rmSync(path.join(folder, f));
    const gone = load(sources, folder, later);
    assert.equal(gone.cache.unread, 0, 'no entries file to take: each file is read');
    assert.equal(gone.cache.counts.writes, 2, 'and its entries written again');
    assert.equal(observed(gone.registry), fresh);
    assert.equal(load(sources, folder, later).cache.unread, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
