import { isJobId } from '@vpo-live/vpo-api';
import { SERVER_ERRORS, errorResponse } from '../apiError.ts';
import type { RouteRequest, RouteResponse } from '../routeResponse.ts';

/**
 * The job id of the path, or the error to answer: an empty segment is no route (VPO's router needs one
 * character), anything not a UUID is VPO's 400 INVALID_ID_FORMAT.
 */
export function readJobId(request: RouteRequest): string | RouteResponse {
  const id = request.params['job_id'] ?? '';
  if (id === '') return errorResponse(SERVER_ERRORS.routeNotFound());
  if (!isJobId(id)) return errorResponse(SERVER_ERRORS.invalidJobId());
  return id;
}
