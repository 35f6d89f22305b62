import type Database from 'better-sqlite3';
import {
  buildJobListSql,
  WALK_BUDGET_FUNCTION,
  type JobListBindings,
  type JobListFilter,
  type JobListSql,
  type PageSql,
} from './jobListSql.ts';
import {
  choosePagePlan,
  DEFAULT_PAGE_PLAN_LIMITS,
  pageWindow,
  type PagePlan,
  type PagePlanLimits,
  type PageWindow,
} from './jobPagePlan.ts';
import { JOB_LIST_ROW_COLUMNS, JOB_ROW_COLUMNS, type JobListRow, type JobRow } from './jobRow.ts';

/** A page of the job list and the total matching the filter. */
export interface JobPage {
  readonly rows: JobListRow[];
  readonly total: number;
  /** How the rows were read (`none`: the page is empty, no query ran). */
  readonly plan: PagePlan | 'none';
}

/** Thrown by {@link WALK_BUDGET_FUNCTION} inside SQLite: a search walk read its budget of rows. */
class WalkBudgetSpent extends Error {
  override readonly name = 'WalkBudgetSpent';
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

/**
 * The /health figures; `?` is the cutoff of "recent" failures. Queue sizes come from the per-status counts
 * (jobCountsSql.ts), the rest from index searches. The partial index of running workers is named: SQLite has
 * no statistics for it on a database analyzed before it existed, and would read every running row through an
 * analyzed index instead.
 */
export const HEALTH_COUNTS_SQL = `SELECT
    (SELECT COALESCE(SUM(n), 0) FROM job_counts WHERE status = 'queued') AS jobs_queued,
    (SELECT COALESCE(SUM(n), 0) FROM job_counts WHERE status = 'running') AS jobs_running,
    (SELECT COUNT(DISTINCT worker_pid) FROM jobs INDEXED BY idx_jobs_running_worker_pid
      WHERE status = 'running' AND worker_pid IS NOT NULL) AS active_workers,
    (SELECT COUNT(*) FROM jobs WHERE status = 'failed' AND completed_at >= ?) AS recent_errors`;

/**
 * Every read the HTTP layer makes, as prepared statements over one connection. Counts are cached per
 * membership-counter value: any insert, delete or write to a filtered column, by any process, bumps it
 * (triggers) and empties the cache; progress writes do not. `planLimits` are the thresholds of the search
 * plans (tests force each plan with them).
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

  /** Rows the running search walk may still read; 0 outside one, so a stray call of the function throws. */
  private walkLeft = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly planLimits: PagePlanLimits = DEFAULT_PAGE_PLAN_LIMITS,
  ) {
    this.inTransaction = db.transaction((read: () => unknown) => read());
    const row = this.prepare('SELECT epoch FROM change_counter WHERE id = 1').get() as
      { epoch: string } | undefined;
    this.epoch = row?.epoch ?? 'none';
    db.function(WALK_BUDGET_FUNCTION, { deterministic: false, directOnly: true }, () => {
      if (this.walkLeft <= 0) throw new WalkBudgetSpent('search walk budget spent');
      this.walkLeft -= 1;
      return 1;
    });
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

  /**
   * One page of the filtered, sorted list and the total. Call inside {@link snapshot}. The total comes first
   * (an index count, cached per membership counter); an empty page then runs no query, a page past the
   * middle is read from the end, and a page with a search is read by the plan its counts call for
   * (`choosePagePlan`).
   */
  listPage(filter: JobListFilter): JobPage {
    const sql = buildJobListSql(filter, JOB_LIST_ROW_COLUMNS);
    const total = this.cachedCount(sql.whereKey, sql.countSql, sql.params);
    const window = pageWindow(total, filter.offset, filter.limit);
    if (window === null) return { rows: [], total, plan: 'none' };
    if (sql.search === null)
      return { rows: this.readPage(sql.walk, window, sql.params), total, plan: 'walk' };
    const search = sql.search;
    // The search's own matches decide whether to drive from its index; never fewer than `total`, so a
    // total above the limit settles it without counting them.
    const searchAlone = filter.status === null && filter.jobType === null && filter.createdSince === null;
    const matches =
      search.matchCountSql === null || total > this.planLimits.driveMax
        ? null
        : searchAlone
          ? total
          : this.cachedCount(`match:${filter.search}`, search.matchCountSql, sql.params);
    const rows = this.walkedRows(filter);
    const plan = choosePagePlan({ window, total, matches, rows }, this.planLimits);
    if (plan === 'drive' && search.drive !== null) {
      // Sorted after reading every match, so the offset is taken as asked, from the start.
      const statement = this.prepare(search.drive);
      const page = { ...sql.params, limit: window.limit, offset: filter.offset };
      return { rows: statement.all(page) as JobListRow[], total, plan };
    }
    if (plan === 'walk') {
      const walked = this.walkWithin(sql, window);
      if (walked !== null) return { rows: walked, total, plan };
    }
    return { rows: this.readPage(search.probe, window, sql.params), total, plan: 'probe' };
  }

  /**
   * An upper bound of the jobs a walk passes over: those of the status and type filters — a read of
   * `job_counts` — else (a `since` list) the largest rowid, one b-tree seek (a COUNT would read them all).
   * The matches of a search with a status filter are dense among that status's jobs however sparse among all.
   */
  private walkedRows(filter: JobListFilter): number {
    if (filter.createdSince === null) {
      const alone = buildJobListSql({ ...filter, search: null }, JOB_LIST_ROW_COLUMNS);
      return this.cachedCount(alone.whereKey, alone.countSql, alone.params);
    }
    return (this.prepare('SELECT MAX(rowid) FROM jobs').pluck().get() as number | null) ?? 0;
  }

  /** A search walk under the row budget; null when the budget ran out first. */
  private walkWithin(sql: JobListSql, window: PageWindow): JobListRow[] | null {
    this.walkLeft = this.planLimits.walkBudget;
    try {
      return this.readPage(sql.walk, window, sql.params);
    } catch (error) {
      if (error instanceof WalkBudgetSpent) return null;
      throw error;
    } finally {
      this.walkLeft = 0;
    }
  }

  private readPage(page: PageSql, window: PageWindow, params: JobListBindings): JobListRow[] {
    const statement = this.prepare(window.backward ? page.backward : page.forward);
    const rows = statement.all({ ...params, limit: window.limit, offset: window.offset }) as JobListRow[];
    return window.backward ? rows.reverse() : rows;
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
