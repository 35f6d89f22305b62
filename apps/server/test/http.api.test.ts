import { buildJob, fixtureId, resetFixtureIds } from '@vpo-live/vpo-api/testing';
import { JOB_DETAIL_FIELDS, JOB_LIST_ITEM_FIELDS, formatTimestamp } from '@vpo-live/vpo-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendLogLines,
  cleanupTempDirs,
  createTestApp,
  writeJobs,
  writeScanErrors,
  type TestApp,
} from './httpFixtures.ts';

let t: TestApp;
beforeEach(() => {
  resetFixtureIds();
  t = createTestApp();
});
afterEach(async () => {
  await t.close();
  cleanupTempDirs();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('GET /api/jobs', () => {
  it("serializes rows with the contract's fields, in order, under /api and /api/v1 alike", async () => {
    writeJobs(t.foreign, [
      buildJob({ status: 'completed', completed_at: formatTimestamp(Date.UTC(2026, 1, 1, 12, 10)) }),
      buildJob({ status: 'running', progress_percent: 42.5, processed_count: 3, total_count: 7 }),
    ]);
    const res = await get('/api/jobs');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['jobs', 'total', 'limit', 'offset', 'has_filters', 'max_page_size']);
    expect(body).toMatchObject({ total: 2, limit: 50, offset: 0, has_filters: false, max_page_size: 100 });
    expect(Object.keys(body.jobs[0])).toEqual([...JOB_LIST_ITEM_FIELDS]);
    expect(body.jobs[0]).toMatchObject({
      id: fixtureId(2),
      progress_percent: 42.5,
      processed_count: 3,
      total_count: 7,
    });
    expect(body.jobs[1].duration_seconds).toBeTypeOf('number');
    expect((await get('/api/v1/jobs')).body).toBe(res.body);
  });

  it.each([
    ['status=paused', "Invalid status value: 'paused'"],
    ['type=delete', "Invalid type value: 'delete'"],
    ['since=1y', "Invalid since value: '1y'"],
    ['since=24h&bogus=1&zeta=2', "Unknown query parameters: ['bogus', 'zeta']"],
  ])('rejects %s with VPO’s message', async (query, message) => {
    const res = await get(`/api/jobs?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: message,
      code: message.startsWith('Unknown') ? 'UNKNOWN_PARAMETERS' : 'INVALID_PARAMETER',
    });
  });

  it('filters, reports has_filters, and clamps limit', async () => {
    writeJobs(t.foreign, [
      buildJob({ status: 'failed', job_type: 'move', file_path: '/media/Alpha.mkv' }),
      buildJob({ status: 'queued', file_path: '/media/beta.mkv' }),
    ]);
    const failed = (await get('/api/jobs?status=failed&limit=500')).json();
    expect(failed).toMatchObject({ total: 1, limit: 100, has_filters: true });
    expect((await get('/api/jobs?type=move')).json().jobs[0].id).toBe(fixtureId(1));
    expect((await get('/api/jobs?search=%20ALPHA%20')).json().total).toBe(1);
    expect((await get('/api/jobs?status=&type=&search=%20%20')).json()).toMatchObject({
      total: 2,
      has_filters: false,
    });
  });

  it('applies since relative to the injected clock', async () => {
    const now = t.clock.now();
    writeJobs(t.foreign, [
      buildJob({ created_at: formatTimestamp(now - 2 * 3600_000) }),
      buildJob({ created_at: formatTimestamp(now - 3 * 86_400_000) }),
      buildJob({ created_at: formatTimestamp(now - 20 * 86_400_000) }),
    ]);
    const totals = await Promise.all(
      ['24h', '7d', '30d'].map(async (since) => (await get(`/api/jobs?since=${since}`)).json().total),
    );
    expect(totals).toEqual([1, 2, 3]);
  });
});

describe('GET /api/jobs/{id}', () => {
  it('returns the detail fields in order, with the parsed summary and its text', async () => {
    writeJobs(t.foreign, [
      buildJob({
        status: 'completed',
        summary_raw: { total_discovered: 10, scanned: 10, skipped: 2, added: 3, removed: 1, errors: 1 },
      }),
    ]);
    const res = await get(`/api/jobs/${fixtureId(1)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual([...JOB_DETAIL_FIELDS]);
    expect(body).toMatchObject({
      id_short: fixtureId(1).slice(0, 8),
      summary: 'Scanned 10 files, 3 new, 1 removed, 2 unchanged, 1 error',
      has_scan_errors: true,
      has_logs: false,
    });
  });

  it('shows unreadable summary_json as no summary instead of failing', async () => {
    writeJobs(t.foreign, [buildJob()]);
    t.foreign.prepare("UPDATE jobs SET summary_json = '{not json'").run();
    expect((await get(`/api/jobs/${fixtureId(1)}`)).json()).toMatchObject({
      summary: null,
      summary_raw: null,
    });
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect((await get('/api/jobs/not-a-uuid')).json()).toEqual({
      error: 'Invalid job ID format',
      code: 'INVALID_ID_FORMAT',
    });
    const missing = await get(`/api/v1/jobs/${fixtureId(99)}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'Job not found', code: 'NOT_FOUND' });
  });

  it('reports has_logs once the log file exists', async () => {
    writeJobs(t.foreign, [buildJob()]);
    expect((await get(`/api/jobs/${fixtureId(1)}`)).json().has_logs).toBe(false);
    appendLogLines(t.config, fixtureId(1), ['[2026-02-01T10:00:01.000000Z] JOB START']);
    expect((await get(`/api/jobs/${fixtureId(1)}`)).json().has_logs).toBe(true);
  });
});

describe('GET /api/jobs/{id}/logs', () => {
  const id = fixtureId(5);
  const line = (n: number) => `[2026-02-01T10:00:01.000000Z] line ${n}`;

  it('pages with lines/offset (clamped, Python-int parsed)', async () => {
    appendLogLines(
      t.config,
      id,
      Array.from({ length: 1200 }, (_, n) => line(n)),
    );
    const first = (await get(`/api/jobs/${id}/logs`)).json();
    expect(first).toMatchObject({ job_id: id, total_lines: 1200, offset: 0, has_more: true });
    expect(first.lines).toHaveLength(500);
    expect((await get(`/api/jobs/${id}/logs?lines=5000`)).json().lines).toHaveLength(1000);
    const tail = (await get(`/api/jobs/${id}/logs?lines=%205%20&offset=1198`)).json();
    expect(tail).toMatchObject({ lines: [line(1198), line(1199)], offset: 1198, has_more: false });
    expect((await get(`/api/jobs/${id}/logs?offset=-4&lines=x`)).json()).toMatchObject({ offset: 0 });
  });

  it('gives an empty log for an unknown well-formed id and 400 for a bad one', async () => {
    expect((await get(`/api/jobs/${fixtureId(77)}/logs`)).json()).toEqual({
      job_id: fixtureId(77),
      lines: [],
      total_lines: 0,
      offset: 0,
      has_more: false,
    });
    expect((await get('/api/jobs/..%2F..%2Fetc%2Fpasswd/logs')).statusCode).toBe(400);
  });
});

describe('GET /api/jobs/{id}/errors', () => {
  it("lists a scan job's failed files by filename; other jobs have none", async () => {
    writeJobs(t.foreign, [buildJob({ job_type: 'scan' }), buildJob({ job_type: 'move' })]);
    writeScanErrors(t.foreign, fixtureId(1), [
      { path: '/m/b.mkv', filename: 'b.mkv', error: 'moov atom not found' },
      { path: '/m/a.mkv', filename: 'a.mkv', error: 'Invalid data' },
    ]);
    expect((await get(`/api/jobs/${fixtureId(1)}/errors`)).json()).toEqual({
      job_id: fixtureId(1),
      errors: [
        { path: '/m/a.mkv', filename: 'a.mkv', error: 'Invalid data' },
        { path: '/m/b.mkv', filename: 'b.mkv', error: 'moov atom not found' },
      ],
      total_errors: 2,
    });
    expect((await get(`/api/v1/jobs/${fixtureId(2)}/errors`)).json()).toMatchObject({
      errors: [],
      total_errors: 0,
    });
    expect((await get('/api/jobs/x/errors')).statusCode).toBe(400);
  });
});

describe('GET /health', () => {
  it('is healthy with queue figures on every health path', async () => {
    writeJobs(t.foreign, [buildJob({ status: 'queued' }), buildJob({ status: 'running' })]);
    for (const path of ['/health', '/api/health', '/api/v1/health']) {
      const res = await get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'healthy',
        database: 'connected',
        jobs_queued: 1,
        jobs_running: 1,
      });
    }
  });

  it('turns degraded (503) when the database cannot be read; the API says DATABASE_UNAVAILABLE', async () => {
    t.db.close();
    const health = await get('/health');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'degraded', database: 'disconnected' });
    const api = await get('/api/jobs');
    expect(api.statusCode).toBe(503);
    expect(api.json()).toEqual({ error: 'Database not available', code: 'DATABASE_UNAVAILABLE' });
  });
});

describe('unknown routes', () => {
  it('serves its OpenAPI document at /api/openapi.json', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(res.json().paths)).toContain('/api/jobs/{job_id}/cancel');
  });

  it('answer a JSON 404 under /api, never a stack trace', async () => {
    for (const url of ['/api/nope', '/api/jobs/', '/api/jobs//logs', '/api/v2/jobs']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toEqual({ error: 'Not found', code: 'NOT_FOUND' });
    }
    // A mutating request meets VPO's CSRF check before any route (or body parser) runs.
    const post = await t.app.inject({ method: 'POST', url: '/api/jobs', payload: { x: 1 } });
    expect(post.statusCode).toBe(403);
    expect(post.json().code).toBe('CSRF_ERROR');
  });
});
