// The contract of VPO's jobs API: enums, limits, schemas, the typed client, and the pure rules and
// serializers that our server shares with the msw fake (`./testing`).
export {
  ERROR_CODES,
  isJobStatus,
  isJobType,
  isSinceValue,
  isTerminalStatus,
  JOB_STATUSES,
  JOB_TYPES,
  SINCE_VALUES,
  SORT_FIELDS,
  SORT_ORDERS,
  type JobStatus,
  type JobType,
  type SortField,
  type SortOrder,
} from './enums.ts';
export { DEFAULT_PRIORITY, isJobId, JOB_LIST_LIMITS, JOB_LIST_PARAMS, JOB_LOG_LIMITS } from './limits.ts';
export {
  JobDetailSchema,
  JobErrorsResponseSchema,
  JobListResponseSchema,
  JobLogsResponseSchema,
  type JobDetail,
  type JobErrorsResponse,
  type JobListItem,
  type JobListResponse,
  type JobLogsResponse,
  type ScanError,
} from './schemas.ts';

export { createJobsClient } from './client/createJobsClient.ts';
export type { JobsClient, LogPageRequest } from './client/createJobsClient.ts';
export type { CallOptions } from './client/requestJson.ts';

export { normalizeJobListQuery, normalizeSearch } from './query/jobListQuery.ts';
export type { JobListQuery } from './query/jobListQuery.ts';
export { jobListSearchParams } from './query/jobListSearchParams.ts';
export { parseJobListQuery } from './query/parseJobListQuery.ts';

export { readJobListParams, sinceCutoff } from './request/readJobListParams.ts';
export type { JobListParams } from './request/readJobListParams.ts';
export { readJobLogParams } from './request/readJobLogParams.ts';
export { apiError, API_ERRORS, UNAUTHORIZED_RESPONSE } from './request/apiErrors.ts';
export type { ApiErrorResponse } from './request/apiErrors.ts';

export { ifNoneMatchHits } from './http/ifNoneMatch.ts';
export { isAuthEnabled, isAuthorized } from './http/basicAuth.ts';
export { SlidingWindowLimiter } from './http/slidingWindowLimiter.ts';

export type { JobSeed } from './jobs/jobSeed.ts';
export { toJobListItem, JOB_LIST_ITEM_FIELDS } from './jobs/toJobListItem.ts';
export { toJobDetail, JOB_DETAIL_FIELDS } from './jobs/toJobDetail.ts';

export { POLLING_LIMITS } from './page/pollingLimits.ts';
export {
  parsePollingSettings,
  type DatasetLike,
  type ParsedPollingSettings,
  type PollingSettings,
  type PollingSettingsInput,
  type PollingSettingsSource,
} from './page/parsePollingSettings.ts';
export { readPollingSettings, type BodyOwner } from './page/readPollingSettings.ts';
export { readShareTabs } from './page/readShareTabs.ts';

export { formatFileSize } from './summary/formatFileSize.ts';
export { formatTimestamp, parseTimestampMicros, durationSeconds } from './time/timestamps.ts';
export { runSeconds, queueSeconds, type JobTimestamps } from './time/jobTimes.ts';
export { formatLogLine, parseLogLine, LOG_STAMP_WIDTH } from './logs/logLine.ts';

export {
  ACTION_FROM,
  actionRoute,
  canAct,
  CSRF_HEADER,
  CSRF_META_NAME,
  JOB_ACTIONS,
  MUTATION_RATE_LIMIT,
  type JobAction,
} from './actions/jobActions.ts';
export { ACTION_ERRORS } from './actions/actionErrors.ts';
export { readJobActions, type ActionsDocument, type JobActionsAccess } from './page/readJobActions.ts';
export { isCrossSite, type SiteHeaders } from './http/crossSite.ts';
export { sendJobAction, type ActionResult, type JobActionRequest } from './client/sendJobAction.ts';
