import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createJobsClient } from '../client/createJobsClient.ts';
import { createJobsApiHandlers } from './createJobsApiHandlers.ts';
import { createFakeJobStore } from './fakeJobStore.ts';
import { faults } from './faults.ts';
import { buildJobs } from '../fixtures/buildJobs.ts';

const store = createFakeJobStore({ data: { jobs: buildJobs(5) } });
const server = setupServer(...createJobsApiHandlers(store, { baseUrl: 'http://faulty.test' }));
const client = createJobsClient({ baseUrl: 'http://faulty.test/api', timeoutMs: 1_000 });
const LIST = 'http://faulty.test/api/jobs';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('faults', () => {
  it('serverError → http failure; once means only the next request', async () => {
    server.use(faults.serverError(LIST, { once: true }));
    expect(await client.listJobs()).toMatchObject({ kind: 'failure', error: { kind: 'http', status: 500 } });
    expect((await client.listJobs()).kind).toBe('ok');
  });

  it('invalidJson → parse, wrongShape → shape', async () => {
    server.use(faults.invalidJson(LIST, { once: true }), faults.wrongShape(LIST, undefined, { once: true }));
    expect(await client.listJobs()).toMatchObject({ error: { kind: 'parse' } });
    expect(await client.listJobs()).toMatchObject({
      error: { kind: 'shape', message: expect.stringContaining('jobs') },
    });
  });

  it('rateLimited → rate-limited with the Retry-After; unauthorized → unauthorized', async () => {
    server.use(faults.rateLimited(LIST, '9', { once: true }), faults.unauthorized(LIST, { once: true }));
    expect(await client.listJobs()).toEqual({ kind: 'rate-limited', retryAfterMs: 9_000 });
    expect((await client.listJobs()).kind).toBe('unauthorized');
  });

  it('networkError → network failure; shuttingDown → 503', async () => {
    server.use(faults.networkError(LIST, { once: true }), faults.shuttingDown(LIST, { once: true }));
    expect(await client.listJobs()).toMatchObject({ error: { kind: 'network' } });
    expect(await client.listJobs()).toMatchObject({ error: { kind: 'http', status: 503 } });
  });

  it('a slow answer longer than the client’s timeout → timeout (fake timers drive both)', async () => {
    vi.useFakeTimers();
    server.use(faults.slow(LIST, 5_000));
    const pending = client.listJobs();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toMatchObject({ kind: 'failure', error: { kind: 'timeout' } });
  });

  it('a slow answer within the timeout falls through to the fake', async () => {
    vi.useFakeTimers();
    server.use(faults.slow(LIST, 500));
    const pending = client.listJobs();
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toMatchObject({ kind: 'ok', data: { total: 5 } });
  });
});
