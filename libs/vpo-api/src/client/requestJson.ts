import * as v from 'valibot';
import { ApiErrorBodySchema } from '../schemas.ts';
import { toAbortError, type ApiError, type ApiOutcome } from './apiOutcome.ts';
import { describeIssues } from './describeIssues.ts';
import { isLoginWanted, LOGIN_STALL_MS, mayPromptForLogin } from './loginPrompt.ts';
import { parseRetryAfter } from './retryAfter.ts';
import type { HttpAnswer, HttpFetch } from '../transport/httpFetch.ts';

type Schema<T> = v.GenericSchema<unknown, T>;

/** What a body validator answers: the typed value, or valibot's issues (for `describeIssues`). */
export type Validation<T> =
  { success: true; output: T } | { success: false; issues: readonly v.BaseIssue<unknown>[] };

/** Checks one parsed JSON body. */
export type BodyValidator<T> = (json: unknown) => Validation<T>;

/** The whole-body check by a valibot schema. */
export const bySchema =
  <T>(schema: Schema<T>): BodyValidator<T> =>
  (json) =>
    v.safeParse(schema, json);

/** Everything one GET needs besides its URL and schema. */
export interface RequestConfig {
  /** Makes the GET: `globalThis.fetch`, the page's fetch worker (`pageFetch`), or a test's. */
  fetch: HttpFetch;
  timeoutMs: number;
  headers: Record<string, string>;
  defaultRetryAfterMs: number;
  maxRetryAfterMs: number;
  now: () => number;
  /** Unanswered for this long, a request is checked for being held on a login prompt (0: never). */
  loginStallMs?: number;
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
  validate: BodyValidator<T>,
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

  // A request held on a login prompt is given up: the page says the server wants a login, and offers one.
  let loginWanted = false;
  // Made only for a request that stalls (almost never): a poll that answers in time allocates no probe.
  let probe: AbortController | undefined;
  const stallMs = config.loginStallMs ?? LOGIN_STALL_MS;
  const stall =
    stallMs > 0 && mayPromptForLogin(url)
      ? setTimeout(() => {
          probe = new AbortController();
          void isLoginWanted(config.fetch, url, probe.signal).then((wanted) => {
            if (!wanted || controller.signal.aborted) return;
            loginWanted = true;
            controller.abort(new DOMException('The server wants a login', 'AbortError'));
          });
        }, stallMs)
      : undefined;

  const fail = (error: unknown, what: string): ApiOutcome<T> => {
    if (signal?.aborted) throw toAbortError(signal.reason);
    if (loginWanted) {
      const message = `GET ${url}: the server wants a login (its Basic challenge was waiting on a prompt)`;
      return { kind: 'unauthorized', error: { kind: 'unauthorized', status: 401, message } };
    }
    if (timedOut) return failure('timeout', `GET ${url}: no answer within ${config.timeoutMs} ms`);
    return failure('network', `GET ${url}: ${what}: ${reasonOf(error)}`);
  };

  try {
    const headers: Record<string, string> = { Accept: 'application/json', ...config.headers };
    if (etag) headers['If-None-Match'] = etag;
    const fetchImpl = config.fetch;
    let response: HttpAnswer;
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
    // Answered: whatever it is, it is not waiting on a prompt.
    clearTimeout(stall);
    probe?.abort();
    // A 304 has no body: nothing to read (reading it anyway cost a poll with nothing new 0.3 ms).
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.status === 200) {
      // A `Response` parses straight from its bytes (no string to collect); the fetch worker's answer parses
      // the text it was sent.
      let json: unknown;
      try {
        json = await response.json();
      } catch (error) {
        if (error instanceof SyntaxError) return failure('parse', `GET ${url}: the body is not JSON`, 200);
        return fail(error, 'reading the body failed');
      }
      return validated(url, json, validate, response);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return fail(error, 'reading the body failed');
    }
    return interpret(url, response, text, config, notFound);
  } finally {
    clearTimeout(timer);
    clearTimeout(stall);
    probe?.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Every status but 200 and 304. */
function interpret(
  url: string,
  response: HttpAnswer,
  text: string,
  config: RequestConfig,
  notFound: 'gone' | 'failure',
): ApiOutcome<never> {
  const { status } = response;
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
  return failure('http', `GET ${url}: ${describeStatus(response, text)}`, status);
}

function validated<T>(
  url: string,
  json: unknown,
  validate: BodyValidator<T>,
  response: HttpAnswer,
): ApiOutcome<T> {
  const result = validate(json);
  if (!result.success) {
    return failure('shape', `GET ${url}: unexpected response: ${describeIssues(result.issues)}`, 200);
  }
  return { kind: 'ok', data: result.output, etag: response.headers.get('ETag') };
}

/** "HTTP 400 INVALID_PARAMETER: Invalid status value: 'x'" when the body is VPO's error shape. */
function describeStatus(response: HttpAnswer, text: string): string {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  try {
    const body = v.safeParse(ApiErrorBodySchema, JSON.parse(text));
    if (body.success) return `HTTP ${response.status} ${body.output.code}: ${body.output.error}`;
  } catch {
    // Not JSON (VPO's 401 and aiohttp's own errors are text); the status line says enough.
  }
  return head;
}
