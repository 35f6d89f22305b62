import {
  ACTION_FROM,
  CSRF_HEADER,
  ERROR_CODES,
  JOB_LIST_LIMITS,
  JOB_LOG_LIMITS,
  JOB_STATUSES,
  JOB_TYPES,
  MUTATION_RATE_LIMIT,
  SINCE_VALUES,
  SORT_FIELDS,
  SORT_ORDERS,
} from '@vpo-live/vpo-api';
import { ROUTES } from '../routes/routeTable.ts';

/** One operation of the document, keyed by `METHOD path` as the route table spells it (`:job_id`). */
type Operation = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: unknown) => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(description, ref('Error'));
const jobId = { name: 'job_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const etagHeaders = {
  parameters: [{ name: 'If-None-Match', in: 'header', schema: { type: 'string' } }],
};
const COMMON = {
  '400': error('INVALID_ID_FORMAT, INVALID_PARAMETER or UNKNOWN_PARAMETERS'),
  '401': { description: 'Basic auth required (when a token is set): `WWW-Authenticate: Basic realm="VPO"`' },
  '429': error('RATE_LIMITED, with Retry-After in seconds'),
  '503': error('SHUTTING_DOWN, DATABASE_UNAVAILABLE or QUERY_TIMEOUT'),
};
const action = (what: string, from: readonly string[], ok: Record<string, unknown>): Operation => ({
  summary: `[ext] ${what}`,
  description:
    `Allowed from: ${from.join(', ')}. One transaction. Needs the page's CSRF token in ${CSRF_HEADER} ` +
    `(VPO's convention; a per-browser cookie ties it to the session) and a same-origin request; counted ` +
    `against ${MUTATION_RATE_LIMIT.maxRequests} mutations per ${MUTATION_RATE_LIMIT.windowMs / 1000} s.`,
  parameters: [jobId, { name: CSRF_HEADER, in: 'header', required: true, schema: { type: 'string' } }],
  responses: {
    ...ok,
    ...COMMON,
    '403': error('CSRF_ERROR: no token, a token of another session, or a cross-site request'),
    '404': error('NOT_FOUND'),
    '409': error("RESOURCE_CONFLICT: the job's status forbids it (details.status)"),
  },
});

