import type Database from 'better-sqlite3';
import { buildJobListSql, type JobListBindings, type JobListFilter } from './jobListSql.ts';
import { JOB_LIST_ROW_COLUMNS, JOB_ROW_COLUMNS, type JobListRow, type JobRow } from './jobRow.ts';

/** A page of the job list and the total matching the filter. */
export interface JobPage {
  readonly rows: JobListRow[];
  readonly total: number;
}

/** Queue figures for /health. */
export interface JobHealthCounts {
  jobs_queued: number;
  jobs_running: number;
  active_workers: number;
  recent_errors: number;
}

/** A file a scan job could not read (VPO's `files` row with scan_status = 'error'). */
export interface ScanErrorRow {
  path: string;
  filename: string;
  error: string;
}

// VPO's `_clamp_limit` default page size: the errors route lists at most this many.
const MAX_SCAN_ERRORS = 50;
const COUNT_CACHE_SIZE = 512;

/** The /health figures; `?` is the cutoff of "recent" failures. Every part is an index search. */
export const HEALTH_COUNTS_SQL = `SELECT
    (SELECT COUNT(*) FROM jobs WHERE status = 'queued') AS jobs_queued,
    (SELECT COUNT(*) FROM jobs WHERE status = 'running') AS jobs_running,
    (SELECT COUNT(DISTINCT worker_pid) FROM jobs WHERE status = 'running' AND worker_pid IS NOT NULL)
      AS active_workers,
    (SELECT COUNT(*) FROM jobs WHERE status = 'failed' AND completed_at >= ?) AS recent_errors`;

/**
 * Every read the HTTP layer makes, as prepared statements over one connection. Counts are cached per
 * membership-counter value: any insert, delete or write to a filtered column, by any process, bumps it
 * (triggers) and empties the cache; progress writes do not.
 *
 * @example
 * const reader = new JobReader(db);
 * reader.snapshot(() => reader.listPage(filter));
 */
export class JobReader {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly inTransaction: Database.Transaction<(read: () => unknown) => unknown>;
  private countCacheVersion = -1;
  private readonly countCache = new Map<string, number>();
  /** Random per database file: change counters of two different files never compare equal. */
  readonly epoch: string;

  constructor(private readonly db: Database.Database) {
    this.inTransaction = db.transaction((read: () => unknown) => read());
    const row = this.prepare('SELECT epoch FROM change_counter WHERE id = 1').get() as
      { epoch: string } | undefined;
    this.epoch = row?.epoch ?? 'none';
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * Runs `read` inside one read transaction, so every query in it sees the same committed state
   * (WAL snapshot) — a version read first then always describes the rows read after it.
   */
  snapshot<T>(read: () => T): T {
    return this.inTransaction(read) as T;
  }

  /** The change counter: bumped by every write to jobs or files, from any connection. */
  changeCounter(): number {
    return (
      (this.prepare('SELECT value FROM change_counter WHERE id = 1').pluck().get() as number | undefined) ?? 0
    );
  }

  /** The counter value of the job's last change, or null when no such job exists. */
  jobVersion(id: string): number | null {
    const version = this.prepare('SELECT version FROM job_changes WHERE job_id = ?').pluck().get(id);
    return typeof version === 'number' ? version : null;
  }

  /**
   * The oldest created_at at or after `cutoff` (an indexed seek), or null. While nothing is written, the
   * set of jobs created since a moving cutoff changes exactly when this value changes.
   */
  oldestCreatedSince(cutoff: string): string | null {
    const sql = 'SELECT created_at FROM jobs WHERE created_at >= ? ORDER BY created_at LIMIT 1';
    return (this.prepare(sql).pluck().get(cutoff) as string | undefined) ?? null;
  }

  /** One page of the filtered, sorted list and the total. Call inside {@link snapshot}. */
  listPage(filter: JobListFilter): JobPage {
    const sql = buildJobListSql(filter, JOB_LIST_ROW_COLUMNS);
    const rows = this.prepare(sql.pageSql).all({
      ...sql.params,
      limit: filter.limit,
      offset: filter.offset,
    }) as JobListRow[];
    return { rows, total: this.cachedCount(sql.whereKey, sql.countSql, sql.params) };
  }

  /** Bumped only when a row may enter or leave a filter (insert, delete, a filtered column written). */
  membershipCounter(): number {
    const sql = 'SELECT membership FROM change_counter WHERE id = 1';
    return (this.prepare(sql).pluck().get() as number | undefined) ?? 0;
  }

  private cachedCount(key: string, countSql: string, params: JobListBindings): number {
    const version = this.membershipCounter();
    if (version !== this.countCacheVersion) {
      this.countCache.clear();
      this.countCacheVersion = version;
    }
    const cached = this.countCache.get(key);
    if (cached !== undefined) return cached;
    const total = this.prepare(countSql).pluck().get(params) as number;
    if (this.countCache.size >= COUNT_CACHE_SIZE) this.countCache.clear();
    this.countCache.set(key, total);
    return total;
  }

  getJob(id: string): JobRow | undefined {
    return this.prepare(`SELECT ${JOB_ROW_COLUMNS} FROM jobs WHERE id = ?`).get(id) as JobRow | undefined;
  }

  /**
   * VPO's `get_scan_errors_for_job`: null unless the job exists and is a scan job, else its failed
   * files by filename.
   */
  scanErrors(id: string): ScanErrorRow[] | null {
    const type = this.prepare('SELECT job_type FROM jobs WHERE id = ?').pluck().get(id);
    if (type !== 'scan') return null;
    const sql =
      'SELECT path, filename, scan_error AS error FROM files ' +
      "WHERE job_id = ? AND scan_status = 'error' AND scan_error IS NOT NULL ORDER BY filename LIMIT ?";
    return this.prepare(sql).all(id, MAX_SCAN_ERRORS) as ScanErrorRow[];
  }

  /** Queue figures for /health; `recentSince` bounds "recent" failures (completed at or after it). */
  healthCounts(recentSince: string): JobHealthCounts {
    return this.prepare(HEALTH_COUNTS_SQL).get(recentSince) as JobHealthCounts;
  }
}
