/**
 * The worker thread entry (dist/draftWorker.js) that checks drafts for
 * `source-check check --jobs` (a shared list and counter: it takes the next
 * unchecked draft until none is left) and, started with `serve`, for the
 * server's Check Sources (each request's drafts a batch message with a counter
 * of its own, until the server ends the thread). Any failure is posted as
 * `{ failed }` before the thread ends. Registries come from the index cache
 * when it has one (workerData.cache).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { expectDrafts, LONG_DRAFT } from '../core/extract/patterns.ts';
import { WorkerRegistries, type DraftBatch, type DraftJob, type WorkerData, type WorkerMessage } from './draftJobs.ts';

const data = workerData as Partial<WorkerData> | undefined;
let registries = new WorkerRegistries(data?.cache);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

/** Takes drafts through `next` (a draft index is taken once, by whichever thread gets to it first) and posts each outcome. */
function takeFrom(jobs: DraftJob[], next: Int32Array, batch?: number): void {
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    post({ outcome: registries.check(jobs[i], i), ...(batch !== undefined ? { batch } : {}) });
  }
}

/** The server's batches: registries read again when their generation changed, each read before drafts are taken. */
function serve(): void {
  expectDrafts(LONG_DRAFT); // (Check Sources reads many drafts: the full patterns from the first window)
  let generation: number | undefined;
  parentPort!.on('message', (m: { batch?: DraftBatch }) => {
    try {
      const batch = m.batch;
      if (!batch) throw new Error(`expected { batch }, got ${JSON.stringify(m)?.slice(0, 200)}`);
      if (generation !== undefined && generation !== batch.generation) registries = new WorkerRegistries(data?.cache);
      generation = batch.generation;
      for (const job of batch.jobs) registries.warm(job.roots, job.settings);
      takeFrom(batch.jobs, batch.next, batch.id);
    } catch (error) {
      post({ failed: (error as Error).stack ?? String(error) });
      process.exit(1);
    }
  });
}

try {
  if (data?.crash) process.exit(70); // tests: a worker that dies without a word
  if (data?.serve) serve();
  else {
    if (!data?.jobs || !data.next) throw new Error('expected workerData { jobs, next }');
    expectDrafts(data.jobs.reduce((n, job) => n + (job.text?.length ?? 0), 0));
    takeFrom(data.jobs, data.next);
    // (nothing listens on the port: the thread ends once its messages are out)
  }
} catch (error) {
  post({ failed: (error as Error).stack ?? String(error) });
  process.exit(1);
}
