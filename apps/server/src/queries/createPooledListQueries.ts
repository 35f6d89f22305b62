import Database from 'better-sqlite3';
import type { ListQueries } from './listQueries.ts';
import type { ListQueryWorkerData } from './listQueryWorker.ts';
import { QueryPool } from './queryPool.ts';
import { QueryWorkerError } from './queryMessages.ts';
import type { ListBody, ListBodyRequest } from './readListBody.ts';

/** Where and how the list queries run. */
export interface PooledListQueriesOptions {
  /** The database file (not `:memory:`: each thread opens its own connection). */
  readonly dbPath: string;
  readonly workers: number;
  readonly timeoutMs: number;
}

/**
 * List queries in worker threads (`QueryPool`), so a slow one delays its own response, never the event loop
 * — /health, 304s and cached bodies keep answering. A SQLite error in a worker comes back as a
 * `SqliteError`, which the app answers 503 DATABASE_UNAVAILABLE as it does for its own connection.
 *
 * @example const lists = createPooledListQueries({ dbPath, workers: 2, timeoutMs: 5000 });
 */
export function createPooledListQueries(options: PooledListQueriesOptions): ListQueries {
  const data: ListQueryWorkerData = { dbPath: options.dbPath };
  const pool = new QueryPool<ListBodyRequest, ListBody>({
    module: new URL('./listQueryWorker.ts', import.meta.url),
    data,
    size: options.workers,
    timeoutMs: options.timeoutMs,
  });
  return {
    listBody: (request) =>
      pool.run(request).catch((error: unknown) => {
        if (error instanceof QueryWorkerError && error.info.name === 'SqliteError') {
          throw new Database.SqliteError(error.message, error.info.code ?? 'SQLITE_ERROR');
        }
        throw error;
      }),
    close: () => pool.close(),
  };
}
