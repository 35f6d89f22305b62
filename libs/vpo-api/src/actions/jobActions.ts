import type { JobStatus } from '../enums.ts';

/**
 * [ext] What an operator may do to a job from a page. VPO has these only in its CLI; a server that offers
 * them says so to its pages (`<body data-job-actions>`, read by `readJobActions`).
 */
export const JOB_ACTIONS = ['cancel', 'retry', 'delete'] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

/**
 * The statuses each action may start from. Cancel and retry are VPO's CLI rules (`cancel_job` takes queued
 * or running jobs, `requeue_job` failed or cancelled ones); a delete never pulls a job from under its runner.
 */
export const ACTION_FROM: Readonly<Record<JobAction, readonly JobStatus[]>> = {
  cancel: ['queued', 'running'],
  retry: ['failed', 'cancelled'],
  delete: ['queued', 'completed', 'failed', 'cancelled'],
};

/**
 * Whether `action` applies to a job in `status` (an unknown status from a newer server: no).
 *
 * @example canAct('retry', 'failed') // true
 */
export function canAct(action: JobAction, status: string): boolean {
  return (ACTION_FROM[action] as readonly string[]).includes(status);
}

/**
 * The method and path of an action on a job, under an API prefix — the one place the routes are spelled
 * (server route table, msw fake, client, contract checks). `id` may be a route pattern such as `:job_id`.
 *
 * @example actionRoute('cancel', id) // { method: 'POST', path: `/api/jobs/${id}/cancel` }
 */
export function actionRoute(
  action: JobAction,
  id: string,
  prefix = '/api',
): { method: 'POST' | 'DELETE'; path: string } {
  return action === 'delete'
    ? { method: 'DELETE', path: `${prefix}/jobs/${id}` }
    : { method: 'POST', path: `${prefix}/jobs/${id}/${action}` };
}

/** VPO's CSRF convention: the token in `<meta name="csrf-token">`, sent back in this header. */
export const CSRF_HEADER = 'X-CSRF-Token';
export const CSRF_META_NAME = 'csrf-token';

/** VPO's limit for mutating requests (POST, PUT, DELETE, PATCH) per client, counted apart from reads. */
export const MUTATION_RATE_LIMIT = { maxRequests: 30, windowMs: 60_000 } as const;
