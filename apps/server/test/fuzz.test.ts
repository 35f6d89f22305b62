/**
 * Hostile input against the whole app through inject(): random and adversarial query strings, job ids and
 * paths (traversal, encoded dots, unicode, NUL, huge numbers, repeated and very long parameters). The server
 * must never answer 5xx, every 4xx must carry VPO's error shape with a known code, and every 200 from the API
 * must match the contract's schemas.
 */
import {
  ERROR_CODES,
  JobDetailSchema,
  JobErrorsResponseSchema,
  JobListResponseSchema,
  JobLogsResponseSchema,
} from '@vpo-live/vpo-api';
import { buildJob, fixtureId, resetFixtureIds } from '@vpo-live/vpo-api/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendLogLines, cleanupTempDirs, createTestApp, writeJobs, type TestApp } from './httpFixtures.ts';

let t: TestApp;
beforeAll(() => {
  resetFixtureIds();
  t = createTestApp();
  writeJobs(t.foreign, [
    buildJob({ status: 'running' }),
    buildJob({ status: 'completed', job_type: 'move' }),
  ]);
  appendLogLines(t.config, fixtureId(1), ['[2026-02-01T10:00:00.000000Z] a', 'b']);
});
afterAll(async () => {
  await t.close();
  cleanupTempDirs();
});

const CODES = new Set<string>([...ERROR_CODES, 'INTERNAL_ERROR']);

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '../../etc/passwd',
    '..\\..\\windows',
    '%2e%2e%2f',
    '%00',
    "' OR 1=1 --",
    '"; DROP TABLE jobs; --',
    '%_\\',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    '日本語',
    '\uFEFF',
    '😀'.repeat(300),
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '0x10',
    '1_000',
    '9'.repeat(400),
    '-9'.repeat(200),
    'x'.repeat(20_000),
  ),
  fc.bigInt().map(String),
  fc.integer().map(String),
);

const paramName = fc.oneof(
  fc.constantFrom('status', 'type', 'since', 'search', 'sort', 'order', 'limit', 'offset', 'lines'),
  hostileText,
);

/** A query string: encoded pairs, sometimes raw percent garbage or duplicated names. */
const queryString = fc
  .array(
    fc.oneof(
      fc
        .tuple(paramName, hostileText)
        .map(([k, val]) => `${encodeURIComponent(k)}=${encodeURIComponent(val)}`),
      fc.constantFrom('%', '%zz', '%E0%A4%A', '=', '&&', 'status', 'limit=1&limit=2', 'a=%FF%FE', '+++=+++'),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.join('&'));

const jobId = fc.oneof(
  fc.constant(fixtureId(1)),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.uuid(),
  hostileText.map((text) => encodeURIComponent(text)),
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '..%2f..%2f',
    '%2F',
    '%5C',
    '%00',
    '%E0%A4%A',
    'a%2Fb',
    '%C0%AE%C0%AE',
  ),
);

const apiRoute = fc.tuple(
  fc.constantFrom('/api', '/api/v1'),
  fc.constantFrom('', '/logs', '/errors'),
  jobId,
  queryString,
);

function checkResponse(
  url: string,
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
) {
  expect(res.statusCode, url).toBeLessThan(500);
  expect(res.headers['x-content-type-options'], url).toBe('nosniff');
  const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
  if (res.statusCode >= 400 && isJson) {
    const body = JSON.parse(res.body) as { error?: unknown; code?: unknown };
    expect(typeof body.error, url).toBe('string');
    expect(CODES.has(String(body.code)), `${url}: ${res.body}`).toBe(true);
    expect(res.body, url).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts:\d+/);
  } else if (res.statusCode >= 400) {
    expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
  }
}

const inject = (url: string) => t.app.inject({ method: 'GET', url });

describe('fuzz', () => {
  it('GET /api/jobs with hostile query strings: 200 in shape, or a coded 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/jobs', '/api/v1/jobs'), queryString, async (path, query) => {
        const url = `${path}?${query}`;
        const res = await inject(url);
        checkResponse(url, res);
        if (res.statusCode === 200) {
          expect(v.safeParse(JobListResponseSchema, res.json()).success, url).toBe(true);
        } else {
          expect(res.statusCode, url).toBe(400);
          expect(['INVALID_PARAMETER', 'UNKNOWN_PARAMETERS']).toContain(res.json().code);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('job routes with hostile ids and queries: never 5xx; 200s match the contract', async () => {
    await fc.assert(
      fc.asyncProperty(apiRoute, async ([prefix, suffix, id, query]) => {
        const url = `${prefix}/jobs/${id}${suffix}?${query}`;
        const res = await inject(url);
        checkResponse(url, res);
        if (res.statusCode !== 200) return;
        const schema =
          suffix === '/logs'
            ? JobLogsResponseSchema
            : suffix === '/errors'
              ? JobErrorsResponseSchema
              : JobDetailSchema;
        expect(v.safeParse(schema, res.json()).success, url).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('any path at all (pages, assets, traversal): never 5xx, never a file outside dist', async () => {
    const segment = fc.oneof(
      jobId,
      fc.constantFrom(
        'jobs',
        'api',
        'v1',
        'mfe',
        'jobs-dashboard',
        'job-detail',
        'statechart',
        'static',
        'debug',
      ),
      fc.constantFrom('host.css', 'host-bootstrap.js', 'mount.js', 'remoteEntry.js', 'package.json', '.env'),
      fc.webSegment(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        queryString,
        async (segments, query) => {
          const url = `/${segments.join('/')}${query ? `?${query}` : ''}`;
          const res = await inject(url);
          checkResponse(url, res);
          expect(res.body, url).not.toContain('"name": "@vpo-live/server"');
        },
      ),
      { numRuns: 600 },
    );
  });
});
