import { apiError, API_ERRORS as CONTRACT_ERRORS, type ApiErrorResponse } from '@vpo-live/vpo-api';
import type { FastifyReply } from 'fastify';
import { JSON_TYPE, type RouteResponse } from './routeResponse.ts';
import { sendResponse } from './sendResponse.ts';

/** An error response plus the headers that go with it (Retry-After, WWW-Authenticate). */
export interface ServerError extends ApiErrorResponse {
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Every error the server sends, built by the contract's one builder (`apiError`, VPO's `api_error`) so
 * texts and codes match VPO and the msw fake exactly.
 */
export const SERVER_ERRORS = {
  ...CONTRACT_ERRORS,
  rateLimited: (retryAfterSeconds: number): ServerError => ({
    ...CONTRACT_ERRORS.rateLimited(),
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  badRequest: (message: string): ServerError => apiError(400, message, 'INVALID_PARAMETER'),
  internal: (): ServerError => apiError(500, 'Internal server error', 'INTERNAL_ERROR'),
  // Requests Node's HTTP parser refuses before any route or hook sees them (see answerClientError.ts).
  malformedRequest: (): ServerError => apiError(400, 'Malformed request', 'MALFORMED_REQUEST'),
  headersTooLarge: (): ServerError =>
    apiError(431, 'Request header fields too large', 'REQUEST_HEADERS_TOO_LARGE'),
  requestTimeout: (): ServerError => apiError(408, 'Request timed out', 'REQUEST_TIMEOUT'),
} as const;

/** A {@link ServerError} as a response value: VPO's `{"error","code"}` JSON with the error's headers. */
export function errorResponse(error: ServerError): RouteResponse {
  return {
    status: error.status,
    headers: { ...error.headers, 'content-type': JSON_TYPE },
    body: error.body,
  };
}

/** Sends a {@link ServerError} from a hook or an error handler (handlers return {@link errorResponse}). */
export function sendApiError(reply: FastifyReply, error: ServerError): FastifyReply {
  return sendResponse(reply, errorResponse(error));
}
