/**
 * The schema steps, oldest first. Step 1 is VPO's schema: tables, columns, CHECK constraints and index names
 * of `jobs`, and the part of `files` that scan jobs and `/api/jobs/{id}/errors` use. Later steps are ours:
 * live file counts, change tracking for ETags, indexes for the list queries. Released steps are never edited.
 */
import { JOB_COUNTS_DOWN_SQL, JOB_COUNTS_SQL } from './jobCountsSql.ts';
import { SEARCH_INDEX_DOWN_SQL, SEARCH_INDEX_SQL } from './searchIndexSql.ts';

/** One schema step. `sql` runs as a script; steps are never edited once released, only appended. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
  /**
   * The script that undoes `sql` exactly (`revertMigrations`). Steps 10 on have one, so a release that adds
   * them can be rolled back to one that reads the schema before them; earlier steps predate it.
   */
  readonly down?: string;
}

const vpoJobsTable = `
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    file_id INTEGER,
    file_path TEXT NOT NULL,
    job_type TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    priority INTEGER NOT NULL DEFAULT 100,
    policy_name TEXT,
    policy_json TEXT,
    progress_percent REAL NOT NULL DEFAULT 0.0,
    progress_json TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    completed_at TEXT,
    worker_pid INTEGER,
    worker_heartbeat TEXT,
    output_path TEXT,
    backup_path TEXT,
    error_message TEXT,
    files_affected_json TEXT,
    summary_json TEXT,
    log_path TEXT,
    origin TEXT,
    batch_id TEXT,
    FOREIGN KEY (file_id) REFERENCES files(id) ON DELETE CASCADE,
    CONSTRAINT valid_status CHECK (
        status IN ('queued', 'running', 'completed', 'failed', 'cancelled')
    ),
    CONSTRAINT valid_job_type CHECK (
        job_type IN ('transcode', 'move', 'scan', 'apply', 'process', 'prune')
    ),
    CONSTRAINT valid_progress CHECK (
        progress_percent >= 0.0 AND progress_percent <= 100.0
    ),
    CONSTRAINT valid_priority CHECK (
        priority >= 0 AND priority <= 1000
    )
);
CREATE INDEX idx_jobs_status ON jobs(status);
CREATE INDEX idx_jobs_file_id ON jobs(file_id);
CREATE INDEX idx_jobs_created_at ON jobs(created_at);
CREATE INDEX idx_jobs_priority_created ON jobs(priority, created_at);
CREATE INDEX idx_jobs_job_type ON jobs(job_type);
CREATE INDEX idx_jobs_origin ON jobs(origin);
CREATE INDEX idx_jobs_batch_id ON jobs(batch_id);
`;

// VPO's files table without its media-introspection columns: what a scan job records per file, and where
// scan errors live (scan_status = 'error', scan_error = message, job_id = the scan job).
const vpoFilesTable = `
CREATE TABLE files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT UNIQUE NOT NULL,
    filename TEXT NOT NULL,
    directory TEXT NOT NULL,
    extension TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    content_hash TEXT,
    container_format TEXT,
    scanned_at TEXT NOT NULL,
    scan_status TEXT NOT NULL DEFAULT 'pending',
    scan_error TEXT,
    job_id TEXT
);
CREATE INDEX idx_files_directory ON files(directory);
CREATE INDEX idx_files_extension ON files(extension);
CREATE INDEX idx_files_content_hash ON files(content_hash);
CREATE INDEX idx_files_job_id ON files(job_id);
CREATE INDEX idx_files_status_scanned ON files(scan_status, scanned_at DESC);
`;

// Ours: a monotonic change counter kept by triggers, so any process's write is visible to the HTTP layer
// through one indexed read. `job_changes` remembers, per job, the counter value of its last change; a
// re-created id gets a larger value than any it had before, so an old ETag can never match again.
// Heartbeat-only updates (worker_pid, worker_heartbeat) change no response, so they bump nothing; nor do
// `files` rows (the scan errors route carries no ETag, and has_scan_errors comes from summary_json).
const respondedJobColumns =
  'id, file_id, file_path, job_type, status, priority, policy_name, policy_json, progress_percent, ' +
  'progress_json, created_at, started_at, completed_at, output_path, backup_path, error_message, ' +
  'files_affected_json, summary_json, log_path, origin, batch_id, processed_count, total_count';

const bumpFor = (idExpr: string): string => `
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    INSERT INTO job_changes (job_id, version) VALUES (${idExpr}, (SELECT value FROM change_counter WHERE id = 1))
      ON CONFLICT (job_id) DO UPDATE SET version = excluded.version;`;

const changeTracking = `
CREATE TABLE change_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL,
    epoch TEXT NOT NULL
);
INSERT INTO change_counter (id, value, epoch) VALUES (1, 0, lower(hex(randomblob(8))));
CREATE TABLE job_changes (
    job_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER trg_jobs_insert_change AFTER INSERT ON jobs BEGIN ${bumpFor('NEW.id')}
END;
CREATE TRIGGER trg_jobs_update_change AFTER UPDATE OF ${respondedJobColumns} ON jobs BEGIN ${bumpFor('NEW.id')}
    DELETE FROM job_changes WHERE job_id = OLD.id AND OLD.id IS NOT NEW.id;
END;
CREATE TRIGGER trg_jobs_delete_change AFTER DELETE ON jobs BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    DELETE FROM job_changes WHERE job_id = OLD.id;
END;
INSERT INTO job_changes (job_id, version) SELECT id, 0 FROM jobs;
`;

