import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServerConnection, serverConnectionFor, serverKey } from './connection/serverConnection.ts';
import { createPoller } from './createPoller.ts';
import { createControlledFetcher } from './testing/createControlledFetcher.ts';
import { createFakeDocument } from './testing/createFakeDocument.ts';
import { createFakeWindow } from './testing/createFakeWindow.ts';
import { flushMicrotasks, TEST_CONFIG, type TestJob } from './test-support/createHarness.ts';

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);
const down = { kind: 'failure', error: { kind: 'network', message: 'refused' } } as const;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** Two pollers of one page that talk to one server: the job and its log. */
function twoPollers() {
  const connection = createServerConnection();
  const env = { document: createFakeDocument('visible'), window: createFakeWindow(true) };
  const job = createControlledFetcher<TestJob>();
  const log = createControlledFetcher<TestJob>();
  const jobPoller = createPoller({ fetch: job.fetch, config: TEST_CONFIG, env, connection });
  const logPoller = createPoller({ fetch: log.fetch, config: TEST_CONFIG, env, connection });
  return { connection, job, log, jobPoller, logPoller };
}

describe('pollers sharing a server connection', () => {
  it('end each other’s backoff: an answer to one brings the other back at once', async () => {
    const { job, log, jobPoller, logPoller } = twoPollers();
    // The server is down: every request fails until both pollers back off.
    for (let turn = 0; turn < 20; turn += 1) {
      for (const server of [job, log]) if (server.inFlight() > 0) server.last().resolve(down);
      await flushMicrotasks();
      if (jobPoller.getSnapshot().state === 'error' && logPoller.getSnapshot().state === 'error') break;
      vi.advanceTimersToNextTimer();
    }
    expect(jobPoller.getSnapshot().state).toBe('error');
    expect(logPoller.getSnapshot()).toMatchObject({ state: 'error', isFetching: false });
    expect(logPoller.getSnapshot().nextPollAt! - Date.now()).toBeGreaterThanOrEqual(10_000);
    const logRequests = log.calls.length;
    // The operator's Refresh on the job finds the server back.
    jobPoller.refresh();
    await flushMicrotasks();
    job.last().resolve({ kind: 'ok', data: { id: 'j', status: 'running' } });
    await flushMicrotasks();
    expect(jobPoller.getSnapshot().state).toBe('connected');
    // Without the clock moving, the log poller asks again, and is live with the first answer.
    expect(log.calls).toHaveLength(logRequests + 1);
    log.last().resolve({ kind: 'ok', data: { id: 'j', status: 'running' } });
    await flushMicrotasks();
    expect(logPoller.getSnapshot().state).toBe('connected');
    jobPoller.dispose();
    logPoller.dispose();
  });

  it('all wait out a Retry-After that one of them was given', async () => {
    const { job, log, jobPoller, logPoller } = twoPollers();
    log.last().resolve({ kind: 'ok', data: { id: 'j', status: 'running' } });
    await flushMicrotasks();
    const logRequests = log.calls.length;
    job.last().resolve({ kind: 'rate-limited', retryAfterMs: 30_000 });
    await flushMicrotasks();
    expect(logPoller.getSnapshot().nextPollAt).toBe(T0 + 30_000);
    vi.advanceTimersByTime(29_999);
    await flushMicrotasks();
    expect(log.calls).toHaveLength(logRequests);
    vi.advanceTimersByTime(1);
    await flushMicrotasks();
    expect(log.calls).toHaveLength(logRequests + 1);
    // A request in flight when the hold came: its next one waits for the hold too.
    log.last().resolve({ kind: 'ok', data: { id: 'j', status: 'running' } });
    await flushMicrotasks();
    expect(logPoller.getSnapshot().nextPollAt).toBe(T0 + 30_000 + TEST_CONFIG.interval);
    jobPoller.dispose();
    logPoller.dispose();
  });

  it('costs nothing while all is well: an answer after answers makes no extra request', async () => {
    const { job, log, jobPoller, logPoller } = twoPollers();
    log.last().resolve({ kind: 'ok', data: { id: 'j', status: 'running' } });
    job.last().resolve({ kind: 'ok', data: { id: 'j', status: 'running' } });
    await flushMicrotasks();
    expect([job.calls.length, log.calls.length]).toEqual([1, 1]);
    jobPoller.dispose();
    logPoller.dispose();
  });
});

describe('serverConnectionFor', () => {
  it('gives every poller of a page one connection per server, and different servers their own', () => {
    const page = {};
    const a = serverConnectionFor('/api', 'http://vpo.test/jobs/1', page);
    expect(serverConnectionFor('http://vpo.test/api/', undefined, page)).toBe(a);
    expect(serverConnectionFor('/api', 'http://other.test/', page)).not.toBe(a);
    expect(serverConnectionFor('/api/v1', 'http://vpo.test/', page)).not.toBe(a);
    expect(serverConnectionFor('/api', 'http://vpo.test/', {})).not.toBe(a);
  });
});

describe('serverKey', () => {
  it('names a server by its absolute API URL, without a trailing slash', () => {
    expect(serverKey('/api/', 'http://nas:8321/jobs/42')).toBe('http://nas:8321/api');
    expect(serverKey('https://vpo.example/api/v1', 'http://nas:8321/')).toBe('https://vpo.example/api/v1');
  });

  it('falls back to the text as given when it cannot be resolved (a page without a URL, a malformed base)', () => {
    expect(serverKey('/api', 'about:blank')).toBe('/api');
    expect(serverKey('http://[bad')).toBe('http://[bad');
  });
});
