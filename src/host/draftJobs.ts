/**
 * Drafts checked on worker threads (`source-check check --jobs`, the server's
 * Check Sources pool): what a worker is given for one draft, what it sends
 * back, and the check itself, run the same way on either side.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, languageOf } from '../core/check/checkDocument.ts';
import type { Settings } from '../core/settings.ts';
import { readText } from './files.ts';
import type { RegistryStore } from './registryStore.ts';

/** One draft for a worker: where it is, its text when the caller read it, the registry roots and settings it is checked with. */
export interface DraftJob {
  file: string;
  /** The path the findings name (as the CLI shows it; the file path in the server). */
  shown: string;
  /** The draft's text; absent: the worker reads the file. */
  text?: string;
  roots: string[];
  /** Names the registry built from `roots` as the caller has it: a new key makes a worker read the registry again. */
  registryKey: string;
  settings: Settings;
}

/** What a check of one draft sends back: its findings, or why it was not checked. */
export type DraftOutcome =
  | { index: number; text: string; findings: CheckedParts['findings']; suppressed: CheckedParts['suppressed']; suppressions: CheckedParts['suppressions'] }
  | { index: number; problem: string };

/** The parts of a checked draft a worker sends back. */
type CheckedParts = ReturnType<typeof checkDocument>;

/** Messages a worker posts: one outcome, a batch's outcomes (the pool), or a failure (then it stops). */
export type WorkerMessage = { outcome: DraftOutcome } | { id: number; outcomes: DraftOutcome[] } | { failed: string };

/** The worker script: beside the bundle (dist/draftWorker.js, beside dist/cli.js and dist/server.js), else the source through tsx (tests). */
export function draftWorkerScript(): { file: string; eval?: boolean } {
  const built = path.join(__dirname, 'draftWorker.js');
  if (fs.existsSync(built)) return { file: built };
  return { file: `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'draftWorker.ts'))});`, eval: true };
}

/** Registries a worker has loaded, by key: each read once, the older one dropped when the caller's changes. */
export class WorkerRegistries {
  private readonly byRoots = new Map<string, { key: string; store: RegistryStore }>();
  /** Each settings object received, with its severity table made null-prototype again. */
  private readonly settings = new WeakMap<Settings, Settings>();

  constructor(private readonly newStore: () => RegistryStore) {}

  /** Checks one draft; `index` is echoed back. */
  check(job: DraftJob, index: number): DraftOutcome {
    const read = job.text !== undefined ? { text: job.text } : readText(job.file);
    if ('problem' in read) return { index, problem: read.problem };
    const rootsKey = job.roots.join('\u0000');
    let held = this.byRoots.get(rootsKey);
    if (!held || held.key !== job.registryKey) this.byRoots.set(rootsKey, (held = { key: job.registryKey, store: this.newStore() }));
    const registry = held.store.registryOf(job.roots);
    // (a null-prototype severity table arrives as a plain object: lookups by code must not reach Object.prototype)
    let settings = this.settings.get(job.settings);
    if (!settings) this.settings.set(job.settings, (settings = { ...job.settings, severity: Object.assign(Object.create(null), job.settings.severity) }));
    const doc = checkDocument({ path: job.shown, text: read.text, language: languageOf(job.file) }, registry, settings);
    return { index, text: doc.text, findings: doc.findings, suppressed: doc.suppressed, suppressions: doc.suppressions };
  }
}