/** Every schema step, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "VPO's jobs and files tables with their indexes",
    sql: vpoFilesTable + vpoJobsTable,
  },
  {
    version: 2,
    description: '[ext] live file counts of a running job',
    sql: `
ALTER TABLE jobs ADD COLUMN processed_count INTEGER CHECK (processed_count IS NULL OR processed_count >= 0);
ALTER TABLE jobs ADD COLUMN total_count INTEGER CHECK (total_count IS NULL OR total_count >= 0);
`,
  },
  { version: 3, description: 'change counter and per-job change versions (ETags)', sql: changeTracking },
  {
    version: 4,
    description: 'composite indexes for the filtered, sorted job list',
    // Filters on status/type with the default newest-first order, and the file_path sort, walk one index
    // instead of sorting the table.
    sql: `
CREATE INDEX idx_jobs_status_created ON jobs(status, created_at);
CREATE INDEX idx_jobs_job_type_created ON jobs(job_type, created_at);
CREATE INDEX idx_jobs_file_path ON jobs(file_path);
`,
  },
  {
    version: 5,
    description: 'expression indexes for the duration sort',
    // VPO's duration order (finished first, then completed_at − created_at) computed per row means a full
    // scan and sort; one index per direction lets SQLite walk it instead. The ORDER BY repeats these
    // expressions exactly (see jobListSql.ts).
    sql: `
CREATE INDEX idx_jobs_duration_asc ON jobs((completed_at IS NULL), (julianday(completed_at) - julianday(created_at)));
CREATE INDEX idx_jobs_duration_desc ON jobs((completed_at IS NULL), (julianday(completed_at) - julianday(created_at)) DESC);
`,
  },
  {
    version: 6,
    description: 'filter + sort composite indexes',
    // An equality filter (status or type) with a non-default sort: one index holds both, so SQLite neither
    // sorts the filtered rows nor walks the sort index past rows the filter rejects — whatever its stats say.
    sql: `
CREATE INDEX idx_jobs_status_job_type_created ON jobs(status, job_type, created_at);
CREATE INDEX idx_jobs_job_type_status_created ON jobs(job_type, status, created_at);
CREATE INDEX idx_jobs_status_file_path ON jobs(status, file_path);
CREATE INDEX idx_jobs_job_type_file_path ON jobs(job_type, file_path);
CREATE INDEX idx_jobs_status_duration_asc ON jobs(status, (completed_at IS NULL), (julianday(completed_at) - julianday(created_at)));
CREATE INDEX idx_jobs_status_duration_desc ON jobs(status, (completed_at IS NULL), (julianday(completed_at) - julianday(created_at)) DESC);
CREATE INDEX idx_jobs_job_type_duration_asc ON jobs(job_type, (completed_at IS NULL), (julianday(completed_at) - julianday(created_at)));
CREATE INDEX idx_jobs_job_type_duration_desc ON jobs(job_type, (completed_at IS NULL), (julianday(completed_at) - julianday(created_at)) DESC);
`,
  },
  {
    version: 7,
    description: 'membership counter (list counts)',
    // Counts change only when a row enters or leaves a filter: inserts, deletes, and writes to the filtered
    // columns. Progress writes leave this counter alone, so cached counts survive a running job's updates.
    sql: `
ALTER TABLE change_counter ADD COLUMN membership INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER trg_jobs_insert_membership AFTER INSERT ON jobs BEGIN
    UPDATE change_counter SET membership = membership + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_jobs_delete_membership AFTER DELETE ON jobs BEGIN
    UPDATE change_counter SET membership = membership + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_jobs_update_membership AFTER UPDATE OF status, job_type, created_at, file_path ON jobs BEGIN
    UPDATE change_counter SET membership = membership + 1 WHERE id = 1;
END;
`,
  },
  {
    version: 8,
    description: 'index for /health recent failures',
    // /health counts failures completed in the last hour: without this index it reads every failed row
    // (about 28 ms at 100,000 jobs, blocking every other request); with it, a range seek.
    sql: `
CREATE INDEX idx_jobs_status_completed_at ON jobs(status, completed_at);
`,
  },
  {
    version: 9,
    description: "[ext] the host of a running job's worker process",
    // With the host known, a runner on the same machine can see at once that a job's worker process is gone
    // (crashed, killed) instead of waiting for its heartbeat to go stale. Worker columns change no response,
    // so no change trigger names this one.
    sql: `
ALTER TABLE jobs ADD COLUMN worker_host TEXT;
`,
  },
  {
    version: 10,
    description: 'trigram index of file paths (search)',
    sql: SEARCH_INDEX_SQL,
    down: SEARCH_INDEX_DOWN_SQL,
  },
  {
    version: 11,
    description: 'index for /health active workers',
    // /health counts the distinct worker_pid of running jobs: without this index it reads every running row
    // (about 60 ms at 1,000,000 jobs with 30,000 running, on the event loop); with it, a small covering scan.
    // Partial, and on a condition no list query implies: a new index has no statistics, and SQLite would
    // otherwise prefer it to the analyzed list indexes (a sort of every completed job instead of a walk).
    sql: `
CREATE INDEX idx_jobs_running_worker_pid ON jobs(worker_pid) WHERE status = 'running' AND worker_pid IS NOT NULL;
`,
    down: 'DROP INDEX idx_jobs_running_worker_pid;',
  },
  {
    version: 12,
    description: 'jobs per status and type (list totals)',
    sql: JOB_COUNTS_SQL,
    down: JOB_COUNTS_DOWN_SQL,
  },
];
