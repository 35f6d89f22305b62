/**
 * What one API call produced, as a value: the client never throws for HTTP or network outcomes. This union is
 * structurally identical to the polling engine's `FetchOutcome<T>` (libs/poller), so a client method can be
 * used as a poller's fetcher without adapting it.
 */

/** Why a request failed. */
export type ApiErrorKind =
  | 'network' // fetch rejected: server down, connection reset, CORS, DNS
  | 'http' // an unexpected status (5xx, 4xx other than 401/404/429)
  | 'timeout' // no complete answer within the client's timeout
  | 'parse' // the body was not JSON
  | 'shape' // JSON that does not match the contract
  | 'unauthorized' // 401
  | 'rate-limited'; // 429

export interface ApiError {
  kind: ApiErrorKind;
  message: string;
  /** HTTP status when there was a response. */
  status?: number;
}

/**
 * - `ok`: 200 with a body that matches the contract, and the response's ETag (or null)
 * - `not-modified`: 304 — the data sent with `etag` is still current
 * - `gone`: 404 for a job (deleted, or never existed)
 * - `rate-limited`: 429 — wait at least `retryAfterMs`
 * - `unauthorized`: 401 — credentials missing or wrong
 * - `failure`: network, timeout, unexpected status, invalid JSON or shape
 */
export type ApiOutcome<T> =
  | { kind: 'ok'; data: T; etag?: string | null }
  | { kind: 'not-modified' }
  | { kind: 'gone' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'unauthorized'; error?: ApiError }
  | { kind: 'failure'; error: ApiError };

/** True for the rejection of a cancelled request (`DOMException` named `AbortError`). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The rejection a cancelled call produces: the signal's reason when it is an AbortError, else a new one. */
export function toAbortError(reason?: unknown): Error {
  if (reason instanceof Error && isAbortError(reason)) return reason;
  return new DOMException('The request was aborted', 'AbortError');
}
