import { createPoller as createEnginePoller } from '@vpo-live/poller';
import { createControlledFetcher, createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { fromPoller } from './fromPoller.ts';
import { config, flush, useFakeTimers, type Job } from './test-support/pollerFixtures.ts';

useFakeTimers();

function setup() {
  const server = createControlledFetcher<Job>();
  const poller = createEnginePoller<Job>({
    fetch: server.fetch,
    config,
    env: { document: createFakeDocument(), window: createFakeWindow() },
  });
  const seen: string[] = [];
  const root = createRoot((dispose) => {
    const { snapshot } = fromPoller(poller);
    createEffect(() => seen.push(`${snapshot().state}:${snapshot().data?.status ?? '-'}`));
    return { dispose, snapshot };
  });
  return { server, poller, seen, ...root };
}

describe('fromPoller', () => {
  it('follows the snapshots of a poller created elsewhere', async () => {
    const { server, poller, seen, snapshot, dispose } = setup();
    expect(snapshot().isFetching).toBe(true);
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running' } });
    await flush();
    expect(snapshot()).toBe(poller.getSnapshot());
    expect(seen).toEqual(['idle:-', 'connected:running']);
    dispose();
    poller.dispose();
  });

  it('fires nothing after its owner is disposed, and leaves the poller it did not create running', async () => {
    const { server, poller, seen, snapshot, dispose } = setup();
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running' } });
    await flush();
    const before = snapshot();
    const effects = seen.length;

    dispose();

    // The poller still polls on its schedule…
    vi.advanceTimersByTime(config.interval);
    expect(server.calls).toHaveLength(2);
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'completed' } });
    await flush();
    expect(poller.getSnapshot().data?.status).toBe('completed');
    poller.pause();
    expect(poller.getSnapshot().state).toBe('paused');
    // …but the binding no longer hears it.
    expect(seen).toHaveLength(effects);
    expect(snapshot()).toBe(before);

    poller.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('with reconcile, keeps one store whose unchanged fields never notify, and never writes the engine’s data', async () => {
    const server = createControlledFetcher<Job & { progress: number }>();
    const poller = createEnginePoller<Job & { progress: number }>({
      fetch: server.fetch,
      config,
      env: { document: createFakeDocument(), window: createFakeWindow() },
    });
    const reads: string[] = [];
    const { dispose, view } = createRoot((dispose) => {
      const view = fromPoller(poller, { reconcile: true });
      createEffect(() => reads.push(`status=${view.data()?.status ?? '-'}`));
      createEffect(() => reads.push(`progress=${view.data()?.progress ?? '-'}`));
      return { dispose, view };
    });
    const first = { id: 'a', status: 'running', progress: 10 };
    server.last().resolve({ kind: 'ok', data: first });
    await flush();
    const store = view.data();
    reads.length = 0;
    vi.advanceTimersByTime(config.interval);
    server.last().resolve({ kind: 'ok', data: { id: 'a', status: 'running', progress: 20 } });
    await flush();
    expect(reads).toEqual(['progress=20']);
    expect(view.data()).toBe(store);
    expect(first.progress).toBe(10);
    reads.length = 0;
    vi.advanceTimersByTime(config.interval);
    server.last().resolve({ kind: 'not-modified' });
    await flush();
    expect(reads).toEqual([]);
    dispose();
    poller.dispose();
  });
});
