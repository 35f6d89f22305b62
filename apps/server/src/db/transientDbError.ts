import Database from 'better-sqlite3';

/**
 * Whether a database error goes away by itself: another connection held a lock past the busy timeout
 * (`SQLITE_BUSY*`, including the snapshot and recovery variants), or a table was locked (`SQLITE_LOCKED*`).
 * Such an error says nothing about the job being run, so the runner retries instead of failing the job.
 */
export function isTransientDbError(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}
