import { JOB_LIST_PARAMS } from '../limits.ts';
import { normalizeJobListQuery, type JobListQuery } from './jobListQuery.ts';

/**
 * The query string of `GET /api/jobs` for a query: only the names VPO accepts (never a cache-buster or any
 * other name, which VPO rejects with 400 UNKNOWN_PARAMETERS), always in the same order, with invalid values
 * and defaults left out.
 * @example jobListSearchParams({ status: 'running', limit: 50 }).toString() // 'status=running'
 */
export function jobListSearchParams(query: JobListQuery = {}): URLSearchParams {
  const normalized: Readonly<Record<string, unknown>> = { ...normalizeJobListQuery({ ...query }) };
  const params = new URLSearchParams();
  for (const name of JOB_LIST_PARAMS) {
    const value = normalized[name];
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}