/** What each route of the table does, by `METHOD path` under `/api` (the `/api/v1` mirror is the same). */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  'GET /api/jobs': {
    summary: 'List jobs',
    parameters: [
      { name: 'status', in: 'query', schema: { type: 'string', enum: JOB_STATUSES } },
      { name: 'type', in: 'query', schema: { type: 'string', enum: JOB_TYPES } },
      { name: 'since', in: 'query', schema: { type: 'string', enum: SINCE_VALUES } },
      {
        name: 'search',
        in: 'query',
        description: 'Case-insensitive substring of file_path',
        schema: { type: 'string', maxLength: JOB_LIST_LIMITS.maxSearchLength },
      },
      {
        name: 'sort',
        in: 'query',
        description: 'Another value is ignored (VPO’s rule): the list is sorted by created_at',
        schema: { type: 'string', enum: SORT_FIELDS, default: 'created_at' },
      },
      {
        name: 'order',
        in: 'query',
        description: 'Any case; another value is ignored (VPO’s rule): desc',
        schema: { type: 'string', enum: SORT_ORDERS, default: 'desc' },
      },
      {
        name: 'limit',
        in: 'query',
        schema: {
          type: 'integer',
          minimum: JOB_LIST_LIMITS.minLimit,
          maximum: JOB_LIST_LIMITS.maxLimit,
          default: JOB_LIST_LIMITS.defaultLimit,
        },
      },
      { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      ...etagHeaders.parameters,
    ],
    responses: {
      '200': json('A page of jobs ([ext] with an ETag)', ref('JobList')),
      '304': { description: '[ext] Not modified' },
      ...COMMON,
    },
  },
  'GET /api/jobs/:job_id': {
    summary: 'Job detail',
    parameters: [jobId, ...etagHeaders.parameters],
    responses: {
      '200': json('The job', ref('JobDetail')),
      '304': { description: '[ext] Not modified' },
      '404': error('NOT_FOUND'),
      ...COMMON,
    },
  },
  'GET /api/jobs/:job_id/logs': {
    summary: "A page of the job's log",
    parameters: [
      jobId,
      {
        name: 'lines',
        in: 'query',
        schema: {
          type: 'integer',
          minimum: JOB_LOG_LIMITS.minLines,
          maximum: JOB_LOG_LIMITS.maxLines,
          default: JOB_LOG_LIMITS.defaultLines,
        },
      },
      { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      ...etagHeaders.parameters,
    ],
    responses: {
      '200': json('Log lines', ref('JobLogs')),
      '304': { description: '[ext] Not modified' },
      ...COMMON,
    },
  },
  'GET /api/jobs/:job_id/errors': {
    summary: "A scan job's failed files",
    parameters: [jobId],
    responses: { '200': json('Scan errors', ref('ScanErrors')), ...COMMON },
  },
  'POST /api/jobs/:job_id/cancel': action('Cancel a job', ACTION_FROM.cancel, {
    '200': json('The job, now cancelled', ref('JobDetail')),
  }),
  'POST /api/jobs/:job_id/retry': action('Put a job back in the queue', ACTION_FROM.retry, {
    '200': json('The job, queued again', ref('JobDetail')),
  }),
  'DELETE /api/jobs/:job_id': action('Delete a job and its log', ACTION_FROM.delete, {
    '204': { description: 'Deleted' },
  }),
  'GET /api/health': {
    summary: 'Health (also at /health); open without credentials, never rate limited',
    responses: { '200': { description: 'Healthy' }, '503': { description: 'Degraded or shutting down' } },
  },
};

const openApiPath = (path: string): string => path.replace(/:([a-z_]+)/g, '{$1}');

/**
 * The server's OpenAPI 3.0 document: every route of the route table under `/api` (the `/api/v1` mirror and
 * `/health` answer the same), with parameters and limits from the contract's own constants, so it cannot
 * drift from what the server checks. Served at `/api/openapi.json`.
 */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of ROUTES) {
    if (!route.path.startsWith('/api/') || route.path.startsWith('/api/v1/')) continue;
    const operation = OPERATIONS[`${route.method} ${route.path}`];
    if (!operation) continue;
    (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'VPO jobs API (vpo-live)',
      description:
        "VPO's /api/jobs contract; [ext] marks additions (ETags and 304s, file counts, job actions). Every path " +
        'is also served under /api/v1.',
      version: '1.0.0',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'code'],
          properties: { error: { type: 'string' }, code: { type: 'string', enum: ERROR_CODES }, details: {} },
        },
        JobList: {
          type: 'object',
          properties: {
            jobs: { type: 'array', items: ref('JobListItem') },
            total: { type: 'integer' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            has_filters: { type: 'boolean' },
            max_page_size: { type: 'integer' },
          },
        },
        JobListItem: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            job_type: { type: 'string' },
            status: { type: 'string' },
            file_path: { type: 'string', nullable: true },
            progress_percent: { type: 'number' },
            created_at: { type: 'string', format: 'date-time' },
            completed_at: { type: 'string', format: 'date-time', nullable: true },
            duration_seconds: { type: 'integer', nullable: true },
            processed_count: { type: 'integer', nullable: true, description: '[ext]' },
            total_count: { type: 'integer', nullable: true, description: '[ext]' },
            started_at: { type: 'string', format: 'date-time', nullable: true, description: '[ext]' },
          },
        },
        JobDetail: {
          allOf: [
            ref('JobListItem'),
            {
              type: 'object',
              properties: {
                id_short: { type: 'string' },
                priority: { type: 'integer' },
                policy_name: { type: 'string', nullable: true },
                started_at: { type: 'string', format: 'date-time', nullable: true },
                error_message: { type: 'string', nullable: true },
                output_path: { type: 'string', nullable: true },
                summary: { type: 'string', nullable: true },
                summary_raw: { type: 'object', nullable: true },
                has_logs: { type: 'boolean' },
              },
            },
          ],
        },
        JobLogs: {
          type: 'object',
          properties: {
            job_id: { type: 'string' },
            lines: { type: 'array', items: { type: 'string' } },
            total_lines: { type: 'integer' },
            offset: { type: 'integer' },
            has_more: { type: 'boolean' },
          },
        },
        ScanErrors: {
          type: 'object',
          properties: {
            job_id: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  path: { type: 'string' },
                  filename: { type: 'string' },
                  error: { type: 'string' },
                },
              },
            },
            total_errors: { type: 'integer' },
          },
        },
      },
    },
  };
}
