import { createControlledFetcher, createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createPoller } from './createPoller.ts';
import { config, flush, useFakeTimers, type Job } from './test-support/pollerFixtures.ts';

useFakeTimers();

function setup() {
  const doc = createFakeDocument();
  const win = createFakeWindow();
  const server = createControlledFetcher<Job>();
  const root = createRoot((dispose) => ({
    dispose,
    poller: createPoller<Job>({ fetch: server.fetch, config, env: { document: doc, window: win } }),
  }));
  return { doc, win, server, ...root };
}

describe('createPoller (Solid)', () => {
  it('exposes the snapshot, state and data as accessors that follow the poller', async () => {
    const { server, poller, dispose } = setup();
    const states: string[] = [];
    createRoot(() => createEffect(() => states.push(poller.snapshot().state)));
    expect(poller.snapshot().isFetching).toBe(true);
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running' } });
    await flush();
    expect(poller.data()).toEqual({ id: 'a', status: 'running' });
    expect(states).toEqual(['idle', 'connected']);
    dispose();
  });

  it('switches the resource it polls, keeping the data as a placeholder until the new key answers', async () => {
    const { server, poller, dispose } = setup();
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running' } });
    await flush();
    poller.setKey('status=failed');
    expect(server.last().context.key).toBe('status=failed');
    expect(poller.snapshot()).toMatchObject({ isPlaceholder: true, data: { id: 'a' } });
    dispose();
  });

  it('forwards the controls to the engine', async () => {
    const { server, poller, dispose } = setup();
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running' } });
    await flush();
    poller.pause();
    expect(poller.snapshot()).toMatchObject({ state: 'paused', pauseReason: 'user' });
    poller.resume();
    expect(server.calls).toHaveLength(2);
    poller.refresh();
    expect(server.calls).toHaveLength(3);
    dispose();
  });

  it('fires nothing after its owner is disposed: no request, timer or listener', async () => {
    const { doc, win, server, poller, dispose } = setup();
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running' } });
    await flush();
    vi.advanceTimersToNextTimer();
    const inFlight = server.last();
    const calls = server.calls.length;

    dispose();

    expect(inFlight.context.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(doc.listenerCount()).toBe(0);
    expect(win.listenerCount()).toBe(0);
    doc.setVisibility('hidden');
    doc.setVisibility('visible');
    win.setOnline(false);
    win.setOnline(true);
    poller.refresh();
    vi.advanceTimersByTime(10 * 60_000);
    await flush();
    expect(server.calls).toHaveLength(calls);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases the listeners it added to the real document and window', () => {
    const added: string[] = [];
    const removed: string[] = [];
    for (const target of [document, window]) {
      vi.spyOn(target, 'addEventListener').mockImplementation((type) => void added.push(type));
      vi.spyOn(target, 'removeEventListener').mockImplementation((type) => void removed.push(type));
    }
    const server = createControlledFetcher<Job>();
    const dispose = createRoot((d) => {
      createPoller<Job>({ fetch: server.fetch, config });
      return d;
    });
    expect(added.sort()).toEqual(['offline', 'online', 'visibilitychange']);
    dispose();
    expect(removed.sort()).toEqual(added);
    vi.restoreAllMocks();
  });
});
