import { createPoller as createEnginePoller, type PollingConfig } from '@vpo-live/poller';
import { createControlledFetcher, createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { createEffect, createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromPoller } from './fromPoller.ts';

interface Job {
  id: string;
  status: string;
}

const config: PollingConfig = { interval: 5_000, enabled: true, logInterval: 15_000 };
const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const server = createControlledFetcher<Job>();
  const poller = createEnginePoller<Job>({
    fetch: server.fetch,
    config,
    env: { document: createFakeDocument(), window: createFakeWindow() },
  });
  const seen: string[] = [];
  const root = createRoot((dispose) => {
    const snapshot = fromPoller(poller);
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
});
