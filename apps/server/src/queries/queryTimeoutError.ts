/** A query that ran (or waited for a thread) longer than the timeout; the server answers 503 QUERY_TIMEOUT. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`query timed out after ${timeoutMs} ms`);
  }
}
