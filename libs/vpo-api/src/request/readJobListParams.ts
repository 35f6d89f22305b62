import {
  JOB_STATUSES,
  JOB_TYPES,
  SINCE_MILLISECONDS,
  SINCE_VALUES,
  SORT_FIELDS,
  type JobStatus,
  type JobType,
  type SinceValue,
  type SortField,
  type SortOrder,
} from '../enums.ts';
import { JOB_LIST_LIMITS, JOB_LIST_PARAMS } from '../limits.ts';
import { compareBinary, parsePyInt, pySliceCodePoints, pyStrip } from '../python/pyText.ts';
import { pyRepr } from '../python/pyRepr.ts';
import { formatTimestamp } from '../time/timestamps.ts';
import { apiError, type ApiErrorResponse } from './apiErrors.ts';

/** The effective parameters of one `GET /api/jobs`, after VPO's validation, clamping and defaults. */
export interface JobListParams {
  status: JobStatus | null;
  type: JobType | null;
  since: SinceValue | null;
  /** Trimmed, at most 200 code points; `null` when blank. Matched literally (no wildcards). */
  search: string | null;
  sort: SortField;
  order: SortOrder;
  limit: number;
  offset: number;
  /** Any of status/type/since/search set. */
  hasFilters: boolean;
}

export type JobListParamsResult =
  { ok: true; params: JobListParams } | { ok: false; error: ApiErrorResponse };

const includes = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * Reads `GET /api/jobs`'s query exactly as VPO does: unknown names → 400 UNKNOWN_PARAMETERS (checked first);
 * then status, type, since in that order → 400 INVALID_PARAMETER; an empty value means "no filter"; limit and
 * offset parse like Python's `int()` and are clamped (non-ints fall back to the defaults); search is stripped
 * and cut to 200 code points; an unknown sort or order is ignored. The first value of a repeated name wins.
 */
export function readJobListParams(query: URLSearchParams): JobListParamsResult {
  const names = new Set(query.keys());
  const unknown = [...names].filter((name) => !includes(JOB_LIST_PARAMS, name)).sort(compareBinary);
  if (unknown.length > 0) {
    return {
      ok: false,
      error: apiError(400, `Unknown query parameters: ${pyRepr(unknown)}`, 'UNKNOWN_PARAMETERS'),
    };
  }
  const status = query.get('status') ?? '';
  if (status && !includes(JOB_STATUSES, status)) return invalid(`Invalid status value: '${status}'`);
  const type = query.get('type') ?? '';
  if (type && !includes(JOB_TYPES, type)) return invalid(`Invalid type value: '${type}'`);
  const since = query.get('since') ?? '';
  if (since && !includes(SINCE_VALUES, since)) return invalid(`Invalid since value: '${since}'`);

  const limit = parsePyInt(query.get('limit'));
  const offset = parsePyInt(query.get('offset'));
  const rawSearch = query.get('search');
  const search = rawSearch ? pySliceCodePoints(pyStrip(rawSearch), JOB_LIST_LIMITS.maxSearchLength) : '';
  const sort = query.get('sort') ?? '';
  const order = (query.get('order') ?? '').toLowerCase();
  const params: JobListParams = {
    status: status ? (status as JobStatus) : null,
    type: type ? (type as JobType) : null,
    since: since ? (since as SinceValue) : null,
    search: search || null,
    sort: includes(SORT_FIELDS, sort) ? sort : 'created_at',
    order: order === 'asc' || order === 'desc' ? order : 'desc',
    limit:
      limit === null
        ? JOB_LIST_LIMITS.defaultLimit
        : Math.max(JOB_LIST_LIMITS.minLimit, Math.min(JOB_LIST_LIMITS.maxLimit, limit)),
    offset: offset === null ? 0 : Math.max(0, offset),
    hasFilters: false,
  };
  params.hasFilters = Boolean(params.status || params.type || params.since || params.search);
  return { ok: true, params };
}

function invalid(message: string): JobListParamsResult {
  return { ok: false, error: apiError(400, message, 'INVALID_PARAMETER') };
}

/**
 * The `created_at` lower bound of a `since` filter, as VPO computes it (`(now − delta).isoformat()`); VPO
 * compares it with the stored text (`created_at >= ?`).
 */
export function sinceCutoff(since: SinceValue, now: number): string {
  return formatTimestamp(now - SINCE_MILLISECONDS[since]);
}
