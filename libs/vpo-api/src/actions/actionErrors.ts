import { apiError } from '../request/apiErrors.ts';
import { ACTION_FROM, CSRF_HEADER, type JobAction } from './jobActions.ts';

const listed = (statuses: readonly string[]): string =>
  statuses.length < 2 ? statuses.join('') : `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}`;

/** The refusals of the job actions, in VPO's `{"error","code"}` shape with VPO's codes. */
export const ACTION_ERRORS = {
  /** No token in the request's header (VPO's csrf middleware, with its code). */
  csrfMissing: () => apiError(403, `CSRF token required in ${CSRF_HEADER} header`, 'CSRF_ERROR'),
  /** A token that does not belong to this browser's session (foreign, forged or stale). */
  csrfInvalid: () => apiError(403, 'Invalid CSRF token', 'CSRF_ERROR'),
  /** A request another site's page started: refused whatever it carries. */
  crossSite: () => apiError(403, 'Cross-site request refused', 'CSRF_ERROR'),
  /**
   * The job's status does not allow the action: VPO's `RESOURCE_CONFLICT`, with the status in `details`.
   *
   * @example wrongState('cancel', 'completed').body.error // 'Can only cancel queued or running jobs. Job is completed.'
   */
  wrongState: (action: JobAction, status: string) =>
    apiError(
      409,
      `Can only ${action} ${listed(ACTION_FROM[action])} jobs. Job is ${status}.`,
      'RESOURCE_CONFLICT',
      { status },
    ),
} as const;
