/**
 * One poller per browser: several tabs (pollers with their own fake page) polling one resource through a fake
 * lock manager and BroadcastChannel hub, with fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoller } from './createPoller.ts';
import { shareAcrossTabs } from './tabs/shareAcrossTabs.ts';
import { createControlledFetcher } from './testing/createControlledFetcher.ts';
import { createFakeChannelHub } from './testing/createFakeChannelHub.ts';
import { createFakeDocument } from './testing/createFakeDocument.ts';
import { createFakeLockManager } from './testing/createFakeLockManager.ts';
import { createFakeWindow } from './testing/createFakeWindow.ts';
import { flushMicrotasks, TEST_CONFIG, type TestJob } from './test-support/createHarness.ts';
import type { FetchOutcome, Poller } from './types.ts';

const INTERVAL = TEST_CONFIG.interval;
const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);
const job = (status: string): FetchOutcome<TestJob> => ({
  kind: 'ok',
  data: { id: 'j1', status },
  etag: `"${status}"`,
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** A browser profile: tabs share its locks and channels. */
function createBrowser() {
  const locks = createFakeLockManager();
  const channels = createFakeChannelHub();
  const tabs: Tab[] = [];

  interface Tab {
    poller: Poller<TestJob>;
    server: ReturnType<typeof createControlledFetcher<TestJob>>;
    doc: ReturnType<typeof createFakeDocument>;
    crash(): void;
  }

  function open(options: { key?: string; hidden?: boolean; resource?: string; share?: boolean } = {}): Tab {
    const doc = createFakeDocument(options.hidden ? 'hidden' : 'visible');
    const lockManager = locks.tab();
    const env = {
      document: doc,
      window: createFakeWindow(true),
      locks: lockManager,
      channel: channels.factory,
    };
    const server = createControlledFetcher<TestJob>();
    const share =
      options.share === false
        ? undefined
        : shareAcrossTabs({
            resource: options.resource ?? 'http://vpo.test/api|job:j1',
            interval: INTERVAL,
            env,
          });
    const poller = createPoller<TestJob>({
      key: options.key ?? '',
      fetch: share ? share.wrap(server.fetch) : server.fetch,
      config: TEST_CONFIG,
      env,
      tabs: share,
      isTerminal: (data) => data.status === 'done',
    });
    const tab = {
      poller,
      server,
      doc,
      crash() {
        // The browser frees the crashed tab's locks; its channel and timers simply stop.
        lockManager.crash();
        poller.dispose();
      },
    };
    tabs.push(tab);
    return tab;
  }

  /** Every request any tab made to the server. */
  const requests = () => tabs.reduce((sum, tab) => sum + tab.server.calls.length, 0);
  const dispose = () => tabs.forEach((tab) => tab.poller.dispose());
  /** The outcomes posted on the default resource's channel. */
  const outcomesPosted = () =>
    channels
      .posted('vpo-live/tabs/http://vpo.test/api|job:j1')
      .filter((message) => (message as { t: string }).t === 'outcome').length;
  return { open, requests, dispose, locks, outcomesPosted };
}

