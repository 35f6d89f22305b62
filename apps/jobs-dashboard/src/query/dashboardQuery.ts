import {
  JOB_LIST_LIMITS,
  JOB_LIST_PARAMS,
  jobListSearchParams,
  normalizeJobListQuery,
  parseJobListQuery,
  type JobListQuery,
  type SortField,
  type SortOrder,
} from '@vpo-live/vpo-api';

/** Rows per page unless the URL says otherwise, as VPO's dashboard shows them. */
export const PAGE_SIZE = JOB_LIST_LIMITS.defaultLimit;

/** The page sizes offered (VPO's `limit`; a link may carry any other within 1–100, which is kept). */
export const PAGE_SIZES: readonly number[] = [25, PAGE_SIZE, JOB_LIST_LIMITS.maxLimit];

/**
 * Which jobs the dashboard shows: VPO's job-list query in its normalized form (defaults left out). It lives in
 * the page URL under VPO's own parameter names (`status`, `type`, `since`, `search`, `sort`, `order`,
 * `offset`, and `limit` for another page size, 1–100), so a reload, back/forward and a shared link all open
 * the same view.
 */
export type DashboardQuery = JobListQuery;

/** Rows per page for a query (50 unless `limit` says otherwise). */
export function pageSizeOf(query: DashboardQuery): number {
  return query.limit ?? PAGE_SIZE;
}

/** The sort in effect (VPO's defaults filled in). */
export function sortOf(query: DashboardQuery): { sort: SortField; order: SortOrder } {
  return { sort: query.sort ?? 'created_at', order: query.order ?? 'desc' };
}

/** The order a column starts with when first clicked: newest / longest first for time columns. */
export function defaultOrder(sort: SortField): SortOrder {
  return sort === 'created_at' || sort === 'duration' ? 'desc' : 'asc';
}

/**
 * Applies a change (a field set to `undefined` is cleared) and normalizes the result, so equal views always
 * have equal keys.
 */
export function patchQuery(
  query: DashboardQuery,
  patch: Partial<Record<keyof DashboardQuery, unknown>>,
): DashboardQuery {
  return normalizeJobListQuery({ ...query, ...patch });
}

/**
 * Reads the dashboard query from a page URL's search string. Hand-edited or stale links never break the page:
 * values VPO would reject are dropped (see `parseJobListQuery`).
 *
 * @example readDashboardQuery('?status=failed&offset=50') // { status: 'failed', offset: 50 }
 */
export function readDashboardQuery(search: string): DashboardQuery {
  return parseJobListQuery(new URLSearchParams(search));
}

/**
 * Writes the query into a copy of the page's `params`, leaving the host page's other parameters untouched
 * and omitting defaults, so the plain `/jobs` URL stays plain.
 */
export function writeDashboardQuery(params: URLSearchParams, query: DashboardQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of [...JOB_LIST_PARAMS, 'page']) next.delete(name);
  for (const [name, value] of jobListSearchParams(query)) next.set(name, value);
  return next;
}

/** True when any filter (status, type, since, search) narrows the list — VPO's `has_filters`. */
export function hasFilters(query: DashboardQuery): boolean {
  return query.status != null || query.type != null || query.since != null || !!query.search;
}

/** A stable key for one view: responses and ETags are matched to the query that asked for them. */
export function queryKey(query: DashboardQuery): string {
  return jobListSearchParams(query).toString();
}
