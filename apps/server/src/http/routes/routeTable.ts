import { actionRoute, JOB_ACTIONS } from '@vpo-live/vpo-api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIXES, HEALTH_PATHS } from '../apiPaths.ts';
import type { RouteRequest, RouteResponse } from '../routeResponse.ts';
import { sendResponse } from '../sendResponse.ts';
import { health } from './handlers/health.ts';
import { ACTION_HANDLERS } from './handlers/jobActions.ts';
import { jobDetail } from './handlers/jobDetail.ts';
import { jobErrors } from './handlers/jobErrors.ts';
import { jobLogs } from './handlers/jobLogs.ts';
import { listJobs } from './handlers/listJobs.ts';
import type { RouteDeps } from './routeDeps.ts';

/** A handler: a request and the app's dependencies in, a response value out (never `reply`). */
export type RouteHandler = (request: RouteRequest, deps: RouteDeps) => RouteResponse | Promise<RouteResponse>;

/** One line of the route table. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly handler: RouteHandler;
}

/**
 * VPO's job routes under each API prefix, our [ext] job actions (their CSRF check is a request guard, see
 * `registerGuards`), and the health check at its paths.
 */
export const ROUTES: readonly Route[] = [
  ...API_PREFIXES.flatMap((prefix): Route[] => [
    { method: 'GET', path: `${prefix}/jobs`, handler: listJobs },
    { method: 'GET', path: `${prefix}/jobs/:job_id`, handler: jobDetail },
    { method: 'GET', path: `${prefix}/jobs/:job_id/logs`, handler: jobLogs },
    { method: 'GET', path: `${prefix}/jobs/:job_id/errors`, handler: jobErrors },
    ...JOB_ACTIONS.map((action): Route => ({
      ...actionRoute(action, ':job_id', prefix),
      handler: ACTION_HANDLERS[action],
    })),
  ]),
  ...HEALTH_PATHS.map((path): Route => ({ method: 'GET', path, handler: health })),
];

type TableRequest = FastifyRequest<{ Params: Record<string, string> }>;

/**
 * Registers each route of `routes` with Fastify: the handler's value is sent by {@link sendResponse}. A thrown
 * error (a database failure) reaches the app's error handler, which answers in VPO's error shape.
 */
export function registerRoutes(app: FastifyInstance, routes: readonly Route[], deps: RouteDeps): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      // No async wrapper of our own: a synchronous handler's value is sent at once, an async one's when it
      // settles (a rejection reaches Fastify, and so the error handler).
      handler: (request: TableRequest, reply) => {
        const response = route.handler(request, deps);
        if (response instanceof Promise) return response.then((value) => sendResponse(reply, value));
        sendResponse(reply, response);
        return undefined;
      },
    });
  }
}
