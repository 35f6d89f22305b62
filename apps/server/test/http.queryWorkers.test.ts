/**
 * The list queries in worker threads, through the app: the same responses as on the event loop, the event
 * loop free while a query is stuck in its thread, and a query past the timeout answered 503 QUERY_TIMEOUT —
 * never a hang, never a 500. Slow queries are made slow by a gate the test holds (or a 1 ms timeout no
 * thread can meet), not by timing.
 */
import { join } from 'node:path';
import { API_ERRORS } from '@vpo-live/vpo-api';
import { buildJob, buildJobs, fixtureId, resetFixtureIds } from '@vpo-live/vpo-api/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobReader } from '../src/db/jobReader.ts';
import { buildApp } from '../src/http/buildApp.ts';
import { startServer } from '../src/http/startServer.ts';
import { createPooledListQueries } from '../src/queries/createPooledListQueries.ts';
import { inlineListQueries, type ListQueries } from '../src/queries/listQueries.ts';
import { QueryPool } from '../src/queries/queryPool.ts';
import type { GatedRequest } from './gatedQuery.worker.ts';
import { cleanupTempDirs, createTestApp, writeJobs, type TestApp } from './httpFixtures.ts';
import { parseServerConfig } from '../src/config/serverConfig.ts';

const GATED_WORKER = new URL('./gatedQuery.worker.ts', import.meta.url);
const closers: (() => Promise<unknown>)[] = [];
let gate = new SharedArrayBuffer(4);
const openGate = () => {
  Atomics.store(new Int32Array(gate), 0, 1);
  Atomics.notify(new Int32Array(gate), 0);
};

/**
 * List queries whose thread first blocks on the gate (as a long SQLite statement would block it), then
 * answers from `reader`.
 */
function gatedLists(reader: JobReader, timeoutMs = 60_000): ListQueries {
  gate = new SharedArrayBuffer(4);
  const pool = new QueryPool<GatedRequest, string>({
    module: GATED_WORKER,
    data: { gate },
    size: 1,
    timeoutMs,
  });
  const inline = inlineListQueries(reader);
  const lists: ListQueries = {
    listBody: async (request) => {
      await pool.run({ kind: 'wait' });
      return inline.listBody(request);
    },
    close: () => pool.close(),
  };
  closers.push(() => lists.close());
  return lists;
}

let t: TestApp;
beforeEach(() => {
  resetFixtureIds();
  t = createTestApp();
  writeJobs(t.foreign, [...buildJobs(40, 3), buildJob({ file_path: '/media/Films/Éclair 100%_x.mkv' })]);
});
afterEach(async () => {
  openGate();
  for (const close of closers.splice(0)) await close();
  await t.close();
  cleanupTempDirs();
});

describe('list queries in worker threads', () => {
  it('answer byte for byte as on the event loop, ETags included', async () => {
    const lists = createPooledListQueries({ dbPath: t.config.dbPath, workers: 2, timeoutMs: 60_000 });
    closers.push(() => lists.close());
    const pooled = buildApp({ config: t.config, db: t.db, clock: t.clock, lists });
    closers.push(() => pooled.close());
    for (const url of [
      '/api/jobs',
      '/api/jobs?status=completed&sort=duration',
      '/api/jobs?search=%C3%89CLAIR%20100%25_',
      '/api/jobs?search=media&sort=file_path&order=asc&limit=7&offset=30',
      '/api/jobs?search=zzzznotfound',
      '/api/jobs?search=e&offset=35',
      '/api/v1/jobs?type=scan&since=30d',
    ]) {
      const [inline, threaded] = await Promise.all([t.app.inject(url), pooled.inject(url)]);
      expect([threaded.statusCode, threaded.headers.etag, threaded.body], url).toEqual([
        inline.statusCode,
        inline.headers.etag,
        inline.body,
      ]);
    }
  });

  it('keep the event loop free: /health, 304s and details answer while a list query is stuck', async () => {
    const app = buildApp({ config: t.config, db: t.db, lists: gatedLists(new JobReader(t.db)) });
    closers.push(() => app.close());
    // A tag to revalidate, from the app on the event loop (same database, same tags).
    const tagged = await t.app.inject('/api/jobs?status=queued');
    let settled = false;
    const stuck = app.inject('/api/jobs?search=media').then((res) => {
      settled = true;
      return res;
    });
    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await app.inject(`/api/jobs/${fixtureId(1)}`)).statusCode).toBe(200);
    const etag = String(tagged.headers.etag);
    const revalidated = await app.inject({
      url: '/api/jobs?status=queued',
      headers: { 'if-none-match': etag },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(settled).toBe(false);
    openGate();
    expect((await stuck).body).toBe((await t.app.inject('/api/jobs?search=media')).body);
  });

  it('answer a query past the timeout with 503 QUERY_TIMEOUT', async () => {
    const app = buildApp({ config: t.config, db: t.db, lists: gatedLists(new JobReader(t.db), 50) });
    closers.push(() => app.close());
    const res = await app.inject('/api/jobs?search=zzzznotfound');
    expect([res.statusCode, res.json()]).toEqual([503, API_ERRORS.queryTimeout().body]);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('share one query among requests for the same list that arrive together', async () => {
    let queries = 0;
    const inline = inlineListQueries(new JobReader(t.db));
    const lists: ListQueries = {
      listBody: (request) => {
        queries += 1;
        return inline.listBody(request);
      },
      close: async () => undefined,
    };
    const app = buildApp({ config: t.config, db: t.db, lists });
    closers.push(() => app.close());
    const answers = await Promise.all([1, 2, 3].map(() => app.inject('/api/jobs?search=media')));
    expect(new Set(answers.map((res) => res.body)).size).toBe(1);
    expect(queries).toBe(1);
  });

  it('answer 503 DATABASE_UNAVAILABLE when a thread cannot open the database', async () => {
    const lists = createPooledListQueries({
      dbPath: join(t.dir, 'missing.db'),
      workers: 1,
      timeoutMs: 60_000,
    });
    closers.push(() => lists.close());
    const app = buildApp({ config: t.config, db: t.db, lists });
    closers.push(() => app.close());
    const res = await app.inject('/api/jobs?search=media');
    expect([res.statusCode, res.json()]).toEqual([503, API_ERRORS.databaseUnavailable().body]);
  });
});

describe('serve with query threads', () => {
  it('a 1 ms query timeout, which no thread can meet: 503 QUERY_TIMEOUT, while /health answers', async () => {
    const server = await startServer(
      parseServerConfig({
        port: 0,
        dbPath: t.config.dbPath,
        mfeRoot: t.config.mfeRoot,
        logLevel: 'silent',
        queryTimeoutMs: 1,
      }),
    );
    closers.push(() => server.close());
    const [list, health] = await Promise.all([
      fetch(`${server.url}/api/jobs?search=media`),
      fetch(`${server.url}/health`),
    ]);
    expect([list.status, await list.json()]).toEqual([503, API_ERRORS.queryTimeout().body]);
    expect(health.status).toBe(200);
  });
});
