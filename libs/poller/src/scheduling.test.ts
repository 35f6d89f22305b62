import { VirtualTimeScheduler } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoller } from './createPoller.ts';
import {
  createHarness,
  flushMicrotasks,
  job,
  TEST_CONFIG,
  type TestJob,
} from './test-support/createHarness.ts';
import type { FetchOutcome, Fetcher } from './types.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A server that answers every request after `latencyMs`, recording when each request ran. */
function slowServer(latencyMs: number) {
  const requests: { start: number; end: number | null }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: Fetcher<TestJob> = ({ signal }) =>
    new Promise<FetchOutcome<TestJob>>((resolve) => {
      const request = { start: Date.now(), end: null as number | null };
      requests.push(request);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const timer = setTimeout(() => {
        inFlight -= 1;
        request.end = Date.now();
        resolve({ kind: 'ok', data: job('running') });
      }, latencyMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        inFlight -= 1;
      });
    });
  return { fetch, requests, maxInFlight: () => maxInFlight };
}

describe('scheduling', () => {
  it('never overlaps requests when the server is slower than the interval', async () => {
    const server = slowServer(8_000);
    const h = createHarness({ fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(server.maxInFlight()).toBe(1);
    expect(server.requests.length).toBeGreaterThan(5);
    for (let i = 1; i < server.requests.length; i += 1) {
      const previous = server.requests[i - 1]!;
      // The next request starts after the last settled, and no sooner than 2 × its response time.
      expect(server.requests[i]!.start - previous.end!).toBeGreaterThanOrEqual(2 * 8_000);
    }
    h.poller.dispose();
  });

  it('takes the latency multiple from the options', async () => {
    const server = slowServer(3_000);
    const h = createHarness({ fetch: server.fetch, latencyFactor: 4 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(h.snapshot().nextPollAt! - Date.now()).toBe(12_000);
    h.poller.dispose();
  });

  it('uses the plain interval when the server is fast', async () => {
    const server = slowServer(100);
    const h = createHarness({ fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(100);
    expect(h.snapshot().nextPollAt! - Date.now()).toBe(TEST_CONFIG.interval);
    h.poller.dispose();
  });

  it('sends the next request exactly at nextPollAt', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    const due = h.snapshot().nextPollAt!;
    vi.advanceTimersByTime(due - Date.now() - 1);
    expect(h.server.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(h.server.calls).toHaveLength(2);
    expect(h.snapshot()).toMatchObject({ isFetching: true, nextPollAt: null });
  });

  it('refresh fetches now and disarms the pending timer', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    vi.advanceTimersByTime(2_000);
    h.poller.refresh();
    expect(h.server.calls).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
    await h.respond({ kind: 'ok', data: job('running') });
    vi.advanceTimersByTime(TEST_CONFIG.interval - 1);
    expect(h.server.calls).toHaveLength(2);
  });

  it('a refresh during a request supersedes it: the old one is aborted, one stays in flight', () => {
    const h = createHarness();
    const first = h.server.last();
    h.poller.refresh();
    expect(first.context.signal.aborted).toBe(true);
    expect(h.server.calls).toHaveLength(2);
    expect(h.server.inFlight()).toBe(1);
  });

  it('runs on an injected RxJS scheduler and clock', async () => {
    vi.useRealTimers();
    const scheduler = new VirtualTimeScheduler();
    let calls = 0;
    const poller = createPoller<TestJob>({
      fetch: async () => {
        calls += 1;
        return { kind: 'ok', data: job('running') };
      },
      config: TEST_CONFIG,
      env: { scheduler, document: null, window: null },
    });
    await flushMicrotasks();
    expect(poller.getSnapshot()).toMatchObject({ state: 'connected', lastUpdatedAt: 0, nextPollAt: 5_000 });
    scheduler.flush();
    await flushMicrotasks();
    expect(calls).toBe(2);
    expect(poller.getSnapshot().lastUpdatedAt).toBe(5_000);
    poller.dispose();
  });
});
