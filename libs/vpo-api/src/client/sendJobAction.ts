import * as v from 'valibot';
import { actionRoute, CSRF_HEADER, type JobAction } from '../actions/jobActions.ts';
import { ApiErrorBodySchema, JobDetailSchema, type JobDetail } from '../schemas.ts';
import { parseRetryAfter } from './retryAfter.ts';

/** What an action did: done (with the job as it is now; none after a delete), or why not, in words. */
export type ActionResult =
  | { readonly ok: true; readonly job: JobDetail | null }
  | {
      readonly ok: false;
      /** The HTTP status, or null when the server did not answer. */
      readonly status: number | null;
      /** VPO's error code (`RESOURCE_CONFLICT`, `CSRF_ERROR`, …) when the body had one. */
      readonly code: string | null;
      /** The server's own message when it gave one, else what happened. */
      readonly message: string;
    };

export interface JobActionRequest {
  readonly action: JobAction;
  readonly id: string;
  /** The page's CSRF token (`readJobActions`), sent in VPO's `X-CSRF-Token` header. */
  readonly csrfToken: string;
  /** e.g. `/api` (default). */
  readonly apiBase?: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

const refused = (status: number | null, code: string | null, message: string): ActionResult => ({
  ok: false,
  status,
  code,
  message,
});

/**
 * Sends one job action (`POST /api/jobs/{id}/cancel|retry`, `DELETE /api/jobs/{id}`) with the page's CSRF
 * token and its cookies, and turns the answer into an {@link ActionResult}; it never throws but for the
 * caller's abort. Actions are not retried: the operator sees the result and decides.
 *
 * @example const result = await sendJobAction({ action: 'cancel', id, csrfToken });
 */
export async function sendJobAction(request: JobActionRequest): Promise<ActionResult> {
  const { method, path } = actionRoute(request.action, encodeURIComponent(request.id), '');
  const base = (request.apiBase ?? '/api').replace(/\/+$/, '');
  const doFetch = request.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(`${base}${path}`, {
      method,
      headers: { [CSRF_HEADER]: request.csrfToken, Accept: 'application/json' },
      credentials: 'same-origin',
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    return refused(null, null, 'The server did not answer. Nothing was changed that we know of; try again.');
  }
  if (response.status === 204) return { ok: true, job: null };
  const text = await response.text().catch(() => '');
  const json = parseJson(text);
  if (response.ok) {
    const job = v.safeParse(JobDetailSchema, json);
    // Done either way; a body we cannot read only means the next poll shows the job.
    return { ok: true, job: job.success ? job.output : null };
  }
  const body = v.safeParse(ApiErrorBodySchema, json);
  const code = body.success ? body.output.code : null;
  if (response.status === 429) {
    const seconds = Math.max(
      1,
      Math.ceil(parseRetryAfter(response.headers.get('Retry-After'), Date.now()) / 1000),
    );
    return refused(429, code, `Too many actions just now. Try again in ${seconds} s.`);
  }
  if (response.status === 401) return refused(401, code, 'The server wants a login first.');
  return refused(
    response.status,
    code,
    body.success ? body.output.error : `The server answered ${response.status}.`,
  );
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
