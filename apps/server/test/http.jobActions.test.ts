/**
 * The job actions' guards over real HTTP handling (Fastify inject): the CSRF cookie a host page sets, VPO's
 * separate limit for mutating requests, and fuzzed mutation requests that must never answer 5xx nor change
 * a job. The actions' rules and answers are in the shared contract suite (test/contract.test.ts).
 */
import { CSRF_HEADER, MUTATION_RATE_LIMIT } from '@vpo-live/vpo-api';
import { buildJob, createRandom, pick, randomUuid } from '@vpo-live/vpo-api/fixtures';
import { buildJobs } from '@vpo-live/vpo-api/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { CSRF_COOKIE } from '../src/http/actions/csrfTokens.ts';
import { cleanupTempDirs, createTestApp, writeJobs, type TestApp } from './httpFixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  cleanupTempDirs();
});

/** What a browser gets from a host page: the cookie (name=value) and the page's token. */
async function openPage(
  app: TestApp['app'],
  cookie?: string,
): Promise<{ cookie: string; token: string; setCookie?: string }> {
  const res = await app.inject({ url: '/jobs', headers: cookie === undefined ? {} : { cookie } });
  const setCookie = res.headers['set-cookie'] as string | undefined;
  const token = /<meta name="csrf-token" content="([^"]+)">/.exec(res.body)?.[1] ?? '';
  return {
    cookie: cookie ?? (setCookie ?? '').split(';', 1)[0]!,
    token,
    ...(setCookie ? { setCookie } : {}),
  };
}

const statuses = (t: TestApp): string =>
  JSON.stringify(t.db.prepare('SELECT id, status FROM jobs ORDER BY id').all());

