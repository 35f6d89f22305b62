/**
 * A runner's writes to the jobs it works on, with VPO's semantics (vpo/jobs/queue.py): claim (priority then
 * age, one IMMEDIATE transaction), heartbeat, progress, finish, release, and re-queueing of running jobs
 * whose heartbeat went stale.
 *
 * Every write to a claimed job matches on the claim's `started_at` as well as `status = 'running'`, so once
 * a job is cancelled, deleted, or re-queued and claimed again, the old runner's writes change nothing — and
 * the `false` they return is how it learns to stop.
 */
import type Database from 'better-sqlite3';
import { formatTimestamp } from '@vpo-live/vpo-api';

/** A job this runner owns, as the claim returned it. */
export interface ClaimedJob {
  readonly id: string;
  readonly jobType: string;
  readonly filePath: string;
  readonly priority: number;
  readonly policyName: string | null;
  readonly policyJson: string | null;
  readonly createdAt: string;
  /** The `started_at` the claim wrote; every later write of this run matches on it. */
  readonly claimToken: string;
}

/** Where a claimed job stands now, seen from the runner that claimed it. */
export type ClaimState = 'ours' | 'cancelled' | 'gone' | 'lost';

const ts = (now: number): string => formatTimestamp(now);

interface ClaimRow {
  id: string;
  job_type: string;
  file_path: string;
  priority: number;
  policy_name: string | null;
  policy_json: string | null;
  created_at: string;
  started_at: string;
}

/**
 * Claims the next queued job — lowest priority number first, then oldest — inside one IMMEDIATE
 * transaction, so two runners (in this or another process) never claim the same job. `workerHost` [ext]
 * names the machine of `workerPid`, so a runner on that machine can tell at once when the process is gone;
 * `null` (VPO's workers) leaves only the heartbeat rule.
 */
export function claimNextJob(
  db: Database.Database,
  workerPid: number,
  now: number = Date.now(),
  workerHost: string | null = null,
): ClaimedJob | null {
  const select = db.prepare<[], { id: string }>(
    `SELECT id FROM jobs WHERE status = 'queued' ORDER BY priority ASC, created_at ASC LIMIT 1`,
  );
  const claim = db.prepare<[string, number, string | null, string, string], ClaimRow>(
    `UPDATE jobs SET status = 'running', started_at = ?, worker_pid = ?, worker_host = ?, worker_heartbeat = ?,
       completed_at = NULL, progress_percent = 0.0, processed_count = NULL, total_count = NULL
     WHERE id = ? AND status = 'queued'
     RETURNING id, job_type, file_path, priority, policy_name, policy_json, created_at, started_at`,
  );
  const row = db
    .transaction((): ClaimRow | undefined => {
      const next = select.get();
      if (!next) return undefined;
      const stamp = ts(now);
      return claim.get(stamp, workerPid, workerHost, stamp, next.id);
    })
    .immediate();
  if (!row) return null;
  return {
    id: row.id,
    jobType: row.job_type,
    filePath: row.file_path,
    priority: row.priority,
    policyName: row.policy_name,
    policyJson: row.policy_json,
    createdAt: row.created_at,
    claimToken: row.started_at,
  };
}

const OWNED = `id = @id AND status = 'running' AND started_at = @token`;

/** Whether the claim still holds, and if not, why (cancelled, deleted, or re-queued/claimed again). */
export function claimState(db: Database.Database, job: ClaimedJob): ClaimState {
  const row = db
    .prepare<[string], { status: string; started_at: string | null }>(
      `SELECT status, started_at FROM jobs WHERE id = ?`,
    )
    .get(job.id);
  if (!row) return 'gone';
  if (row.status === 'running' && row.started_at === job.claimToken) return 'ours';
  return row.status === 'cancelled' ? 'cancelled' : 'lost';
}

/** Live progress of a claimed job. `null` counts leave the columns as they are. */
export interface ProgressUpdate {
  readonly percent: number;
  readonly processed?: number | null;
  readonly total?: number | null;
}

/** Writes progress (and a heartbeat); `false` when the job is no longer this runner's. */
export function writeProgress(
  db: Database.Database,
  job: ClaimedJob,
  update: ProgressUpdate,
  now: number,
): boolean {
  const result = db
    .prepare(
      `UPDATE jobs SET progress_percent = @percent, processed_count = coalesce(@processed, processed_count),
         total_count = coalesce(@total, total_count), worker_heartbeat = @now
       WHERE ${OWNED}`,
    )
    .run({
      id: job.id,
      token: job.claimToken,
      percent: clampPercent(update.percent),
      processed: update.processed ?? null,
      total: update.total ?? null,
      now: ts(now),
    });
  return result.changes > 0;
}

