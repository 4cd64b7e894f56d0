/**
 * Check Sources off the server's thread (Node only): worker threads
 * (dist/draftWorker.js) that each read the registry once and check drafts on
 * disk, each request's drafts taken one at a time from a counter they share. The
 * server's thread only publishes, so hovers and edits stay quick during a run.
 * Idle workers end after a while (each holds its own copy of the registry).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { draftWorkerScript, type DraftJob, type DraftOutcome, type WorkerMessage } from '../host/draftJobs.ts';
import type { DraftPool } from './checkFiles.ts';

/**
 * The workers' scheduling priority (Linux nice; 0: as the server's thread). Not lowered: at nice 5 a run on
 * a loaded machine took 2.8x as long, and the server's thread, asleep while the workers run, is scheduled
 * first when a hover wakes it anyway.
 */
const WORKER_NICE = 0;
/** Workers end after this long without work. */
const IDLE_MS = 60_000;

/** One request under way: every worker takes its drafts from one shared counter, and says when it has no more. */
interface Run {
  outcomes: DraftOutcome[];
  /** Workers still taking drafts of it. */
  left: Set<Worker>;
  done(outcomes: DraftOutcome[]): void;
  failed(error: Error): void;
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
  private readonly workers: Worker[] = [];
  /** The requests under way, by id. */
  private readonly runs = new Map<number, Run>();
  private nextId = 0;
  private idle?: NodeJS.Timeout;
  /** Registry buffers compared with their files: the text compared (the same string while the buffer is unchanged) and whether the file holds it. */
  private readonly compared = new Map<string, { text: string; same: boolean }>();

  constructor(readonly size = Math.max(1, Math.min(os.availableParallelism(), 4)), private readonly script = draftWorkerScript()) {}

  /**
   * Checks the jobs (drafts on disk); outcomes in their order. Each worker gets the whole list and a
   * shared counter and takes the next unchecked draft, so no draft waits on a message. Rejects when a
   * worker fails.
   */
  check(jobs: DraftJob[]): Promise<DraftOutcome[]> {
    clearTimeout(this.idle);
    while (this.workers.length < Math.min(this.size, jobs.length)) this.start();
    const id = ++this.nextId;
    const next = new Int32Array(new SharedArrayBuffer(4));
    return new Promise<DraftOutcome[]>((done, failed) => {
      const run: Run = { outcomes: new Array(jobs.length), left: new Set(this.workers), done, failed };
      this.runs.set(id, run);
      for (const worker of this.workers) {
        worker.ref(); // a run under way keeps the server alive
        worker.postMessage({ id, jobs, next });
      }
    }).finally(() => {
      this.runs.delete(id);
      this.restWhenIdle();
    });
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
    for (const w of this.workers.splice(0)) void w.terminate();
  }

  private start(): void {
    // (SOURCE_CHECK_TEST_WORKER_CRASH=1, for tests: each worker dies as it starts)
    const worker = new Worker(this.script.file, { eval: this.script.eval, stdout: false, stderr: false, workerData: { crash: process.env.SOURCE_CHECK_TEST_WORKER_CRASH === '1', nice: WORKER_NICE } });
    this.workers.push(worker);
    worker.unref();
    const fail = (why: string) => {
      const at = this.workers.indexOf(worker);
      if (at < 0) return;
      this.workers.splice(at, 1);
      void worker.terminate();
      // the drafts it took are lost: every run it was part of fails (the next request starts new workers)
      for (const run of this.runs.values()) if (run.left.has(worker)) run.failed(new Error(why));
    };
    worker.on('message', (m: WorkerMessage) => {
      if ('failed' in m) return fail(`a check worker failed: ${m.failed.split('\n')[0]}`);
      if (!('id' in m)) return;
      const run = this.runs.get(m.id);
      if (!run) return;
      for (const o of m.outcomes) run.outcomes[o.index] = o;
      run.left.delete(worker);
      if (!this.busy(worker)) worker.unref();
      if (!run.left.size) run.done(run.outcomes);
    });
    worker.on('error', (error) => fail(`a check worker failed: ${error.message}`));
    worker.on('exit', (code) => fail(`a check worker stopped (exit code ${code})`));
  }

  /** True when a worker is part of a run under way. */
  private busy(worker: Worker): boolean {
    for (const run of this.runs.values()) if (run.left.has(worker)) return true;
    return false;
  }

  private restWhenIdle(): void {
    if (this.runs.size) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.dispose(), IDLE_MS);
    this.idle.unref();
  }
}
