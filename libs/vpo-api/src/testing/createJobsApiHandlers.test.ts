import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJobsClient } from '../client/createJobsClient.ts';
import { createJobsApiHandlers } from './createJobsApiHandlers.ts';
import { createFakeJobStore } from './fakeJobStore.ts';
import { buildJob } from '../fixtures/buildJob.ts';
import { buildJobs } from '../fixtures/buildJobs.ts';
import { buildLogLines } from '../fixtures/buildLogLines.ts';

const store = createFakeJobStore();
const server = setupServer(...createJobsApiHandlers(store, { baseUrl: 'http://fake.test' }));
const client = createJobsClient({ baseUrl: 'http://fake.test/api' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  store.setAvailability('ok');
});
afterAll(() => server.close());

describe('the fake through the client', () => {
  it('serves the list, a job and its log, and answers 304 to the client’s ETag', async () => {
    const jobs = buildJobs(30, 5);
    const id = jobs[0]!.id;
    store.seed({ jobs, logs: { [id]: buildLogLines(12, { jobId: id }) } });
    const list = await client.listJobs({ limit: 10 });
    expect(list).toMatchObject({ kind: 'ok', data: { total: 30, limit: 10 } });
    const detail = await client.getJob(id);
    expect(detail).toMatchObject({ kind: 'ok', data: { id, has_logs: true } });
    const logs = await client.getJobLogs(id, { offset: 10 });
    expect(logs).toMatchObject({ kind: 'ok', data: { total_lines: 12, has_more: false } });
    if (detail.kind !== 'ok') return;
    expect(await client.getJob(id, { etag: detail.etag })).toEqual({ kind: 'not-modified' });
    store.updateJob(id, { progress_percent: 99 });
    expect(await client.getJob(id, { etag: detail.etag })).toMatchObject({
      kind: 'ok',
      data: { progress_percent: 99 },
    });
  });

  it('a deleted job is gone', async () => {
    const job = buildJob();
    store.seed({ jobs: [job] });
    store.deleteJob(job.id);
    expect(await client.getJob(job.id)).toEqual({ kind: 'gone' });
  });

  it('answers 503 SHUTTING_DOWN everywhere while stopping, health included', async () => {
    store.seed({ jobs: [buildJob()] });
    store.setAvailability('shutting-down');
    expect(await client.listJobs()).toMatchObject({
      kind: 'failure',
      error: { kind: 'http', status: 503, message: expect.stringContaining('SHUTTING_DOWN') },
    });
    const health = await fetch('http://fake.test/health');
    expect([health.status, (await health.json()).status]).toEqual([503, 'unhealthy']);
  });

  it('without a database: 503 DATABASE_UNAVAILABLE, but logs are still served (they are files)', async () => {
    const job = buildJob();
    store.seed({ jobs: [job], logs: { [job.id]: buildLogLines(3) } });
    store.setAvailability('database-unavailable');
    expect(await client.getJob(job.id)).toMatchObject({
      error: { status: 503, message: expect.stringContaining('DATABASE_UNAVAILABLE') },
    });
    expect(await client.getJobLogs(job.id)).toMatchObject({ kind: 'ok', data: { total_lines: 3 } });
    const health = await fetch('http://fake.test/health');
    expect([health.status, (await health.json()).database]).toEqual([503, 'disconnected']);
  });

  it('health counts recent failures', async () => {
    const now = Date.now();
    const recent = new Date(now - 3600_000).toISOString().replace('Z', '+00:00');
    const old = new Date(now - 48 * 3600_000).toISOString().replace('Z', '+00:00');
    store.seed({
      jobs: [
        buildJob({ status: 'failed', completed_at: recent }),
        buildJob({ status: 'failed', completed_at: old }),
      ],
    });
    expect(await client.getHealth()).toMatchObject({
      kind: 'ok',
      data: { status: 'healthy', recent_errors: 1 },
    });
  });
});

describe('createFakeJobStore', () => {
  it('copies rows in and out, and counts writes', () => {
    const local = createFakeJobStore();
    const job = buildJob();
    local.seed({ jobs: [job] });
    job.status = 'failed';
    const read = local.getJob(job.id)!;
    read.status = 'cancelled';
    expect(local.getJob(job.id)!.status).toBe('queued');
    const before = local.version();
    local.appendLog(job.id, ['x']);
    expect(local.version()).toBe(before + 1);
    expect(() => local.updateJob('nope', {})).toThrow(/No job nope/);
    expect(local.deleteJob(job.id)).toBe(true);
    expect(local.getLogs(job.id)).toBeUndefined();
  });
});