/** VPO's `update_heartbeat`; `false` when the job is no longer this runner's. */
export function writeHeartbeat(
  db: Database.Database,
  job: ClaimedJob,
  workerPid: number,
  now: number,
): boolean {
  const result = db
    .prepare(`UPDATE jobs SET worker_heartbeat = @now, worker_pid = @pid WHERE ${OWNED}`)
    .run({ id: job.id, token: job.claimToken, now: ts(now), pid: workerPid });
  return result.changes > 0;
}

/** Records where the job's log lives (VPO stores `logs/<id>.log`, relative to its data directory). */
export function writeLogPath(db: Database.Database, job: ClaimedJob, logPath: string): boolean {
  const result = db.prepare(`UPDATE jobs SET log_path = @logPath WHERE ${OWNED}`).run({
    id: job.id,
    token: job.claimToken,
    logPath,
  });
  return result.changes > 0;
}

/** How a run ended. */
export interface JobOutcome {
  readonly status: 'completed' | 'failed';
  readonly errorMessage?: string | null;
  readonly summary?: Readonly<Record<string, unknown>> | null;
  readonly outputPath?: string | null;
}

/**
 * VPO's `release_job` plus the summary of `complete_*_job`: final status, completion time, summary,
 * progress 100 on success; clears the worker. `false` when the job was cancelled or taken meanwhile.
 */
export function finishJob(db: Database.Database, job: ClaimedJob, outcome: JobOutcome, now: number): boolean {
  const completed = outcome.status === 'completed';
  const result = db
    .prepare(
      `UPDATE jobs SET status = @status, completed_at = @now, error_message = @error, output_path = @output,
         summary_json = coalesce(@summary, summary_json),
         progress_percent = CASE WHEN @completed THEN 100.0 ELSE progress_percent END,
         worker_pid = NULL, worker_heartbeat = NULL
       WHERE ${OWNED}`,
    )
    .run({
      id: job.id,
      token: job.claimToken,
      status: outcome.status,
      now: ts(now),
      error: outcome.errorMessage ?? null,
      output: outcome.outputPath ?? null,
      summary: outcome.summary ? JSON.stringify(outcome.summary) : null,
      completed: completed ? 1 : 0,
    });
  return result.changes > 0;
}

/** The columns a job going back to the queue has reset (also by an operator's retry). */
export const REQUEUE_SET = `status = 'queued', started_at = NULL, worker_pid = NULL, worker_host = NULL,
  worker_heartbeat = NULL, progress_percent = 0.0, progress_json = NULL, processed_count = NULL,
  total_count = NULL`;

/** Puts a job this runner is giving up (shutdown) back in the queue, as stale recovery would later. */
export function releaseToQueue(db: Database.Database, job: ClaimedJob): boolean {
  return (
    db.prepare(`UPDATE jobs SET ${REQUEUE_SET} WHERE ${OWNED}`).run({ id: job.id, token: job.claimToken })
      .changes > 0
  );
}

/** VPO's `recover_stale_jobs`: running jobs whose heartbeat is older than `staleBefore` go back to queued. */
export function requeueStaleJobs(db: Database.Database, staleBefore: number): string[] {
  return db
    .prepare<[string], { id: string }>(
      `UPDATE jobs SET ${REQUEUE_SET} WHERE status = 'running' AND worker_heartbeat < ? RETURNING id`,
    )
    .all(ts(staleBefore))
    .map((row) => row.id);
}

/** A running job's claim as another runner sees it: which process on `host` runs it. */
export interface RunOnHost {
  readonly id: string;
  readonly workerPid: number;
  /** The claim's `started_at`. */
  readonly claimToken: string;
}

/** Running jobs whose worker process was recorded on `host`. */
export function runsOnHost(db: Database.Database, host: string): RunOnHost[] {
  return db
    .prepare<[string], { id: string; worker_pid: number; started_at: string }>(
      `SELECT id, worker_pid, started_at FROM jobs
       WHERE status = 'running' AND worker_host = ? AND worker_pid IS NOT NULL AND started_at IS NOT NULL`,
    )
    .all(host)
    .map((row) => ({ id: row.id, workerPid: row.worker_pid, claimToken: row.started_at }));
}

/** Re-queues one run if it is still that run (nobody finished, cancelled or re-claimed it meanwhile). */
export function requeueRun(db: Database.Database, run: RunOnHost): boolean {
  return (
    db
      .prepare(`UPDATE jobs SET ${REQUEUE_SET} WHERE ${OWNED} AND worker_pid = @pid`)
      .run({ id: run.id, token: run.claimToken, pid: run.workerPid }).changes > 0
  );
}

function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}
