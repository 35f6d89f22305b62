import { http, HttpResponse, type HttpHandler } from 'msw';
import { API_ERRORS, UNAUTHORIZED_RESPONSE } from '../request/apiErrors.ts';
import { isAuthEnabled, isAuthorized } from '../http/basicAuth.ts';
import { ifNoneMatchHits } from '../http/ifNoneMatch.ts';
import { SlidingWindowLimiter, type RateLimitOptions } from '../http/slidingWindowLimiter.ts';
import { ACTION_ERRORS } from '../actions/actionErrors.ts';
import {
  actionRoute,
  CSRF_HEADER,
  JOB_ACTIONS,
  MUTATION_RATE_LIMIT,
  type JobAction,
} from '../actions/jobActions.ts';
import { isCrossSite } from '../http/crossSite.ts';
import type { ApiErrorResponse } from '../request/apiErrors.ts';
import { etagOf } from './etagOf.ts';
import { jobActionRoute } from './jobActionRoutes.ts';
import type { FakeJobStore } from './fakeJobStore.ts';
import {
  healthRoute,
  jobDetailRoute,
  jobErrorsRoute,
  jobLogsRoute,
  listJobsRoute,
  type RouteResult,
} from './jobsApiRoutes.ts';

export interface JobsApiHandlersOptions {
  /** Origin the routes live under, e.g. `http://vpo.test`. Default `*`: any origin. */
  baseUrl?: string;
  /** When set (not blank), every route but `/health` needs Basic auth with this token as password. */
  authToken?: string;
  /**
   * When set, `/api/*` answers 429 beyond `maxRequests` per `windowMs` (one window for every caller: a fake
   * has a single client), timed by `now` (monotonic ms; default the store's clock).
   */
  rateLimit?: RateLimitOptions & { readonly now?: () => number };
  /**
   * [ext] When set, the job actions (cancel, retry, delete) are served, and need this token in
   * `X-CSRF-Token` (the fake's one session) from a same-origin request. Mutations count against VPO's
   * tighter limit when `rateLimit` is set.
   */
  csrfToken?: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** JSON with our [ext] caching headers: ETag (and 304 on a match) and `Cache-Control: no-cache`. */
function respond(result: RouteResult, request: Request, api: boolean): Response {
  if (result.kind === 'empty') return new HttpResponse(null, { status: result.status });
  const status = result.kind === 'json' ? result.status : result.error.status;
  const text = JSON.stringify(result.kind === 'json' ? result.body : result.error.body);
  const headers: Record<string, string> = { 'Content-Type': JSON_TYPE };
  if (api) headers['Cache-Control'] = 'no-cache';
  if (result.kind === 'json' && result.cacheable && status === 200) {
    const etag = etagOf(text);
    headers['ETag'] = etag;
    if (ifNoneMatchHits(request.headers.get('If-None-Match'), etag)) {
      return new HttpResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-cache' } });
    }
  }
  return new HttpResponse(text, { status, headers });
}

/**
 * msw 2 handlers serving VPO's jobs API from a fake store, under `/api` and `/api/v1`, plus `/health` —
 * every parameter rule, error text and code of VPO, and our ETag / 304 / no-cache extension. Optional Basic
 * auth and rate limiting behave as VPO's middlewares (auth first; `/health` is exempt from both).
 *
 * @example
 * const store = createFakeJobStore({ data: { jobs: buildJobs(30) } });
 * const server = setupServer(...createJobsApiHandlers(store, { baseUrl: 'http://vpo.test' }));
 */
export function createJobsApiHandlers(
  store: FakeJobStore,
  options: JobsApiHandlersOptions = {},
): HttpHandler[] {
  const origin = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const { rateLimit } = options;
  const limiter = rateLimit
    ? new SlidingWindowLimiter(rateLimit, rateLimit.now ?? (() => store.now()))
    : null;
  const mutationLimiter = rateLimit
    ? new SlidingWindowLimiter(MUTATION_RATE_LIMIT, rateLimit.now ?? (() => store.now()))
    : null;
  const authToken = isAuthEnabled(options.authToken) ? options.authToken : null;
  const startedAt = store.now();

  const guarded =
    (route: (request: Request, params: Record<string, string>) => RouteResult) =>
    ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      if (authToken !== null && !isAuthorized(request.headers.get('Authorization'), authToken)) {
        return new HttpResponse(UNAUTHORIZED_RESPONSE.text, {
          status: UNAUTHORIZED_RESPONSE.status,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', ...UNAUTHORIZED_RESPONSE.headers },
        });
      }
      const mutating = request.method !== 'GET' && request.method !== 'HEAD';
      const verdict = (mutating ? mutationLimiter : limiter)?.check('client');
      if (verdict && !verdict.allowed) {
        const { status, body } = API_ERRORS.rateLimited();
        return HttpResponse.json(body, {
          status,
          headers: { 'Retry-After': String(verdict.retryAfterSeconds) },
        });
      }
      const single = Object.fromEntries(
        Object.entries(params).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.join('/') : String(value),
        ]),
      );
      return respond(route(request, single), request, true);
    };
  /** A mutating route behind the same CSRF rules as the server's (`guardMutation`). */
  const csrfToken = options.csrfToken;
  const checked =
    (action: JobAction) =>
    (request: Request, params: Record<string, string>): RouteResult => {
      const refused = csrfRefusal(request, csrfToken ?? '');
      return refused ? { kind: 'error', error: refused } : jobActionRoute(store, action, params['id'] ?? '');
    };

  const query = (request: Request) => new URL(request.url).searchParams;
  const handlers: HttpHandler[] = [];
  for (const prefix of ['/api', '/api/v1']) {
    const base = `${origin}${prefix}/jobs`;
    handlers.push(
      http.get(
        base,
        guarded((request) => listJobsRoute(store, query(request))),
      ),
      http.get(
        `${base}/:id/logs`,
        guarded((request, params) => jobLogsRoute(store, params['id'] ?? '', query(request))),
      ),
      http.get(
        `${base}/:id/errors`,
        guarded((_request, params) => jobErrorsRoute(store, params['id'] ?? '')),
      ),
      http.get(
        `${base}/:id`,
        guarded((_request, params) => jobDetailRoute(store, params['id'] ?? '')),
      ),
    );
    if (csrfToken !== undefined) {
      for (const action of JOB_ACTIONS) {
        const { method, path } = actionRoute(action, ':id', `${origin}${prefix}`);
        const handle = guarded(checked(action));
        handlers.push(method === 'POST' ? http.post(path, handle) : http.delete(path, handle));
      }
    }
  }
  handlers.push(
    http.get(`${origin}/health`, ({ request }) => respond(healthRoute(store, startedAt), request, false)),
    // Last: any other method or path under /api is no route, in VPO's error shape (as the server answers).
    http.all(`${origin}/api/*`, ({ request }) =>
      respond({ kind: 'error', error: API_ERRORS.routeNotFound() }, request, true),
    ),
  );
  return handlers;
}

/** The fake's CSRF check: same-origin, and the one session's token (compared as the server's is not: a fake). */
function csrfRefusal(request: Request, token: string): ApiErrorResponse | null {
  const headers = request.headers;
  const site = {
    secFetchSite: headers.get('Sec-Fetch-Site'),
    origin: headers.get('Origin'),
    host: new URL(request.url).host,
  };
  if (isCrossSite(site)) return ACTION_ERRORS.crossSite();
  const sent = headers.get(CSRF_HEADER) ?? '';
  if (sent === '') return ACTION_ERRORS.csrfMissing();
  return sent === token ? null : ACTION_ERRORS.csrfInvalid();
}
