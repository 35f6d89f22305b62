import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildJob } from '../fixtures/buildJob.ts';
import { createJobsApiHandlers } from '../testing/createJobsApiHandlers.ts';
import { createFakeJobStore } from '../testing/fakeJobStore.ts';
import { sendJobAction } from './sendJobAction.ts';

const BASE = 'http://vpo.test';
const TOKEN = 'page-token';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serve(...jobs: ReturnType<typeof buildJob>[]) {
  const store = createFakeJobStore({ data: { jobs } });
  server.use(...createJobsApiHandlers(store, { baseUrl: BASE, csrfToken: TOKEN }));
  return store;
}
const send = (action: 'cancel' | 'retry' | 'delete', id: string, csrfToken = TOKEN) =>
  sendJobAction({ action, id, csrfToken, apiBase: `${BASE}/api` });

describe('sendJobAction', () => {
  it('cancels and answers the job as it is now', async () => {
    const job = buildJob({ status: 'running' });
    const store = serve(job);
    const result = await send('cancel', job.id);
    expect(result).toMatchObject({ ok: true, job: { id: job.id, status: 'cancelled' } });
    expect(store.getJob(job.id)?.status).toBe('cancelled');
  });

  it('deletes with no job to answer', async () => {
    const job = buildJob({ status: 'completed' });
    const store = serve(job);
    expect(await send('delete', job.id)).toEqual({ ok: true, job: null });
    expect(store.getJob(job.id)).toBeUndefined();
  });

  it("gives the server's own words and code when refused", async () => {
    const job = buildJob({ status: 'completed' });
    serve(job);
    expect(await send('retry', job.id)).toEqual({
      ok: false,
      status: 409,
      code: 'RESOURCE_CONFLICT',
      message: 'Can only retry failed or cancelled jobs. Job is completed.',
    });
    expect(await send('cancel', job.id, 'stale')).toMatchObject({
      ok: false,
      status: 403,
      code: 'CSRF_ERROR',
    });
  });

  it('says when to try again after a 429, and when the server did not answer', async () => {
    server.use(
      http.post(`${BASE}/api/jobs/:id/cancel`, () =>
        HttpResponse.json(
          { error: 'Rate limit exceeded.', code: 'RATE_LIMITED' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      ),
      http.post(`${BASE}/api/jobs/:id/retry`, () => HttpResponse.error()),
      http.delete(
        `${BASE}/api/jobs/:id`,
        () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 }),
      ),
    );
    const id = buildJob().id;
    expect(await send('cancel', id)).toMatchObject({
      ok: false,
      status: 429,
      message: 'Too many actions just now. Try again in 7 s.',
    });
    expect(await send('retry', id)).toMatchObject({ ok: false, status: null, code: null });
    expect(await send('delete', id)).toEqual({
      ok: false,
      status: 502,
      code: null,
      message: 'The server answered 502.',
    });
  });

  it('keeps a hostile id inside its path segment', async () => {
    let seen = '';
    server.use(
      http.post(`${BASE}/api/jobs/:id/cancel`, ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json(
          { error: 'Invalid job ID format', code: 'INVALID_ID_FORMAT' },
          { status: 400 },
        );
      }),
    );
    const result = await send('cancel', '../../health?x=1#');
    expect(seen).toBe('/api/jobs/..%2F..%2Fhealth%3Fx%3D1%23/cancel');
    expect(result).toMatchObject({ ok: false, status: 400, code: 'INVALID_ID_FORMAT' });
  });

  it('rejects only when the caller aborts', async () => {
    const job = buildJob({ status: 'running' });
    serve(job);
    const controller = new AbortController();
    controller.abort();
    await expect(
      sendJobAction({
        action: 'cancel',
        id: job.id,
        csrfToken: TOKEN,
        apiBase: `${BASE}/api`,
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });
});
