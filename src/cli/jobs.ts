/**
 * `source-check check --jobs N`: the drafts shared among this thread and N-1
 * worker threads (dist/draftWorker.js), each taking the next unchecked draft
 * from one counter, each worker reading the registry once (from the index
 * cache, as this thread does); the outcomes come
 * back in the drafts' order, whichever thread checked them.
 */
import { Worker } from 'node:worker_threads';
import { draftWorkerScript, idleCores, type DraftJob, type DraftOutcome, type WorkerCache, type WorkerData, type WorkerMessage } from '../host/draftJobs.ts';

/** At most this many threads unless --jobs asks for more. */
const DEFAULT_MAX_JOBS = 4;
/**
 * A thread is added per this many drafts. Each thread reads the registry and warms up (compiles its patterns,
 * builds the registry's lazy lookups) on its own: with 10k statements + 5,000 people a second thread cost
 * 0.9-2.6 s more CPU over 1,000 drafts of 5 KB (npm run bench row 6, --jobs 2 against --jobs 1: 7.5-8.7 s
 * against 6.1-6.9 s), where a draft costs ~6 ms. On two free cores, (N × 6 ms + ~2.6 s) / 2 beats N × 6 ms
 * from ~450 drafts on.
 */
export const DRAFTS_PER_JOB = 500;

/** The cores the default may take (src/host/draftJobs.ts, which the server's Check Sources asks too). */
export { idleCores };

/** The number of threads for `drafts` drafts: --jobs when given (at most one per draft), else one per DRAFTS_PER_JOB drafts up to the idle cores (at most DEFAULT_MAX_JOBS). */
export function jobCount(requested: number | undefined, drafts: number, cores = idleCores()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, drafts));
  return Math.max(1, Math.min(cores, DEFAULT_MAX_JOBS, Math.floor(drafts / DRAFTS_PER_JOB)));
}

/**
 * Checks `jobs` on `threads` threads: this one runs `checkHere` (after `beforeChecking`,
 * once the workers are started), the others are workers, reading registries through
 * `cache` (undefined: --no-cache). Resolves to the outcomes by index, or to a message
 * when a worker failed (crashed, or left drafts unchecked).
 */
export async function checkOnThreads<T>(jobs: DraftJob[], threads: number, cache: WorkerCache | undefined, beforeChecking: () => void, checkHere: (index: number) => T): Promise<(T | DraftOutcome)[] | { failed: string }> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const outcomes: (T | DraftOutcome | undefined)[] = new Array(jobs.length);
  const failures: string[] = [];
  const script = draftWorkerScript();
  const crash = process.env.SOURCE_CHECK_TEST_WORKER_CRASH === '1'; // tests: each worker dies as it starts
  const ended = Array.from({ length: threads - 1 }, (_, w) => {
    const workerData: WorkerData = { jobs, next, cache, crash };
    const worker = new Worker(script.file, { workerData, eval: script.eval, stdout: false, stderr: false });
    worker.on('message', (m: WorkerMessage) => {
      if ('outcome' in m) outcomes[m.outcome.index] = m.outcome;
      else if ('failed' in m) failures.push(`worker ${w + 1} failed: ${m.failed}`);
    });
    return new Promise<void>((resolve) => {
      worker.on('error', (error) => failures.push(`worker ${w + 1} failed: ${error.stack ?? error}`));
      worker.on('exit', (code) => {
        if (code !== 0) failures.push(`worker ${w + 1} stopped with exit code ${code}`);
        resolve();
      });
    });
  });
  beforeChecking();
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) outcomes[i] = checkHere(i);
  await Promise.all(ended);
  const unchecked = jobs.length - outcomes.filter((o) => o !== undefined).length;
  if (failures.length || unchecked) return { failed: `${failures.join('; ') || 'a worker ended early'}${unchecked ? `; ${unchecked} draft${unchecked === 1 ? '' : 's'} left unchecked` : ''}` };
  return outcomes as (T | DraftOutcome)[];
}
