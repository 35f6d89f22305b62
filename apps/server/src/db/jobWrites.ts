/**
 * Every write to the jobs table, with VPO's semantics (vpo/jobs/queue.py, vpo/db/queries/jobs.py):
 * enqueue, claim (priority then age, one IMMEDIATE transaction), heartbeat, progress, finish, cancel,
 * retry (failed/cancelled → queued), delete, and re-queueing of running jobs whose heartbeat went stale.
 *
 * A runner's writes to a job it claimed match on the claim's `started_at` as well as `status = 'running'`,
 * so once a job is cancelled, deleted, or re-queued and claimed again, the old runner's writes change
 * nothing — and the `false` they return is how it learns to stop.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { DEFAULT_PRIORITY, formatTimestamp, type JobStatus, type JobType } from '@vpo-live/vpo-api';

/** A job to enqueue. Omitted fields get VPO's defaults. */
export interface NewJob {
  readonly jobType: JobType;
  readonly filePath: string;
  readonly id?: string;
  readonly priority?: number;
  readonly policyName?: string | null;
  readonly policyJson?: string | null;
  readonly origin?: string | null;
  readonly batchId?: string | null;
}

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

/** A full row for bulk inserts (seeding); column names as in the table. */
export interface JobRow {
  id: string;
  file_path: string;
  job_type: JobType;
  status: JobStatus;
  priority: number;
  policy_name: string | null;
  policy_json: string | null;
  progress_percent: number;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  worker_pid: number | null;
  worker_heartbeat: string | null;
  output_path: string | null;
  error_message: string | null;
  summary_json: string | null;
  log_path: string | null;
  origin: string | null;
  processed_count: number | null;
  total_count: number | null;
}

/** Where a claimed job stands now, seen from the runner that claimed it. */
export type ClaimState = 'ours' | 'cancelled' | 'gone' | 'lost';

const ts = (now: number): string => formatTimestamp(now);

/** Inserts a queued job and returns its id (a new uuid4 unless given). */
export function insertJob(db: Database.Database, job: NewJob, now: number = Date.now()): string {
  const id = job.id ?? randomUUID();
  db.prepare(
    `INSERT INTO jobs (id, file_path, job_type, status, priority, policy_name, policy_json, progress_percent,
       created_at, origin, batch_id)
     VALUES (?, ?, ?, 'queued', ?, ?, ?, 0.0, ?, ?, ?)`,
  ).run(
    id,
    job.filePath,
    job.jobType,
    job.priority ?? DEFAULT_PRIORITY,
    job.policyName ?? null,
    job.policyJson ?? null,
    ts(now),
    job.origin ?? 'cli',
    job.batchId ?? null,
  );
  return id;
}

/** A prepared full-row insert for bulk loads; run it inside one transaction. */
export function prepareJobRowInsert(db: Database.Database): (row: JobRow) => void {
  const statement = db.prepare(
    `INSERT INTO jobs (id, file_path, job_type, status, priority, policy_name, policy_json, progress_percent,
       created_at, started_at, completed_at, worker_pid, worker_heartbeat, output_path, error_message,
       summary_json, log_path, origin, processed_count, total_count)
     VALUES (@id, @file_path, @job_type, @status, @priority, @policy_name, @policy_json, @progress_percent,
       @created_at, @started_at, @completed_at, @worker_pid, @worker_heartbeat, @output_path, @error_message,
       @summary_json, @log_path, @origin, @processed_count, @total_count)`,
  );
  return (row) => void statement.run(row);
}

/** Below this many rows a bulk load keeps the indexes (rebuilding them would cost more). */
const REBUILD_INDEXES_FROM = 5000;

/**
 * Inserts `count` generated rows in one IMMEDIATE transaction through one prepared statement. When the
 * load is large compared with the table, the jobs indexes are dropped first and re-created from their own
 * stored SQL before commit: building an index once is much cheaper than updating nine of them per row.
 * Other connections see the table before or after, never in between. Rows given in id order load
 * fastest (the primary key grows at its end). `onProgress(done)` runs every `progressEvery` rows.
 */
