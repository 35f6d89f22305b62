import { EMPTY, Subject } from 'rxjs';
import { createServerConnection } from '../connection/serverConnection.ts';
import type { TabRole, TabShare } from '../tabs/createTabShare.ts';
import { createPoller } from '../createPoller.ts';
import { createControlledFetcher } from '../testing/createControlledFetcher.ts';
import { createFakeDocument } from '../testing/createFakeDocument.ts';
import { createFakeWindow } from '../testing/createFakeWindow.ts';
import type { PollerOptions, PollerSnapshot, PollingConfig } from '../types.ts';

/** A job as the tests poll it: `terminal` drives `isTerminal`. */
export interface TestJob {
  id: string;
  status: string;
  terminal?: boolean;
}

export const TEST_CONFIG: PollingConfig = { interval: 5_000, enabled: true };

export interface HarnessOptions extends Partial<PollerOptions<TestJob>> {
  hidden?: boolean;
  online?: boolean;
  /** Random source for backoff jitter. */
  random?: () => number;
}

/**
 * A poller on a fake page with a controlled server, recording every emitted snapshot. Call with fake timers
 * installed (`vi.useFakeTimers()`).
 */
export function createHarness(options: HarnessOptions = {}) {
  const { hidden = false, online = true, random, ...pollerOptions } = options;
  const doc = createFakeDocument(hidden ? 'hidden' : 'visible');
  const win = createFakeWindow(online);
  const server = createControlledFetcher<TestJob>();
  const connection = createServerConnection();
  // Tabs that only ever change roles: the fetcher is not wrapped, so the poller fetches as it would alone.
  const roles = new Subject<TabRole>();
  const tabs: TabShare = {
    role$: roles,
    arrivals$: EMPTY,
    refreshRequests$: EMPTY,
    update: () => undefined,
    request: (_key, _context, direct) => direct(),
    wrap: (fetcher) => fetcher,
    askLeaderToRefresh: () => undefined,
    dispose: () => roles.complete(),
  };
  const poller = createPoller<TestJob>({
    fetch: server.fetch,
    connection,
    tabs,
    config: TEST_CONFIG,
    isTerminal: (job) => job.terminal === true,
    env: { document: doc, window: win, random },
    ...pollerOptions,
  });
  const emitted: PollerSnapshot<TestJob>[] = [];
  poller.snapshot$.subscribe((snapshot) => emitted.push(snapshot));
  return {
    doc,
    win,
    server,
    /** The poller's server connection: report to it as another poller of the page would. */
    connection,
    /** Hands the lead of the poller's resource to this tab or another. */
    setRole: (role: TabRole) => roles.next(role),
    poller,
    emitted,
    snapshot: () => poller.getSnapshot(),
    /** Lets settled promises reach the machine without moving the clock. */
    flush: flushMicrotasks,
    /** Resolves the newest request and lets the outcome land. */
    async respond(outcome: Parameters<(typeof server.calls)[number]['resolve']>[0]) {
      server.last().resolve(outcome);
      await flushMicrotasks();
    },
  };
}

/**
 * Drains pending promise callbacks. A settled fetch reaches the machine within one microtask, so a few turns
 * are plenty; this avoids the fake-timer async APIs, which yield to the real event loop on every call.
 */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

export const job = (status: string, extra: Partial<TestJob> = {}): TestJob => ({
  id: 'j1',
  status,
  ...extra,
});
