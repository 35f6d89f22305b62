/**
 * One poller per browser, in Chromium against the real server: several tabs of one browser profile (pages of
 * one context share Web Locks and BroadcastChannel) polling the same resources, with the requests counted as
 * the server receives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  installVisibilityControl,
  launchBrowser,
  setPageHidden,
  sleep,
  startLiveServer,
  waitFor,
  type LiveServer,
} from './harness/index.ts';
import { dashboardView, openDashboard } from './dashboardPage.ts';

const INTERVAL = 2000;
let server: LiveServer;
let browser: Browser;
let context: BrowserContext | undefined;

interface Counted {
  path: string;
  query: string;
  at: number;
  status: number | null;
  /** The tab that sent it. */
  page: Page | null;
}

/** A browser profile whose every request to the API is recorded with the time it was sent. */
async function openProfile(): Promise<{
  context: BrowserContext;
  requests: Counted[];
  open(url: string): Promise<Page>;
}> {
  const profile = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context = profile;
  const requests: Counted[] = [];
  const byRequest = new Map<Request, Counted>();
  profile.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    let page: Page | null = null;
    try {
      page = request.frame().page();
    } catch {
      // A request of a worker has no frame.
    }
    const counted: Counted = { path: url.pathname, query: url.search, at: Date.now(), status: null, page };
    byRequest.set(request, counted);
    requests.push(counted);
  });
  profile.on('response', (response) => {
    const counted = byRequest.get(response.request());
    if (counted) counted.status = response.status();
  });
  return {
    context: profile,
    requests,
    async open(url) {
      const page = await profile.newPage();
      await installVisibilityControl(page);
      await page.goto(url);
      return page;
    },
  };
}

const listRequests = (requests: Counted[], since: number, query = '') =>
  requests.filter(
    (r) => /^\/api\/jobs$/.test(r.path) && r.at >= since && (!query || r.query.includes(query)),
  );

/** The tab that sent the latest job-list request: the leader. */
const leaderOf = (requests: Counted[]) => listRequests(requests, 0).at(-1)?.page ?? null;

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  ensureBuilt('jobDetail');
  server = await startLiveServer({ pollingInterval: INTERVAL });
  await server.cli(['seed', '--jobs', '30']);
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/**
 * Requests of one shared view are counted over this many intervals: one tab's polls (one per interval, and
 * one more where the window cuts a poll), plus one follower's own request when the leader's next poll comes
 * later than a follower's patience (interval + 1 s) — the fallback that keeps a frozen leader from stopping
 * every tab, and that a loaded machine may take once. Unshared, each tab would send one per interval.
 */
const WINDOW = 5;
const SHARED_MAX = WINDOW + 2;

