import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { API_ERRORS, UNAUTHORIZED_RESPONSE } from '../request/apiErrors.ts';

/** Every route under any origin's `/api`. */
export const ANY_API_PATH = '*/api/*';

export interface FaultOptions {
  /** Answer only the next matching request, then step aside. */
  once?: boolean;
}

/**
 * Failure modes for UI tests, as msw handlers to put in front of the fake with `server.use(...)`. `path` is an
 * msw path such as `http://vpo.test/api/jobs/:id`; it defaults to `ANY_API_PATH` (every origin's `/api`).
 * @example server.use(faults.serverError('http://vpo.test/api/jobs', { once: true }))
 */
export const faults = {
  /** A 5xx with aiohttp's plain-text body (default 500). */
  serverError(path = ANY_API_PATH, options: FaultOptions & { status?: number } = {}): HttpHandler {
    const status = options.status ?? 500;
    return http.get(
      path,
      () =>
        new HttpResponse('500 Internal Server Error\n\nServer got itself in trouble', {
          status,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        }),
      { once: options.once ?? false },
    );
  },
  /** 200 whose body is not JSON. */
  invalidJson(path = ANY_API_PATH, options: FaultOptions = {}): HttpHandler {
    return http.get(
      path,
      () => new HttpResponse('{"jobs": [', { status: 200, headers: { 'Content-Type': 'application/json' } }),
      { once: options.once ?? false },
    );
  },
  /** 200 with JSON that breaks the contract (default: `{"jobs": "nope"}`). */
  wrongShape(
    path = ANY_API_PATH,
    body: Record<string, unknown> = { jobs: 'nope' },
    options: FaultOptions = {},
  ) {
    return http.get(path, () => HttpResponse.json(body), { once: options.once ?? false });
  },
  /** Waits `ms` (msw `delay`, so fake timers control it), then lets the next handler answer. */
  slow(path = ANY_API_PATH, ms = 2_000, options: FaultOptions = {}): HttpHandler {
    return http.get(
      path,
      async () => {
        await delay(ms);
      },
      { once: options.once ?? false },
    );
  },
  /** VPO's 429 with `Retry-After` (seconds or an HTTP-date; null sends none). */
  rateLimited(
    path = ANY_API_PATH,
    retryAfter: string | null = '30',
    options: FaultOptions = {},
  ): HttpHandler {
    const { status, body } = API_ERRORS.rateLimited();
    const headers: Record<string, string> = retryAfter === null ? {} : { 'Retry-After': retryAfter };
    return http.get(path, () => HttpResponse.json(body, { status, headers }), {
      once: options.once ?? false,
    });
  },
  /** VPO's 401 with its Basic challenge. */
  unauthorized(path = ANY_API_PATH, options: FaultOptions = {}): HttpHandler {
    return http.get(
      path,
      () =>
        new HttpResponse(UNAUTHORIZED_RESPONSE.text, {
          status: UNAUTHORIZED_RESPONSE.status,
          headers: { ...UNAUTHORIZED_RESPONSE.headers },
        }),
      { once: options.once ?? false },
    );
  },
  /** VPO's 503 while it shuts down. */
  shuttingDown(path = ANY_API_PATH, options: FaultOptions = {}): HttpHandler {
    const { status, body } = API_ERRORS.shuttingDown();
    return http.get(path, () => HttpResponse.json(body, { status }), { once: options.once ?? false });
  },
  /** The connection fails (fetch rejects with a TypeError). */
  networkError(path = ANY_API_PATH, options: FaultOptions = {}): HttpHandler {
    return http.get(path, () => HttpResponse.error(), { once: options.once ?? false });
  },
} as const;
