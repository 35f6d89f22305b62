import { Worker } from 'node:worker_threads';
import { QueryTimeoutError } from './queryTimeoutError.ts';
import { QueryWorkerError, type QueryReplyMessage, type QueryWorkerData } from './queryMessages.ts';

/** How a {@link QueryPool} runs its queries. */
export interface QueryPoolOptions<Data> {
  /** The worker module: a file that calls `answerQueries` (loaded through `queryWorkerEntry.mjs`). */
  readonly module: URL;
  /** Given to the worker module (`queryWorkerData()`); structured-cloned. */
  readonly data: Data;
  /** Threads at most; each is started when first needed. */
  readonly size: number;
  /** From the call to the answer, queueing included; past it the call rejects with {@link QueryTimeoutError}. */
  readonly timeoutMs: number;
}

interface Task {
  readonly id: number;
  readonly request: unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
  slot: Slot | null;
  done: boolean;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  /** Terminated after a timeout: no new task, and it still counts against `size` until it has exited. */
  stopping: boolean;
}

const ENTRY = new URL('./queryWorkerEntry.mjs', import.meta.url);

/**
 * A few worker threads that run synchronous queries off the event loop, one query per thread at a time,
 * in arrival order. A query that times out answers at once with {@link QueryTimeoutError}, and its thread
 * is terminated: Node stops it when SQLite hands control back (better-sqlite3 cannot interrupt a
 * statement), and only then is the thread replaced — so at most `size` threads ever run queries, whatever
 * the load, and the event loop never waits for any of them.
 *
 * @example
 * const pool = new QueryPool<ListBodyRequest, ListBody>({ module, data: { dbPath }, size: 2, timeoutMs: 5000 });
 * const body = await pool.run({ params, cutoff: null });
 */
export class QueryPool<Request, Result> {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: QueryPoolOptions<unknown>) {}

  /**
   * Runs one query; rejects with {@link QueryTimeoutError} after `timeoutMs` (default: the pool's), or with
   * a {@link QueryWorkerError} from the worker.
   */
  run(request: Request, timeoutMs = this.options.timeoutMs): Promise<Result> {
    if (this.closed) return Promise.reject(new Error('the query pool is closed'));
    return new Promise<Result>((resolve, reject) => {
      const task: Task = {
        id: this.nextId++,
        request,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: undefined,
        slot: null,
        done: false,
      };
      task.timer = setTimeout(() => this.timeOut(task, timeoutMs), timeoutMs);
      this.queue.push(task);
      this.pump();
    });
  }

  /** Threads started and not yet exited (busy, idle or stopping). */
  get threads(): number {
    return this.slots.size;
  }

  /** Fails what is queued and terminates every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new Error('the query pool is closed'));
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private settle(task: Task, error: Error | null, value?: unknown): void {
    if (task.done) return;
    task.done = true;
    clearTimeout(task.timer);
    if (error === null) task.resolve(value);
    else task.reject(error);
  }

  private timeOut(task: Task, timeoutMs: number): void {
    if (task.done) return;
    this.settle(task, new QueryTimeoutError(timeoutMs));
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    if (task.slot !== null) {
      task.slot.stopping = true;
      void task.slot.worker.terminate();
    }
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = [...this.slots].find((candidate) => candidate.task === null && !candidate.stopping);
      if (slot === undefined) {
        if (this.slots.size >= this.options.size) return;
        slot = this.spawn();
      }
      const task = this.queue.shift() as Task;
      slot.task = task;
      task.slot = slot;
      // Referenced while it works for someone, so a pending answer keeps the process alive; idle, it does not.
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, request: task.request });
    }
  }

  private spawn(): Slot {
    const workerData: QueryWorkerData = { module: this.options.module.href, data: this.options.data };
    const slot: Slot = { worker: new Worker(ENTRY, { workerData }), task: null, stopping: false };
    slot.worker.on('message', (reply: QueryReplyMessage) => {
      const task = slot.task;
      if (task === null || task.id !== reply.id) return;
      slot.task = null;
      if (!slot.stopping) slot.worker.unref();
      if (reply.ok) this.settle(task, null, reply.value);
      else this.settle(task, new QueryWorkerError(reply.error));
      this.pump();
    });
    // An uncaught error (a module that fails to load, a database that cannot be opened): the thread exits next.
    slot.worker.on('error', (error: Error) => {
      if (slot.task !== null) this.settle(slot.task, new QueryWorkerError(errorInfoOf(error)));
    });
    slot.worker.on('exit', () => {
      this.slots.delete(slot);
      if (slot.task !== null) this.settle(slot.task, new Error('a query worker exited'));
      slot.task = null;
      this.pump();
    });
    this.slots.add(slot);
    return slot;
  }
}

/** An error thrown past `answerQueries` arrives structured-cloned: a subclass may have lost its name. */
function errorInfoOf(error: Error): QueryWorkerError['info'] {
  const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : 'a query worker failed',
    ...(typeof code === 'string' ? { code } : {}),
  };
}
