// The contract of VPO's jobs API: enums, limits, schemas, the typed client, and the pure rules and
// serializers that our server shares with the msw fake (`./testing`).
export * from './enums.ts';
export * from './limits.ts';
export * from './schemas.ts';

export { createJobsClient, deriveHealthUrl } from './client/createJobsClient.ts';
export type { JobsClient, JobsClientOptions, LogPage } from './client/createJobsClient.ts';
export type { CallOptions } from './client/requestJson.ts';
export { isAbortError, toAbortError } from './client/apiOutcome.ts';
export type { ApiError, ApiErrorKind, ApiOutcome } from './client/apiOutcome.ts';
export { parseRetryAfter, DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS } from './client/retryAfter.ts';

export { normalizeJobListQuery, normalizeSearch } from './query/jobListQuery.ts';
export type { JobListQuery } from './query/jobListQuery.ts';
export { jobListSearchParams } from './query/jobListSearchParams.ts';
export { parseJobListQuery } from './query/parseJobListQuery.ts';

export { readJobListParams, sinceCutoff } from './request/readJobListParams.ts';
export type { JobListParams, JobListParamsResult } from './request/readJobListParams.ts';
export { readJobLogParams, sliceLog } from './request/readJobLogParams.ts';
export type { JobLogParams } from './request/readJobLogParams.ts';
export { apiError, API_ERRORS, UNAUTHORIZED_RESPONSE } from './request/apiErrors.ts';
export type { ApiErrorResponse } from './request/apiErrors.ts';

export type { JobSeed } from './jobs/jobSeed.ts';
export { toJobListItem, JOB_LIST_ITEM_FIELDS } from './jobs/toJobListItem.ts';
export { toJobDetail, hasScanErrors, JOB_DETAIL_FIELDS } from './jobs/toJobDetail.ts';

export { summarizeJob } from './summary/summarizeJob.ts';
export { formatFileSize } from './summary/formatFileSize.ts';
export { formatTimestamp, parseTimestampMicros, durationSeconds } from './time/timestamps.ts';
export { formatLogLine, formatLogTimestamp, parseLogLine } from './logs/logLine.ts';
export type { ParsedLogLine } from './logs/logLine.ts';
