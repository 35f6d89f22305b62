import { JOB_ERRORS_LIMIT, JOB_LIST_LIMITS, isJobId } from '../limits.ts';
import { toJobDetail } from '../jobs/toJobDetail.ts';
import { toJobListItem } from '../jobs/toJobListItem.ts';
import { compareBinary } from '../python/pyText.ts';
import { API_ERRORS, type ApiErrorResponse } from '../request/apiErrors.ts';
import { readJobListParams } from '../request/readJobListParams.ts';
import { readJobLogParams, sliceLog } from '../request/readJobLogParams.ts';
import type { FakeJobStore } from './fakeJobStore.ts';
import { queryJobs } from './queryJobs.ts';
import { formatTimestamp } from '../time/timestamps.ts';

/** What a route answers, before HTTP concerns (ETag, auth, rate limit) are applied. */
export type RouteResult =
  | { kind: 'json'; status: number; body: unknown; cacheable: boolean }
  | { kind: 'empty'; status: number }
  | { kind: 'error'; error: ApiErrorResponse };

const json = (body: unknown, cacheable: boolean): RouteResult => ({
  kind: 'json',
  status: 200,
  body,
  cacheable,
});
const error = (response: ApiErrorResponse): RouteResult => ({ kind: 'error', error: response });

/** VPO's shutdown and database guards, in VPO's order. */
export function unavailable(store: FakeJobStore, needsDatabase: boolean): RouteResult | null {
  const state = store.availability();
  if (state === 'shutting-down') return error(API_ERRORS.shuttingDown());
  if (needsDatabase && state === 'database-unavailable') return error(API_ERRORS.databaseUnavailable());
  return null;
}

/** `GET /api/jobs` */
export function listJobsRoute(store: FakeJobStore, query: URLSearchParams): RouteResult {
  const guard = unavailable(store, true);
  if (guard) return guard;
  const read = readJobListParams(query);
  if (!read.ok) return error(read.error);
  const { params } = read;
  const page = queryJobs(store.listJobs(), params, store.now());
  return json(
    {
      jobs: page.jobs.map(toJobListItem),
      total: page.total,
      limit: params.limit,
      offset: params.offset,
      has_filters: params.hasFilters,
      max_page_size: JOB_LIST_LIMITS.maxLimit,
    },
    true,
  );
}

/** `GET /api/jobs/{id}` */
export function jobDetailRoute(store: FakeJobStore, id: string): RouteResult {
  const guard = unavailable(store, true);
  if (guard) return guard;
  if (!isJobId(id)) return error(API_ERRORS.invalidJobId());
  const job = store.getJob(id);
  if (!job) return error(API_ERRORS.jobNotFound());
  return json(toJobDetail(job, store.getLogs(id) !== undefined), true);
}

/** `GET /api/jobs/{id}/logs` (no database guard in VPO: logs are files). */
export function jobLogsRoute(store: FakeJobStore, id: string, query: URLSearchParams): RouteResult {
  const guard = unavailable(store, false);
  if (guard) return guard;
  if (!isJobId(id)) return error(API_ERRORS.invalidJobId());
  const paging = readJobLogParams(query);
  const page = sliceLog(store.getLogs(id) ?? [], paging);
  return json(
    {
      job_id: id,
      lines: page.lines,
      total_lines: page.total_lines,
      offset: paging.offset,
      has_more: page.has_more,
    },
    true,
  );
}

/** `GET /api/jobs/{id}/errors`: a scan job's failed files, by filename, at most 50; others get none. */
export function jobErrorsRoute(store: FakeJobStore, id: string): RouteResult {
  const guard = unavailable(store, true);
  if (guard) return guard;
  if (!isJobId(id)) return error(API_ERRORS.invalidJobId());
  const job = store.getJob(id);
  const errors =
    job?.job_type === 'scan'
      ? [...store.getScanErrors(id)]
          .sort((a, b) => compareBinary(a.filename, b.filename))
          .slice(0, JOB_ERRORS_LIMIT)
          .map(({ path, filename, error: message }) => ({ path, filename, error: message }))
      : [];
  return json({ job_id: id, errors, total_errors: errors.length }, false);
}

/** `GET /health`: 200 while healthy, 503 while shutting down or without a database. */
export function healthRoute(store: FakeJobStore, startedAt: number): RouteResult {
  const state = store.availability();
  const connected = state !== 'database-unavailable';
  const jobs = connected ? store.listJobs() : [];
  const count = (status: string) => jobs.filter((job) => job.status === status).length;
  // VPO compares the stored text with the cutoff's isoformat() (`completed_at > ?`).
  const dayAgo = formatTimestamp(store.now() - 24 * 3600_000);
  const status = state === 'shutting-down' ? 'unhealthy' : connected ? 'healthy' : 'degraded';
  return {
    kind: 'json',
    status: status === 'healthy' ? 200 : 503,
    cacheable: false,
    body: {
      status,
      database: connected ? 'connected' : 'disconnected',
      uptime_seconds: Math.round((store.now() - startedAt) / 100) / 10,
      version: 'fake',
      shutting_down: state === 'shutting-down',
      jobs_queued: count('queued'),
      jobs_running: count('running'),
      active_workers: count('running'),
      recent_errors: jobs.filter(
        (job) => job.status === 'failed' && !!job.completed_at && compareBinary(job.completed_at, dayAgo) > 0,
      ).length,
    },
  };
}
