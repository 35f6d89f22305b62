import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ApiOutcome } from './apiOutcome.ts';
import { createJobsClient, deriveHealthUrl } from './createJobsClient.ts';
import { hangingFetch, jsonResponse, LIST_BODY, stubFetch } from './testFetch.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const headerOf = (fetch: ReturnType<typeof stubFetch>, name: string) =>
  (fetch.mock.calls[0]?.[1]?.headers as Record<string, string>)[name];

describe('createJobsClient — outcomes', () => {
  it('200 with a valid body → ok with data and the ETag', async () => {
    const fetch = stubFetch(jsonResponse(LIST_BODY, { headers: { ETag: '"abc"' } }));
    const outcome = await createJobsClient({ fetch }).listJobs();
    expect(outcome).toEqual({ kind: 'ok', data: LIST_BODY, etag: '"abc"' });
  });

  it('ok without an ETag header → etag null', async () => {
    const outcome = await createJobsClient({ fetch: stubFetch(jsonResponse(LIST_BODY)) }).listJobs();
    expect(outcome).toMatchObject({ kind: 'ok', etag: null });
  });

  it('accepts fields it does not know (a newer server)', async () => {
    const body = { ...LIST_BODY, cursor: 'x', jobs: [{ ...LIST_BODY.jobs[0], status: 'paused', eta: 3 }] };
    const outcome = await createJobsClient({ fetch: stubFetch(jsonResponse(body)) }).listJobs();
    expect(outcome.kind).toBe('ok');
  });

  it('sends If-None-Match only when given an ETag, and 304 → not-modified', async () => {
    const fetch = stubFetch(new Response(null, { status: 304 }));
    const client = createJobsClient({ fetch });
    expect(await client.listJobs({}, { etag: '"v1"' })).toEqual({ kind: 'not-modified' });
    expect(headerOf(fetch, 'If-None-Match')).toBe('"v1"');
    fetch.mockClear();
    await client.listJobs({}, { etag: null });
    expect(headerOf(fetch, 'If-None-Match')).toBeUndefined();
  });

  it('a 304 is not-modified without reading a body', async () => {
    const answer = new Response(null, { status: 304 });
    const read = vi.spyOn(answer, 'text');
    const json = vi.spyOn(answer, 'json');
    expect(await createJobsClient({ fetch: stubFetch(answer) }).getJob('j', { etag: '"v1"' })).toEqual({
      kind: 'not-modified',
    });
    expect(read).not.toHaveBeenCalled();
    expect(json).not.toHaveBeenCalled();
  });

  it('404 on a job → gone; on the list → an http failure', async () => {
    const notFound = () => jsonResponse({ error: 'Job not found', code: 'NOT_FOUND' }, { status: 404 });
    const client = createJobsClient({ fetch: stubFetch(() => notFound()) });
    expect(await client.getJob('00000000-0000-4000-8000-000000000001')).toEqual({ kind: 'gone' });
    expect(await client.listJobs()).toMatchObject({ kind: 'failure', error: { kind: 'http', status: 404 } });
  });

  it('429 → rate-limited with Retry-After in ms (seconds, date, or the default)', async () => {
    const at = (retryAfter?: string) =>
      createJobsClient({
        now: () => Date.UTC(2026, 1, 1, 10, 0, 0),
        defaultRetryAfterMs: 4_000,
        fetch: stubFetch(
          jsonResponse({}, { status: 429, headers: retryAfter ? { 'Retry-After': retryAfter } : {} }),
        ),
      }).listJobs();
    expect(await at('12')).toEqual({ kind: 'rate-limited', retryAfterMs: 12_000 });
    expect(await at('Sun, 01 Feb 2026 10:00:20 GMT')).toEqual({ kind: 'rate-limited', retryAfterMs: 20_000 });
    expect(await at()).toEqual({ kind: 'rate-limited', retryAfterMs: 4_000 });
  });

  it('401 → unauthorized with a typed error', async () => {
    const fetch = stubFetch(
      new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Basic' } }),
    );
    expect(await createJobsClient({ fetch }).getJob('x')).toEqual({
      kind: 'unauthorized',
      error: { kind: 'unauthorized', status: 401, message: 'GET /api/jobs/x: HTTP 401' },
    });
  });

  it('other statuses → http failure, with VPO’s error text when the body has it', async () => {
    const bad = jsonResponse(
      { error: "Invalid status value: 'x'", code: 'INVALID_PARAMETER' },
      { status: 400 },
    );
    expect(await createJobsClient({ fetch: stubFetch(bad) }).listJobs()).toEqual({
      kind: 'failure',
      error: {
        kind: 'http',
        status: 400,
        message: "GET /api/jobs: HTTP 400 INVALID_PARAMETER: Invalid status value: 'x'",
      },
    });
    const crash = new Response('<h1>oops</h1>', { status: 500, statusText: 'Internal Server Error' });
    expect(await createJobsClient({ fetch: stubFetch(crash) }).getHealth()).toEqual({
      kind: 'failure',
      error: { kind: 'http', status: 500, message: 'GET /health: HTTP 500 Internal Server Error' },
    });
  });

  it('a 200 that is not JSON → parse failure', async () => {
    const fetch = stubFetch(new Response('{"jobs": [', { status: 200 }));
    expect(await createJobsClient({ fetch }).listJobs()).toMatchObject({
      kind: 'failure',
      error: { kind: 'parse', status: 200 },
    });
  });

  it('JSON of the wrong shape → shape failure naming the path', async () => {
    const body = { ...LIST_BODY, jobs: [{ ...LIST_BODY.jobs[0], status: 5 }] };
    const outcome = await createJobsClient({ fetch: stubFetch(jsonResponse(body)) }).listJobs();
    expect(outcome.kind).toBe('failure');
    if (outcome.kind !== 'failure') return;
    expect(outcome.error.kind).toBe('shape');
    expect(outcome.error.message).toContain('jobs[0].status');
    const missing = await createJobsClient({ fetch: stubFetch(jsonResponse({ jobs: [] })) }).listJobs();
    expect(missing).toMatchObject({ error: { kind: 'shape', message: expect.stringContaining('total') } });
  });

  it('parses a 200 from its bytes (response.json), never copying it into a string first', async () => {
    const response = jsonResponse(LIST_BODY);
    const text = vi.spyOn(response, 'text');
    const json = vi.spyOn(response, 'json');
    expect(await createJobsClient({ fetch: vi.fn(async () => response) }).listJobs()).toMatchObject({
      kind: 'ok',
    });
    expect(json).toHaveBeenCalledTimes(1);
    expect(text).not.toHaveBeenCalled();
  });

  it('fetch rejecting → network failure with the reason', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:8321') });
    });
    expect(await createJobsClient({ fetch }).listJobs()).toEqual({
      kind: 'failure',
      error: {
        kind: 'network',
        message: 'GET /api/jobs: request failed: fetch failed (connect ECONNREFUSED 127.0.0.1:8321)',
      },
    });
  });

  it('the body failing mid-way → network failure', async () => {
    const body = new ReadableStream({ start: (controller) => controller.error(new Error('socket hang up')) });
    const outcome = await createJobsClient({ fetch: stubFetch(() => new Response(body)) }).listJobs();
    expect(outcome).toMatchObject({
      kind: 'failure',
      error: { kind: 'network', message: expect.stringContaining('socket hang up') },
    });
  });
});

