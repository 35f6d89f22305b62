import { join } from 'node:path';
import type Database from 'better-sqlite3';
import {
  type ClaimedJob,
  finishJob,
  type JobOutcome,
  releaseToQueue,
  writeLogPath,
} from '../db/jobClaims.ts';
import { JobLogWriter } from '../logs/jobLogWriter.ts';
import type { RunnerClock } from './runnerClock.ts';
import { JobContext, type JobTiming } from './jobContext.ts';
import { JobInterrupted } from './jobInterrupted.ts';
import { retryTransient } from './retryTransient.ts';
import { type Workload, WorkloadFailed } from './workload.ts';

/** How a run ended, from the runner's point of view. */
export type RunEnd = 'completed' | 'failed' | 'cancelled' | 'gone' | 'lost' | 'requeued';

/** Log batching: VPO flushes every 100 lines; ours also flushes on a timer so a tail never lags long. */
export interface LogBatching {
  readonly batchLines: number;
  readonly flushIntervalMs: number;
}

/** What running one job needs. */
export interface ExecuteDeps {
  readonly db: Database.Database;
  readonly clock: RunnerClock;
  readonly random: () => number;
  readonly workerPid: number;
  readonly timing: JobTiming;
  readonly logsDir: string;
  readonly logBatching: LogBatching;
  readonly shutdown: AbortSignal;
  readonly workloadFor: (jobType: string) => Workload | undefined;
}

/** What the workload left: a result to record, a failure to record, or an interruption. */
type WorkloadEnd =
  | { readonly kind: 'finished'; readonly outcome: JobOutcome; readonly cause?: Error }
  | { readonly kind: 'interrupted'; readonly error: JobInterrupted };

/**
 * Runs one claimed job: opens its log (`<logsDir>/<id>.log`, stored as `logs/<id>.log` like VPO), writes
 * VPO's header, runs the type's workload, and makes the final write — completed with its summary, failed
 * with `error_message`, or nothing when the job was cancelled/deleted/taken meanwhile. On shutdown the
 * job goes back to the queue. Only the workload's own errors fail a job: the runner's own writes are
 * retried while another process holds the database (see {@link retryTransient}).
 */
export async function executeJob(job: ClaimedJob, deps: ExecuteDeps): Promise<RunEnd> {
  const started = deps.clock.now();
  const log = new JobLogWriter(join(deps.logsDir, `${job.id}.log`), {
    ...deps.logBatching,
    now: deps.clock.now,
  });
  const ctx = new JobContext({ ...deps, job, log });
  const elapsed = () => (deps.clock.now() - started) / 1000;
  const persist = <T>(what: string, operation: () => T) =>
    retryTransient(what, operation, { clock: deps.clock });
  try {
    log.header(job.id, job.jobType, job.filePath, {
      policy: job.policyName ?? 'default',
      priority: String(job.priority),
    });
    const end = await runWorkload(ctx, async () => {
      await ctx.persist('record the log path', () => writeLogPath(deps.db, job, `logs/${job.id}.log`));
      const workload = deps.workloadFor(job.jobType);
      if (!workload) throw new Error(`Unknown job type: ${job.jobType}`);
      return workload(ctx);
    });
    if (end.kind === 'interrupted') return await interrupted(job, deps, log, end.error, elapsed());
    const { outcome } = end;
    if (outcome.status === 'failed') log.error(outcome.errorMessage ?? 'failed', end.cause);
    log.footer(outcome.status === 'completed' ? 'success' : 'failed', elapsed());
    // The log is complete on disk before the row says the job ended, so a page that sees the final status
    // and then reads the log finds the footer.
    log.close();
    const recorded = await persist(`record the job as ${outcome.status}`, () =>
      finishJob(deps.db, job, outcome, deps.clock.now()),
    );
    return recorded ? outcome.status : 'lost';
  } finally {
    ctx.dispose();
    log.close();
  }
}

/** Runs the workload and turns how it ended into a value; its last progress is written first. */
async function runWorkload(ctx: JobContext, run: () => ReturnType<Workload>): Promise<WorkloadEnd> {
  try {
    const result = await run();
    await ctx.flushProgress();
    const outcome: JobOutcome = {
      status: 'completed',
      summary: result.summary,
      outputPath: result.outputPath ?? null,
    };
    return { kind: 'finished', outcome };
  } catch (error) {
    const reason = error instanceof JobInterrupted ? error : ctx.signal.reason;
    if (reason instanceof JobInterrupted) return { kind: 'interrupted', error: reason };
    const summary = error instanceof WorkloadFailed ? error.summary : null;
    const errorMessage = error instanceof Error ? error.message : String(error);
    // A WorkloadFailed is a workload's report, not an exception worth naming in the log.
    const cause = error instanceof Error && !(error instanceof WorkloadFailed) ? error : undefined;
    return { kind: 'finished', outcome: { status: 'failed', errorMessage, summary }, cause };
  }
}

async function interrupted(
  job: ClaimedJob,
  deps: ExecuteDeps,
  log: JobLogWriter,
  error: JobInterrupted,
  elapsedSeconds: number,
): Promise<RunEnd> {
  switch (error.reason) {
    case 'gone':
      log.discard();
      return 'gone';
    case 'cancelled':
      log.line('Job cancelled');
      log.footer('cancelled', elapsedSeconds);
      return 'cancelled';
    case 'lost':
      log.line('Job was re-queued or claimed by another worker; this run stops');
      return 'lost';
    case 'shutdown': {
      log.line('Worker shutting down; job returned to the queue');
      const released = await retryTransient(
        'return the job to the queue',
        () => releaseToQueue(deps.db, job),
        {
          clock: deps.clock,
        },
      );
      return released ? 'requeued' : 'lost';
    }
  }
}
