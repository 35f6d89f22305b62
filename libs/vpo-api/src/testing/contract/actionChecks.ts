import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import {
  ACTION_FROM,
  actionRoute,
  CSRF_HEADER,
  JOB_ACTIONS,
  type JobAction,
} from '../../actions/jobActions.ts';
import { JOB_STATUSES, type JobStatus } from '../../enums.ts';
import { A, ACTION_JOBS, ACTION_LOGS } from './actionData.ts';
import { contractId } from './contractContext.ts';
import { createContractGet, createContractSend, type ContractResponse } from './contractHttp.ts';
import type { ContractTarget, CreateContractTarget } from './contractTypes.ts';

type Check = (name: string, fn: () => Promise<void>) => void;

/**
 * [ext] The job actions: `POST /api/jobs/{id}/cancel|retry` and `DELETE /api/jobs/{id}` under both prefixes,
 * with the CLI's status rules, VPO's error shape and codes, and VPO's CSRF convention — a refused request
 * never changes a job. Runs against a target created with `{ actions: true }`, reseeded before each check.
 */
export function actionChecks(
  createTarget: CreateContractTarget,
  check: Check,
  fetchImpl: () => typeof globalThis.fetch,
): void {
  describe('job actions [ext]', () => {
    let target: ContractTarget | undefined;
    let session: Record<string, string> = {};
    beforeAll(async () => {
      target = await createTarget({ actions: true });
    });
    afterAll(async () => {
      await target?.close();
    });
    beforeEach(async () => {
      await current().seed({ jobs: ACTION_JOBS, logs: ACTION_LOGS });
      session = (await current().actionHeaders?.()) ?? {};
    });
    const current = (): ContractTarget => {
      if (!target) throw new Error('the target did not start');
      return target;
    };
    const base = () => current().baseUrl.replace(/\/+$/, '');
    const get = createContractGet(base, fetchImpl);
    const send = createContractSend(base, fetchImpl);
    const act = (
      action: JobAction,
      id: string,
      headers: Record<string, string> = session,
      prefix?: string,
    ) => {
      const { method, path } = actionRoute(action, id, prefix);
      return send(method, path, headers);
    };
    const statusOf = async (id: string): Promise<string | null> => {
      const res = await get(`/api/jobs/${id}`);
      return res.status === 404 ? null : (res.body as { status: string }).status;
    };
    const expectUnchanged = async () => {
      for (const job of ACTION_JOBS) expect(await statusOf(job.id), job.id).toBe(job.status);
    };
    const expectError = (res: ContractResponse, status: number, code: string, what: string) => {
      expect(res.status, what).toBe(status);
      expect(res.body?.code, what).toBe(code);
      expect(typeof res.body?.error, what).toBe('string');
    };

    check('the session headers carry a CSRF token', async () => {
      const names = Object.keys(session).map((name) => name.toLowerCase());
      expect(names).toContain(CSRF_HEADER.toLowerCase());
    });

    check('cancel a queued or a running job → 200 with its detail, now cancelled', async () => {
      for (const status of ['queued', 'running'] as const) {
        const res = await act('cancel', A(status));
        expect(res.status, status).toBe(200);
        expect(res.body.id).toBe(A(status));
        expect(res.body.status).toBe('cancelled');
        expect(res.body.completed_at, status).toEqual(expect.any(String));
        expect(await statusOf(A(status))).toBe('cancelled');
      }
    });

    check('retry a failed or a cancelled job → 200, queued again with its run cleared', async () => {
      for (const status of ['failed', 'cancelled'] as const) {
        const res = await act('retry', A(status));
        expect(res.status, status).toBe(200);
        expect(res.body).toMatchObject({
          status: 'queued',
          started_at: null,
          completed_at: null,
          error_message: null,
          progress_percent: 0,
        });
      }
    });

    check('delete a finished or queued job → 204, then it and its log are gone', async () => {
      for (const status of ACTION_FROM.delete) {
        const res = await act('delete', A(status));
        expect(res.status, status).toBe(204);
        expect(res.text, status).toBe('');
        expect(await statusOf(A(status)), status).toBeNull();
        const logs = await get(`/api/jobs/${A(status)}/logs`);
        expect(logs.body?.total_lines, status).toBe(0);
      }
      expect(await statusOf(A('running'))).toBe('running');
    });

    check(
      'every action from a status it does not apply to → 409 RESOURCE_CONFLICT naming the status',
      async () => {
        for (const action of JOB_ACTIONS) {
          for (const status of JOB_STATUSES.filter((s) => !ACTION_FROM[action].includes(s))) {
            const res = await act(action, A(status as JobStatus));
            expectError(res, 409, 'RESOURCE_CONFLICT', `${action} ${status}`);
            expect(res.body.details, `${action} ${status}`).toEqual({ status });
            expect(res.body.error, `${action} ${status}`).toMatch(
              new RegExp(`^Can only ${action} .* Job is ${status}\\.$`),
            );
          }
        }
        await expectUnchanged();
      },
    );

    check('under /api/v1 too', async () => {
      expect((await act('cancel', A('queued'), session, '/api/v1')).body.status).toBe('cancelled');
      expect((await act('retry', A('failed'), session, '/api/v1')).body.status).toBe('queued');
      expect((await act('delete', A('completed'), session, '/api/v1')).status).toBe(204);
    });

    check('a bad id → 400 INVALID_ID_FORMAT; an unknown one → 404 NOT_FOUND', async () => {
      for (const action of JOB_ACTIONS) {
        expectError(await act(action, 'not-a-uuid'), 400, 'INVALID_ID_FORMAT', action);
        expectError(await act(action, contractId(0x9ff)), 404, 'NOT_FOUND', action);
      }
    });

    check('no token, or a token this session was not given → 403 CSRF_ERROR, nothing changed', async () => {
      const cookieOnly = Object.fromEntries(
        Object.entries(session).filter(([name]) => name.toLowerCase() !== CSRF_HEADER.toLowerCase()),
      );
      const forged = { ...cookieOnly, [CSRF_HEADER]: 'forged-token' };
      const bare = { [CSRF_HEADER]: session[CSRF_HEADER] ?? '' };
      for (const action of JOB_ACTIONS) {
        const id = A(ACTION_FROM[action][0]!);
        expectError(await act(action, id, cookieOnly), 403, 'CSRF_ERROR', `${action} without a token`);
        expectError(await act(action, id, forged), 403, 'CSRF_ERROR', `${action} with a forged token`);
        expectError(await act(action, id, {}), 403, 'CSRF_ERROR', `${action} with nothing`);
        const res = await act(action, id, bare);
        // The fake has one session and needs no cookie; a server tying tokens to a cookie refuses this.
        if (res.status !== 200 && res.status !== 204)
          expectError(res, 403, 'CSRF_ERROR', `${action} without the cookie`);
        else await current().seed({ jobs: ACTION_JOBS, logs: ACTION_LOGS });
      }
      await expectUnchanged();
    });

    check(
      "another site's page is refused even with a valid token → 403 CSRF_ERROR, nothing changed",
      async () => {
        const foreign: Record<string, string>[] = [
          { 'Sec-Fetch-Site': 'cross-site' },
          { 'Sec-Fetch-Site': 'same-site' },
          { Origin: 'http://evil.example' },
          { Origin: 'null' },
        ];
        for (const headers of foreign) {
          for (const action of JOB_ACTIONS) {
            const res = await act(action, A(ACTION_FROM[action][0]!), { ...session, ...headers });
            expectError(res, 403, 'CSRF_ERROR', `${action} ${JSON.stringify(headers)}`);
          }
        }
        await expectUnchanged();
        const sameOrigin = { ...session, 'Sec-Fetch-Site': 'same-origin', Origin: base() };
        expect((await act('cancel', A('queued'), sameOrigin)).status).toBe(200);
      },
    );

    check('wrong methods on the action paths → 4xx, never a change', async () => {
      const attempts: [string, string][] = [
        ['GET', `/api/jobs/${A('queued')}/cancel`],
        ['PUT', `/api/jobs/${A('queued')}/cancel`],
        ['POST', `/api/jobs/${A('completed')}`],
        ['PATCH', `/api/jobs/${A('completed')}`],
        ['DELETE', `/api/jobs/${A('failed')}/retry`],
        ['POST', `/api/jobs/${A('queued')}/pause`],
      ];
      for (const [method, path] of attempts) {
        const res = await send(method, path, session);
        expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${method} ${path}`).toBeLessThan(500);
      }
      await expectUnchanged();
    });
  });
}
