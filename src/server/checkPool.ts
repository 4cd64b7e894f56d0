/**
 * Check Sources off the server's thread (Node only): worker threads
 * (dist/draftWorker.js) that each read the registry once and check drafts on
 * disk in small batches, the next batch to whichever worker is free. The
 * server's thread only publishes, so hovers and edits stay quick during a run.
 * Idle workers end after a while (each holds its own copy of the registry).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { draftWorkerScript, type DraftJob, type DraftOutcome, type WorkerMessage } from '../host/draftJobs.ts';
import type { DraftPool } from './checkFiles.ts';

/** Drafts per message to a worker: one, so that no worker idles long at the end of a request (Check Sources sends 25 drafts a request). */
const BATCH = 1;
/** The workers' scheduling priority (Linux nice): below the server's thread, which answers hovers and edits meanwhile. */
const WORKER_NICE = 5;
/** Workers end after this long without work. */
const IDLE_MS = 60_000;

/** One batch waiting for a worker, and where its outcomes go. */
interface Batch {
  jobs: DraftJob[];
  done(outcomes: DraftOutcome[]): void;
  failed(error: Error): void;
}

/** A running worker and the batch it is on. */
interface PoolWorker {
  worker: Worker;
  busy?: Batch & { id: number };
}

/** A file's text on disk, or undefined when it cannot be read. */
function onDisk(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A pool of `size` worker threads (default: the cores, at most 4), started on first use. */
export class CheckPool implements DraftPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Batch[] = [];
  private nextId = 0;
  private idle?: NodeJS.Timeout;
  /** Registry buffers compared with their files: the text compared (the same string while the buffer is unchanged) and whether the file holds it. */
  private readonly compared = new Map<string, { text: string; same: boolean }>();

  constructor(readonly size = Math.max(1, Math.min(os.availableParallelism(), 4)), private readonly script = draftWorkerScript()) {}

  /** Checks the jobs (drafts on disk); outcomes in their order. Rejects when a worker fails (its batch is then lost). */
  check(jobs: DraftJob[]): Promise<DraftOutcome[]> {
    clearTimeout(this.idle);
    const outcomes: DraftOutcome[] = new Array(jobs.length);
    const batches: Promise<void>[] = [];
    for (let start = 0; start < jobs.length; start += BATCH) {
      const part = jobs.slice(start, start + BATCH);
      batches.push(new Promise<void>((resolve, reject) => {
        this.queue.push({
          jobs: part,
          done: (got) => {
            got.forEach((o, i) => (outcomes[start + i] = { ...o, index: start + i }));
            resolve();
          },
          failed: reject,
        });
      }));
    }
    while (this.workers.length < Math.min(this.size, this.queue.length)) this.start();
    this.dispatch();
    return Promise.all(batches).then(() => outcomes).finally(() => this.restWhenIdle());
  }

  /** True when every registry buffer holds what its file on disk holds (each compared once while it is unchanged). */
  readsAsBuffers(overridden: ReadonlyMap<string, string>): boolean {
    for (const file of this.compared.keys()) if (!overridden.has(file)) this.compared.delete(file);
    for (const [file, text] of overridden) {
      let known = this.compared.get(file);
      if (known?.text !== text) this.compared.set(file, (known = { text, same: onDisk(file) === text }));
      if (!known.same) return false;
    }
    return true;
  }

  /** Ends every worker. */
  dispose(): void {
    clearTimeout(this.idle);
    for (const w of this.workers.splice(0)) void w.worker.terminate();
  }

  private start(): void {
    // (SOURCE_CHECK_TEST_WORKER_CRASH=1, for tests: each worker dies as it starts)
    const worker = new Worker(this.script.file, { eval: this.script.eval, stdout: false, stderr: false, workerData: { crash: process.env.SOURCE_CHECK_TEST_WORKER_CRASH === '1', nice: WORKER_NICE } });
    const entry: PoolWorker = { worker };
    this.workers.push(entry);
    worker.unref();
    const fail = (why: string) => {
      const at = this.workers.indexOf(entry);
      if (at < 0) return;
      this.workers.splice(at, 1);
      void worker.terminate();
      entry.busy?.failed(new Error(why));
      entry.busy = undefined;
      // the batches still waiting fail too when no worker is left to take them (the next request starts new ones)
      if (!this.workers.length) for (const b of this.queue.splice(0)) b.failed(new Error(why));
      this.dispatch();
    };
    worker.on('message', (m: WorkerMessage) => {
      if ('failed' in m) return fail(`a check worker failed: ${m.failed.split('\n')[0]}`);
      if (!('id' in m) || entry.busy?.id !== m.id) return;
      const batch = entry.busy;
      entry.busy = undefined;
      batch.done(m.outcomes);
      this.dispatch();
    });
    worker.on('error', (error) => fail(`a check worker failed: ${error.message}`));
    worker.on('exit', (code) => fail(`a check worker stopped (exit code ${code})`));
  }

  /** Gives each free worker the next batch. */
  private dispatch(): void {
    for (const w of this.workers) {
      if (w.busy || !this.queue.length) continue;
      const batch = this.queue.shift()!;
      w.busy = { ...batch, id: ++this.nextId };
      w.worker.ref(); // a batch under way keeps the server alive
      w.worker.postMessage({ id: w.busy.id, jobs: batch.jobs });
    }
    for (const w of this.workers) if (!w.busy) w.worker.unref();
  }

  private restWhenIdle(): void {
    if (this.queue.length || this.workers.some((w) => w.busy)) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.dispose(), IDLE_MS);
    this.idle.unref();
  }
}
