/**
 * Test-only: mounts the dashboard through its public `mount()` against the msw fake of VPO's API, with fake
 * timers, and records every request the page makes.
 */
import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { JobSeed } from '@vpo-live/vpo-api';
import { createFakeJobStore, createJobsApiHandlers, type FakeJobStore } from '@vpo-live/vpo-api/testing';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { mount, type MountProps } from '../mount.tsx';

export const API_ORIGIN = 'http://vpo.test';
export const INTERVAL = 2000;

export interface MountedDashboard {
  store: FakeJobStore;
  root: HTMLElement;
  /** Every request URL the dashboard sent, in order. */
  requests: URL[];
  /** Job-list requests only. */
  listRequests(): URL[];
  /** Lets pending fetches and renders finish without moving the clock. */
  settle(): Promise<void>;
  /** Moves the clock by `ms` (default one interval) and lets the resulting poll land. */
  advance(ms?: number): Promise<void>;
  unmount(): void;
}

export interface MountOptions {
  /** Page URL (path + query) before mounting. */
  url?: string;
  /** Adds VPO's header `<span id="connection-status">` to the page. */
  hostIndicator?: boolean;
  interval?: number;
  /** Handlers that answer before the fake (e.g. `faults.serverError()`), from the very first request. */
  handlers?: HttpHandler[];
  /** Debug-inspection seams passed to `mount()` (e.g. a fake channel factory). */
  debug?: MountProps['debug'];
  /** Offers job actions (row selection, bulk cancel/retry): VPO's CSRF meta tag on the page and `actions: true`. */
  actions?: boolean;
}

/** Registers an msw server for the test file and returns `start()`, which mounts a dashboard. */
export function useDashboardHarness() {
  const server = setupServer();
  const requests: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url));
  });
  let unmounts: (() => void)[] = [];

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    for (const unmount of unmounts) unmount();
    unmounts = [];
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());

  const settle = async () => {
    for (let i = 0; i < 10; i += 1) {
      await vi.advanceTimersByTimeAsync(0);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  async function start(jobs: JobSeed[], options: MountOptions = {}): Promise<MountedDashboard> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(Date.UTC(2026, 1, 1, 12, 30, 0));
    window.history.replaceState(null, '', options.url ?? '/jobs');
    document.body.dataset.pollingInterval = String(options.interval ?? INTERVAL);
    if (options.hostIndicator) {
      document.body.insertAdjacentHTML(
        'afterbegin',
        '<header><span id="connection-status" class="connection-status connection-status--connected" role="status" aria-live="polite">Live</span></header>',
      );
    }
    const store = createFakeJobStore({ data: { jobs } });
    server.use(...createJobsApiHandlers(store, { baseUrl: API_ORIGIN }));
    // msw tries the most recently added handlers first.
    if (options.handlers) server.use(...options.handlers);
    const root = document.createElement('div');
    root.id = 'jobs-dashboard-root';
    document.body.append(root);
    const csrf = options.actions ? document.createElement('meta') : null;
    if (csrf) {
      csrf.name = 'csrf-token';
      csrf.content = 'test-token';
      document.head.append(csrf);
    }
    const unmount = mount(root, {
      apiBase: `${API_ORIGIN}/api`,
      debug: options.debug,
      actions: options.actions,
    });
    let mounted = true;
    const once = () => {
      if (mounted) unmount();
      mounted = false;
      csrf?.remove();
    };
    unmounts.push(once);
    await settle();
    return {
      store,
      root,
      requests,
      listRequests: () => requests.filter((url) => /\/api(\/v1)?\/jobs$/.test(url.pathname)),
      settle,
      async advance(ms = options.interval ?? INTERVAL) {
        await vi.advanceTimersByTimeAsync(ms);
        await settle();
      },
      unmount: once,
    };
  }

  return { server, start };
}

/** The `<tr>` of a job. */
export function rowOf(root: HTMLElement, id: string): HTMLTableRowElement | null {
  return root.querySelector<HTMLTableRowElement>(`tr[data-job-id="${id}"]`);
}

/** The ids of the rows on screen, in order. */
export function rowIds(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-job-id]')).map(
    (row) => row.dataset.jobId ?? '',
  );
}
