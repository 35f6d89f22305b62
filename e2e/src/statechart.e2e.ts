/**
 * The state-chart page (/debug/statechart) in Chromium against the real server: the real Jobs dashboard
 * opened with `?debug=poller` in another page of the same browser context (same origin and profile, so both
 * share the BroadcastChannel), the server killed and restarted, and the visualizer following the dashboard's
 * job-list poller through reconnecting and error on the backoff schedule and back to connected. Writes
 * statechart.png to SCREENSHOT_DIR (docs/screenshots/ under `npm run screenshots`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  ensureBuilt,
  launchBrowser,
  openPage,
  startLiveServer,
  waitFor,
  type LiveServer,
  type WatchedPage,
} from './harness/index.ts';

const INTERVAL = 2000;
const STATECHART_DIST = fileURLToPath(new URL('../../apps/statechart/dist/', import.meta.url));

interface TraceStep {
  kind: 'step';
  at: number;
  seq: number;
  event: { type: string };
  value: unknown;
  context: { errorCount?: number; delayMs?: number };
}

let server: LiveServer;
let browser: Browser;
let viz: WatchedPage;
let dashboard: Page;

/** The visualizer's context panel value for a field. */
const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`).textContent();

/** Resolves when the context panel shows a state starting with `prefix`. */
function waitForState(page: Page, prefix: string, timeoutMs: number): Promise<string> {
  return waitFor(
    `the visualizer to show ${prefix}`,
    async () => {
      const state = (await field(page, 'state')) ?? '';
      return state.startsWith(prefix) ? state : null;
    },
    { timeoutMs },
  );
}

beforeAll(async () => {
  if (!existsSync(join(STATECHART_DIST, 'mount.js'))) {
    throw new Error('apps/statechart is not built: run `npx nx run @vpo-live/statechart:build` first');
  }
  ensureBuilt('jobsDashboard');
  server = await startLiveServer({ pollingInterval: INTERVAL });
  await server.cli(['seed', '--jobs', '12', '--no-active', '--seed', '3', '--days', '1']);
  browser = await launchBrowser();
  viz = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
  // Same browser context: BroadcastChannel reaches only pages of the same origin and profile.
  dashboard = await viz.context.newPage();
});

afterAll(async () => {
  await viz?.close().catch(() => undefined);
  await browser?.close();
  await server?.dispose();
});

describe('the state-chart page with a live poller', () => {
  it('draws the machine and lists the dashboard’s job-list poller as connected', async () => {
    await viz.page.goto(`${server.url}/debug/statechart`);
    const chart = viz.page.getByRole('img', { name: /State chart of the poller machine/ });
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.locator('.chart-state').count()).toBeGreaterThan(10);

    await dashboard.goto(`${server.url}/jobs?debug=poller`);
    const button = viz.page.getByRole('button', { name: /Job list/ });
    await button.waitFor({ timeout: 10_000 });
    await waitForState(viz.page, 'connected', 10_000);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toContain('/jobs?debug=poller');
    expect(await chart.locator('.chart-state.is-current').getAttribute('data-state-id')).toMatch(
      /^poller\.connected\./,
    );
  });

  it('follows the poller into reconnecting, then error on the backoff schedule, when the server dies', async () => {
    await server.kill();
    await waitForState(viz.page, 'reconnecting', 3 * INTERVAL + 2000);
    expect(await field(viz.page, 'errorCount')).toMatch(/^[12]$/);
    expect(await field(viz.page, 'lastError')).toMatch(/^network/);

    // Failures 1 and 2 retry at the interval; the third goes to error and waits 10 s.
    await waitForState(viz.page, 'error.waiting', 4 * INTERVAL + 3000);
    expect(await field(viz.page, 'errorCount')).toBe('3');
    expect(await field(viz.page, 'currentDelay')).toBe('10 s');
    expect(await viz.page.locator('.chart-state.is-current').getAttribute('data-state-id')).toBe(
      'poller.error.waiting',
    );

    // The recorded trace, exported as a user would, shows the schedule itself.
    const [download] = await Promise.all([
      viz.page.waitForEvent('download'),
      viz.page.getByRole('button', { name: 'Export trace' }).click(),
    ]);
    const trace = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      format: string;
      entries: TraceStep[];
    };
    expect(trace.format).toBe('vpo-live.poller-trace');
    const failures = trace.entries.filter((e) => e.kind === 'step' && e.event.type === 'FETCH.FAILURE');
    expect(failures.map((f) => f.context.errorCount)).toEqual([1, 2, 3]);
    expect(failures.map((f) => f.context.delayMs)).toEqual([INTERVAL, INTERVAL, 10_000]);
    const gaps = failures.slice(1).map((f, i) => f.at - (failures[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(INTERVAL - 50);
    for (const gap of gaps) expect(gap).toBeLessThan(INTERVAL + 1500);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await viz.page.screenshot({ path: join(SCREENSHOT_DIR, 'statechart.png') });
  });

  it('shows the poller connected again once the server is back', async () => {
    await server.restart();
    // The next attempt comes when the 10 s backoff ends.
    await waitForState(viz.page, 'connected', 10_000 + 5000);
    expect(await field(viz.page, 'errorCount')).toBe('0');
    expect(await field(viz.page, 'lastError')).toBe('none');
  });

  it('marks the poller gone when its page goes away, and reports no page errors', async () => {
    await dashboard.close({ runBeforeUnload: false });
    const button = viz.page.getByRole('button', { name: /Job list/ });
    await waitFor(
      'the poller to be marked gone',
      async () => (await button.getAttribute('data-status')) === 'gone',
      {
        timeoutMs: 8000,
      },
    );
    expect(await button.textContent()).toMatch(/gone \((disposed|no heartbeat)\)/);
    expect(viz.pageErrors).toEqual([]);
    expect(viz.consoleErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });
});
