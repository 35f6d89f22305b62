import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, job, TEST_CONFIG } from './test-support/createHarness.ts';

const MINUTE = 60_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pausing on a hidden page', () => {
  it('pauses in the same tick as visibilitychange and aborts the in-flight request', () => {
    const h = createHarness();
    const first = h.server.last();
    h.doc.setVisibility('hidden');
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'hidden', isFetching: false });
    expect(first.context.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('makes zero requests over 10 hidden minutes', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    expect(vi.getTimerCount()).toBe(1);
    h.doc.setVisibility('hidden');
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * MINUTE);
    await h.flush();
    expect(h.server.calls).toHaveLength(1);
    expect(h.snapshot().nextPollAt).toBeNull();
  });

  it('fetches at once when the page becomes visible again, then keeps polling', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    h.doc.setVisibility('hidden');
    vi.advanceTimersByTime(MINUTE);
    h.doc.setVisibility('visible');
    expect(h.server.calls).toHaveLength(2);
    expect(h.snapshot()).toMatchObject({ state: 'connected', isFetching: true, pauseReason: null });
    await h.respond({ kind: 'ok', data: job('running') });
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    expect(h.server.calls).toHaveLength(3);
  });

  it('starts paused, without a request, when created on a hidden page', () => {
    const h = createHarness({ hidden: true });
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'hidden' });
    expect(h.server.calls).toHaveLength(0);
    h.doc.setVisibility('visible');
    expect(h.server.calls).toHaveLength(1);
    expect(h.snapshot().state).toBe('idle');
  });

  it('continues in the state it was in: backing off after a pause during errors', async () => {
    const h = createHarness();
    for (let i = 0; i < 3; i += 1) {
      await h.respond({ kind: 'failure', error: { kind: 'http', status: 503, message: 'down' } });
      vi.advanceTimersToNextTimer();
    }
    await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
    expect(h.snapshot()).toMatchObject({ state: 'error', errorCount: 4 });
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    expect(h.snapshot()).toMatchObject({ state: 'error', isFetching: true, errorCount: 4 });
    await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
    expect(h.snapshot().errorCount).toBe(5);
    const calls = h.server.calls.length;
    vi.advanceTimersByTime(40_000 - 1);
    expect(h.server.calls).toHaveLength(calls);
    vi.advanceTimersByTime(1);
    expect(h.server.calls).toHaveLength(calls + 1);
  });
});

describe('pause reasons', () => {
  it('stack: a visible page does not resume a user pause', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    h.poller.pause();
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'user' });
    vi.advanceTimersByTime(MINUTE);
    expect(h.server.calls).toHaveLength(1);
    h.poller.resume();
    expect(h.server.calls).toHaveLength(2);
    expect(h.snapshot().state).toBe('connected');
  });

  it('stack: resuming the user pause on a hidden page keeps polling paused', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    h.doc.setVisibility('hidden');
    h.poller.pause();
    h.poller.resume();
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'hidden' });
    expect(h.server.calls).toHaveLength(1);
  });

  it('pauses while offline and fetches at once when back online', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    h.win.setOnline(false);
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'offline' });
    vi.advanceTimersByTime(MINUTE);
    expect(h.server.calls).toHaveLength(1);
    h.win.setOnline(true);
    expect(h.server.calls).toHaveLength(2);
  });

  it('starts paused when the browser is offline', () => {
    const h = createHarness({ online: false });
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'offline' });
    expect(h.server.calls).toHaveLength(0);
  });

  it('user pause aborts the in-flight request and disarms every timer', () => {
    const h = createHarness();
    h.poller.pause();
    expect(h.server.last().context.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'user' });
  });

  it('resume without a pause changes nothing', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    const before = h.emitted.length;
    h.poller.resume();
    expect(h.emitted).toHaveLength(before);
    expect(h.server.calls).toHaveLength(1);
  });
});

describe('polling disabled by config', () => {
  it('never polls by itself', () => {
    const h = createHarness({ config: { ...TEST_CONFIG, enabled: false } });
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'disabled' });
    vi.advanceTimersByTime(10 * MINUTE);
    h.poller.resume();
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    expect(h.server.calls).toHaveLength(0);
  });

  it('fetches once on refresh and stays paused, with no timer armed', async () => {
    const h = createHarness({ config: { ...TEST_CONFIG, enabled: false } });
    h.poller.refresh();
    expect(h.snapshot()).toMatchObject({ state: 'paused', isFetching: true });
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot()).toMatchObject({ state: 'paused', isFetching: false, data: job('running') });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a refresh while paused is aborted when the page hides', () => {
    const h = createHarness({ config: { ...TEST_CONFIG, enabled: false } });
    h.poller.refresh();
    h.doc.setVisibility('hidden');
    expect(h.server.last().context.signal.aborted).toBe(true);
    expect(h.snapshot().isFetching).toBe(false);
  });
});
