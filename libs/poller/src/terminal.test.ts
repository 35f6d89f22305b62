import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, job, TEST_CONFIG } from './test-support/createHarness.ts';

const MINUTE = 60_000;
const finished = job('completed', { terminal: true });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

async function finishedPoller() {
  const h = createHarness();
  await h.respond({ kind: 'ok', data: job('running') });
  vi.advanceTimersToNextTimer();
  await h.respond({ kind: 'ok', data: finished, etag: '"done"' });
  return h;
}

describe('terminal', () => {
  it('stops after the fetch that shows the job finished: nothing runs', async () => {
    const h = await finishedPoller();
    expect(h.snapshot()).toMatchObject({ state: 'terminal', terminalReason: 'finished', data: finished });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(h.server.calls).toHaveLength(2);
  });

  it('checks once when the page becomes visible again, and stays when still finished', async () => {
    const h = await finishedPoller();
    h.doc.setVisibility('hidden');
    expect(h.snapshot().state).toBe('terminal');
    h.doc.setVisibility('visible');
    expect(h.server.calls).toHaveLength(3);
    expect(h.server.last().context.etag).toBe('"done"');
    await h.respond({ kind: 'not-modified' });
    expect(h.snapshot()).toMatchObject({ state: 'terminal', terminalReason: 'finished', data: finished });
    vi.advanceTimersByTime(10 * MINUTE);
    expect(h.server.calls).toHaveLength(3);
  });

  it('returns to polling when the check finds the job re-queued', async () => {
    const h = await finishedPoller();
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    await h.respond({ kind: 'ok', data: job('queued') });
    expect(h.snapshot()).toMatchObject({ state: 'connected', terminalReason: null, data: job('queued') });
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    expect(h.server.calls).toHaveLength(4);
  });

  it('refresh in terminal checks once', async () => {
    const h = await finishedPoller();
    h.poller.refresh();
    expect(h.snapshot()).toMatchObject({ state: 'terminal', isFetching: true });
    await h.respond({ kind: 'ok', data: finished });
    expect(h.snapshot()).toMatchObject({ state: 'terminal', isFetching: false });
    expect(h.server.calls).toHaveLength(3);
  });

  it('a failed check keeps the terminal state and reports the error', async () => {
    const h = await finishedPoller();
    h.poller.refresh();
    await h.respond({ kind: 'failure', error: { kind: 'network', message: 'down' } });
    expect(h.snapshot()).toMatchObject({
      state: 'terminal',
      terminalReason: 'finished',
      error: { kind: 'network' },
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a check is aborted when the page hides again', async () => {
    const h = await finishedPoller();
    h.poller.refresh();
    h.doc.setVisibility('hidden');
    expect(h.server.last().context.signal.aborted).toBe(true);
    expect(h.snapshot()).toMatchObject({ state: 'terminal', isFetching: false });
  });

  it('a gone job stays gone when checked again', async () => {
    const h = createHarness();
    await h.respond({ kind: 'gone' });
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    await h.respond({ kind: 'gone' });
    expect(h.snapshot()).toMatchObject({ state: 'terminal', terminalReason: 'gone' });
  });

  it('a job re-queued while the user paused polling resumes only when the user does', async () => {
    const h = await finishedPoller();
    h.poller.pause();
    h.poller.refresh();
    await h.respond({ kind: 'ok', data: job('queued') });
    expect(h.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'user' });
    expect(vi.getTimerCount()).toBe(0);
    h.poller.resume();
    expect(h.snapshot()).toMatchObject({ state: 'connected', isFetching: true });
  });
});
