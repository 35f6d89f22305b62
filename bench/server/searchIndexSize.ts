import Database from 'better-sqlite3';

/** The database file and what the search index (migrations 10 and 11) takes of it, in bytes. */
export interface IndexSize {
  readonly fileBytes: number;
  /** The FTS5 trigram index's tables and the partial index of running workers (dbstat). */
  readonly indexBytes: number;
}

/** Reads the sizes from SQLite's `dbstat` (pages in use, whatever the file's free space). */
export function searchIndexSize(dbPath: string): IndexSize {
  const db = new Database(dbPath, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    const indexBytes = db
      .prepare(
        "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'jobs\\_search%' ESCAPE '\\' OR name = 'idx_jobs_running_worker_pid'",
      )
      .pluck()
      .get() as number;
    return { fileBytes: pageSize * pages, indexBytes };
  } finally {
    db.close();
  }
}
