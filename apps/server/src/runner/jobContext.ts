import type Database from 'better-sqlite3';
import {
  type ClaimedJob,
  type ClaimState,
  claimState,
  writeHeartbeat,
  writeProgress,
} from '../db/jobClaims.ts';
import { isTransientDbError } from '../db/transientDbError.ts';
import type { JobLogWriter } from '../logs/jobLogWriter.ts';
import type { RunnerClock } from './runnerClock.ts';
import { JobInterrupted } from './jobInterrupted.ts';
import { type Progress, ProgressThrottle } from './progressThrottle.ts';
import { retryTransient } from './retryTransient.ts';

/** Timing of a running job's bookkeeping. */
export interface JobTiming {
  /** Least time between progress writes, and between checks for cancellation (ms). */
  readonly progressIntervalMs: number;
  /** Heartbeat period while no progress is written (ms). */
  readonly heartbeatIntervalMs: number;
}

/** Everything a workload may use while it runs. */
export interface JobContextDeps {
  readonly db: Database.Database;
  readonly job: ClaimedJob;
  readonly log: JobLogWriter;
  readonly clock: RunnerClock;
  readonly random: () => number;
  readonly workerPid: number;
  readonly timing: JobTiming;
  /** Aborted by the runner on shutdown. */
  readonly shutdown: AbortSignal;
}

/** What a workload reports: a percentage, or file counts (the percentage follows from them). */
export interface ProgressReport {
  readonly percent?: number;
  readonly processed?: number;
  readonly total?: number;
}

/**
 * The running job's handle for a workload: throttled progress, cancellation checks ("ticks"), abortable
 * sleeps, its log. Cancellation, deletion or loss of the claim is noticed at the first tick after it
 * happens; the workload then gets a {@link JobInterrupted} from `checkpoint()`, `progress()` or `sleep()`.
 *
 * Bookkeeping never fails a job: a progress write or heartbeat that meets a lock held by another process
 * is skipped and made at the next tick. The workload's own writes go through {@link JobContext.persist}.
 * {@link JobContext.dispose} (the runner calls it when the run ends) detaches it from the runner.
 */
export class JobContext {
  readonly job: ClaimedJob;
  readonly log: JobLogWriter;
  readonly clock: RunnerClock;
  readonly random: () => number;
  private readonly deps: JobContextDeps;
  private readonly throttle: ProgressThrottle;
  private readonly controller = new AbortController();
  private lastTickAt: number;
  private lastBeatAt: number;
  private readonly onShutdown = () => this.controller.abort(new JobInterrupted('shutdown'));

  constructor(deps: JobContextDeps) {
    this.deps = deps;
    this.job = deps.job;
    this.log = deps.log;
    this.clock = deps.clock;
    this.random = deps.random;
    this.throttle = new ProgressThrottle(deps.timing.progressIntervalMs);
    this.lastTickAt = this.lastBeatAt = deps.clock.now();
    if (deps.shutdown.aborted) this.onShutdown();
    else deps.shutdown.addEventListener('abort', this.onShutdown, { once: true });
  }

  /** Ends this run's tie to the runner: nothing of the job stays reachable from the runner's signal. */
  dispose(): void {
    this.deps.shutdown.removeEventListener('abort', this.onShutdown);
  }

  /** Aborts with a {@link JobInterrupted} when the job must stop. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The latest progress, written or not. */
  get current(): Progress | undefined {
    return this.throttle.current;
  }

  /** Reports progress; written at most once per progress interval. */
  progress(report: ProgressReport): void {
    const { processed, total } = report;
    const derived =
      report.percent ??
      (processed !== undefined && total ? (processed / total) * 100 : (this.current?.percent ?? 0));
    // 100 % is the finished job's: a running one stops just short, as VPO's transcode progress does.
    const percent = Math.min(99.9, Math.max(0, derived));
    const reading = { percent, processed: processed ?? null, total: total ?? null };
    this.write(this.throttle.offer(reading, this.clock.now()));
    this.checkpoint();
  }

  /**
   * One tick: throws if the job must stop; otherwise, when the interval has passed, writes pending
   * progress (or a heartbeat) and checks that the job is still ours.
   */
  checkpoint(): void {
    this.throwIfStopped();
    const now = this.clock.now();
    if (now - this.lastTickAt < this.deps.timing.progressIntervalMs) return;
    this.lastTickAt = now;
    const due = this.throttle.due(now);
    if (due) return this.write(due);
    const state = this.readClaim();
    if (state !== 'ours' && state !== 'unknown') this.stop(state);
    if (now - this.lastBeatAt >= this.deps.timing.heartbeatIntervalMs) {
      const beat = this.skipIfBusy(() => writeHeartbeat(this.deps.db, this.job, this.deps.workerPid, now));
      if (beat === false) this.stopFromDb();
      if (beat !== undefined) this.lastBeatAt = now;
    }
  }

  /**
   * Runs one of the workload's own database writes, retrying while another process holds the lock (up to
   * the retry budget, then failing the job with a message naming `what`). Stops at once if the job must.
   *
   * @example await ctx.persist(`record ${path}`, () => store.saveScanned(file, ctx.job.id, stamp));
   */
  async persist<T>(what: string, operation: () => T): Promise<T> {
    this.throwIfStopped();
    return retryTransient(what, operation, { clock: this.clock, signal: this.signal });
  }

  /** Sleeps in slices no longer than one tick, checking for cancellation after each. */
  async sleep(ms: number): Promise<void> {
    let left = Math.max(0, ms);
    do {
      const slice = Math.min(left, this.deps.timing.progressIntervalMs);
      await this.clock.sleep(slice, this.signal);
      left -= slice;
      this.checkpoint();
    } while (left > 0);
  }

  /** Writes whatever progress is pending, waiting out a locked database: the job's last word must land. */
  async flushProgress(): Promise<void> {
    const now = this.clock.now();
    const reading = this.throttle.drain(now);
    if (!reading) return;
    this.log.flush();
    const written = await this.persist('record the final progress', () =>
      writeProgress(this.deps.db, this.job, reading, now),
    );
    if (!written) this.stopFromDb();
  }

  private write(reading: Progress | null): void {
    if (!reading) return;
    const now = this.clock.now();
    this.lastTickAt = now;
    // The lines that describe this progress reach the file before the row counts it, so a crash right after
    // the commit can never leave counted files without their log lines.
    this.log.flush();
    const written = this.skipIfBusy(() => writeProgress(this.deps.db, this.job, reading, now));
    if (written === undefined) return this.throttle.rollback(reading);
    this.lastBeatAt = now;
    if (!written) this.stopFromDb();
  }

  /** `undefined` when the database was locked by another process: the caller tries again next tick. */
  private skipIfBusy<T>(operation: () => T): T | undefined {
    try {
      return operation();
    } catch (error) {
      if (isTransientDbError(error)) return undefined;
      throw error;
    }
  }

  private readClaim(): ClaimState | 'unknown' {
    return this.skipIfBusy(() => claimState(this.deps.db, this.job)) ?? 'unknown';
  }

  private stopFromDb(): never {
    const state = this.readClaim();
    // The write changed nothing, so the claim is gone; if it cannot be read now, stop without a final write.
    return this.stop(state === 'ours' || state === 'unknown' ? 'lost' : state);
  }

  private stop(reason: 'cancelled' | 'gone' | 'lost'): never {
    this.controller.abort(new JobInterrupted(reason));
    throw this.controller.signal.reason;
  }

  private throwIfStopped(): void {
    if (this.controller.signal.aborted) throw this.controller.signal.reason;
  }
}
