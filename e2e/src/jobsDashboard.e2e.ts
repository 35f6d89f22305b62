/**
 * The Jobs dashboard in Chromium against the real server: jobs created and changed through the CLI, the
 * page served by `vpo-live serve` (which mounts the built remote), and a foreign-origin host page that loads
 * the remote the way VPO will.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  installVisibilityControl,
  launchBrowser,
  logRequests,
  openPage,
  setPageHidden,
  sleep,
  startLiveServer,
  waitFor,
  type LiveServer,
  type WatchedPage,
} from './harness/index.ts';
import { dashboardView, openDashboard, rowStatus } from './dashboardPage.ts';

const INTERVAL = 2000;

let server: LiveServer;
let browser: Browser;
let blocker: string;
const pages: WatchedPage[] = [];

async function page(): Promise<WatchedPage> {
  const watched = await openPage(browser);
  pages.push(watched);
  return watched;
}

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  // One job runs at a time and a long job holds the slot, so jobs enqueued by the tests stay queued until
  // the tests change them.
  server = await startLiveServer({ pollingInterval: INTERVAL, args: ['--concurrency', '1'] });
  await server.cli(['seed', '--jobs', '120', '--no-active', '--seed', '7', '--days', '10']);
  blocker = (
    await server.cli([
      'enqueue',
      'transcode',
      '/media/blocker.mkv',
      '--duration-ms',
      '3600000',
      '--priority',
      '0',
    ])
  ).stdout.trim();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const watched of pages) await watched.close().catch(() => undefined);
  await browser?.close();
  await server?.dispose();
});

describe('the jobs dashboard on the real server', () => {
  it('shows the page of jobs the API returns, with the running job live', async () => {
    const { page: p, pageErrors } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    const api = (await (await fetch(`${server.url}/api/jobs`)).json()) as {
      jobs: { id: string; status: string }[];
    };
    const view = await dashboardView(p);
    expect(view.rows.map((row) => row.id)).toEqual(api.jobs.map((job) => job.id));
    await waitFor('the blocker to run', async () => (await rowStatus(p, blocker)) === 'running');
    expect(pageErrors).toEqual([]);
  });

  it('shows a status change within the polling interval + 1 s (SC-001)', async () => {
    const { page: p } = await page();
    const target = (
      await server.cli(['enqueue', 'move', '/media/soon-cancelled.mkv', '--priority', '500'])
    ).stdout.trim();
    await openDashboard(p, `${server.url}/jobs`);
    await waitFor('the queued job', async () => (await rowStatus(p, target)) === 'queued');
    await server.cli(['jobs', 'cancel', target]);
    const changedAt = Date.now();
    await p.waitForSelector(`tr[data-job-id="${target}"] [data-status="cancelled"]`, {
      timeout: INTERVAL + 1000,
    });
    expect(Date.now() - changedAt).toBeLessThanOrEqual(INTERVAL + 1000);
  });

  it('shows a job enqueued by the CLI while the page is open, in place', async () => {
    const { page: p } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    const firstRow = await p.$('tbody tr');
    const id = (
      await server.cli(['enqueue', 'apply', '/media/new arrival.mkv', '--priority', '500'])
    ).stdout.trim();
    await p.waitForSelector(`tr[data-job-id="${id}"]`, { timeout: INTERVAL + 1000 });
    // The row that was first before is still the same DOM node (now second).
    expect(await firstRow?.evaluate((row) => row.isConnected)).toBe(true);
    await server.cli(['jobs', 'cancel', id]);
  });

  it('keeps scroll position, focus and text selection while rows change above (SC-005)', async () => {
    const { page: p } = await page();
    await p.setViewportSize({ width: 1280, height: 600 });
    await openDashboard(p, `${server.url}/jobs`);
    const anchor = (await dashboardView(p)).rows[30]!.id;
    const anchorSelector = `tr[data-job-id="${anchor}"]`;
    await p.$eval(anchorSelector, (row) => row.scrollIntoView({ block: 'center' }));
    await p.focus(`${anchorSelector} a`);
    await p.$eval(`${anchorSelector} .jobs-cell--path`, (cell) =>
      window.getSelection()?.selectAllChildren(cell),
    );
    const selected = await p.evaluate(() => window.getSelection()?.toString());
    const top = await p.$eval(anchorSelector, (row) => row.getBoundingClientRect().top);
    // A new job lands at the top of the table, above the rows in view.
    const id = (
      await server.cli(['enqueue', 'process', '/media/pushes-rows-down.mkv', '--priority', '500'])
    ).stdout.trim();
    await p.waitForSelector(`tr[data-job-id="${id}"]`, { timeout: INTERVAL + 1000 });
    await sleep(INTERVAL + 200);
    expect(await p.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(
      Math.abs((await p.$eval(anchorSelector, (row) => row.getBoundingClientRect().top)) - top),
    ).toBeLessThanOrEqual(1);
    expect(
      await p.evaluate(
        (selector) => document.activeElement === document.querySelector(`${selector} a`),
        anchorSelector,
      ),
    ).toBe(true);
    expect(await p.evaluate(() => window.getSelection()?.toString())).toBe(selected);
    await server.cli(['jobs', 'cancel', id]);
  });

  it('renders a hostile file path as text and runs nothing', async () => {
    const hostile = join(server.dataDir, 'media', '<img src=x onerror=alert(1)>');
    mkdirSync(hostile, { recursive: true });
    writeFileSync(join(hostile, 'a.txt'), 'x');
    const id = (await server.cli(['scan', hostile])).stdout.trim();
    const { page: p, dialogs, pageErrors } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    const cell = await p.waitForSelector(`tr[data-job-id="${id}"] .jobs-cell--path`);
    expect(await cell.textContent()).toBe(hostile);
    expect(await p.$$('#jobs-dashboard-root img')).toHaveLength(0);
    await sleep(INTERVAL + 500);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await server.cli(['jobs', 'cancel', id]);
  });

  it('shows a right-to-left override and a 10,000-character path readably in its row', async () => {
    const path = `/media/library/${'Very Long Folder Name/'.repeat(470)}holiday-report\u202Egnp.exe`;
    const id = (await server.cli(['enqueue', 'process', path])).stdout.trim();
    const { page: p, pageErrors } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    const cell = p.locator(`tr[data-job-id="${id}"] .jobs-cell--path`);
    await cell.waitFor();
    const value = cell.locator('.vpo-cut__value');
    const shown = (await value.textContent()) ?? '';
    expect(shown.length).toBeLessThan(300);
    expect(shown).toMatch(/^\/media\/library\/.*holiday-report⟨U\+202E⟩gnp\.exe$/s);
    expect(shown).not.toContain('\u202E');
    expect(await cell.getAttribute('title')).toBe(path.replace('\u202E', '⟨U+202E⟩'));
    // The file name is what stays in view in the narrow cell: the tail's right edge is inside the cell.
    const [tail, box] = await Promise.all([
      cell.locator('.vpo-cut__tail').boundingBox(),
      cell.locator('.vpo-cut__value').boundingBox(),
    ]);
    expect(
      Math.abs((tail?.x ?? 0) + (tail?.width ?? 0) - ((box?.x ?? 0) + (box?.width ?? 0))),
    ).toBeLessThanOrEqual(1);
    const toggle = cell.getByRole('button', { name: 'Show all file path' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(
      await cell.getByRole('button', { name: 'Show less file path' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await value.textContent()).toBe(path.replace('\u202E', '⟨U+202E⟩'));
    // Shown whole, it scrolls in a box: the row stays under 200 px.
    expect((await p.locator(`tr[data-job-id="${id}"]`).boundingBox())?.height).toBeLessThan(200);
    expect(pageErrors).toEqual([]);
    await server.cli(['jobs', 'cancel', id]);
  });

  it('keeps filters and page through polls and a reload', async () => {
    const { page: p } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    await p.selectOption('#jobs-filter-status', 'completed');
    await p.waitForURL(/status=completed/);
    await p
      .getByRole('navigation', { name: 'Pages, below the table' })
      .getByRole('button', { name: 'Next' })
      .click();
    await p.waitForURL(/offset=50/);
    await p.waitForFunction(() =>
      document.querySelector('.jobs-pagination__info')?.textContent?.includes('Showing 51'),
    );
    const before = await dashboardView(p);
    await sleep(INTERVAL * 2 + 500);
    const afterPolls = await dashboardView(p);
    expect(afterPolls.url).toBe(before.url);
    expect(afterPolls.status).toBe('completed');
    expect(afterPolls.pageInfo).toBe(before.pageInfo);
    expect(afterPolls.rows.every((row) => row.status === 'completed')).toBe(true);
    await p.reload();
    await openDashboard(p);
    const afterReload = await dashboardView(p);
    expect(afterReload.url).toBe(before.url);
    expect(afterReload.status).toBe('completed');
    expect(afterReload.pageInfo).toBe(before.pageInfo);
    expect(afterReload.rows.map((row) => row.id)).toEqual(afterPolls.rows.map((row) => row.id));
    await p.goBack();
    await p.waitForFunction(() => !location.search.includes('offset'));
    await p.waitForFunction(() =>
      document.querySelector('.jobs-pagination__info')?.textContent?.includes('Showing 1–'),
    );
  });

  it("polls from its page's fetch worker: after the first request, none from the page's own thread", async () => {
    const { page: p } = await page();
    const log = logRequests(p);
    await openDashboard(p, `${server.url}/jobs`);
    await waitFor('three polls', () => log.count() >= 3, { timeoutMs: INTERVAL * 4 });
    expect(p.workers().map((worker) => worker.url())).toEqual([
      expect.stringMatching(/fetchWorker-[^/]*\.js$/),
    ]);
    // The page's resource timeline lists what its own thread fetched; the worker's requests are in the worker's.
    const fromPage = await p.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname === '/api/jobs').length,
    );
    expect(fromPage).toBeLessThanOrEqual(1);
    log.stop();
  });

  it('sends no request while the tab is hidden, and one within 1 s of showing it (FR-009/010)', async () => {
    const { page: p } = await page();
    await installVisibilityControl(p);
    await openDashboard(p, `${server.url}/jobs`);
    const log = logRequests(p);
    await sleep(INTERVAL + 200);
    expect(log.count()).toBeGreaterThan(0);
    await setPageHidden(p, true);
    const hiddenAt = Date.now();
    await waitFor(
      'the indicator to say Paused',
      async () => (await p.textContent('#connection-status')) === 'Paused',
    );
    await sleep(INTERVAL * 3);
    expect(log.since(hiddenAt)).toEqual([]);
    const shownAt = Date.now();
    await setPageHidden(p, false);
    await waitFor('a request after showing the page', () => log.since(shownAt).length > 0, {
      timeoutMs: 5000,
      intervalMs: 20,
    });
    expect(log.since(shownAt)[0]!.at - shownAt).toBeLessThanOrEqual(1000);
    log.stop();
  });
});

describe('when the server goes away', () => {
  it('says Reconnecting, then Offline, and is Live with the right table once it is back', async () => {
    const { page: p } = await page();
    const target = (
      await server.cli(['enqueue', 'prune', '/media/cancel-while-down', '--priority', '500'])
    ).stdout.trim();
    await openDashboard(p, `${server.url}/jobs`);
    await waitFor('the queued job', async () => (await rowStatus(p, target)) === 'queued');
    const state = () => p.getAttribute('#connection-status', 'data-state');
    await server.kill();
    await waitFor('Reconnecting', async () => (await state()) === 'reconnecting', {
      timeoutMs: INTERVAL * 2 + 2000,
    });
    // The state, then (outside what the live region announces) the wait before the next try.
    expect(await p.textContent('#connection-status')).toMatch(/^Reconnecting( — next try in \d+ s)?$/);
    await waitFor('Offline', async () => (await state()) === 'error', { timeoutMs: INTERVAL * 4 + 3000 });
    expect(await p.textContent('#connection-status')).toMatch(/^Offline( — next try in [\d\w ]+)?$/);
    // The banner says so too, with a Retry button, above the rows that stay.
    expect(await p.locator('.vpo-unreachable').textContent()).toMatch(/Cannot reach the server/);
    // The table stays while offline; another process changes a job meanwhile.
    expect(await rowStatus(p, target)).toBe('queued');
    await server.cli(['jobs', 'cancel', target]);
    await server.restart();
    // The first back-off wait is 10 s.
    await waitFor('Live', async () => (await state()) === 'connected', { timeoutMs: 15_000 });
    expect(await p.textContent('#connection-status')).toBe('Live');
    expect(await p.locator('.vpo-unreachable').count()).toBe(0);
    await waitFor('the change made while offline', async () => (await rowStatus(p, target)) === 'cancelled', {
      timeoutMs: INTERVAL + 1000,
    });
  });
});
