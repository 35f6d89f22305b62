import { join } from 'node:path';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, fixtureId, resetFixtureIds } from '@vpo-live/vpo-api/testing';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseServerConfig } from '../src/config/serverConfig.ts';
import { JobReader } from '../src/db/jobReader.ts';
import { startServer, type RunningServer } from '../src/http/startServer.ts';
import {
  appendLogLines,
  cleanupTempDirs,
  createTestApp,
  tempDir,
  writeJobs,
  type TestApp,
} from './httpFixtures.ts';

afterEach(() => {
  vi.restoreAllMocks();
  cleanupTempDirs();
});

describe('ETag over real HTTP with writes from another connection', () => {
  let server: RunningServer;
  let foreign: Database.Database;
  let config: ReturnType<typeof parseServerConfig>;

  beforeEach(async () => {
    resetFixtureIds();
    const dir = tempDir();
    config = parseServerConfig({
      port: 0,
      dbPath: join(dir, 'db.sqlite'),
      rateLimitPerMinute: 0,
      logLevel: 'silent',
    });
    server = await startServer(config);
    foreign = new Database(config.dbPath);
    foreign.pragma('busy_timeout = 5000');
    writeJobs(foreign, [buildJob({ status: 'running' }), buildJob()]);
  });
  afterEach(async () => {
    foreign.close();
    await server.close();
  });

  const fetchWith = (path: string, etag?: string) =>
    fetch(`${server.url}${path}`, etag === undefined ? {} : { headers: { 'if-none-match': etag } });

  it.each(['/api/jobs?status=running', `/api/jobs/${fixtureId(1)}`, `/api/v1/jobs/${fixtureId(1)}`])(
    '%s: unchanged → 304; a foreign write → 200 with a new ETag',
    async (path) => {
      const first = await fetchWith(path);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[a-z]+-[\w-]+"$/);

      const again = await fetchWith(path, etag);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');

      foreign.prepare('UPDATE jobs SET progress_percent = 55.5 WHERE id = ?').run(fixtureId(1));
      const changed = await fetchWith(path, etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(JSON.stringify(await changed.json())).toContain('55.5');
    },
  );

  it('a heartbeat-only write keeps the 304 (it changes no response)', async () => {
    const etag = (await fetchWith(`/api/jobs/${fixtureId(1)}`)).headers.get('etag') ?? '';
    foreign.prepare("UPDATE jobs SET worker_heartbeat = 'x', worker_pid = 9 WHERE id = ?").run(fixtureId(1));
    expect((await fetchWith(`/api/jobs/${fixtureId(1)}`, etag)).status).toBe(304);
  });

  it("a write to one job leaves another job's detail ETag valid, but changes the list's", async () => {
    const detail = (await fetchWith(`/api/jobs/${fixtureId(2)}`)).headers.get('etag') ?? '';
    const list = (await fetchWith('/api/jobs')).headers.get('etag') ?? '';
    foreign.prepare("UPDATE jobs SET status = 'completed' WHERE id = ?").run(fixtureId(1));
    expect((await fetchWith(`/api/jobs/${fixtureId(2)}`, detail)).status).toBe(304);
    expect((await fetchWith('/api/jobs', list)).status).toBe(200);
  });

  it('a deleted job answers 404 to its old ETag; re-created, it never matches the old one', async () => {
    const path = `/api/jobs/${fixtureId(1)}`;
    const etag = (await fetchWith(path)).headers.get('etag') ?? '';
    foreign.prepare('DELETE FROM jobs WHERE id = ?').run(fixtureId(1));
    expect((await fetchWith(path, etag)).status).toBe(404);
    resetFixtureIds();
    writeJobs(foreign, [buildJob({ status: 'running' })]);
    const recreated = await fetchWith(path, etag);
    expect(recreated.status).toBe(200);
  });

  it('a log append → new ETag; a half-written line does not change it', async () => {
    const path = `/api/jobs/${fixtureId(1)}/logs`;
    appendLogLines(config, fixtureId(1), ['[2026-02-01T10:00:01.000000Z] one']);
    const first = await fetchWith(path);
    const etag = first.headers.get('etag') ?? '';
    expect((await first.json()).lines).toHaveLength(1);
    expect((await fetchWith(path, etag)).status).toBe(304);
    appendLogLines(config, fixtureId(1), ['[2026-02-01T10:00:02.000000Z] two']);
    const grown = await fetchWith(path, etag);
    expect(grown.status).toBe(200);
    expect((await grown.json()).total_lines).toBe(2);
    expect(grown.headers.get('etag')).not.toBe(etag);
  });

  it('the detail ETag changes when the log file appears (has_logs)', async () => {
    const path = `/api/jobs/${fixtureId(2)}`;
    const etag = (await fetchWith(path)).headers.get('etag') ?? '';
    appendLogLines(config, fixtureId(2), ['x']);
    const res = await fetchWith(path, etag);
    expect(res.status).toBe(200);
    expect((await res.json()).has_logs).toBe(true);
  });
});

describe('ETag semantics (inject)', () => {
  let t: TestApp;
  beforeEach(() => {
    resetFixtureIds();
    t = createTestApp();
  });
  afterEach(() => t.close());

  const get = (url: string, ifNoneMatch?: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
    });

  it('a 304 runs no list query and no serialization', async () => {
    writeJobs(t.foreign, [buildJob(), buildJob()]);
    const etag = String((await get('/api/jobs?search=media')).headers.etag);
    const listPage = vi.spyOn(JobReader.prototype, 'listPage');
    const getJob = vi.spyOn(JobReader.prototype, 'getJob');
    expect((await get('/api/jobs?search=media', etag)).statusCode).toBe(304);
    const detailTag = String((await get(`/api/jobs/${fixtureId(1)}`)).headers.etag);
    getJob.mockClear();
    expect((await get(`/api/jobs/${fixtureId(1)}`, detailTag)).statusCode).toBe(304);
    expect(listPage).not.toHaveBeenCalled();
    expect(getJob).not.toHaveBeenCalled();
  });

  it('serves an unchanged body from the response cache to clients without a validator', async () => {
    writeJobs(t.foreign, [buildJob(), buildJob()]);
    const first = await get('/api/jobs?status=queued');
    const listPage = vi.spyOn(JobReader.prototype, 'listPage');
    const second = await get('/api/jobs?status=queued');
    expect([second.statusCode, second.body, second.headers.etag]).toEqual([
      200,
      first.body,
      first.headers.etag,
    ]);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(listPage).not.toHaveBeenCalled();
    t.foreign.prepare('UPDATE jobs SET progress_percent = 7').run();
    expect((await get('/api/jobs?status=queued')).json().jobs[0].progress_percent).toBe(7);
    expect(listPage).toHaveBeenCalledTimes(1);
  });

  it('accepts weak tags, lists and *; other parameters mean another tag', async () => {
    writeJobs(t.foreign, [buildJob()]);
    const etag = String((await get('/api/jobs')).headers.etag);
    expect((await get('/api/jobs', `W/${etag}`)).statusCode).toBe(304);
    expect((await get('/api/jobs', `"nope", ${etag}`)).statusCode).toBe(304);
    expect((await get('/api/jobs', '*')).statusCode).toBe(304);
    expect((await get('/api/jobs?limit=10', etag)).statusCode).toBe(200);
    // Equivalent parameters (clamped to the same values) share the tag.
    expect((await get('/api/jobs?limit=100')).headers.etag).toBe(
      (await get('/api/jobs?limit=5000')).headers.etag,
    );
  });

  it('a since=24h list changes its ETag when a job ages out, without any write', async () => {
    const now = t.clock.now();
    writeJobs(t.foreign, [
      buildJob({ created_at: formatTimestamp(now - 23 * 3600_000) }),
      buildJob({ created_at: formatTimestamp(now - 3600_000) }),
    ]);
    const first = await get('/api/jobs?since=24h');
    expect(first.json().total).toBe(2);
    t.clock.advance(30 * 60_000);
    expect((await get('/api/jobs?since=24h', String(first.headers.etag))).statusCode).toBe(304);
    t.clock.advance(60 * 60_000);
    const aged = await get('/api/jobs?since=24h', String(first.headers.etag));
    expect(aged.statusCode).toBe(200);
    expect(aged.json().total).toBe(1);
    t.clock.advance(24 * 3600_000);
    const empty = await get('/api/jobs?since=24h', String(aged.headers.etag));
    expect([empty.statusCode, empty.json().total]).toEqual([200, 0]);
  });

  it('no ETag and no 304 on errors', async () => {
    const res = await get('/api/jobs?status=bogus', '*');
    expect(res.statusCode).toBe(400);
    expect(res.headers.etag).toBeUndefined();
  });
});
