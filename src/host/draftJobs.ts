/**
 * Drafts checked on worker threads (`source-check check --jobs`): what a
 * worker is given for one draft, what it sends back, and the check itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, languageOf } from '../core/check/checkDocument.ts';
import type { Settings } from '../core/settings.ts';
import { IndexCache, type IndexCacheOptions } from './indexCache.ts';
import { RegistryStore } from './registryStore.ts';

/** One draft for a worker: where it is, its text (the caller read it), the registry roots and settings it is checked with. */
export interface DraftJob {
  file: string;
  /** The path the findings name (as the CLI shows it). */
  shown: string;
  text: string;
  roots: string[];
  settings: Settings;
}

/** What a check of one draft sends back: its findings, or why it was not checked. */
export type DraftOutcome =
  | { index: number; text: string; findings: CheckedParts['findings']; suppressed: CheckedParts['suppressed']; suppressions: CheckedParts['suppressions'] }
  | { index: number; problem: string };

/** The parts of a checked draft a worker sends back. */
type CheckedParts = ReturnType<typeof checkDocument>;

/** Messages a worker posts: one outcome, or a failure (then it stops). */
export type WorkerMessage = { outcome: DraftOutcome } | { failed: string };

/** The index cache a worker reads registries from: the CLI's folder and stamp (none: --no-cache, each worker parses and indexes). */
export type WorkerCache = Pick<IndexCacheOptions, 'folder' | 'stamp'>;

/** What a worker is started with: every draft, the counter of the next one to take, the index cache. */
export interface WorkerData {
  jobs: DraftJob[];
  next: Int32Array;
  cache?: WorkerCache;
  /** Tests: the worker dies as it starts. */
  crash?: boolean;
}

/** The worker script: beside the bundle (dist/draftWorker.js, beside dist/cli.js and dist/server.js), else the source through tsx (tests). */
export function draftWorkerScript(): { file: string; eval?: boolean } {
  const built = path.join(__dirname, 'draftWorker.js');
  if (fs.existsSync(built)) return { file: built };
  return { file: `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'draftWorker.ts'))});`, eval: true };
}

/**
 * Checks drafts in a worker: each registry read once (the store keeps it by its
 * roots), from the index cache the CLI uses when given one (the main thread
 * writes it, or reads it as the worker does), each settings object prepared once.
 */
export class WorkerRegistries {
  /** Each settings object received, with its severity table made null-prototype again. */
  private readonly settings = new WeakMap<Settings, Settings>();
  private readonly store = new RegistryStore();
  private readonly caches: IndexCache[] = [];

  constructor(cache?: WorkerCache) {
    // (no warning from a worker: the main thread loads the same registries through the same cache and says it once)
    if (cache) this.store.indexCache = () => this.made(new IndexCache({ folder: cache.folder, stamp: cache.stamp }));
  }

  /** Cache files the worker's registry loads read, wrote and found unusable (tests, the bench). */
  cacheCounts(): IndexCache['counts'] {
    const sum = { hits: 0, writes: 0, rejected: 0 };
    for (const c of this.caches) (['hits', 'writes', 'rejected'] as const).forEach((k) => (sum[k] += c.counts[k]));
    return sum;
  }

  private made(cache: IndexCache): IndexCache {
    this.caches.push(cache);
    return cache;
  }

  /** Checks one draft; `index` is echoed back. */
  check(job: DraftJob, index: number): DraftOutcome {
    const registry = this.store.registryOf(job.roots);
    // (a null-prototype severity table arrives as a plain object: lookups by code must not reach Object.prototype)
    let settings = this.settings.get(job.settings);
    if (!settings) this.settings.set(job.settings, (settings = { ...job.settings, severity: Object.assign(Object.create(null), job.settings.severity) }));
    const doc = checkDocument({ path: job.shown, text: job.text, language: languageOf(job.file) }, registry, settings);
    return { index, text: doc.text, findings: doc.findings, suppressed: doc.suppressed, suppressions: doc.suppressions };
  }
}
