import { JOB_LOG_LIMITS } from '../limits.ts';
import { jobListSearchParams } from '../query/jobListSearchParams.ts';
import type { JobListQuery } from '../query/jobListQuery.ts';
import {
  HealthResponseSchema,
  JobDetailSchema,
  JobErrorsResponseSchema,
  JobLogsResponseSchema,
  type HealthResponse,
  type JobDetail,
  type JobErrorsResponse,
  type JobListResponse,
  type JobLogsResponse,
} from '../schemas.ts';
import type { ApiOutcome } from './apiOutcome.ts';
import { createJobListValidator } from './createJobListValidator.ts';
import { bySchema, requestJson, type CallOptions, type RequestConfig } from './requestJson.ts';
import { DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS } from './retryAfter.ts';
import { pageFetch } from '../transport/pageFetch.ts';

export interface JobsClientOptions {
  /** Where the API lives: `/api` (default), `/api/v1` or an absolute URL such as `http://host:8321/api`. */
  baseUrl?: string;
  /** `GET /health` lives at the server root; derived from `baseUrl` unless given. */
  healthUrl?: string;
  /**
   * Makes the GETs. Defaults to the page's fetch worker where there is one (`pageFetch`), else
   * `globalThis.fetch`, looked up at call time (so test interceptors apply).
   */
  fetch?: typeof globalThis.fetch;
  /** Per request, headers and body included. Default 10 s; 0 or Infinity for none. */
  timeoutMs?: number;
  /** Sent with every request, e.g. `{ Authorization: 'Basic …' }`. */
  headers?: Record<string, string>;
  /** Wait used when a 429 has no readable Retry-After. Default 60 s. */
  defaultRetryAfterMs?: number;
  /** Cap on any Retry-After. Default 1 h. */
  maxRetryAfterMs?: number;
  /** Clock for HTTP-date Retry-After values. */
  now?: () => number;
}

/** Which page of a job's log to ask for; missing values use VPO's defaults (offset 0, 500 lines). */
export interface LogPageRequest {
  offset?: number;
  lines?: number;
}

/** Typed access to VPO's jobs API. Every method resolves to an outcome; see `ApiOutcome`. */
export interface JobsClient {
  /** `GET /jobs` with only the parameters VPO accepts. A 404 here is a `failure` (wrong base URL). */
  listJobs(query?: JobListQuery, options?: CallOptions): Promise<ApiOutcome<JobListResponse>>;
  /** `GET /jobs/{id}`; 404 → `gone`. */
  getJob(id: string, options?: CallOptions): Promise<ApiOutcome<JobDetail>>;
  /** `GET /jobs/{id}/logs?offset&lines` (an unknown job yields an empty log, not 404). */
  getJobLogs(id: string, page?: LogPageRequest, options?: CallOptions): Promise<ApiOutcome<JobLogsResponse>>;
  /** `GET /jobs/{id}/errors`: a scan job's failed files. */
  getJobErrors(id: string, options?: CallOptions): Promise<ApiOutcome<JobErrorsResponse>>;
  /** `GET /health`; VPO answers 503 while degraded, which is a `failure` with status 503. */
  getHealth(options?: CallOptions): Promise<ApiOutcome<HealthResponse>>;
}

/** `/api` → `/health`, `http://h/api/v1/` → `http://h/health`, `/vpo/api` → `/vpo/health`. */
export function deriveHealthUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const root = trimmed.replace(/\/api(?:\/v1)?$/, '');
  return `${root}/health`;
}

const toInt = (value: number | undefined, min: number, max: number): number | undefined =>
  value === undefined || !Number.isFinite(value)
    ? undefined
    : Math.max(min, Math.min(max, Math.trunc(value)));

/**
 * Creates the client.
 *
 * Cancellation: when `options.signal` aborts, the returned promise rejects with a `DOMException` named
 * `AbortError` (its `name`) — it never resolves to a failure, so a caller can tell "I cancelled"
 * from "the server failed". Everything else (HTTP statuses, network errors, timeouts, bad bodies) resolves.
 *
 * @example
 * const client = createJobsClient({ baseUrl: '/api' });
 * const outcome = await client.getJob(id, { etag, signal });
 * if (outcome.kind === 'ok') render(outcome.data);
 */
export function createJobsClient(options: JobsClientOptions = {}): JobsClient {
  const baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const healthUrl = options.healthUrl ?? deriveHealthUrl(baseUrl);
  const config: RequestConfig = {
    fetch: options.fetch ?? pageFetch(),
    timeoutMs: options.timeoutMs ?? 10_000,
    headers: { ...options.headers },
    defaultRetryAfterMs: options.defaultRetryAfterMs ?? DEFAULT_RETRY_AFTER_MS,
    maxRetryAfterMs: options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
    now: options.now ?? Date.now,
  };
  const jobUrl = (id: string) => `${baseUrl}/jobs/${encodeURIComponent(id)}`;
  // Remembers the last list's rows: a poll re-checks only the rows that changed (same verdicts, less work).
  const validateList = createJobListValidator();
  const validateJob = bySchema(JobDetailSchema);
  const validateLogs = bySchema(JobLogsResponseSchema);
  const validateErrors = bySchema(JobErrorsResponseSchema);
  const validateHealth = bySchema(HealthResponseSchema);

  return {
    listJobs(query = {}, callOptions) {
      const search = jobListSearchParams(query).toString();
      return requestJson(`${baseUrl}/jobs${search ? `?${search}` : ''}`, validateList, config, callOptions);
    },
    getJob(id, callOptions) {
      return requestJson(jobUrl(id), validateJob, config, callOptions, 'gone');
    },
    getJobLogs(id, page = {}, callOptions) {
      const params = new URLSearchParams();
      const offset = toInt(page.offset, 0, Number.MAX_SAFE_INTEGER);
      const lines = toInt(page.lines, JOB_LOG_LIMITS.minLines, JOB_LOG_LIMITS.maxLines);
      if (offset !== undefined) params.set('offset', String(offset));
      if (lines !== undefined) params.set('lines', String(lines));
      const search = params.toString();
      return requestJson(
        `${jobUrl(id)}/logs${search ? `?${search}` : ''}`,
        validateLogs,
        config,
        callOptions,
      );
    },
    getJobErrors(id, callOptions) {
      return requestJson(`${jobUrl(id)}/errors`, validateErrors, config, callOptions);
    },
    getHealth(callOptions) {
      return requestJson(healthUrl, validateHealth, config, callOptions);
    },
  };
}
