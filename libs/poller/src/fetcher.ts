/**
 * What a poller asks of its fetcher, and what a fetcher answers: the contract between the engine and whatever
 * makes its requests (`@vpo-live/vpo-api`'s client, a tab share, a test). Imports nothing, so every part of the
 * engine can use it without a loop (`types.ts` hands it on).
 */

/** Why a request failed, as data (errors are values in the engine). */
export type PollErrorKind =
  | 'network' // fetch rejected: server down, connection reset, CORS, DNS
  | 'http' // an unexpected status (5xx, 4xx other than 401/404/429)
  | 'timeout' // no answer within the client's timeout
  | 'parse' // the body was not JSON
  | 'shape' // JSON that does not match the contract
  | 'unauthorized' // 401: polling stops until the user acts
  | 'rate-limited'; // 429

export interface PollError {
  kind: PollErrorKind;
  message: string;
  /** HTTP status when there was a response. */
  status?: number;
}

/**
 * What one fetch reported. Each kind is a distinct machine event:
 * ok → data (+ ETag); not-modified → 304, data kept, counts as success; gone → 404, terminal;
 * rate-limited → 429, wait at least `retryAfterMs`; unauthorized → 401, stop and say so;
 * failure → network, 5xx, timeout, invalid JSON or shape.
 */
export type FetchOutcome<T> =
  | {
      kind: 'ok';
      data: T;
      etag?: string | null;
      /** More is waiting right now (the next page of a log): the poller fetches again at once. */
      more?: boolean;
    }
  | { kind: 'not-modified' }
  | { kind: 'gone' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'unauthorized'; error?: PollError }
  | { kind: 'failure'; error: PollError };

/** What the engine hands the fetcher for each request. */
export interface FetchContext {
  /** Aborted when the poller pauses, is disposed, or a refresh supersedes the request. */
  signal: AbortSignal;
  /** The ETag of the last `ok` response for this key, to send as `If-None-Match`. */
  etag: string | null;
  /** The resource this request is for (see `PollerOptions.key` and `Poller.setKey`). */
  key: string;
}

/** A fetcher never throws for HTTP outcomes; a rejected promise is treated as a `network` failure. */
export type Fetcher<T> = (context: FetchContext) => Promise<FetchOutcome<T>>;
