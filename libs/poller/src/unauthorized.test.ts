import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, job, TEST_CONFIG } from './test-support/createHarness.ts';

/*
 * A 401 (with or without a WWW-Authenticate challenge: the fetcher reports `unauthorized` either way) stops
 * polling and says so, but the last data stays, and the engine tries again on the user's or the page's cue.
 */

const MINUTE = 60_000;
const running = job('running');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A poller that showed `running`, then was refused. */
async function refusedPoller() {
  const h = createHarness();
  await h.respond({ kind: 'ok', data: running, etag: '"v1"' });
  vi.advanceTimersByTime(TEST_CONFIG.interval);
  await h.respond({ kind: 'unauthorized' });
  return h;
}

describe('unauthorized (401) after data was shown', () => {
  it('keeps the last data, says why, and runs nothing', async () => {
    const h = await refusedPoller();
    expect(h.snapshot()).toMatchObject({
      state: 'terminal',
      terminalReason: 'unauthorized',
      error: { kind: 'unauthorized', status: 401 },
      data: running,
      isFetching: false,
      nextPollAt: null,
    });
    expect(h.snapshot().data).toBe(running);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(h.server.calls).toHaveLength(2);
  });

  it('asks once when the tab comes back, and is live again when the server answers 200', async () => {
    const h = await refusedPoller();
    h.doc.setVisibility('hidden');
    expect(h.server.calls).toHaveLength(2);
    h.doc.setVisibility('visible');
    expect(h.server.calls).toHaveLength(3);
    expect(h.snapshot()).toMatchObject({ state: 'terminal', isFetching: true, data: running });
    const later = job('running');
    await h.respond({ kind: 'ok', data: later });
    expect(h.snapshot()).toMatchObject({ state: 'connected', terminalReason: null, error: null });
    expect(h.snapshot().data).toBe(later);
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    expect(h.server.calls).toHaveLength(4);
  });

  it('is live again with the same data when the check answers 304 to the kept ETag', async () => {
    const h = await refusedPoller();
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    expect(h.server.last().context.etag).toBe('"v1"');
    await h.respond({ kind: 'not-modified' });
    expect(h.snapshot()).toMatchObject({ state: 'connected', terminalReason: null, error: null });
    expect(h.snapshot().data).toBe(running);
  });

  it('stays stopped, data kept, when the check is refused again', async () => {
    const h = await refusedPoller();
    h.poller.refresh();
    await h.respond({ kind: 'unauthorized' });
    expect(h.snapshot()).toMatchObject({ state: 'terminal', terminalReason: 'unauthorized', data: running });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks once on refresh, and polls again after a 200', async () => {
    const h = await refusedPoller();
    h.poller.refresh();
    expect(h.server.calls).toHaveLength(3);
    await h.respond({ kind: 'ok', data: running });
    expect(h.snapshot()).toMatchObject({ state: 'connected', terminalReason: null });
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    expect(h.server.calls).toHaveLength(4);
  });

  it('asks once when the browser comes back online', async () => {
    const h = await refusedPoller();
    h.win.setOnline(false);
    h.win.setOnline(true);
    expect(h.server.calls).toHaveLength(3);
    await h.respond({ kind: 'ok', data: running });
    expect(h.snapshot().state).toBe('connected');
  });
});
