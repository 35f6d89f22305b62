/** The messages between a {@link QueryPool} and its workers (structured-cloned plain data). */

/** Main thread → worker: one query. */
export interface QueryRequestMessage<Request = unknown> {
  readonly id: number;
  readonly request: Request;
}

/** What a worker sends back for an error: enough to rebuild it on the main thread. */
export interface QueryErrorInfo {
  readonly name: string;
  readonly message: string;
  /** SQLite's error code for a `SqliteError` (`SQLITE_BUSY`, …). */
  readonly code?: string;
}

/** Worker → main thread: the query's value or its error. */
export type QueryReplyMessage<Result = unknown> =
  | { readonly id: number; readonly ok: true; readonly value: Result }
  | { readonly id: number; readonly ok: false; readonly error: QueryErrorInfo };

/** The `workerData` every query worker gets: the module to load and that module's own data. */
export interface QueryWorkerData<Data = unknown> {
  /** URL of the worker module (TypeScript, loaded through tsx by the entry). */
  readonly module: string;
  readonly data: Data;
}

/** A query error that happened in a worker, rebuilt on the main thread. */
export class QueryWorkerError extends Error {
  override readonly name = 'QueryWorkerError';
  constructor(readonly info: QueryErrorInfo) {
    super(info.message);
  }
}