describe('the CSRF token of a host page', () => {
  it('comes with an HttpOnly, SameSite=Strict cookie once; later pages reuse the secret', async () => {
    t = createTestApp();
    const first = await openPage(t.app);
    expect(first.setCookie).toMatch(
      new RegExp(`^${CSRF_COOKIE}=[A-Za-z0-9_-]{24}; Path=/; HttpOnly; SameSite=Strict$`),
    );
    expect(first.token).not.toBe('');
    const again = await openPage(t.app, first.cookie);
    expect(again.setCookie).toBeUndefined();
    expect(again.token).not.toBe(first.token);
    const page = await t.app.inject({ url: '/jobs', headers: { cookie: first.cookie } });
    expect(page.body).toContain('data-job-actions="true"');
  });

  it('marks the cookie Secure when the page came over HTTPS through a trusted proxy, not otherwise', async () => {
    t = createTestApp({ trustProxy: 'true' });
    const cookieOf = async (headers: Record<string, string>) =>
      String((await t!.app.inject({ url: '/jobs', headers })).headers['set-cookie'] ?? '');
    expect(await cookieOf({ 'x-forwarded-proto': 'https' })).toMatch(/; Secure; SameSite=Strict$/);
    expect(await cookieOf({ 'x-forwarded-proto': 'http' })).not.toMatch(/Secure/);
    expect(await cookieOf({})).not.toMatch(/Secure/);
  });

  it('works with either page of the session, and a cookie that is not ours is replaced', async () => {
    t = createTestApp();
    const job = buildJob({ status: 'queued' });
    writeJobs(t.db, [job]);
    const first = await openPage(t.app);
    const second = await openPage(t.app, first.cookie);
    const cancel = (token: string, cookie: string) =>
      t!.app.inject({
        method: 'POST',
        url: `/api/jobs/${job.id}/cancel`,
        headers: { cookie, [CSRF_HEADER]: token },
      });
    expect((await cancel(first.token, first.cookie)).statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/jobs/${job.id}/retry`,
          headers: { cookie: second.cookie, [CSRF_HEADER]: second.token },
        })
      ).statusCode,
    ).toBe(200);
    const tampered = await openPage(t.app, `${CSRF_COOKIE}=<script>`);
    expect(tampered.setCookie).toMatch(new RegExp(`^${CSRF_COOKIE}=[A-Za-z0-9_-]{24};`));
  });
});

describe("VPO's limit on mutating requests", () => {
  it(`allows ${MUTATION_RATE_LIMIT.maxRequests} a minute per client, counted apart from reads`, async () => {
    t = createTestApp({ rateLimitPerMinute: 120 });
    const post = () =>
      t!.app.inject({
        method: 'POST',
        url: `/api/jobs/${randomUuid(createRandom(1))}/cancel`,
        remoteAddress: '10.0.0.7',
      });
    for (let i = 0; i < MUTATION_RATE_LIMIT.maxRequests; i += 1) {
      expect((await post()).statusCode, `mutation ${i + 1}`).toBe(403);
    }
    const limited = await post();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBe('61');
    // Reads have their own window, untouched by the mutations.
    expect((await t.app.inject({ url: '/api/jobs', remoteAddress: '10.0.0.7' })).statusCode).toBe(200);
    t.clock.advance(MUTATION_RATE_LIMIT.windowMs);
    expect((await post()).statusCode).toBe(403);
  });
});

describe('fuzzed mutation requests', () => {
  it('never answer 5xx and never change a job without the session token from this site', async () => {
    t = createTestApp();
    const random = createRandom(20261206);
    const jobs = buildJobs(12, 9);
    writeJobs(t.db, jobs);
    const before = statuses(t);
    const session = await openPage(t.app);
    const other = await openPage(t.app);

    const ids = [
      ...jobs.map((job) => job.id),
      randomUuid(random),
      'not-a-uuid',
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      'x'.repeat(5000),
      '%E2%80%AE' + jobs[0]!.id,
      jobs[0]!.id.toUpperCase(),
      `${jobs[0]!.id}%20`,
    ];
    const shapes = ['', '/cancel', '/retry', '/delete', '/cancel/now', '/logs', '/errors'];
    const methods = ['POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS'] as const;
    // Every header set but the one a same-site page of this session sends.
    const headerSets: Record<string, string>[] = [
      {},
      { cookie: session.cookie },
      { [CSRF_HEADER]: session.token },
      { cookie: other.cookie, [CSRF_HEADER]: session.token },
      { cookie: session.cookie, [CSRF_HEADER]: other.token },
      { cookie: session.cookie, [CSRF_HEADER]: `${session.token}x` },
      { cookie: session.cookie, [CSRF_HEADER]: '' },
      { cookie: `${CSRF_COOKIE}=${'A'.repeat(24)}`, [CSRF_HEADER]: session.token },
      { cookie: session.cookie, [CSRF_HEADER]: session.token, 'sec-fetch-site': 'cross-site' },
      { cookie: session.cookie, [CSRF_HEADER]: session.token, 'sec-fetch-site': 'same-site' },
      { cookie: session.cookie, [CSRF_HEADER]: session.token, origin: 'http://evil.example' },
      { cookie: session.cookie, [CSRF_HEADER]: session.token, origin: 'null' },
      { cookie: '\u0000;;==;', [CSRF_HEADER]: '<img src=x onerror=alert(1)>' },
    ];

    const answered = new Map<number, number>();
    for (let i = 0; i < 1200; i += 1) {
      const prefix = pick(random, ['/api', '/api/v1']);
      const url = `${prefix}/jobs/${pick(random, ids)}${pick(random, shapes)}`;
      const res = await t.app.inject({
        method: pick(random, methods),
        url,
        headers: pick(random, headerSets),
      });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.body, url).not.toContain('<img');
      answered.set(res.statusCode, (answered.get(res.statusCode) ?? 0) + 1);
    }
    expect(statuses(t)).toBe(before);
    // The refusals came from the guard, not only from the router.
    expect(answered.get(403) ?? 0).toBeGreaterThan(50);
  });
});
