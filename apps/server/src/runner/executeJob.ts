import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type ClaimedJob, finishJob, releaseToQueue, writeLogPath } from '../db/jobClaims.ts';
import { JobLogWriter } from '../logs/jobLogWriter.ts';
import type { Clock } from './clock.ts';
import { JobContext, type JobTiming } from './jobContext.ts';
import { JobInterrupted } from './jobInterrupted.ts';
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
  readonly clock: Clock;
  readonly random: () => number;
  readonly workerPid: number;
  readonly timing: JobTiming;
  readonly logsDir: string;
  readonly logBatching: LogBatching;
  readonly shutdown: AbortSignal;
  readonly workloadFor: (jobType: string) => Workload | undefined;
}

/**
 * Runs one claimed job: opens its log (`<logsDir>/<id>.log`, stored as `logs/<id>.log` like VPO), writes
 * VPO's header, runs the type's workload, and makes the final write — completed with its summary, failed
 * with `error_message`, or nothing when the job was cancelled/deleted/taken meanwhile. On shutdown the
 * job goes back to the queue.
 */
export async function executeJob(job: ClaimedJob, deps: ExecuteDeps): Promise<RunEnd> {
  const started = deps.clock.now();
  const log = new JobLogWriter(join(deps.logsDir, `${job.id}.log`), {
    ...deps.logBatching,
    now: deps.clock.now,
  });
  const elapsed = () => (deps.clock.now() - started) / 1000;
  try {
    writeLogPath(deps.db, job, `logs/${job.id}.log`);
    log.header(job.id, job.jobType, job.filePath, {
      policy: job.policyName ?? 'default',
      priority: String(job.priority),
    });
    const ctx = new JobContext({ ...deps, job, log });
    const workload = deps.workloadFor(job.jobType);
    try {
      if (!workload) throw new Error(`Unknown job type: ${job.jobType}`);
      const result = await workload(ctx);
      ctx.flushProgress();
      log.footer(true, elapsed());
      log.close();
      const outcome = {
        status: 'completed',
        summary: result.summary,
        outputPath: result.outputPath ?? null,
      } as const;
      return finishJob(deps.db, job, outcome, deps.clock.now()) ? 'completed' : 'lost';
    } catch (error) {
      if (error instanceof JobInterrupted || ctx.signal.reason instanceof JobInterrupted) {
        return interrupted(
          job,
          deps,
          log,
          error instanceof JobInterrupted ? error : (ctx.signal.reason as JobInterrupted),
          elapsed(),
        );
      }
      const message = error instanceof Error ? error.message : String(error);
      log.error(message, error instanceof WorkloadFailed ? undefined : error);
      log.footer(false, elapsed());
      log.close();
      const summary = error instanceof WorkloadFailed ? error.summary : null;
      return finishJob(deps.db, job, { status: 'failed', errorMessage: message, summary }, deps.clock.now())
        ? 'failed'
        : 'lost';
    }
  } finally {
    log.close();
  }
}

function interrupted(
  job: ClaimedJob,
  deps: ExecuteDeps,
  log: JobLogWriter,
  error: JobInterrupted,
  elapsedSeconds: number,
): RunEnd {
  switch (error.reason) {
    case 'gone':
      log.discard();
      return 'gone';
    case 'cancelled':
      log.line('Job cancelled');
      log.footer(false, elapsedSeconds);
      return 'cancelled';
    case 'lost':
      log.line('Job was re-queued or claimed by another worker; this run stops');
      return 'lost';
    case 'shutdown':
      log.line('Worker shutting down; job returned to the queue');
      return releaseToQueue(deps.db, job) ? 'requeued' : 'lost';
  }
}
