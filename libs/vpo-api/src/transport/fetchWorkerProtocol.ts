/**
 * The messages between the page and its fetch worker (`fetchWorker.ts`). Types only: the worker imports
 * nothing at run time, so it stays one small file in any build.
 */

/** Page → worker: make this GET (the URL is absolute: a worker resolves relative ones against its own). */
export interface WorkerRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  cache?: RequestCache;
  credentials?: RequestCredentials;
}

/** Page → worker: the page gave up on request `abort` (its signal aborted). */
export interface WorkerAbort {
  abort: number;
}

/** How fetch (or reading the body) failed, enough to rebuild the same error on the page. */
export interface WorkerError {
  name: string;
  message: string;
}

/** Worker → page. `ready` first (once), then one answer per request not aborted. */
export type WorkerReply =
  | { ready: true }
  | { id: number; error: WorkerError }
  | {
      id: number;
      status: number;
      statusText: string;
      /** Lower-case names, as `Headers` lists them. */
      headers: [string, string][];
      /** The body as text; null for a 304 (it has none). */
      body: string | null;
      /** Set when the head arrived but reading the body failed (a connection cut mid-body). */
      bodyError?: WorkerError;
    };
