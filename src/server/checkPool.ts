/**
 * What Check Sources asks of worker threads where the build has them (the
 * desktop server: nodeCheckPool.ts); no Node built-ins here.
 */
import type { DraftRecord } from '../core/workspaceIndex/draftRecord.ts';
import type { Settings } from '../core/settings.ts';
import type { Finding } from '../core/types.ts';

/** One draft for a worker: read from `file` (a path on disk) and checked against the registry of `roots` with `settings`. */
export interface PoolJob {
  file: string;
  /** The path the findings name (the session's location of the draft). */
  shown: string;
  roots: string[];
  settings: Settings;
  /** The URI its workspace index record names. */
  recordUri: string;
}

/** A worker's check of one draft: its text, findings and index record, or why it was not read. */
export type PoolOutcome = { index: number; text: string; findings: Finding[]; record?: DraftRecord } | { index: number; problem: string };

/** One request's drafts on the workers: this thread takes some of them too. */
export interface PoolRun {
  /** The next draft no thread has taken (this thread checks it), or undefined when none is left. */
  take(): number | undefined;
  /** No more drafts are taken (those taken are still checked). */
  cancel(): void;
  /** Resolves once every draft a worker took has its outcome (undefined), or to why a worker failed (its drafts without outcome are left to this thread). */
  done: Promise<string | undefined>;
}

/** Worker threads for Check Sources, started for a run and ended after it. */
export interface DraftPool {
  /** Gives the workers `jobs` (registries of reading `readings`: see WorkspaceRegistries.readings); undefined when there are no workers (none configured, or they failed before). */
  run(jobs: PoolJob[], readings: number, onOutcome: (outcome: PoolOutcome) => void): PoolRun | undefined;
}
