import { JOB_LIST_LIMITS } from '../limits.ts';
import { parsePyInt } from '../python/pyText.ts';
import { clampLimit, normalizeJobListQuery, type JobListQuery } from './jobListQuery.ts';

/**
 * Reads a job-list query from a page URL's parameters (filters kept in the address bar): values that VPO
 * would reject are dropped instead of failing, numbers are read like Python's `int()` and clamped, search is
 * normalized, unrelated names are ignored. A 1-based `page` is accepted in place of `offset`.
 * `parseJobListQuery(jobListSearchParams(q))` equals `normalizeJobListQuery(q)`.
 */
export function parseJobListQuery(params: URLSearchParams): JobListQuery {
  const limitInt = parsePyInt(params.get('limit'));
  const limit = limitInt === null ? JOB_LIST_LIMITS.defaultLimit : clampLimit(limitInt);
  let offset = parsePyInt(params.get('offset'));
  if (offset === null) {
    const page = parsePyInt(params.get('page'));
    if (page !== null && page >= 1) offset = (page - 1) * limit;
  }
  return normalizeJobListQuery({
    status: params.get('status') ?? undefined,
    type: params.get('type') ?? undefined,
    since: params.get('since') ?? undefined,
    search: params.get('search') ?? undefined,
    sort: params.get('sort') ?? undefined,
    order: params.get('order') ?? undefined,
    limit,
    offset: offset ?? undefined,
  });
}
