/**
 * The desktop server's worker threads for Check Sources (the CLI's draft
 * worker, src/host/draftWorker.ts, started with `serve`): started at the first
 * request that has drafts for them, given each request's drafts as a batch
 * with a counter of its own (the server's thread takes drafts from it too),
 * ended once no request came for a while, so that the workers' registry
 * copies do not stay in memory. A worker that fails (crashes, cannot start)
 * fails the batches under way and the pool: the server checks in its own
 * thread from then on.
 */
import { Worker } from 'node:worker_threads';
import { draftWorkerScript, idleCores, type DraftBatch, type DraftOutcome, type WorkerCache, type WorkerData, type WorkerMessage } from '../host/draftJobs.ts';
import type { DraftPool, PoolJob, PoolOutcome, PoolRun } from './checkPool.ts';

/** The workers end this long after the last batch was done (Check Sources sends its next chunk right after an answer), in milliseconds. */
export const POOL_IDLE_MS = 1500;

/** What a pool is started with. */
export interface PoolOptions {
  /** Worker threads (0: none, every draft checked in the server's thread). */
  workers: number;
  /** Workers are started only when that many cores and one more are idle (idleCores): on busy cores a worker only adds its warm-up. */
  whenIdle?: boolean;
  /** The index cache the workers read registries from (the server's; none: each worker parses and indexes). */
  cache?: WorkerCache;
  idleMs?: number;
  /** Tests: each worker dies as it starts. */
  crash?: boolean;
}

/** A batch under way: its outcome handler, and how it fails. */
interface Under {
  outcome(o: DraftOutcome): void;
  fail(message: string): void;
}

/** Worker threads started for Check Sources and ended after it. */
export class NodeCheckPool implements DraftPool {
  private workers: Worker[] = [];
  /** Why the pool is no longer used (a worker failed). */
  private broken: string | undefined;
  private readonly batches = new Map<number, Under>();
  private lastId = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PoolOptions) {}

  /** Gives the workers one request's drafts (starting them if they are not running); undefined: no workers (broken, none, or the cores are busy). */
  run(jobs: PoolJob[], readings: number, onOutcome: (outcome: PoolOutcome) => void): PoolRun | undefined {
    if (this.broken !== undefined || this.options.workers < 1 || !this.start()) return undefined;
    clearTimeout(this.idle);
    const next = new Int32Array(new SharedArrayBuffer(4));
    const id = ++this.lastId;
    const mine = new Set<number>();
    const got = new Set<number>();
    let limit = jobs.length;
    let settle: (failed: string | undefined) => void = () => {};
    const done = new Promise<string | undefined>((resolve) => (settle = resolve)).finally(() => {
      this.batches.delete(id);
      if (!this.batches.size) this.idleEnd();
    });
    const check = () => {
      if (Atomics.load(next, 0) >= limit && mine.size + got.size >= limit) settle(undefined);
    };
    this.batches.set(id, {
      outcome: (o) => {
        if (got.has(o.index)) return;
        got.add(o.index);
        onOutcome('problem' in o ? o : { index: o.index, text: o.text, findings: o.findings, record: o.record });
        check();
      },
      fail: (message) => settle(message),
    });
    const batch: DraftBatch = { id, jobs, next, generation: readings };
    for (const worker of this.workers) worker.postMessage({ batch });
    return {
      take: () => {
        const i = Atomics.add(next, 0, 1);
        if (i >= limit) {
          check();
          return undefined;
        }
        mine.add(i);
        return i;
      },
      cancel: () => {
        limit = Math.min(limit, Atomics.exchange(next, 0, jobs.length));
        check();
      },
      done,
    };
  }

  /** Ends the workers now (their registries go with them). */
  end(): void {
    clearTimeout(this.idle);
    const ending = this.workers;
    this.workers = [];
    for (const worker of ending) void worker.terminate();
  }

  private idleEnd(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.end(), this.options.idleMs ?? POOL_IDLE_MS);
    this.idle.unref?.();
  }

  /** Starts the workers unless they run; false when they cannot be (the pool is then broken). */
  private start(): boolean {
    if (this.workers.length) return true;
    if (this.options.whenIdle && idleCores() < this.options.workers + 1) return false;
    try {
      const script = draftWorkerScript();
      for (let w = 0; w < this.options.workers; w++) {
        const workerData: WorkerData = { jobs: [], next: new Int32Array(0), cache: this.options.cache, serve: true, crash: this.options.crash };
        const worker = new Worker(script.file, { workerData, eval: script.eval, stdout: false, stderr: false });
        worker.unref(); // (the server ends with its connection, workers or not)
        worker.on('message', (m: WorkerMessage) => {
          if ('outcome' in m) this.batches.get(m.batch ?? -1)?.outcome(m.outcome);
          else this.fail(worker, `worker ${w + 1} failed: ${m.failed}`);
        });
        worker.on('error', (error) => this.fail(worker, `worker ${w + 1} failed: ${error.stack ?? error}`));
        worker.on('exit', (code) => this.fail(worker, `worker ${w + 1} stopped with exit code ${code}`));
        this.workers.push(worker);
      }
      return true;
    } catch (error) {
      this.broken = `the workers could not start: ${(error as Error).stack ?? error}`;
      this.end();
      return false;
    }
  }

  /** A worker failed or stopped: unless the pool had ended it, the pool is broken and the batches under way fail. */
  private fail(worker: Worker, message: string): void {
    if (!this.workers.includes(worker)) return; // (ended by the pool)
    this.broken ??= message;
    this.end();
    for (const under of [...this.batches.values()]) under.fail(message);
  }
}
