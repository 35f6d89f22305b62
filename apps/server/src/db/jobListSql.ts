/**
 * The SQL of VPO's `get_jobs_filtered`: filters on status, type, created_at and a case-insensitive
 * substring of file_path; sort by a whitelisted column. Ties are broken by rowid (insertion order) in the
 * same direction, which keeps pages stable and lets one index deliver the whole ORDER BY.
 */
import type { JobListParams, SortField, SortOrder } from '@vpo-live/vpo-api';
import { isIndexedSearch, likePattern, SEARCH_LIKE, SEARCH_MATCH, searchRowidsSql } from './jobSearchSql.ts';

/** A validated list request, ready for SQL (every value already parsed and clamped). */
export interface JobListFilter {
  readonly status: string | null;
  readonly jobType: string | null;
  /** Lower bound of created_at, in the stored timestamp format. */
  readonly createdSince: string | null;
  /** The raw search text (trimmed, not yet escaped). */
  readonly search: string | null;
  readonly sort: SortField;
  readonly order: SortOrder;
  readonly limit: number;
  readonly offset: number;
}

/**
 * The filter of a list request read by the contract's `readJobListParams` — the HTTP route's and the CLI's.
 * `createdSince` is the `since` cutoff, or a value that selects the same rows (the route's ETag stand-in).
 *
 * @example reader.listPage(jobListFilterOf(params, sinceCutoff('24h', Date.now())))
 */
export function jobListFilterOf(params: JobListParams, createdSince: string | null): JobListFilter {
  return {
    status: params.status,
    jobType: params.type,
    createdSince,
    search: params.search,
    sort: params.sort,
    order: params.order,
    limit: params.limit,
    offset: params.offset,
  };
}

/** Named parameters bound to the statements of {@link buildJobListSql} (not the request's `JobListParams`). */
export interface JobListBindings {
  status?: string;
  jobType?: string;
  createdSince?: string;
  /** The LIKE pattern of the search. */
  search?: string;
  /** The search text itself (the trigram index's phrase). */
  needle?: string;
}

/** One page statement read from either end of its order (see `pageWindow`). */
export interface PageSql {
  readonly forward: string;
  /** ORDER BY reversed term by term: the same rows from the other end, for offsets past the middle. */
  readonly backward: string;
}

/** How a page with a search can be read (the reader picks one: `jobPagePlan.ts`). */
export interface SearchPageSql {
  /** The trigram index answers the search (3 characters or more). */
  readonly indexed: boolean;
  /** Indexed: how many jobs the search alone matches (an index count). */
  readonly matchCountSql: string | null;
  /** Indexed: the matching jobs read from the index, then filtered and sorted. */
  readonly drive: string | null;
  /** The sort index walked, keeping rows whose rowid is in the search's set (no row read for the others). */
  readonly probe: PageSql;
}

/** The statements of one filter shape and the parameters to bind. */
export interface JobListSql {
  /** Identifies the filter shape and values (cache key for counts). */
  readonly whereKey: string;
  readonly countSql: string;
  /**
   * The sort index walked with every condition on each row. Takes `limit` and `offset` besides the filter
   * parameters. With a search, each row walked calls {@link WALK_BUDGET_FUNCTION} first.
   */
  readonly walk: PageSql;
  readonly search: SearchPageSql | null;
  readonly params: JobListBindings;
}

/**
 * A function the reader registers on its connection: called once per row a search walk reads, it throws
 * when the walk has read more rows than its budget (SQLite cannot stop a statement otherwise).
 */
export const WALK_BUDGET_FUNCTION = 'vpo_walk_budget';

type Term = readonly [expression: string, direction: 'ASC' | 'DESC'];

function orderTerms(sort: SortField, order: SortOrder, rowid: string): Term[] {
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'job_type':
      return [
        ['job_type', dir],
        ['created_at', dir],
        [rowid, dir],
      ];
    case 'status':
      return [
        ['status', dir],
        ['created_at', dir],
        [rowid, dir],
      ];
    case 'file_path':
      return [
        ['file_path', dir],
        [rowid, dir],
      ];
    case 'duration':
      // Unfinished jobs last in both directions, as VPO does. The expressions match the
      // idx_jobs_duration_* indexes term for term, whose implicit last key is rowid ascending.
      return [
        ['(completed_at IS NULL)', 'ASC'],
        ['(julianday(completed_at) - julianday(created_at))', dir],
        [rowid, 'ASC'],
      ];
    case 'created_at':
    default:
      return [
        ['created_at', dir],
        [rowid, dir],
      ];
  }
}

/** The ORDER BY of a sort; `backward` flips every term, which walks the same index from its other end. */
function orderBy(filter: JobListFilter, backward: boolean, rowid = 'rowid'): string {
  const flip = (dir: Term[1]) => (backward ? (dir === 'ASC' ? 'DESC' : 'ASC') : dir);
  return orderTerms(filter.sort, filter.order, rowid)
    .map(([expression, dir]) => `${expression} ${flip(dir)}`)
    .join(', ');
}

