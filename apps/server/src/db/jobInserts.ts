/**
 * Inserts into the jobs table with VPO's defaults (vpo/jobs/queue.py): one queued job, or many rows at
 * once for seeding.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  DEFAULT_PRIORITY,
  formatTimestamp,
  type JobSeed,
  type JobStatus,
  type JobType,
} from '@vpo-live/vpo-api';
import { SEARCH_INDEX_ROWS, SEARCH_INSERT_TRIGGER } from './searchIndexSql.ts';

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

/** A full row for bulk inserts (seeding); column names as in the table. (What a read returns is `JobRow`.) */
export interface JobInsertRow {
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

const ts = (now: number): string => formatTimestamp(now);

/** The bookkeeping columns a {@link JobSeed} leaves out; each defaults to what a fresh row holds. */
export type JobBookkeeping = Partial<
  Pick<JobInsertRow, 'policy_json' | 'worker_pid' | 'worker_heartbeat' | 'log_path' | 'origin'>
>;

/**
 * A stored job (the contract's {@link JobSeed}, e.g. from the fixtures' generator) as an insert row:
 * `summary_raw` becomes `summary_json`, absent values take VPO's defaults.
 *
 * @example prepareJobRowInsert(db)(toJobInsertRow(buildJob(), { origin: 'daemon' }))
 */
export function toJobInsertRow(job: JobSeed, bookkeeping: JobBookkeeping = {}): JobInsertRow {
  return {
    id: job.id,
    file_path: job.file_path ?? '',
    job_type: job.job_type,
    status: job.status,
    priority: job.priority ?? DEFAULT_PRIORITY,
    policy_name: job.policy_name ?? null,
    policy_json: bookkeeping.policy_json ?? null,
    progress_percent: job.progress_percent ?? 0,
    created_at: job.created_at,
    started_at: job.started_at ?? null,
    completed_at: job.completed_at ?? null,
    worker_pid: bookkeeping.worker_pid ?? null,
    worker_heartbeat: bookkeeping.worker_heartbeat ?? null,
    output_path: job.output_path ?? null,
    error_message: job.error_message ?? null,
    summary_json: job.summary_raw == null ? null : JSON.stringify(job.summary_raw),
    log_path: bookkeeping.log_path ?? null,
    origin: bookkeeping.origin ?? null,
    processed_count: job.processed_count ?? null,
    total_count: job.total_count ?? null,
  };
}

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
export function prepareJobRowInsert(db: Database.Database): (row: JobInsertRow) => void {
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
 * stored SQL before commit: building an index once is much cheaper than updating nine of them per row; the
 * search index's insert trigger likewise, the new rows indexed in one pass.
 * Other connections see the table before or after, never in between. Rows given in id order load
 * fastest (the primary key grows at its end). `onProgress(done)` runs every `progressEvery` rows.
 */
export function insertJobRows(
  db: Database.Database,
  count: number,
  rowAt: (index: number) => JobInsertRow,
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
  rowAt: (index: number) => JobInsertRow,
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
    // Likewise the search index: one pass over the new rows costs far less than its trigger on each row.
    const searchTrigger =
      indexes.length === 0
        ? undefined
        : (db
            .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
            .pluck()
            .get(SEARCH_INSERT_TRIGGER) as string | undefined);
    const lastRowid = db.prepare('SELECT MAX(rowid) FROM jobs').pluck().get() as number | null;
    if (searchTrigger !== undefined) db.exec(`DROP TRIGGER ${SEARCH_INSERT_TRIGGER}`);
    const insert = prepareJobRowInsert(db);
    for (let i = 0; i < count; i += 1) {
      insert(rowAt(i));
      if ((i + 1) % progressEvery === 0) onProgress(i + 1);
    }
    for (const index of indexes) db.exec(index.sql);
    if (searchTrigger !== undefined) {
      db.prepare(`INSERT INTO jobs_search (rowid, path) ${SEARCH_INDEX_ROWS} WHERE rowid > ?`).run(
        lastRowid ?? 0,
      );
      db.exec("INSERT INTO jobs_search (jobs_search) VALUES ('optimize')");
      db.exec(searchTrigger);
    }
  }).immediate();
}
