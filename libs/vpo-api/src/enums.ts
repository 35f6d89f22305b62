/**
 * VPO's enumerations. Servers may send values outside these lists (a newer VPO); clients render them
 * neutrally instead of rejecting the response, so the schemas accept any string.
 */
export const JOB_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_TYPES = ['scan', 'apply', 'transcode', 'move', 'process', 'prune'] as const;
export type JobType = (typeof JOB_TYPES)[number];

/** Statuses after which a job changes no more — unless VPO re-queues it (`retry`, stale heartbeat). */
export const TERMINAL_STATUSES = ['completed', 'failed', 'cancelled'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

/** `since` filter values of GET /api/jobs (created_at ≥ now − delta). */
export const SINCE_VALUES = ['24h', '7d', '30d'] as const;
export type SinceValue = (typeof SINCE_VALUES)[number];

export const SINCE_MILLISECONDS: Record<SinceValue, number> = {
  '24h': 24 * 3600_000,
  '7d': 7 * 24 * 3600_000,
  '30d': 30 * 24 * 3600_000,
};

export const SORT_FIELDS = ['created_at', 'job_type', 'status', 'file_path', 'duration'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Error codes VPO puts in `{"error","code"}` bodies. */
export const ERROR_CODES = [
  'INVALID_PARAMETER',
  'UNKNOWN_PARAMETERS',
  'INVALID_ID_FORMAT',
  'NOT_FOUND',
  'SHUTTING_DOWN',
  'DATABASE_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  // VPO's codes for its mutating routes: a refused CSRF check, and a change the resource's state forbids.
  'CSRF_ERROR',
  'RESOURCE_CONFLICT',
  'UNAUTHORIZED',
  // [ext] requests Node's HTTP parser refuses before any route sees them.
  'MALFORMED_REQUEST',
  'REQUEST_HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  // [ext] a read that ran past the server's query timeout (VPO answers 503 after its own 5 s).
  'QUERY_TIMEOUT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const is =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isJobStatus = is(JOB_STATUSES);
export const isJobType = is(JOB_TYPES);
export const isTerminalStatus = is(TERMINAL_STATUSES);
export const isSinceValue = is(SINCE_VALUES);
export const isSortField = is(SORT_FIELDS);
