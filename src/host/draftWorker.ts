/**
 * The worker thread entry (dist/draftWorker.js) that checks drafts for
 * `source-check check --jobs` (a shared list and counter: it takes the next
 * unchecked draft until none is left) and for the server's pool (the same,
 * for each request's list and counter it is sent). Any failure is posted as `{ failed }` before the thread ends.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { WorkerRegistries, type DraftJob, type WorkerMessage } from './draftJobs.ts';
import { RegistryStore } from './registryStore.ts';

const registries = new WorkerRegistries(() => new RegistryStore());
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const data = workerData as { jobs?: DraftJob[]; next?: Int32Array; crash?: boolean; nice?: number } | undefined;

/** Lowers this thread's scheduling priority (Linux: the thread's id from /proc/thread-self), so the thread that answers the editor comes first; elsewhere nothing. */
function lowerPriority(nice: number): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    if (tid) os.setPriority(tid, nice);
  } catch {
    // not Linux, or not allowed: the thread keeps its priority
  }
}

try {
  if (data?.crash) process.exit(70); // tests: a worker that dies without a word
  if (data?.nice) lowerPriority(data.nice);
  if (data?.jobs && data.next) {
    // a draft index is taken once, by whichever thread (this one, another worker, the CLI's own) gets to it first
    for (let i = Atomics.add(data.next, 0, 1); i < data.jobs.length; i = Atomics.add(data.next, 0, 1)) {
      post({ outcome: registries.check(data.jobs[i], i) });
    }
    // (nothing listens on the port: the thread ends once its messages are out)
  } else {
    parentPort!.on('message', ({ id, jobs, next }: { id: number; jobs: DraftJob[]; next: Int32Array }) => {
      try {
        const outcomes = [];
        for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) outcomes.push(registries.check(jobs[i], i));
        post({ id, outcomes });
      } catch (error) {
        post({ failed: (error as Error).stack ?? String(error) });
        process.exit(1);
      }
    });
  }
} catch (error) {
  post({ failed: (error as Error).stack ?? String(error) });
  process.exit(1);
}
