/**
 * The worker thread entry (dist/draftWorker.js) that checks drafts for
 * `source-check check --jobs` (a shared list and counter: it takes the next
 * unchecked draft until none is left). Any failure is posted as `{ failed }`
 * before the thread ends. Registries come from the CLI's index cache when
 * it has one (workerData.cache).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { expectDrafts } from '../core/extract/patterns.ts';
import { WorkerRegistries, type WorkerData, type WorkerMessage } from './draftJobs.ts';

const data = workerData as Partial<WorkerData> | undefined;
const registries = new WorkerRegistries(data?.cache);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

try {
  if (data?.crash) process.exit(70); // tests: a worker that dies without a word
  if (!data?.jobs || !data.next) throw new Error('expected workerData { jobs, next }');
  expectDrafts(data.jobs.reduce((n, job) => n + job.text.length, 0));
  // a draft index is taken once, by whichever thread (this one, another worker, the CLI's own) gets to it first
  for (let i = Atomics.add(data.next, 0, 1); i < data.jobs.length; i = Atomics.add(data.next, 0, 1)) {
    post({ outcome: registries.check(data.jobs[i], i) });
  }
  // (nothing listens on the port: the thread ends once its messages are out)
} catch (error) {
  post({ failed: (error as Error).stack ?? String(error) });
  process.exit(1);
}
