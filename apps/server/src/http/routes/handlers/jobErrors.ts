import type { RouteRequest, RouteResponse } from '../../routeResponse.ts';
import { readJobId } from '../readJobId.ts';
import type { RouteDeps } from '../routeDeps.ts';

/** `GET /api/jobs/{id}/errors`: a scan job's failed files (at most 50, by filename); other jobs have none. */
export function jobErrors(request: RouteRequest, deps: RouteDeps): RouteResponse {
  const id = readJobId(request);
  if (typeof id !== 'string') return id;
  const errors = deps.reader.scanErrors(id) ?? [];
  return { status: 200, body: { job_id: id, errors, total_errors: errors.length } };
}
