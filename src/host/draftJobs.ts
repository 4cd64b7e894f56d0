/**
 * Drafts checked on worker threads (`source-check check --jobs`): what a
 * worker is given for one draft, what it sends back, and the check itself.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDocument, languageOf } from '../core/check/checkDocument.ts';
import type { Settings } from '../core/settings.ts';
import { recordOf, type DraftRecord } from '../core/workspaceIndex/draftRecord.ts';
import { MAX_DRAFT_BYTES } from './fileRules.ts';
import { readText } from './files.ts';
import { IndexCache, type IndexCacheOptions } from './indexCache.ts';
import { RegistryStore } from './registryStore.ts';

/** One draft for a worker: where it is, its text (the caller read it, else the worker reads `file`), the registry roots and settings it is checked with. */
export interface DraftJob {
  file: string;
  /** The path the findings name (as the CLI shows it). */
  shown: string;
  text?: string;
  roots: string[];
  settings: Settings;
  /** The server's Check Sources: the URI the draft's workspace index record names (the outcome then carries the record). */
  recordUri?: string;
}

/** What a check of one draft sends back: its findings (and its index record when asked), or why it was not checked. */
export type DraftOutcome =
  | { index: number; text: string; findings: CheckedParts['findings']; suppressed: CheckedParts['suppressed']; suppressions: CheckedParts['suppressions']; record?: DraftRecord }
  | { index: number; problem: string };

/** The parts of a checked draft a worker sends back. */
type CheckedParts = ReturnType<typeof checkDocument>;

/** Messages a worker posts: one outcome (of batch `batch` when it serves the server), or a failure (then it stops). */
export type WorkerMessage = { outcome: DraftOutcome; batch?: number } | { failed: string };

/**
 * Drafts the server's Check Sources gives a serving worker (one request's): taken
 * through `next` as the CLI's are (the server's thread takes some too); `generation`
 * changes when the server's registries were read again (the worker reads them again).
 */
export interface DraftBatch {
  id: number;
  jobs: DraftJob[];
  next: Int32Array;
  generation: number;
}

/** The index cache a worker reads registries from: the CLI's folder and stamp (none: --no-cache, each worker parses and indexes). */
export type WorkerCache = Pick<IndexCacheOptions, 'folder' | 'stamp'>;

/** What a worker is started with: every draft, the counter of the next one to take, the index cache. */
export interface WorkerData {
  jobs: DraftJob[];
  next: Int32Array;
  cache?: WorkerCache;
  /** Tests: the worker dies as it starts. */
  crash?: boolean;
  /** The server's worker: no jobs at the start; batches come as `{ batch }` messages until the thread is ended. */
  serve?: boolean;
}

/**
 * The cores a default number of threads may take: the cores less the load of the last minute (other processes'
 * work: a thread on a busy core only adds its warm-up, the CLI's run took 1.2-1.4× longer on 2 threads than on 1
 * with the load at 13-15 on 2 cores), rounded, at least 1. Windows gives no load (0): every core.
 */
export function idleCores(cores = os.availableParallelism(), load = os.loadavg()[0]): number {
  return Math.max(1, Math.floor(cores - load + 0.5));
}

/** The worker script: beside the bundle (dist/draftWorker.js, beside dist/cli.js and dist/server.js), else the source through tsx (tests). */
export function draftWorkerScript(): { file: string; eval?: boolean } {
  const built = path.join(__dirname, 'draftWorker.js');
  if (fs.existsSync(built)) return { file: built };
  return { file: `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'draftWorker.ts'))});`, eval: true };
}

/** What warm checks: a quotation or two with their speakers, of no registry. */
const WARM_UP = '# Warm-up\n\n"The ferry leaves at nine," said Mara Ellory, the harbour clerk.\n\nShe added: \u201cNobody waits for the late ones.\u201d\n';

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
  /** The roots whose registry warm has read. */
  private readonly warmed = new Set<string>();

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

  /** Reads the registry of these roots now and checks an invented paragraph against it (its patterns compiled, its lazy lookups made), so that the drafts taken next wait for neither. */
  warm(roots: string[], settings: Settings): void {
    const key = roots.join('\u0000');
    if (this.warmed.has(key)) return;
    this.warmed.add(key);
    this.check({ file: 'warm-up.md', shown: 'warm-up.md', text: WARM_UP, roots, settings }, -1);
  }

  /** Checks one draft; `index` is echoed back. */
  check(job: DraftJob, index: number): DraftOutcome {
    const read = job.text !== undefined ? { text: job.text } : readText(job.file, MAX_DRAFT_BYTES);
    if ('problem' in read) return { index, problem: read.problem };
    const registry = this.store.registryOf(job.roots);
    // (a null-prototype severity table arrives as a plain object: lookups by code must not reach Object.prototype)
    let settings = this.settings.get(job.settings);
    if (!settings) this.settings.set(job.settings, (settings = { ...job.settings, severity: Object.assign(Object.create(null), job.settings.severity) }));
    const doc = checkDocument({ path: job.shown, text: read.text, language: languageOf(job.file) }, registry, settings);
    const record = job.recordUri !== undefined ? recordOf(job.recordUri, doc) : undefined;
    return { index, text: doc.text, findings: doc.findings, suppressed: doc.suppressed, suppressions: doc.suppressions, ...(record ? { record } : {}) };
  }
}
