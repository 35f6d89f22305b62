import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { type ClaimedJob, claimNextJob } from '../db/jobClaims.ts';
import { type RunnerClock, systemRunnerClock } from './runnerClock.ts';
import { demoWorkload, type DemoSettings } from './demo/runDemoJob.ts';
import { executeJob, type LogBatching, type RunEnd } from './executeJob.ts';
import { isProcessAlive } from './processAlive.ts';
import { type RecoveryReason, recoverRuns } from './recoverRuns.ts';
import { runsInProcess } from './runsInProcess.ts';
import { scanWorkload } from './scan/runScan.ts';
import type { Workload } from './workload.ts';

/** Settings of {@link createJobRunner}; everything but `db` and `logsDir` has VPO-like defaults. */
export interface JobRunnerOptions {
  readonly db: Database.Database;
  /** Folder of `<id>.log` files. */
  readonly logsDir: string;
  /** Jobs run at once. Default 2. */
  readonly concurrency?: number;
  /** Wait between claims while the queue is empty (ms). Default 500. */
  readonly pollIntervalMs?: number;
  /** Least time between progress writes and between cancellation checks (ms). Default 250. */
  readonly progressIntervalMs?: number;
  /** Heartbeat period (ms). Default VPO's 30 s, and never more than a third of `staleAfterMs`. */
  readonly heartbeatIntervalMs?: number;
  /** A running job whose heartbeat is older than this is re-queued (ms). Default VPO's 300 s. */
  readonly staleAfterMs?: number;
  readonly logBatching?: Partial<LogBatching>;
  readonly demo?: Partial<DemoSettings>;
  readonly clock?: RunnerClock;
  readonly random?: () => number;
  /** Written to `worker_pid`. Default this process's pid. */
  readonly workerPid?: number;
  /** Written to `worker_host`. Default this machine's host name. */
  readonly workerHost?: string;
  /** Whether a pid on this host is a live process (tests). Default: asks the operating system. */
  readonly isProcessAlive?: (pid: number) => boolean;
  /** Replaces the workload of a job type (tests). */
  readonly workloads?: Readonly<Record<string, Workload>>;
  /** Something happened worth logging. */
  readonly onEvent?: (event: RunnerEvent) => void;
}

/** What the runner reports to its host (the serve command logs these). */
export type RunnerEvent =
  | { readonly type: 'claimed'; readonly job: ClaimedJob }
  | { readonly type: 'finished'; readonly job: ClaimedJob; readonly end: RunEnd }
  | {
      readonly type: 'recovered';
      readonly reason: RecoveryReason;
      readonly count: number;
      readonly jobIds: readonly string[];
    }
  | { readonly type: 'error'; readonly error: unknown };

/** A pool of job slots over one database connection. */
export interface JobRunner {
  /** Starts the slots; each claims, runs, and polls while the queue is empty. */
  start(): void;
  /** Stops claiming, returns running jobs to the queue, and resolves when every slot has ended. */
  stop(): Promise<void>;
  /** Runs jobs until none is queued, without idle polling (tests, one-shot use). Returns how many ran. */
  drain(): Promise<number>;
  /** Jobs running now. */
  readonly active: number;
}

/**
 * Creates a runner: claims queued jobs by priority then age, runs scans for real and the other types as
 * demo workloads, re-queues jobs nobody runs any more (at start and once per heartbeat period: at once when
 * their worker process on this host is gone, after the stale timeout otherwise), and stops cleanly.
 *
 * @example
 * const runner = createJobRunner({ db, logsDir: '/data/logs', concurrency: 2 });
 * runner.start();
 * process.once('SIGTERM', () => void runner.stop());
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const clock = options.clock ?? systemRunnerClock;
  const concurrency = Math.max(1, Math.trunc(options.concurrency ?? 2));
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const staleAfterMs = options.staleAfterMs ?? 300_000;
  const timing = {
    progressIntervalMs: options.progressIntervalMs ?? 250,
    heartbeatIntervalMs: Math.min(options.heartbeatIntervalMs ?? 30_000, staleAfterMs / 3),
  };
  const emit = options.onEvent ?? (() => undefined);
  const demo = { failureRate: 0, speed: 1, ...options.demo };
  const builtIn: Record<string, Workload> = { scan: scanWorkload(options.db) };
  const workloadFor = (type: string) => options.workloads?.[type] ?? builtIn[type] ?? demoWorkload(demo);
  const deps = {
    db: options.db,
    clock,
    random: options.random ?? Math.random,
    workerPid: options.workerPid ?? process.pid,
    workerHost: options.workerHost ?? hostname(),
    timing,
    logsDir: options.logsDir,
    logBatching: { batchLines: 100, flushIntervalMs: 1000, ...options.logBatching },
    workloadFor,
  };
  let stopper = new AbortController();
  let slots: Promise<void>[] = [];
  let active = 0;
  let lastRecovery = Number.NEGATIVE_INFINITY;

  const recoverIfDue = () => {
    const now = clock.now();
    if (now - lastRecovery < timing.heartbeatIntervalMs) return;
    lastRecovery = now;
    const recoveries = recoverRuns({
      db: options.db,
      logsDir: options.logsDir,
      host: deps.workerHost,
      pid: deps.workerPid,
      isAlive: options.isProcessAlive ?? isProcessAlive,
      now,
      staleAfterMs,
    });
    for (const { reason, jobIds } of recoveries) {
      emit({ type: 'recovered', reason, count: jobIds.length, jobIds });
    }
  };

  /** Claims and runs one job; `false` when the queue was empty. */
  const runOne = async (): Promise<boolean> => {
    recoverIfDue();
    const job = claimNextJob(options.db, deps.workerPid, clock.now(), deps.workerHost);
    if (!job) return false;
    active += 1;
    runsInProcess.add(job);
    emit({ type: 'claimed', job });
    try {
      const end = await executeJob(job, { ...deps, shutdown: stopper.signal });
      emit({ type: 'finished', job, end });
    } finally {
      runsInProcess.delete(job);
      active -= 1;
    }
    return true;
  };

  const slot = async (signal: AbortSignal, idle: boolean): Promise<number> => {
    let ran = 0;
    while (!signal.aborted) {
      try {
        if (await runOne()) {
          ran += 1;
          continue;
        }
        if (!idle) break;
      } catch (error) {
        // A busy or broken database must not end the slot; it retries after the poll interval.
        emit({ type: 'error', error });
      }
      await clock.sleep(pollIntervalMs, signal).catch(() => undefined);
    }
    return ran;
  };

  return {
    start() {
      if (slots.length > 0) return;
      slots = Array.from({ length: concurrency }, () => slot(stopper.signal, true).then(() => undefined));
    },
    async stop() {
      stopper.abort();
      await Promise.all(slots);
      slots = [];
      // Ready for a later start() or drain().
      stopper = new AbortController();
    },
    async drain() {
      const counts = await Promise.all(
        Array.from({ length: concurrency }, () => slot(stopper.signal, false)),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
    get active() {
      return active;
    },
  };
}
