import { ACTION_ERRORS } from '../actions/actionErrors.ts';
import { canAct, type JobAction } from '../actions/jobActions.ts';
import type { JobSeed } from '../jobs/jobSeed.ts';
import { isJobId } from '../limits.ts';
import { API_ERRORS } from '../request/apiErrors.ts';
import { formatTimestamp } from '../time/timestamps.ts';
import type { FakeJobStore } from './fakeJobStore.ts';
import { jobDetailRoute, unavailable, type RouteResult } from './jobsApiRoutes.ts';

/** What each action writes, as the server's SQL does (`jobAdmin.ts`). */
const CHANGES: Record<Exclude<JobAction, 'delete'>, (now: number) => Partial<JobSeed>> = {
  cancel: (now) => ({ status: 'cancelled', completed_at: formatTimestamp(now) }),
  retry: () => ({
    status: 'queued',
    started_at: null,
    completed_at: null,
    error_message: null,
    progress_percent: 0,
    processed_count: null,
    total_count: null,
  }),
};

/**
 * [ext] The fake's `POST /api/jobs/{id}/cancel|retry` and `DELETE /api/jobs/{id}`, with the server's rules
 * ({@link canAct}) and answers: the job's detail after a cancel or retry, 204 after a delete, 404 for no such
 * job, 409 `RESOURCE_CONFLICT` when its status forbids the action. CSRF is checked before, by the handlers.
 */
export function jobActionRoute(store: FakeJobStore, action: JobAction, id: string): RouteResult {
  const guard = unavailable(store, true);
  if (guard) return guard;
  if (!isJobId(id)) return { kind: 'error', error: API_ERRORS.invalidJobId() };
  const job = store.getJob(id);
  if (!job) return { kind: 'error', error: API_ERRORS.jobNotFound() };
  if (!canAct(action, job.status))
    return { kind: 'error', error: ACTION_ERRORS.wrongState(action, job.status) };
  if (action === 'delete') {
    store.deleteJob(id);
    return { kind: 'empty', status: 204 };
  }
  store.updateJob(id, CHANGES[action](store.now()));
  return jobDetailRoute(store, id);
}
