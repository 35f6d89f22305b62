import { ACTION_ERRORS, CSRF_HEADER, isCrossSite } from '@vpo-live/vpo-api';
import { errorResponse } from '../apiError.ts';
import type { RouteRequest, RouteResponse } from '../routeResponse.ts';
import type { RouteDeps } from './routeDeps.ts';
import type { RouteHandler } from './routeTable.ts';

const TOKEN_HEADER = CSRF_HEADER.toLowerCase();

/**
 * A mutating route's handler behind VPO's CSRF check: refused (403 `CSRF_ERROR`, the database untouched) when
 * another site's page sent it, when it carries no `X-CSRF-Token`, or a token not made for this browser.
 * Auth and the mutation rate limit ran before, in the request guards.
 */
export function guardMutation(handler: RouteHandler): RouteHandler {
  return (request: RouteRequest, deps: RouteDeps): RouteResponse | Promise<RouteResponse> => {
    const { headers } = request;
    const site = { secFetchSite: one(headers['sec-fetch-site']), origin: headers.origin, host: headers.host };
    if (isCrossSite(site)) return errorResponse(ACTION_ERRORS.crossSite());
    const verdict = deps.csrf.check(headers.cookie, headers[TOKEN_HEADER]);
    if (verdict === 'missing') return errorResponse(ACTION_ERRORS.csrfMissing());
    if (verdict === 'invalid') return errorResponse(ACTION_ERRORS.csrfInvalid());
    return handler(request, deps);
  };
}

/** A header Node may hand over as a list (sent twice): the first one. */
const one = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
