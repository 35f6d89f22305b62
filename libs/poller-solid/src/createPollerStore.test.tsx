import type { PollingConfig } from '@vpo-live/poller';
import { createControlledFetcher, createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { render } from '@solidjs/testing-library';
import { createEffect, createRoot, For } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollerStore } from './createPollerStore.ts';

interface Job {
  id: string;
  status: string;
  progress: number;
}
interface JobList {
  jobs: Job[];
  total: number;
}

const config: PollingConfig = { interval: 5_000, enabled: true, logInterval: 15_000 };
const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};
const list = (...jobs: Job[]): JobList => ({ jobs, total: jobs.length });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const server = createControlledFetcher<JobList>();
  const env = { document: createFakeDocument(), window: createFakeWindow() };
  return { server, options: { fetch: server.fetch, config, env } };
}

async function poll(server: ReturnType<typeof setup>['server'], data: JobList): Promise<void> {
  vi.advanceTimersToNextTimer();
  server.last().resolve({ kind: 'ok', data });
  await flush();
}

describe('createPollerStore', () => {
  it('keeps the identity of items matched by id, and notifies only what changed', async () => {
    const { server, options } = setup();
    await createRoot(async (dispose) => {
      const { store } = createPollerStore(options);
      server.last().resolve({
        kind: 'ok',
        data: list({ id: 'a', status: 'running', progress: 10 }, { id: 'b', status: 'queued', progress: 0 }),
      });
      await flush();
      const rowA = store.data!.jobs[0];
      const runs = { a: 0, b: 0 };
      createRoot(() => {
        createEffect(() => (store.data?.jobs[0]?.progress, (runs.a += 1)));
        createEffect(() => (store.data?.jobs[1]?.status, (runs.b += 1)));
      });

      await poll(
        server,
        list({ id: 'a', status: 'running', progress: 55 }, { id: 'b', status: 'queued', progress: 0 }),
      );

      expect(store.data!.jobs[0]).toBe(rowA);
      expect(store.data!.jobs[0]!.progress).toBe(55);
      expect(runs).toEqual({ a: 2, b: 1 });
      dispose();
    });
  });

  it('updates only the changed cells of a keyed table, keeping every row element', async () => {
    const { server, options } = setup();
    const view = render(() => {
      const poller = createPollerStore(options);
      return (
        <table>
          <tbody>
            <For each={poller.store.data?.jobs}>
              {(job) => (
                <tr data-job-id={job.id}>
                  <td>{job.status}</td>
                  <td>{job.progress}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      );
    });
    server.last().resolve({
      kind: 'ok',
      data: list({ id: 'a', status: 'running', progress: 10 }, { id: 'b', status: 'queued', progress: 0 }),
    });
    await flush();
    const rows = [...view.container.querySelectorAll('tr')];
    const cellB = rows[1]!.firstElementChild!.firstChild;

    await poll(
      server,
      list(
        { id: 'c', status: 'queued', progress: 0 },
        { id: 'a', status: 'completed', progress: 100 },
        { id: 'b', status: 'queued', progress: 0 },
      ),
    );

    const after = [...view.container.querySelectorAll('tr')];
    expect(after.map((r) => r.dataset.jobId)).toEqual(['c', 'a', 'b']);
    expect(after[1]).toBe(rows[0]);
    expect(after[2]).toBe(rows[1]);
    expect(after[1]!.textContent).toBe('completed100');
    expect(after[2]!.firstElementChild!.firstChild).toBe(cellB);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never writes into the objects the engine hands out', async () => {
    const { server, options } = setup();
    await createRoot(async (dispose) => {
      const { poller } = createPollerStore(options);
      const first = list({ id: 'a', status: 'running', progress: 10 });
      server.last().resolve({ kind: 'ok', data: first });
      await flush();
      await poll(server, list({ id: 'a', status: 'failed', progress: 10 }));
      expect(first.jobs[0]!.status).toBe('running');
      expect(poller.getSnapshot().data!.jobs[0]!.status).toBe('failed');
      dispose();
    });
  });

  it('fires nothing after its owner is disposed', async () => {
    const { server, options } = setup();
    const dispose = createRoot((d) => {
      createPollerStore(options);
      return d;
    });
    const first = server.last();
    dispose();
    expect(first.context.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(options.env.document.listenerCount()).toBe(0);
    expect(options.env.window.listenerCount()).toBe(0);
    vi.advanceTimersByTime(10 * 60_000);
    await flush();
    expect(server.calls).toHaveLength(1);
  });
});
