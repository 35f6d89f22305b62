/** The numeric rules of VPO's job routes, shared by the server, the fake and the client. */
export const JOB_LIST_LIMITS = {
  defaultLimit: 50,
  minLimit: 1,
  maxLimit: 100,
  maxSearchLength: 200,
} as const;
export const JOB_LOG_LIMITS = { defaultLines: 500, minLines: 1, maxLines: 1000 } as const;
export const DEFAULT_PRIORITY = 100;
/** The query parameters GET /api/jobs accepts; any other name is rejected with 400 UNKNOWN_PARAMETERS. */
export const JOB_LIST_PARAMS = [
  'status',
  'type',
  'since',
  'search',
  'sort',
  'order',
  'limit',
  'offset',
] as const;
/** The query parameters GET /api/jobs/{id}/logs reads. */
export const JOB_LOG_PARAMS = ['lines', 'offset'] as const;
/** VPO's job ids are UUIDs (uuid4 in practice); any case of hex digits is accepted. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isJobId = (value: string): boolean => UUID_PATTERN.test(value);
/** VPO's `/errors` route returns at most this many scan errors (ordered by filename). */
export const JOB_ERRORS_LIMIT = 50;
