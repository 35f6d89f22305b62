import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, job, TEST_CONFIG } from './test-support/createHarness.ts';

const T0 = new Date('2026-02-01T10:00:00Z').getTime();
const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** Milliseconds between the last request and the next one the poller makes. */
async function gapToNextRequest(h: ReturnType<typeof createHarness>): Promise<number> {
  const calls = h.server.calls.length;
  const start = Date.now();
  vi.advanceTimersToNextTimer();
  await h.flush();
  expect(h.server.calls).toHaveLength(calls + 1);
  return Date.now() - start;
}

describe('fetch outcomes', () => {
  it('ok: stores data and ETag, is connected, and revalidates with the ETag', async () => {
    const h = createHarness();
    expect(h.server.last().context.etag).toBeNull();
    await h.respond({ kind: 'ok', data: job('running'), etag: '"v1"' });
    expect(h.snapshot()).toMatchObject({
      state: 'connected',
      data: job('running'),
      lastUpdatedAt: T0,
      nextPollAt: T0 + TEST_CONFIG.interval,
      errorCount: 0,
      error: null,
    });
    expect(await gapToNextRequest(h)).toBe(TEST_CONFIG.interval);
    expect(h.server.last().context.etag).toBe('"v1"');
  });

  it('not-modified (304): keeps the very same data object and counts as a success', async () => {
    const h = createHarness();
    const first = job('running');
    await h.respond({ kind: 'ok', data: first, etag: '"v1"' });
    await gapToNextRequest(h);
    await h.respond({ kind: 'failure', error: { kind: 'http', status: 502, message: 'bad gateway' } });
    expect(h.snapshot()).toMatchObject({ state: 'reconnecting', errorCount: 1 });
    await gapToNextRequest(h);
    await h.respond({ kind: 'not-modified' });
    const snapshot = h.snapshot();
    expect(snapshot).toMatchObject({
      state: 'connected',
      errorCount: 0,
      error: null,
      lastUpdatedAt: Date.now(),
    });
    expect(snapshot.data).toBe(first);
    expect(h.server.last().context.etag).toBe('"v1"');
  });

  it('gone (404): stops in terminal and makes no further request', async () => {
    const h = createHarness();
    await h.respond({ kind: 'gone' });
    expect(h.snapshot()).toMatchObject({ state: 'terminal', terminalReason: 'gone', nextPollAt: null });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(h.server.calls).toHaveLength(1);
  });

  it('rate-limited (429): slowed down, not failing — waits at least Retry-After', async () => {
    const h = createHarness();
    await h.respond({ kind: 'rate-limited', retryAfterMs: 30_000 });
    expect(h.snapshot()).toMatchObject({
      state: 'throttled',
      errorCount: 0,
      error: { kind: 'rate-limited', status: 429 },
      nextPollAt: T0 + 30_000,
    });
    vi.advanceTimersByTime(29_999);
    expect(h.server.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(h.server.calls).toHaveLength(2);
  });

  it('never goes Offline on 429s, however many: the server is answering', async () => {
    const h = createHarness();
    for (let i = 0; i < 5; i += 1) {
      await h.respond({ kind: 'rate-limited', retryAfterMs: 7_000 });
      expect(h.snapshot()).toMatchObject({
        state: 'throttled',
        errorCount: 0,
        nextPollAt: Date.now() + 7_000,
      });
      vi.advanceTimersByTime(7_000);
    }
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot().state).toBe('connected');
  });

  it('a 429 after failures forgets them: the server is back', async () => {
    const h = createHarness();
    await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
    vi.advanceTimersToNextTimer();
    await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
    expect(h.snapshot()).toMatchObject({ state: 'reconnecting', errorCount: 2 });
    vi.advanceTimersToNextTimer();
    await h.respond({ kind: 'rate-limited', retryAfterMs: 20_000 });
    expect(h.snapshot()).toMatchObject({ state: 'throttled', errorCount: 0 });
  });

  it('retries a timed-out request after the interval, not after a multiple of how long it hung', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    vi.advanceTimersToNextTimer();
    await h.flush();
    // The request hangs for 10 s, then the client's timeout reports it.
    vi.advanceTimersByTime(10_000);
    await h.respond({ kind: 'failure', error: { kind: 'timeout', message: 'timed out after 10 s' } });
    expect(h.snapshot()).toMatchObject({
      state: 'reconnecting',
      nextPollAt: Date.now() + TEST_CONFIG.interval,
    });
    // An answer that took 10 s, by contrast, keeps a slow server from being asked again before 20 s.
    vi.advanceTimersToNextTimer();
    await h.flush();
    vi.advanceTimersByTime(10_000);
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot().nextPollAt).toBe(Date.now() + 20_000);
  });

  it('rate-limited (429) with a short Retry-After still waits the normal delay', async () => {
    const h = createHarness();
    await h.respond({ kind: 'rate-limited', retryAfterMs: 1_000 });
    expect(await gapToNextRequest(h)).toBe(TEST_CONFIG.interval);
  });

  it('rate-limited (429) with garbage Retry-After falls back to the normal delay', async () => {
    const h = createHarness();
    await h.respond({ kind: 'rate-limited', retryAfterMs: Number.NaN });
    expect(await gapToNextRequest(h)).toBe(TEST_CONFIG.interval);
  });

  it('unauthorized (401): stops, says so, and a refresh tries again', async () => {
    const h = createHarness();
    await h.respond({ kind: 'unauthorized' });
    expect(h.snapshot()).toMatchObject({
      state: 'terminal',
      terminalReason: 'unauthorized',
      error: { kind: 'unauthorized', status: 401 },
    });
    vi.advanceTimersByTime(10 * MINUTE);
    expect(h.server.calls).toHaveLength(1);
    h.poller.refresh();
    expect(h.server.calls).toHaveLength(2);
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot()).toMatchObject({ state: 'connected', terminalReason: null });
  });

  it('unauthorized keeps the fetcher-provided error', async () => {
    const h = createHarness();
    await h.respond({
      kind: 'unauthorized',
      error: { kind: 'unauthorized', status: 401, message: 'Token expired' },
    });
    expect(h.snapshot().error?.message).toBe('Token expired');
  });

  it('failure: reconnects at the interval, then backs off 10 s doubling to 120 s', async () => {
    const h = createHarness();
    const gaps: number[] = [];
    const states: string[] = [];
    for (let failures = 1; failures <= 8; failures += 1) {
      await h.respond({ kind: 'failure', error: { kind: 'timeout', message: 'slow' } });
      states.push(h.snapshot().state);
      gaps.push(await gapToNextRequest(h));
    }
    expect(states).toEqual(['reconnecting', 'reconnecting', ...Array(6).fill('error')]);
    expect(gaps).toEqual([5_000, 5_000, 10_000, 20_000, 40_000, 80_000, 120_000, 120_000]);
  });

  it('a success after failures resets the count and the delay', async () => {
    const h = createHarness();
    for (let i = 0; i < 4; i += 1) {
      await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
      vi.advanceTimersToNextTimer();
    }
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot()).toMatchObject({ state: 'connected', errorCount: 0, error: null });
    expect(await gapToNextRequest(h)).toBe(TEST_CONFIG.interval);
  });

  it('a rejected fetcher promise is a network failure', async () => {
    const h = createHarness();
    h.server.last().reject(new TypeError('Failed to fetch'));
    await h.flush();
    expect(h.snapshot()).toMatchObject({
      state: 'reconnecting',
      error: { kind: 'network', message: 'Failed to fetch' },
    });
  });

  it('a fetcher that throws synchronously is a network failure', async () => {
    const h = createHarness({
      fetch: () => {
        throw new Error('boom');
      },
    });
    await h.flush();
    expect(h.snapshot()).toMatchObject({
      state: 'reconnecting',
      error: { kind: 'network', message: 'boom' },
    });
  });

  it('an unknown outcome is a shape failure, not a crash', async () => {
    const h = createHarness();
    await h.respond({ kind: 'teapot' } as never);
    expect(h.snapshot()).toMatchObject({ state: 'reconnecting', error: { kind: 'shape' } });
  });

  it('an isTerminal that throws is a shape failure, not a crash', async () => {
    const h = createHarness({
      isTerminal: () => {
        throw new Error('no status');
      },
    });
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot()).toMatchObject({ state: 'reconnecting', error: { kind: 'shape' } });
  });

  it.each([
    [0, 7_500],
    [0.5, 10_000],
    [0.999, 12_495],
  ])('spreads backoff with jitter when asked (random %d → %i ms)', async (sample, expected) => {
    const h = createHarness({ jitter: 0.25, random: () => sample });
    for (let i = 0; i < 3; i += 1) {
      await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
      if (i < 2) vi.advanceTimersToNextTimer();
    }
    expect(h.snapshot().state).toBe('error');
    expect(await gapToNextRequest(h)).toBe(expected);
  });
});