const where = (conditions: readonly string[]): string =>
  conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';

/** A status or a type filter alone (no other filter), and VPO's one-column index of it. */
function oneIndexedFilter(filter: JobListFilter): { index: string; condition: string } | null {
  if (filter.createdSince !== null || (filter.status === null) === (filter.jobType === null)) return null;
  return filter.status !== null
    ? { index: 'idx_jobs_status', condition: 'status = @status' }
    : { index: 'idx_jobs_job_type', condition: 'job_type = @jobType' };
}

/**
 * Builds the count and page statements for a filter. Only whitelisted identifiers are interpolated;
 * every value is a bound parameter.
 */
export function buildJobListSql(filter: JobListFilter, columns: string): JobListSql {
  const conditions: string[] = [];
  const params: JobListBindings = {};
  if (filter.status !== null) {
    conditions.push('status = @status');
    params.status = filter.status;
  }
  if (filter.jobType !== null) {
    conditions.push('job_type = @jobType');
    params.jobType = filter.jobType;
  }
  if (filter.createdSince !== null) {
    conditions.push('created_at >= @createdSince');
    params.createdSince = filter.createdSince;
  }
  const whereKey = JSON.stringify([params.status, params.jobType, params.createdSince, filter.search]);
  const page = (conditionsOf: string[], backward: boolean) =>
    `SELECT ${columns} FROM jobs${where(conditionsOf)} ORDER BY ${orderBy(filter, backward)} LIMIT @limit OFFSET @offset`;
  const pages = (conditionsOf: string[]): PageSql => ({
    forward: page(conditionsOf, false),
    backward: page(conditionsOf, true),
  });
  if (filter.search === null) {
    // Status and type alone: the per-status-and-type counts (jobCountsSql.ts), not the index entries.
    const countSql =
      filter.createdSince === null
        ? `SELECT COALESCE(SUM(n), 0) AS total FROM job_counts${where(conditions)}`
        : `SELECT COUNT(*) AS total FROM jobs${where(conditions)}`;
    return {
      whereKey,
      countSql,
      walk: pages(conditions),
      search: null,
      params,
    };
  }

  params.search = likePattern(filter.search);
  const indexed = isIndexedSearch(filter.search);
  if (indexed) params.needle = filter.search;
  const inSearch = `rowid IN (${searchRowidsSql(indexed)})`;
  // The budget is called before the row's LIKE (one CASE, so SQLite cannot reorder the two).
  const budgetedLike = `CASE WHEN ${WALK_BUDGET_FUNCTION}() THEN ${SEARCH_LIKE} END`;
  let countSql = `SELECT COUNT(*) AS total FROM jobs${where([...conditions, SEARCH_LIKE])}`;
  if (indexed) {
    const oneFilter = oneIndexedFilter(filter);
    countSql =
      conditions.length === 0
        ? `SELECT COUNT(*) AS total FROM jobs_search WHERE ${SEARCH_MATCH}`
        : oneFilter !== null
          ? // Each match looked up in the filter's (column, rowid) index: one seek each, no row read, no set of
            // the matches built — about 1.5× faster than the filter's entries probed against that set.
            `SELECT COUNT(*) AS total FROM jobs_search WHERE ${SEARCH_MATCH} AND EXISTS (SELECT 1 FROM jobs` +
            ` INDEXED BY ${oneFilter.index} WHERE ${oneFilter.condition} AND jobs.rowid = jobs_search.rowid)`
          : `SELECT COUNT(*) AS total FROM jobs${where([...conditions, inSearch])}`;
  }
  return {
    whereKey,
    countSql,
    walk: pages([...conditions, budgetedLike]),
    search: {
      indexed,
      matchCountSql: indexed ? `SELECT COUNT(*) AS total FROM jobs_search WHERE ${SEARCH_MATCH}` : null,
      // CROSS JOIN keeps the index as the outer loop whatever the statistics say. VPO's LIKE is checked again
      // on each row read: free here, and it keeps the rows right even if a foreign writer left a stale entry.
      drive: indexed
        ? `SELECT ${columns} FROM jobs_search CROSS JOIN jobs ON jobs.rowid = jobs_search.rowid` +
          `${where([SEARCH_MATCH, ...conditions, SEARCH_LIKE])} ORDER BY ${orderBy(filter, false, 'jobs.rowid')}` +
          ' LIMIT @limit OFFSET @offset'
        : null,
      // `+rowid` is no index constraint, so SQLite walks the sort index and probes the search's rowid set.
      probe: pages([...conditions, `+${inSearch}`]),
    },
    params,
  };
}