describe('tabs of one browser', () => {
  it('poll a view once for all: six tabs of /jobs cost one tab’s requests; two filters, two streams', async () => {
    const profile = await openProfile();
    const tabs: Page[] = [];
    for (let i = 0; i < 6; i += 1) tabs.push(await profile.open(`${server.url}/jobs`));
    for (const tab of tabs) await openDashboard(tab);
    await sleep(INTERVAL);
    const from = Date.now();
    await sleep(WINDOW * INTERVAL);
    const shared = listRequests(profile.requests, from).length;
    expect(shared, `requests in ${WINDOW} intervals with 6 tabs`).toBeGreaterThanOrEqual(WINDOW - 1);
    expect(shared).toBeLessThanOrEqual(SHARED_MAX);
    for (const tab of tabs) expect((await dashboardView(tab)).rows.length).toBeGreaterThan(0);

    // Three of them switch to another view: now two leaders, two streams.
    for (const tab of tabs.slice(0, 3)) await tab.goto(`${server.url}/jobs?status=running`);
    for (const tab of tabs.slice(0, 3)) await openDashboard(tab);
    await sleep(INTERVAL);
    const again = Date.now();
    await sleep(WINDOW * INTERVAL);
    const filtered = listRequests(profile.requests, again, 'status=running').length;
    const plain = listRequests(profile.requests, again).length - filtered;
    expect(filtered).toBeGreaterThanOrEqual(WINDOW - 1);
    expect(filtered).toBeLessThanOrEqual(SHARED_MAX);
    expect(plain).toBeGreaterThanOrEqual(WINDOW - 1);
    expect(plain).toBeLessThanOrEqual(SHARED_MAX);
  }, 90_000);

  it('hands over when the leader closes: no gap in the requests longer than an interval and a second', async () => {
    const profile = await openProfile();
    const tabs: Page[] = [];
    for (let i = 0; i < 3; i += 1) tabs.push(await profile.open(`${server.url}/jobs`));
    for (const tab of tabs) await openDashboard(tab);
    await sleep(2 * INTERVAL);
    // Close the leader, twice, as an operator closes tabs: each time another tab takes over.
    const closedAt = Date.now();
    for (let round = 0; round < 2; round += 1) {
      const leader = leaderOf(profile.requests);
      expect(leader).not.toBeNull();
      const before = listRequests(profile.requests, 0).filter((r) => r.page === leader).length;
      expect(before).toBeGreaterThan(0);
      await leader!.close();
      tabs.splice(tabs.indexOf(leader!), 1);
      await sleep(3 * INTERVAL);
    }
    const times = listRequests(profile.requests, closedAt - INTERVAL).map((r) => r.at);
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(Math.max(...gaps), `gaps ${gaps.join(', ')} ms`).toBeLessThanOrEqual(INTERVAL + 1000);
    // The last tab still shows fresh data.
    const change = await server.cli(['enqueue', 'move', '/media/tabs/new.mkv', '--duration-ms', '3600000']);
    const id = change.stdout.trim();
    await waitFor(
      'the new job on the remaining tab',
      async () => (await dashboardView(tabs[0]!)).rows.some((row) => row.id === id),
      { timeoutMs: INTERVAL + 1500 },
    );
  }, 90_000);

  it('fetches nothing while every tab is hidden, and within a second of one coming back', async () => {
    const profile = await openProfile();
    const tabs: Page[] = [];
    for (let i = 0; i < 3; i += 1) tabs.push(await profile.open(`${server.url}/jobs`));
    for (const tab of tabs) await openDashboard(tab);
    for (const tab of tabs) await setPageHidden(tab, true);
    await sleep(500);
    const hiddenFrom = Date.now();
    await sleep(3 * INTERVAL);
    expect(listRequests(profile.requests, hiddenFrom)).toHaveLength(0);
    const shownAt = Date.now();
    await setPageHidden(tabs[1]!, false);
    await waitFor(
      'a request within 1 s of showing a tab',
      () => listRequests(profile.requests, shownAt).length > 0,
      { timeoutMs: 1000 },
    );
  }, 60_000);

  it('keeps every tab’s log exact on a running scan, with one tab’s log requests', async () => {
    const LOG_INTERVAL = 4000;
    const logged = await startLiveServer({
      pollingInterval: INTERVAL,
      args: ['--log-interval', String(LOG_INTERVAL)],
    });
    try {
      await logTabsOn(logged, LOG_INTERVAL);
    } finally {
      await logged.dispose();
    }
  }, 150_000);

  it('stays within the default rate limit with a dashboard and eight tabs of a running job', async () => {
    // VPO's defaults: 5 s polling, 15 s logs, 120 requests a minute. Unshared, eight tabs of one job would ask
    // 8 × (12 + 4) = 128 times a minute for it alone.
    const limited = await startLiveServer({ pollingInterval: 5000, args: ['--rate-limit', '120'] });
    try {
      const made = await limited.cli(['enqueue', 'apply', '/media/rate/a.mkv', '--duration-ms', '3600000']);
      const id = made.stdout.trim();
      const profile = await openProfile();
      await profile.open(`${limited.url}/jobs`);
      for (let i = 0; i < 8; i += 1) await profile.open(`${limited.url}/jobs/${id}`);
      await sleep(65_000);
      expect(profile.requests.filter((r) => r.status === 429)).toEqual([]);
      expect(profile.requests.length, 'requests in 65 s').toBeLessThan(120);
    } finally {
      await limited.dispose();
    }
  }, 150_000);
});

/** Four tabs on a running scan's page: one tab's log requests, and each tab's log equal to the file at the end. */
async function logTabsOn(logged: LiveServer, logInterval: number): Promise<void> {
  const media = join(logged.dataDir, 'tabs-media');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  for (let i = 0; i < 600; i += 1) {
    const folder = join(media, `show-${Math.floor(i / 100)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `episode-${i}.mkv`), `frame ${i}\n`);
  }
  const scan = await logged.cli(['scan', media, '--pace-ms', '30']);
  const id = scan.stdout.trim();
  const profile = await openProfile();
  const tabs: Page[] = [];
  for (let i = 0; i < 4; i += 1) tabs.push(await profile.open(`${logged.url}/jobs/${id}`));
  const logRequests = (since: number) =>
    profile.requests.filter((r) => r.path === `/api/jobs/${id}/logs` && r.at >= since);
  // While the job runs, the four tabs ask for its log as often as one tab would: once a log interval.
  await sleep(logInterval);
  const from = Date.now();
  await sleep(3 * logInterval);
  const requested = logRequests(from).length;
  // One tab's requests: one an interval, one more at each edge of the window (a busy machine's timers drift
  // into it) — where four tabs on their own would make at least twelve.
  expect(requested, `log requests in three log intervals, four tabs`).toBeLessThanOrEqual(3 + 2);
  // At the end, every tab shows exactly the log file.
  await waitFor(
    'the scan to finish',
    async () => (await (await fetch(`${logged.url}/api/jobs/${id}`)).json()).status === 'completed',
    { timeoutMs: 60_000 },
  );
  const file = readFileSync(join(logged.dataDir, 'logs', `${id}.log`), 'utf8')
    .split('\n')
    .filter(Boolean);
  for (const tab of tabs) {
    await waitFor(
      'the tab to read the whole log',
      async () =>
        (await tab.evaluate(
          () =>
            (document.querySelector('[role=log]') as { logLines?: { length: number } } | null)?.logLines
              ?.length ?? 0,
        )) === file.length,
      { timeoutMs: 20_000 },
    );
    const shown = await tab.evaluate(() =>
      (
        document.querySelector('[role=log]') as unknown as { logLines: { slice(): string[] } }
      ).logLines.slice(),
    );
    expect(shown).toEqual(file);
  }
}
