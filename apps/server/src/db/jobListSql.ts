/**
 * The SQL of VPO's `get_jobs_filtered`: filters on status, type, created_at and a case-insensitive
 * substring of file_path; sort by a whitelisted column. Ties are broken by rowid (insertion order) in the
 * same direction, which keeps pages stable and lets one index deliver the whole ORDER BY.
 */
import type { JobListParams, SortField, SortOrder } from '@vpo-live/vpo-api';

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
  search?: string;
}

/** The two statements of one filter shape and the parameters to bind. */
export interface JobListSql {
  /** Identifies the filter shape and values (cache key for counts). */
  readonly whereKey: string;
  readonly countSql: string;
  /** Takes `limit` and `offset` besides the filter parameters. */
  readonly pageSql: string;
  readonly params: JobListBindings;
}

/** VPO's `_escape_like_pattern`: backslash escapes `\`, `%` and `_` so they match literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function orderBy(sort: SortField, order: SortOrder): string {
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'job_type':
      return `job_type ${dir}, created_at ${dir}, rowid ${dir}`;
    case 'status':
      return `status ${dir}, created_at ${dir}, rowid ${dir}`;
    case 'file_path':
      return `file_path ${dir}, rowid ${dir}`;
    case 'duration':
      // Unfinished jobs last in both directions, as VPO does. The expressions match the
      // idx_jobs_duration_* indexes term for term, whose implicit last key is rowid ascending.
      return `(completed_at IS NULL), (julianday(completed_at) - julianday(created_at)) ${dir}, rowid ASC`;
    case 'created_at':
    default:
      return `created_at ${dir}, rowid ${dir}`;
  }
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
  if (filter.search !== null) {
    conditions.push("LOWER(file_path) LIKE LOWER(@search) ESCAPE '\\'");
    params.search = `%${escapeLike(filter.search)}%`;
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return {
    whereKey: JSON.stringify([params.status, params.jobType, params.createdSince, params.search]),
    countSql: `SELECT COUNT(*) AS total FROM jobs${where}`,
    pageSql: `SELECT ${columns} FROM jobs${where} ORDER BY ${orderBy(filter.sort, filter.order)} LIMIT @limit OFFSET @offset`,
    params,
  };
}
