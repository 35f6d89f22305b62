import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTempDirs, createTestApp, type TestApp } from './httpFixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  cleanupTempDirs();
});

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('Basic auth (a token is configured)', () => {
  it("answers VPO's plain-text 401 with the Basic challenge on the API and the pages", async () => {
    t = createTestApp({ authToken: 's3cret' });
    for (const url of ['/api/jobs', '/api/v1/jobs', '/jobs', '/mfe/jobs-dashboard/mount.js']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Basic realm="VPO"');
      expect(res.body).toBe('Unauthorized');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('accepts the token as the password under any user name, and nothing else', async () => {
    t = createTestApp({ authToken: 's3cret' });
    const withAuth = (authorization: string) =>
      t!.app.inject({ url: '/api/jobs', headers: { authorization } });
    expect((await withAuth(basic('anyone', 's3cret'))).statusCode).toBe(200);
    expect((await withAuth(basic('', 's3cret'))).statusCode).toBe(200);
    for (const bad of [
      basic('s3cret', 'wrong'),
      basic('x', 's3cret2'),
      'Bearer s3cret',
      'Basic !!!',
      `Basic ${Buffer.from('no-colon').toString('base64')}`,
      'Basic',
    ]) {
      expect((await withAuth(bad)).statusCode, bad).toBe(401);
    }
  });

  it('keeps /health open', async () => {
    t = createTestApp({ authToken: 's3cret' });
    expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
  });
});

describe('rate limit', () => {
  it('allows N GETs per 60 s per IP on /api, then 429 RATE_LIMITED with Retry-After', async () => {
    t = createTestApp({ rateLimitPerMinute: 3 });
    const hit = (remoteAddress = '10.0.0.1', url = '/api/jobs') => t!.app.inject({ url, remoteAddress });
    for (let i = 0; i < 3; i += 1) {
      expect((await hit()).statusCode).toBe(200);
      t.clock.advance(10_000);
    }
    const limited = await hit();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      error: 'Rate limit exceeded. Please wait before retrying.',
      code: 'RATE_LIMITED',
    });
    // The oldest request (t=0) leaves the window at t=60 s; now t=30 s: VPO's int(30.0) + 1.
    expect(limited.headers['retry-after']).toBe('31');
    expect((await hit('10.0.0.2')).statusCode).toBe(200);
    t.clock.advance(30_001);
    expect((await hit()).statusCode).toBe(200);
  });

  it('spares /health and the pages, and counts /api and /api/v1 together', async () => {
    t = createTestApp({ rateLimitPerMinute: 2 });
    const hit = (url: string) => t!.app.inject({ url, remoteAddress: '10.0.0.9' });
    expect((await hit('/api/jobs')).statusCode).toBe(200);
    expect((await hit('/api/v1/jobs')).statusCode).toBe(200);
    expect((await hit('/api/v1/jobs')).statusCode).toBe(429);
    for (const url of ['/health', '/api/health', '/jobs', '/static/host.css']) {
      expect((await hit(url)).statusCode, url).not.toBe(429);
    }
  });

  it('is off when set to 0', async () => {
    t = createTestApp({ rateLimitPerMinute: 0 });
    for (let i = 0; i < 300; i += 1) {
      const res = await t.app.inject({ url: '/api/jobs?limit=1' });
      if (res.statusCode !== 200) throw new Error(`request ${i}: ${res.statusCode}`);
    }
  });
});

describe('shutting down', () => {
  it('answers 503 SHUTTING_DOWN on the API while health reports unhealthy', async () => {
    let shuttingDown = false;
    t = createTestApp({}, { isShuttingDown: () => shuttingDown });
    expect((await t.app.inject({ url: '/api/jobs' })).statusCode).toBe(200);
    shuttingDown = true;
    const res = await t.app.inject({ url: '/api/v1/jobs' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: 'Service is shutting down', code: 'SHUTTING_DOWN' });
    const health = await t.app.inject({ url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unhealthy', shutting_down: true });
  });
});

describe('headers on every response', () => {
  it('sends X-Content-Type-Options: nosniff on API, errors, pages, assets and 404s', async () => {
    t = createTestApp();
    for (const url of [
      '/api/jobs',
      '/api/jobs?status=x',
      '/api/nope',
      '/jobs',
      '/nope',
      '/static/host.css',
      '/health',
    ]) {
      expect((await t.app.inject({ url })).headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});
