import * as v from 'valibot';
import { ApiErrorBodySchema } from '../schemas.ts';
import { toAbortError, type ApiError, type ApiOutcome } from './apiOutcome.ts';
import { describeIssues } from './describeIssues.ts';
import { parseRetryAfter } from './retryAfter.ts';

type Schema<T> = v.GenericSchema<unknown, T>;

/** Everything one GET needs besides its URL and schema. */
export interface RequestConfig {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  headers: Record<string, string>;
  defaultRetryAfterMs: number;
  maxRetryAfterMs: number;
  now: () => number;
}

export interface CallOptions {
  /** Cancels the call: the promise then rejects with an AbortError (never resolves to a failure). */
  signal?: AbortSignal;
  /** The ETag of the data already held; sent as `If-None-Match`, a 304 gives `not-modified`. */
  etag?: string | null;
}

const failure = (kind: ApiError['kind'], message: string, status?: number): ApiOutcome<never> => ({
  kind: 'failure',
  error: status === undefined ? { kind, message } : { kind, message, status },
});

const reasonOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error && cause.message ? `${error.message} (${cause.message})` : error.message;
};

/**
 * One GET turned into an outcome. Caller aborts reject with an AbortError; the client's own timeout becomes
 * a `timeout` failure; every other throw of fetch or of reading the body is a `network` failure.
 */
export async function requestJson<T>(
  url: string,
  schema: Schema<T>,
  config: RequestConfig,
  options: CallOptions = {},
  notFound: 'gone' | 'failure' = 'failure',
): Promise<ApiOutcome<T>> {
  const { signal, etag } = options;
  if (signal?.aborted) throw toAbortError(signal.reason);
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // A non-positive or infinite timeout means none (Node would turn Infinity into 1 ms).
  const timer =
    config.timeoutMs > 0 && Number.isFinite(config.timeoutMs)
      ? setTimeout(
          () => {
            timedOut = true;
            controller.abort(new DOMException('The request timed out', 'TimeoutError'));
          },
          Math.min(config.timeoutMs, 2 ** 31 - 1),
        )
      : undefined;

  const fail = (error: unknown, what: string): ApiOutcome<T> => {
    if (signal?.aborted) throw toAbortError(signal.reason);
    if (timedOut) return failure('timeout', `GET ${url}: no answer within ${config.timeoutMs} ms`);
    return failure('network', `GET ${url}: ${what}: ${reasonOf(error)}`);
  };

  try {
    const headers: Record<string, string> = { Accept: 'application/json', ...config.headers };
    if (etag) headers['If-None-Match'] = etag;
    const fetchImpl = config.fetch;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        headers,
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch (error) {
      return fail(error, 'request failed');
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return fail(error, 'reading the body failed');
    }
    return interpret(url, response, text, schema, config, notFound);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function interpret<T>(
  url: string,
  response: Response,
  text: string,
  schema: Schema<T>,
  config: RequestConfig,
  notFound: 'gone' | 'failure',
): ApiOutcome<T> {
  const { status } = response;
  if (status === 304) return { kind: 'not-modified' };
  if (status === 404 && notFound === 'gone') return { kind: 'gone' };
  if (status === 429) {
    const retryAfter = response.headers.get('Retry-After');
    return {
      kind: 'rate-limited',
      retryAfterMs: parseRetryAfter(
        retryAfter,
        config.now(),
        config.defaultRetryAfterMs,
        config.maxRetryAfterMs,
      ),
    };
  }
  if (status === 401) {
    return {
      kind: 'unauthorized',
      error: { kind: 'unauthorized', message: `GET ${url}: ${describeStatus(response, text)}`, status },
    };
  }
  if (status !== 200) return failure('http', `GET ${url}: ${describeStatus(response, text)}`, status);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('parse', `GET ${url}: the body is not JSON`, status);
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    return failure('shape', `GET ${url}: unexpected response: ${describeIssues(result.issues)}`, status);
  }
  return { kind: 'ok', data: result.output, etag: response.headers.get('ETag') };
}

/** "HTTP 400 INVALID_PARAMETER: Invalid status value: 'x'" when the body is VPO's error shape. */
function describeStatus(response: Response, text: string): string {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  try {
    const body = v.safeParse(ApiErrorBodySchema, JSON.parse(text));
    if (body.success) return `HTTP ${response.status} ${body.output.code}: ${body.output.error}`;
  } catch {
    // Not JSON (VPO's 401 and aiohttp's own errors are text); the status line says enough.
  }
  return head;
}