describe('createJobsClient — timeout and cancellation', () => {
  it('no answer within timeoutMs → timeout failure; the timer is released', async () => {
    vi.useFakeTimers();
    const fetch = hangingFetch();
    const pending = createJobsClient({ fetch, timeoutMs: 2_000 }).getJob('x');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({
      kind: 'failure',
      error: { kind: 'timeout', message: 'GET /api/jobs/x: no answer within 2000 ms' },
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('timeoutMs 0 or Infinity means no timeout', async () => {
    vi.useFakeTimers();
    for (const timeoutMs of [0, Number.POSITIVE_INFINITY]) {
      const fetch = hangingFetch();
      void createJobsClient({ fetch, timeoutMs }).listJobs();
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(fetch.mock.calls[0]?.[1]?.signal?.aborted, String(timeoutMs)).toBe(false);
    }
  });

  it('a completed request leaves no timer behind', async () => {
    vi.useFakeTimers();
    await createJobsClient({ fetch: stubFetch(jsonResponse(LIST_BODY)) }).listJobs();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort by the caller rejects with an AbortError, never resolves to a failure', async () => {
    const controller = new AbortController();
    const pending = createJobsClient({ fetch: hangingFetch() }).listJobs({}, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a custom abort reason still rejects with an AbortError', async () => {
    const controller = new AbortController();
    const pending = createJobsClient({ fetch: hangingFetch() }).getJob('x', { signal: controller.signal });
    controller.abort(new Error('navigated away'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an already aborted signal rejects without a request', async () => {
    const fetch = stubFetch(jsonResponse(LIST_BODY));
    await expect(
      createJobsClient({ fetch }).listJobs({}, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an abort while the body is read rejects too', async () => {
    const controller = new AbortController();
    const fetch = stubFetch((_url, init) => {
      const body = new ReadableStream({
        start(stream) {
          init.signal?.addEventListener('abort', () => stream.error(init.signal?.reason));
          stream.enqueue(new TextEncoder().encode('{"jobs":'));
        },
      });
      // The headers have arrived; the body never completes until the caller gives up.
      queueMicrotask(() => controller.abort());
      return new Response(body);
    });
    const pending = createJobsClient({ fetch }).listJobs({}, { signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops listening to the signal once settled', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await createJobsClient({ fetch: stubFetch(jsonResponse(LIST_BODY)) }).listJobs(
      {},
      { signal: controller.signal },
    );
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});

describe('createJobsClient — requests', () => {
  it('builds URLs from the base, only with allowed parameters', async () => {
    const fetch = stubFetch(() => new Response(null, { status: 304 }));
    const client = createJobsClient({ baseUrl: 'http://vpo.test/api/v1/', fetch });
    await client.listJobs({ status: 'running', limit: 50, offset: 0 });
    await client.listJobs({ sort: 'duration', order: 'asc', search: ' x ' });
    await client.getJob('a/b?c');
    await client.getJobLogs('id-1', { offset: 1500.7, lines: 5000 });
    await client.getJobLogs('id-1');
    await client.getJobErrors('id-1');
    await client.getHealth();
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://vpo.test/api/v1/jobs?status=running',
      'http://vpo.test/api/v1/jobs?search=x&sort=duration&order=asc',
      'http://vpo.test/api/v1/jobs/a%2Fb%3Fc',
      'http://vpo.test/api/v1/jobs/id-1/logs?offset=1500&lines=1000',
      'http://vpo.test/api/v1/jobs/id-1/logs',
      'http://vpo.test/api/v1/jobs/id-1/errors',
      'http://vpo.test/health',
    ]);
  });

  it('sends Accept, the configured headers, and no cache-busting', async () => {
    const fetch = stubFetch(jsonResponse(LIST_BODY));
    await createJobsClient({ fetch, headers: { Authorization: 'Basic eDp5' } }).listJobs();
    expect(headerOf(fetch, 'Accept')).toBe('application/json');
    expect(headerOf(fetch, 'Authorization')).toBe('Basic eDp5');
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'GET', cache: 'no-store' });
  });

  it('uses globalThis.fetch as it is at call time', async () => {
    const client = createJobsClient();
    const fetch = stubFetch(jsonResponse(LIST_BODY));
    vi.stubGlobal('fetch', fetch);
    expect((await client.listJobs()).kind).toBe('ok');
    expect(fetch).toHaveBeenCalledWith('/api/jobs', expect.anything());
  });

  it('derives /health from the API base', () => {
    expect(deriveHealthUrl('/api')).toBe('/health');
    expect(deriveHealthUrl('http://h:1/api/v1/')).toBe('http://h:1/health');
    expect(deriveHealthUrl('/vpo/api')).toBe('/vpo/health');
    expect(deriveHealthUrl('http://h/custom')).toBe('http://h/custom/health');
  });
});

/** libs/poller's FetchOutcome, restated: the two unions must stay interchangeable. */
type PollErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'shape' | 'unauthorized' | 'rate-limited';
interface PollError {
  kind: PollErrorKind;
  message: string;
  status?: number;
}
type FetchOutcome<T> =
  | { kind: 'ok'; data: T; etag?: string | null }
  | { kind: 'not-modified' }
  | { kind: 'gone' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'unauthorized'; error?: PollError }
  | { kind: 'failure'; error: PollError };

it('ApiOutcome is structurally the engine’s FetchOutcome', () => {
  expectTypeOf<ApiOutcome<{ a: number }>>().toEqualTypeOf<FetchOutcome<{ a: number }>>();
});