export function insertJobRows(
  db: Database.Database,
  count: number,
  rowAt: (index: number) => JobRow,
  onProgress: (done: number) => void = () => undefined,
  progressEvery = 1000,
): void {
  // A page cache large enough for the B-trees being written keeps a big load from re-reading pages.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (count >= REBUILD_INDEXES_FROM) db.pragma(`cache_size = ${-128 * 1024}`);
  try {
    insertRows(db, count, rowAt, onProgress, progressEvery);
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

function insertRows(
  db: Database.Database,
  count: number,
  rowAt: (index: number) => JobRow,
  onProgress: (done: number) => void,
  progressEvery: number,
): void {
  db.transaction(() => {
    const existing = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM jobs').get()?.n ?? 0;
    const indexes =
      count >= REBUILD_INDEXES_FROM && count >= existing
        ? db
            .prepare<[], { name: string; sql: string }>(
              "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs' AND sql IS NOT NULL",
            )
            .all()
        : [];
    for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
    const insert = prepareJobRowInsert(db);
    for (let i = 0; i < count; i += 1) {
      insert(rowAt(i));
      if ((i + 1) % progressEvery === 0) onProgress(i + 1);
    }
    for (const index of indexes) db.exec(index.sql);
  }).immediate();
}

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
 * transaction, so two runners (in this or another process) never claim the same job.
 */
export function claimNextJob(
  db: Database.Database,
  workerPid: number,
  now: number = Date.now(),
): ClaimedJob | null {
  const select = db.prepare<[], { id: string }>(
    `SELECT id FROM jobs WHERE status = 'queued' ORDER BY priority ASC, created_at ASC LIMIT 1`,
  );
  const claim = db.prepare<[string, number, string, string], ClaimRow>(
    `UPDATE jobs SET status = 'running', started_at = ?, worker_pid = ?, worker_heartbeat = ?,
       completed_at = NULL, progress_percent = 0.0, processed_count = NULL, total_count = NULL
     WHERE id = ? AND status = 'queued'
     RETURNING id, job_type, file_path, priority, policy_name, policy_json, created_at, started_at`,
  );
  const row = db
    .transaction((): ClaimRow | undefined => {
      const next = select.get();
      if (!next) return undefined;
      const stamp = ts(now);
      return claim.get(stamp, workerPid, stamp, next.id);
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

const REQUEUE_SET = `status = 'queued', started_at = NULL, worker_pid = NULL, worker_heartbeat = NULL,
  progress_percent = 0.0, progress_json = NULL, processed_count = NULL, total_count = NULL`;

/** Puts a job this runner is giving up (shutdown) back in the queue, as stale recovery would later. */
export function releaseToQueue(db: Database.Database, job: ClaimedJob): boolean {
  return (
    db.prepare(`UPDATE jobs SET ${REQUEUE_SET} WHERE ${OWNED}`).run({ id: job.id, token: job.claimToken })
      .changes > 0
  );
}

/** VPO's `recover_stale_jobs`: running jobs whose heartbeat is older than `staleBefore` go back to queued. */
export function requeueStaleJobs(db: Database.Database, staleBefore: number): number {
  return db
    .prepare(`UPDATE jobs SET ${REQUEUE_SET} WHERE status = 'running' AND worker_heartbeat < ?`)
    .run(ts(staleBefore)).changes;
}

/** Result of a CLI state change: done, or the status that forbade it. */
export type StateChange = { readonly ok: true } | { readonly ok: false; readonly status: string | null };

const change = (
  db: Database.Database,
  id: string,
  sql: string,
  params: Record<string, unknown>,
): StateChange => {
  if (db.prepare(sql).run({ id, ...params }).changes > 0) return { ok: true };
  const row = db.prepare<[string], { status: string }>(`SELECT status FROM jobs WHERE id = ?`).get(id);
  return { ok: false, status: row?.status ?? null };
};

/**
 * Cancels a queued or running job. VPO cancels only queued jobs; a running one here is marked cancelled
 * and its runner stops at its next progress tick.
 */
export function cancelJob(db: Database.Database, id: string, now: number = Date.now()): StateChange {
  return change(
    db,
    id,
    `UPDATE jobs SET status = 'cancelled', completed_at = @now, worker_pid = NULL, worker_heartbeat = NULL
     WHERE id = @id AND status IN ('queued', 'running')`,
    { now: ts(now) },
  );
}

/** VPO's `requeue_job`: a failed or cancelled job goes back to queued, its run fields cleared. */
export function retryJob(db: Database.Database, id: string): StateChange {
  return change(
    db,
    id,
    `UPDATE jobs SET ${REQUEUE_SET}, completed_at = NULL, error_message = NULL
     WHERE id = @id AND status IN ('failed', 'cancelled')`,
    {},
  );
}

/** VPO's `delete_job`; returns the deleted row's `log_path` (or `null`), `undefined` when there was none. */
export function deleteJob(db: Database.Database, id: string): string | null | undefined {
  const row = db
    .prepare<[string], { log_path: string | null }>(`DELETE FROM jobs WHERE id = ? RETURNING log_path`)
    .get(id);
  return row ? row.log_path : undefined;
}

function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}
