import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { WorkerRegistries } from '../../../src/host/draftJobs.ts';
import { IndexCache } from '../../../src/host/indexCache.ts';
import { RegistryStore } from '../../../src/host/registryStore.ts';
import { largeRegistryDraft, writeLargeRegistry } from '../../support/largeRegistry.ts';

const STAMP = 'source-check worker-test-1';

test('a --jobs worker reads the registry from the index cache the main thread wrote, and checks as the main thread does', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-worker-'));
  try {
    const sources = writeLargeRegistry(dir);
    const folder = path.join(dir, 'cache');
    // the main thread's load writes the cache
    const main = new RegistryStore([sources]);
    let written: IndexCache | undefined;
    main.indexCache = () => (written = new IndexCache({ folder, stamp: STAMP }));
    const registry = main.registryOf([sources]);
    void registry.quotes;
    assert.equal(written?.counts.writes, 3, 'two statement files and the quote index written');
    const text = largeRegistryDraft();
    const job = { file: path.join(dir, 'draft.md'), shown: 'draft.md', text, roots: [sources], settings: DEFAULT_SETTINGS };
    const worker = new WorkerRegistries({ folder, stamp: STAMP });
    const outcome = worker.check(job, 7);
    assert.deepEqual(worker.cacheCounts(), { hits: 3, writes: 0, rejected: 0 }, 'every cached file read, none parsed and written again');
    assert.ok('findings' in outcome && outcome.index === 7);
    const here = checkDocument({ path: 'draft.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
    assert.ok(here.findings.length > 3, 'the draft has findings to compare');
    assert.deepEqual(outcome.findings, here.findings);
    // --no-cache: no cache given, nothing read or written
    const uncached = new WorkerRegistries(undefined);
    const again = uncached.check(job, 0);
    assert.deepEqual(uncached.cacheCounts(), { hits: 0, writes: 0, rejected: 0 });
    assert.ok('findings' in again);
    assert.deepEqual(again.findings, here.findings);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
