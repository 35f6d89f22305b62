import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../src/config/serverConfig.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { buildApp } from '../src/http/buildApp.ts';
import { cleanupTempDirs, createTestApp, type TestApp } from './httpFixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  cleanupTempDirs();
});

/** A GET of the job list from `remoteAddress` (the socket), claiming to be `client` through a proxy. */
const hit = (app: TestApp, remoteAddress: string, client?: string) =>
  app.app.inject({
    url: '/api/jobs?limit=1',
    remoteAddress,
    headers: client === undefined ? {} : { 'x-forwarded-for': client },
  });

const PROXY = '10.0.0.1';
const ALICE = '198.51.100.7';
const BOB = '203.0.113.9';

describe('rate limit behind a reverse proxy', () => {
  it('with --trust-proxy on, each forwarded client has its own bucket', async () => {
    t = createTestApp({ rateLimitPerMinute: 2, trustProxy: 'true' });
    expect((await hit(t, PROXY, ALICE)).statusCode).toBe(200);
    expect((await hit(t, PROXY, ALICE)).statusCode).toBe(200);
    expect((await hit(t, PROXY, ALICE)).statusCode).toBe(429);
    expect((await hit(t, PROXY, BOB)).statusCode).toBe(200);
  });

  it('off (the default), every client behind the proxy shares the proxy’s bucket', async () => {
    t = createTestApp({ rateLimitPerMinute: 2 });
    expect(t.config.trustProxy).toBe(false);
    expect((await hit(t, PROXY, ALICE)).statusCode).toBe(200);
    expect((await hit(t, PROXY, BOB)).statusCode).toBe(200);
    expect((await hit(t, PROXY, `${ALICE}, ${BOB}`)).statusCode).toBe(429);
  });

  it('with a list, only the listed proxies are believed: a spoofed header from elsewhere is ignored', async () => {
    t = createTestApp({ rateLimitPerMinute: 2, trustProxy: `${PROXY}, 192.168.0.0/16` });
    expect(t.config.trustProxy).toEqual([PROXY, '192.168.0.0/16']);
    // Through a trusted proxy: the forwarded clients.
    expect((await hit(t, PROXY, ALICE)).statusCode).toBe(200);
    expect((await hit(t, '192.168.4.4', ALICE)).statusCode).toBe(200);
    expect((await hit(t, PROXY, ALICE)).statusCode).toBe(429);
    expect((await hit(t, PROXY, BOB)).statusCode).toBe(200);
    // A direct client inventing a new address on every request still fills its own bucket.
    const mallory = '192.0.2.66';
    expect((await hit(t, mallory, '198.18.0.1')).statusCode).toBe(200);
    expect((await hit(t, mallory, '198.18.0.2')).statusCode).toBe(200);
    expect((await hit(t, mallory, '198.18.0.3')).statusCode).toBe(429);
  });

  it('logs the forwarded client’s address on the request line', async () => {
    const stream = new PassThrough();
    let logged = '';
    stream.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    const config = parseServerConfig({
      dbPath: ':memory:',
      logLevel: 'debug',
      trustProxy: PROXY,
      rateLimitPerMinute: 0,
    });
    const db = openDatabase(':memory:');
    const app = buildApp({ config, db, logStream: stream });
    try {
      await app.inject({ url: '/api/jobs', remoteAddress: PROXY, headers: { 'x-forwarded-for': ALICE } });
      const line = logged
        .split('\n')
        .filter(Boolean)
        .map((text) => JSON.parse(text) as { msg: string; req?: { remoteAddress?: string } })
        .find((entry) => entry.msg === 'request completed');
      expect(line?.req?.remoteAddress).toBe(ALICE);
    } finally {
      await app.close();
      db.close();
    }
  });
});
