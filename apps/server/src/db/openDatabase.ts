import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** Open without write access and without migrating (the schema must already be current). */
  readonly readonly?: boolean;
  /** How long a statement waits for another process's write lock, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the SQLite file shared by the server and the CLI, in WAL mode so readers never
 * block the writer, with a busy timeout so two writers queue instead of failing, and migrated to the
 * current schema. `:memory:` works for tests that need no second connection.
 *
 * @example
 * const db = openDatabase('./.data/vpo-live.db');
 * db.prepare('SELECT COUNT(*) AS n FROM jobs').get();
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    if (!options.readonly) {
      if (!inMemory) db.pragma('journal_mode = WAL');
      // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // An INSERT OR REPLACE then fires the DELETE triggers of the row it replaces, so the search index and
      // the per-status counts (searchIndexSql.ts, jobCountsSql.ts) never keep a row that is gone.
      db.pragma('recursive_triggers = ON');
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
