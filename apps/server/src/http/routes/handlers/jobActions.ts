import { ACTION_ERRORS, type JobAction } from '@vpo-live/vpo-api';
import { cancelJob, deleteIdleJob, retryJob, type StateChange } from '../../../db/jobAdmin.ts';
import { removeJobLogs } from '../../../logs/removeJobLogs.ts';
import { SERVER_ERRORS, errorResponse } from '../../apiError.ts';
import type { RouteRequest, RouteResponse } from '../../routeResponse.ts';
import { readJobId } from '../readJobId.ts';
import type { RouteDeps } from '../routeDeps.ts';
import { jobDetail } from './jobDetail.ts';

/** A refused change: 404 when there is no such job, else 409 with the status that forbade it. */
function refused(action: JobAction, change: Extract<StateChange, { ok: false }>): RouteResponse {
  return change.status === null
    ? errorResponse(SERVER_ERRORS.jobNotFound())
    : errorResponse(ACTION_ERRORS.wrongState(action, change.status));
}

/**
 * `POST /api/jobs/{id}/cancel` [ext]: a queued or running job becomes cancelled in one transaction (a
 * running one's runner stops at its next tick, within a second, and its log ends `JOB END: CANCELLED`).
 * Answers the job's detail as `GET /api/jobs/{id}` would, so the page shows the change at once.
 */
export async function cancelJobAction(request: RouteRequest, deps: RouteDeps): Promise<RouteResponse> {
  const id = readJobId(request);
  if (typeof id !== 'string') return id;
  const change = cancelJob(deps.db, id, deps.now());
  return change.ok ? jobDetail(request, deps) : refused('cancel', change);
}

/** `POST /api/jobs/{id}/retry` [ext]: a failed or cancelled job goes back to the queue; answers its detail. */
export async function retryJobAction(request: RouteRequest, deps: RouteDeps): Promise<RouteResponse> {
  const id = readJobId(request);
  if (typeof id !== 'string') return id;
  const change = retryJob(deps.db, id);
  return change.ok ? jobDetail(request, deps) : refused('retry', change);
}

/** `DELETE /api/jobs/{id}` [ext]: any job but a running one, and its log files; 204 when done. */
export function deleteJobAction(request: RouteRequest, deps: RouteDeps): RouteResponse {
  const id = readJobId(request);
  if (typeof id !== 'string') return id;
  const change = deleteIdleJob(deps.db, id);
  if (!change.ok) return refused('delete', change);
  removeJobLogs(deps.logsDir, id);
  return { status: 204 };
}

/** The handler of each action (their routes: `actionRoute`). */
export const ACTION_HANDLERS: Record<
  JobAction,
  (request: RouteRequest, deps: RouteDeps) => RouteResponse | Promise<RouteResponse>
> = {
  cancel: cancelJobAction,
  retry: retryJobAction,
  delete: deleteJobAction,
};
