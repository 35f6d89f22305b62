import {
  isJobStatus,
  isJobType,
  isSinceValue,
  isSortField,
  type JobStatus,
  type JobType,
  type SinceValue,
  type SortField,
  type SortOrder,
} from '../enums.ts';
import { JOB_LIST_LIMITS } from '../limits.ts';
import { pySliceCodePoints, pyStrip, toWellFormed } from '../python/pyText.ts';

/**
 * The filters, sort and page of the job list, as a UI holds them. Every field is optional; an absent field
 * means VPO's default (all statuses/types/time, no search, created_at desc, 50 per page, offset 0).
 */
export interface JobListQuery {
  status?: JobStatus;
  type?: JobType;
  since?: SinceValue;
  search?: string;
  sort?: SortField;
  order?: SortOrder;
  limit?: number;
  offset?: number;
}

/**
 * Search text as VPO will read it: stripped, cut to 200 code points, stripped again so the result is stable
 * (sending it twice means the same search); empty → undefined.
 */
export function normalizeSearch(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = pyStrip(pySliceCodePoints(pyStrip(toWellFormed(value)), JOB_LIST_LIMITS.maxSearchLength));
  return text === '' ? undefined : text;
}

const toInt = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.trunc(value)))
    : undefined;

/** Page size clamped to 1–100 as VPO does. */
export const clampLimit = (limit: number): number =>
  Math.max(JOB_LIST_LIMITS.minLimit, Math.min(JOB_LIST_LIMITS.maxLimit, limit));

/**
 * The canonical form of a query: invalid values dropped, numbers truncated and clamped like VPO, search
 * normalized, and every field equal to VPO's default left out. Idempotent.
 */
export function normalizeJobListQuery(query: Readonly<Record<string, unknown>>): JobListQuery {
  const out: JobListQuery = {};
  if (isJobStatus(query['status'])) out.status = query['status'];
  if (isJobType(query['type'])) out.type = query['type'];
  if (isSinceValue(query['since'])) out.since = query['since'];
  const search = normalizeSearch(query['search']);
  if (search !== undefined) out.search = search;
  if (isSortField(query['sort']) && query['sort'] !== 'created_at') out.sort = query['sort'];
  const order = typeof query['order'] === 'string' ? query['order'].toLowerCase() : undefined;
  if (order === 'asc') out.order = 'asc';
  const limit = toInt(query['limit']);
  if (limit !== undefined && clampLimit(limit) !== JOB_LIST_LIMITS.defaultLimit)
    out.limit = clampLimit(limit);
  const offset = toInt(query['offset']);
  if (offset !== undefined && offset > 0) out.offset = offset;
  return out;
}
