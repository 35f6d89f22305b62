import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  isAuthEnabled,
  isAuthorized,
  MUTATION_RATE_LIMIT,
  SlidingWindowLimiter,
  UNAUTHORIZED_RESPONSE,
} from '@vpo-live/vpo-api';
import type { CsrfTokens } from '../actions/csrfTokens.ts';
import { csrfRefusal } from '../actions/csrfRefusal.ts';
import { SERVER_ERRORS, sendApiError } from '../apiError.ts';
import { HEALTH_PATHS } from '../apiPaths.ts';
import type { RouteResponse } from '../routeResponse.ts';
import { sendResponse } from '../sendResponse.ts';

/** What the guards need to know. */
export interface GuardOptions {
  readonly authToken: string | undefined;
  /** Reads per client and minute; 0 turns both limits off (reads, and VPO's 30 mutations a minute). */
  readonly rateLimitPerMinute: number;
  readonly isShuttingDown: () => boolean;
  /** Checks the CSRF token of every mutating /api request. */
  readonly csrf: CsrfTokens;
  /** Monotonic milliseconds (injected in tests). */
  readonly now: () => number;
}

const OPEN_PATHS: ReadonlySet<string> = new Set(HEALTH_PATHS);

/** VPO's 401 is plain text with a Basic challenge, not a JSON error body. */
const UNAUTHORIZED: RouteResponse = {
  status: UNAUTHORIZED_RESPONSE.status,
  headers: { ...UNAUTHORIZED_RESPONSE.headers, 'content-type': 'text/plain; charset=utf-8' },
  body: UNAUTHORIZED_RESPONSE.text,
};

const pathOf = (request: FastifyRequest): string => {
  const url = request.url;
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
};

const isApiPath = (path: string): boolean => path.startsWith('/api/');

/** VPO counts these apart from reads, against a tighter limit. */
const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/**
 * The request guards, in VPO's order: Basic auth (when a token is set), the per-IP rate limits on /api
 * (reads and mutations counted apart), VPO's CSRF check of every mutating /api request (`csrfRefusal`),
 * then 503 while shutting down. Every response also gets `X-Content-Type-Options: nosniff`. One
 * callback-style hook does it all: it runs on every request, so it allocates no promise.
 */
export function registerGuards(app: FastifyInstance, options: GuardOptions): void {
  const token = isAuthEnabled(options.authToken) ? options.authToken : null;
  const limited = options.rateLimitPerMinute > 0;
  const reads = limited
    ? new SlidingWindowLimiter({ maxRequests: options.rateLimitPerMinute, windowMs: 60_000 }, options.now)
    : null;
  const mutations = limited ? new SlidingWindowLimiter(MUTATION_RATE_LIMIT, options.now) : null;

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-content-type-options', 'nosniff');
    const path = pathOf(request);
    const open = OPEN_PATHS.has(path);
    if (token !== null && !open && !isAuthorized(request.headers.authorization, token)) {
      sendResponse(reply, UNAUTHORIZED);
      return;
    }
    if (open || !isApiPath(path)) {
      done();
      return;
    }
    const mutating = MUTATING_METHODS.has(request.method);
    const decision = (mutating ? mutations : reads)?.check(request.ip || 'unknown');
    if (decision !== undefined && !decision.allowed) {
      sendApiError(reply, SERVER_ERRORS.rateLimited(decision.retryAfterSeconds));
      return;
    }
    const refusal = mutating ? csrfRefusal(request.headers, options.csrf) : null;
    if (refusal !== null) {
      sendApiError(reply, refusal);
      return;
    }
    if (options.isShuttingDown()) {
      sendApiError(reply, SERVER_ERRORS.shuttingDown());
      return;
    }
    done();
  });
}
