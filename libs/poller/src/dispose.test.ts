import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, job } from './test-support/createHarness.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

type Harness = ReturnType<typeof createHarness>;

const setups: [string, (h: Harness) => Promise<void>][] = [
  ['fetching the first time', async () => undefined],
  ['waiting while connected', (h) => h.respond({ kind: 'ok', data: job('running') })],
  ['waiting to reconnect', (h) => h.respond({ kind: 'failure', error: { kind: 'network', message: 'x' } })],
  [
    'backing off in error',
    async (h) => {
      for (let i = 0; i < 3; i += 1) {
        await h.respond({ kind: 'failure', error: { kind: 'network', message: 'x' } });
        if (i < 2) vi.advanceTimersToNextTimer();
      }
    },
  ],
  ['paused', async (h) => h.doc.setVisibility('hidden')],
  ['terminal', (h) => h.respond({ kind: 'gone' })],
];

describe('dispose', () => {
  it.each(setups)('leaves no timer, listener or request behind when %s', async (_name, setup) => {
    const h = createHarness();
    await setup(h);
    let completed = false;
    h.poller.snapshot$.subscribe({ complete: () => (completed = true) });

    h.poller.dispose();

    expect(vi.getTimerCount()).toBe(0);
    expect(h.doc.listenerCount()).toBe(0);
    expect(h.win.listenerCount()).toBe(0);
    expect(h.server.inFlight()).toBe(0);
    expect(completed).toBe(true);
  });

  it('ignores everything afterwards', async () => {
    const h = createHarness();
    await h.respond({ kind: 'ok', data: job('running') });
    h.poller.dispose();
    const calls = h.server.calls.length;
    h.poller.refresh();
    h.poller.resume();
    h.poller.pause();
    h.doc.setVisibility('hidden');
    h.doc.setVisibility('visible');
    vi.advanceTimersByTime(10 * 60_000);
    await h.flush();
    expect(h.server.calls).toHaveLength(calls);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('can be called twice', () => {
    const h = createHarness();
    h.poller.dispose();
    expect(() => h.poller.dispose()).not.toThrow();
  });

  it('aborts the request in flight', () => {
    const h = createHarness();
    h.poller.dispose();
    expect(h.server.last().context.signal.aborted).toBe(true);
  });
});