/** Lets lock grants, channel messages and settled fetches land. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i += 1) await flushMicrotasks();
}

describe('tabs sharing one resource', () => {
  it('elect one leader, which alone fetches; the others show the same data and state', async () => {
    const browser = createBrowser();
    const [a, b, c] = [browser.open(), browser.open(), browser.open()];
    await settle();
    expect([a, b, c].map((t) => t.poller.getSnapshot().role)).toEqual(['leader', 'follower', 'follower']);
    expect(browser.requests()).toBe(1);
    a.server.last().resolve(job('running'));
    await settle();
    for (const tab of [a, b, c]) {
      expect(tab.poller.getSnapshot()).toMatchObject({ state: 'connected', data: { status: 'running' } });
    }
    // Three intervals later, still one request per interval for the three tabs.
    for (let round = 0; round < 3; round += 1) {
      vi.advanceTimersByTime(INTERVAL);
      await settle();
      a.server.last().resolve(job(`step ${round}`));
      await settle();
    }
    expect(browser.requests()).toBe(4);
    expect(c.poller.getSnapshot().data?.status).toBe('step 2');
    expect(c.poller.getSnapshot().lastUpdatedAt).toBe(a.poller.getSnapshot().lastUpdatedAt);
    browser.dispose();
  });

  it('costs a tab alone nothing: its outcomes are posted only while another tab listens', async () => {
    const browser = createBrowser();
    const a = browser.open();
    await settle();
    for (let round = 0; round < 3; round += 1) {
      a.server.last().resolve(job(`alone ${round}`));
      await settle();
      vi.advanceTimersByTime(INTERVAL);
      await settle();
    }
    expect(browser.outcomesPosted()).toBe(0);
    // A second tab joins: it gets the latest answer at once, and the next ones as they come.
    const b = browser.open();
    await settle();
    expect(b.poller.getSnapshot().data?.status).toBe('alone 2');
    for (let round = 0; round < 3; round += 1) {
      a.server.last().resolve(job(`shared ${round}`));
      await settle();
      vi.advanceTimersByTime(INTERVAL);
      await settle();
    }
    expect(b.poller.getSnapshot().data?.status).toBe('shared 2');
    expect(b.server.calls).toHaveLength(0);
    browser.dispose();
  });

  it('shows the latest data at once, without a request, in a tab that opens later', async () => {
    const browser = createBrowser();
    const a = browser.open();
    await settle();
    a.server.last().resolve(job('running'));
    await settle();
    const late = browser.open();
    await settle();
    expect(late.server.calls).toHaveLength(0);
    expect(late.poller.getSnapshot()).toMatchObject({
      state: 'connected',
      role: 'follower',
      data: { status: 'running' },
    });
    browser.dispose();
  });

  it('hands over when the leader closes or crashes, with no gap longer than an interval and a second', async () => {
    const browser = createBrowser();
    const [a, b] = [browser.open(), browser.open()];
    await settle();
    a.server.last().resolve(job('running'));
    await settle();
    a.crash();
    await settle();
    expect(b.poller.getSnapshot().role).toBe('leader');
    vi.advanceTimersByTime(INTERVAL);
    await settle();
    expect(b.server.calls).toHaveLength(1);
    b.server.last().resolve(job('completed-ish'));
    await settle();
    expect(b.poller.getSnapshot().lastUpdatedAt! - T0).toBeLessThanOrEqual(INTERVAL + 1000);
    browser.dispose();
  });

  it('never lets a hidden tab lead: a visible one takes over, and with every tab hidden nothing is fetched', async () => {
    const browser = createBrowser();
    const [a, b] = [browser.open(), browser.open()];
    await settle();
    a.server.last().resolve(job('running'));
    await settle();
    a.doc.setVisibility('hidden');
    await settle();
    expect(a.poller.getSnapshot()).toMatchObject({ state: 'paused', role: 'follower' });
    expect(b.poller.getSnapshot().role).toBe('leader');
    b.doc.setVisibility('hidden');
    await settle();
    const before = browser.requests();
    vi.advanceTimersByTime(3 * INTERVAL);
    await settle();
    expect(browser.requests()).toBe(before);
    // The first tab to come back leads, and fetches at once.
    a.doc.setVisibility('visible');
    await settle();
    expect(a.poller.getSnapshot().role).toBe('leader');
    expect(browser.requests()).toBe(before + 1);
    browser.dispose();
  });

  it('makes one request for every tab when any of them refreshes', async () => {
    const browser = createBrowser();
    const [a, b] = [browser.open(), browser.open()];
    await settle();
    a.server.last().resolve(job('running'));
    await settle();
    b.poller.refresh();
    await settle();
    expect(a.server.calls).toHaveLength(2);
    expect(b.server.calls).toHaveLength(0);
    a.server.last().resolve(job('refreshed'));
    await settle();
    expect(b.poller.getSnapshot().data?.status).toBe('refreshed');
    browser.dispose();
  });

  it('asks the server at once for a refresh of a finished job: no tab leads it, so none is waited for', async () => {
    const browser = createBrowser();
    const [a, b] = [browser.open(), browser.open()];
    await settle();
    a.server.last().resolve(job('done'));
    await settle();
    expect(b.poller.getSnapshot().state).toBe('terminal');
    expect(a.poller.getSnapshot().role).toBe('follower');
    const before = browser.requests();
    b.poller.refresh();
    await settle();
    // Sent without waiting out any patience (a finished job's page once took 6 s to answer its Refresh).
    expect(b.server.calls).toHaveLength(1);
    expect(browser.requests()).toBe(before + 1);
    b.server.last().resolve(job('done'));
    await settle();
    expect(b.poller.getSnapshot().state).toBe('terminal');
    browser.dispose();
  });

  it('counts failures once for the browser: every tab backs off with the leader', async () => {
    const browser = createBrowser();
    const [a, b] = [browser.open(), browser.open()];
    await settle();
    for (let i = 0; i < 3; i += 1) {
      a.server.last().resolve({ kind: 'failure', error: { kind: 'network', message: 'down' } });
      await settle();
      vi.advanceTimersToNextTimer();
      await settle();
    }
    expect(a.poller.getSnapshot()).toMatchObject({ state: 'error', errorCount: 3 });
    expect(b.poller.getSnapshot()).toMatchObject({ state: 'error', errorCount: 3 });
    expect(b.server.calls).toHaveLength(0);
    browser.dispose();
  });

  it('shares per key: two filters are two leaders and two streams', async () => {
    const browser = createBrowser();
    const [a, b, c] = [
      browser.open({ key: 'failed' }),
      browser.open({ key: 'running' }),
      browser.open({ key: 'failed' }),
    ];
    await settle();
    expect([a, b, c].map((t) => t.poller.getSnapshot().role)).toEqual(['leader', 'leader', 'follower']);
    expect(browser.requests()).toBe(2);
    browser.dispose();
  });

  it('never shares between two servers', async () => {
    const browser = createBrowser();
    const a = browser.open({ resource: 'http://one.test/api|job:j1' });
    const b = browser.open({ resource: 'http://two.test/api|job:j1' });
    await settle();
    expect([a.poller.getSnapshot().role, b.poller.getSnapshot().role]).toEqual(['leader', 'leader']);
    browser.dispose();
  });

  it('asks the server itself when the leader stays silent past an interval and a second', async () => {
    const browser = createBrowser();
    const [a, b] = [browser.open(), browser.open()];
    await settle();
    a.server.last().resolve(job('running'));
    await settle();
    // The leader's next request hangs (a frozen tab): the follower's own poll gives up waiting for it.
    vi.advanceTimersByTime(INTERVAL);
    await settle();
    expect(b.server.calls).toHaveLength(0);
    vi.advanceTimersByTime(INTERVAL + 1000);
    await settle();
    expect(b.server.calls).toHaveLength(1);
    browser.dispose();
  });

  it('polls on its own where the browser has no Web Locks or BroadcastChannel, or when the page opts out', async () => {
    expect(shareAcrossTabs({ resource: 'x', interval: INTERVAL, env: { locks: null } })).toBeUndefined();
    expect(shareAcrossTabs({ resource: 'x', interval: INTERVAL, env: { channel: null } })).toBeUndefined();
    const browser = createBrowser();
    const [a, b] = [browser.open({ share: false }), browser.open({ share: false })];
    await settle();
    expect([a.poller.getSnapshot().role, b.poller.getSnapshot().role]).toEqual(['alone', 'alone']);
    expect(browser.requests()).toBe(2);
    browser.dispose();
  });
});
