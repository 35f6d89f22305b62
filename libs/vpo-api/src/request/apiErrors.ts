import type { ErrorCode } from '../enums.ts';
import type { ApiErrorBody } from '../schemas.ts';

/** One error response: a status and VPO's `{"error","code"}` body. */
export interface ApiErrorResponse {
  status: number;
  body: ApiErrorBody;
}

/** Builds VPO's error body (`api_error`): `{"error": message, "code": code}`, plus `details` when given. */
export function apiError(
  status: number,
  message: string,
  code: ErrorCode,
  details?: unknown,
): ApiErrorResponse {
  const body: ApiErrorBody = { error: message, code };
  if (details !== undefined) body.details = details;
  return { status, body };
}

/** The fixed error responses of the jobs routes, with VPO's exact texts. */
export const API_ERRORS = {
  invalidJobId: () => apiError(400, 'Invalid job ID format', 'INVALID_ID_FORMAT'),
  jobNotFound: () => apiError(404, 'Job not found', 'NOT_FOUND'),
  /** No route for this method and path (aiohttp's 404/405; ours in VPO's error shape). */
  routeNotFound: () => apiError(404, 'Not found', 'NOT_FOUND'),
  rateLimited: () => apiError(429, 'Rate limit exceeded. Please wait before retrying.', 'RATE_LIMITED'),
  shuttingDown: () => apiError(503, 'Service is shutting down', 'SHUTTING_DOWN'),
  databaseUnavailable: () => apiError(503, 'Database not available', 'DATABASE_UNAVAILABLE'),
  /** [ext] A read took longer than the server allows; it was stopped and nothing else waited for it. */
  queryTimeout: () => apiError(503, 'Query timed out', 'QUERY_TIMEOUT'),
} as const;

/** VPO's 401: plain text (not JSON) with a Basic challenge. */
export const UNAUTHORIZED_RESPONSE = {
  status: 401,
  text: 'Unauthorized',
  headers: { 'WWW-Authenticate': 'Basic realm="VPO"' },
} as const;
