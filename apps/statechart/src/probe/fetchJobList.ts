import type { FetchContext, FetchOutcome } from '@vpo-live/poller';

/** Seconds of `Retry-After`, in ms; 0 when absent or not a number. */
function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/**
 * A minimal fetcher of `GET <apiBase>/jobs` for the probe page, mapping HTTP onto the engine's outcomes
 * (200 ok + ETag, 304, 404 gone, 401, 429 + Retry-After, anything else a failure). A rejected request is a
 * `network` failure unless the engine aborted it.
 */
export async function fetchJobList(
  apiBase: string,
  { signal, etag }: FetchContext,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchOutcome<unknown>> {
  let response: Response;
  try {
    response = await fetchImpl(`${apiBase}/jobs?limit=10`, {
      signal,
      headers: etag ? { 'if-none-match': etag } : {},
      cache: 'no-store',
    });
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      kind: 'failure',
      error: { kind: 'network', message: error instanceof Error ? error.message : String(error) },
    };
  }
  switch (response.status) {
    case 200:
      try {
        return { kind: 'ok', data: await response.json(), etag: response.headers.get('etag') };
      } catch {
        return {
          kind: 'failure',
          error: { kind: 'parse', status: 200, message: 'The response was not JSON' },
        };
      }
    case 304:
      return { kind: 'not-modified' };
    case 404:
      return { kind: 'gone' };
    case 401:
      return { kind: 'unauthorized', error: { kind: 'unauthorized', status: 401, message: 'Unauthorized' } };
    case 429:
      return { kind: 'rate-limited', retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
    default:
      return {
        kind: 'failure',
        error: { kind: 'http', status: response.status, message: `HTTP ${response.status}` },
      };
  }
}
