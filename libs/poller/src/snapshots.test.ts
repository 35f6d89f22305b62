import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sameSnapshot } from './machine/toPollerSnapshot.ts';
import { createHarness, job } from './test-support/createHarness.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('snapshot$', () => {
  it('emits the current snapshot to each new subscriber', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    const late: unknown[] = [];
    h.poller.snapshot$.subscribe((s) => late.push(s)).unsubscribe();
    expect(late).toEqual([h.snapshot()]);
  });

  it('emits only when something changed', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    for (let i = 0; i < 3; i += 1) {
      vi.advanceTimersToNextTimer();
      await h.respond({ kind: 'not-modified' });
    }
    h.poller.resume();
    h.poller.pause();
    h.poller.pause();
    h.doc.setVisibility('hidden');
    h.poller.resume();
    h.doc.setVisibility('visible');
    for (let i = 1; i < h.emitted.length; i += 1) {
      expect(sameSnapshot(h.emitted[i - 1]!, h.emitted[i]!), `emission ${i}`).toBe(false);
    }
  });

  it('emits one snapshot per visible change in a plain poll cycle', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    const before = h.emitted.length;
    vi.advanceTimersToNextTimer();
    await h.respond({ kind: 'ok', data: job('completed') });
    // Request goes out (isFetching), then the response lands (data, timestamps).
    expect(h.emitted.slice(before).map((s) => [s.isFetching, s.data?.status])).toEqual([
      [true, 'running'],
      [false, 'completed'],
    ]);
  });

  it('keeps data referentially identical across 304s', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    const data = h.snapshot().data;
    vi.advanceTimersToNextTimer();
    await h.respond({ kind: 'not-modified' });
    expect(h.emitted.at(-1)!.data).toBe(data);
  });

  it('reports the fetch in flight and hides nextPollAt meanwhile', async () => {
    const h = createHarness();
    expect(h.snapshot()).toMatchObject({ state: 'idle', isFetching: true, nextPollAt: null });
    await h.respond({ kind: 'ok', data: job('running') });
    expect(h.snapshot()).toMatchObject({ isFetching: false, nextPollAt: expect.any(Number) });
  });

  it('names the most important pause reason when several stack', () => {
    const h = createHarness();
    h.poller.pause();
    expect(h.snapshot().pauseReason).toBe('user');
    h.doc.setVisibility('hidden');
    expect(h.snapshot().pauseReason).toBe('hidden');
    h.win.setOnline(false);
    expect(h.snapshot().pauseReason).toBe('offline');
  });

  it('completes on dispose', () => {
    const h = createHarness();
    let completed = false;
    h.poller.snapshot$.subscribe({ complete: () => (completed = true) });
    h.poller.dispose();
    expect(completed).toBe(true);
  });
});
