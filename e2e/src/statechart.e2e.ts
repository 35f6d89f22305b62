/**
 * The state-chart page (/debug/statechart) in Chromium against the real server: the real Jobs dashboard
 * opened with `?debug=poller` in another page of the same browser context (same origin and profile, so both
 * share the BroadcastChannel), the server killed and restarted, and the visualizer following the dashboard's
 * job-list poller through reconnecting and error on the backoff schedule and back to connected — the chart
 * fitted to its frame, its current state in the dashboard indicator's colour at each step. Then a second
 * dashboard page, and the Timeline showing the fetches of both. Writes statechart.png and statechart-timeline.png
 * to SCREENSHOT_DIR (docs/screenshots/ under `npm run screenshots`), and statechart-phone.png to the
 * artifacts.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACT_DIR,
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

/** The chart's current state: its id, kind and the colour it is drawn in. */
function currentState(page: Page): Promise<{ id: string | null; kind: string | null; colour: string }> {
  return page.locator('.chart-state.is-current').evaluate(
    (el) => ({
      id: el.getAttribute('data-state-id'),
      kind: el.getAttribute('data-kind'),
      colour: getComputedStyle(el).color,
    }),
    undefined,
    { timeout: 1000 },
  );
}

/**
 * Resolves when the chart's current state starts with `prefix`, is of the kind (`connection-status--<kind>`)
 * the dashboard's connection indicator shows at that moment, and is drawn in the colour the ui kit gives an
 * indicator of that kind (read from a probe element styled by the same stylesheet, not from a copy of it).
 */
function waitForColour(prefix: string, kind: string, timeoutMs: number) {
  return waitFor(
    `the chart to show ${prefix} in the ${kind} colour of the connection indicator`,
    async () => {
      const indicator =
        (await dashboard.locator('#connection-status').getAttribute('class', { timeout: 1000 })) ?? '';
      if (!indicator.split(' ').includes(`connection-status--${kind}`)) return null;
      const current = await currentState(viz.page);
      const expected = await viz.page.locator('.sc-root').evaluate((root, modifier) => {
        const probe = root.ownerDocument.createElement('span');
        probe.className = `connection-status connection-status--${modifier}`;
        root.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      }, kind);
      return current.id?.startsWith(prefix) && current.kind === kind && current.colour === expected
        ? current
        : null;
    },
    { timeoutMs },
  );
}

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
  viz = await openPage(browser, { viewport: { width: 1366, height: 768 } });
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

    // Fitted at load: the whole drawing inside the frame, and no larger than it needs to be.
    const frame = await viz.page.locator('.sc-chart-frame').boundingBox();
    const drawing = await chart.locator('.chart-content').boundingBox();
    if (!frame || !drawing) throw new Error('the chart or its frame has no box');
    expect(drawing.x).toBeGreaterThanOrEqual(frame.x);
    expect(drawing.y).toBeGreaterThanOrEqual(frame.y);
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(drawing.y + drawing.height).toBeLessThanOrEqual(frame.y + frame.height);
    expect(Math.max(drawing.width / frame.width, drawing.height / frame.height)).toBeGreaterThan(0.9);
    // Readable as fitted on a 1366 × 768 screen: every label and state name at 11 px or more on screen.
    const smallest = await chart
      .locator('text')
      .evaluateAll((els) =>
        Math.min(
          ...els.map(
            (el) =>
              parseFloat(getComputedStyle(el).fontSize) * ((el as SVGTextElement).getScreenCTM()?.a ?? 0),
          ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(11);

    // The overview folds compound states; "Show substates" lays every state out, and back.
    const chips = await chart.locator('.chart-state--chip').count();
    expect(chips).toBeGreaterThan(10);
    const toggle = viz.page.getByRole('button', { name: 'Show substates' });
    await toggle.click();
    await waitFor('the unfolded chart', async () =>
      (await toggle.getAttribute('aria-pressed')) === 'true' &&
      (await chart.locator('.chart-state--chip').count()) === 0 &&
      (await chart.locator('.chart-initial').count()) > 1
        ? true
        : null,
    );
    await toggle.click();
    await waitFor('the folded chart again', async () =>
      (await chart.locator('.chart-state--chip').count()) === chips ? true : null,
    );

    await dashboard.goto(`${server.url}/jobs?debug=poller`);
    const button = viz.page.getByRole('button', { name: /Job list/ });
    await button.waitFor({ timeout: 10_000 });
    await waitForState(viz.page, 'connected', 10_000);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toContain('/jobs?debug=poller');
    await waitForColour('poller.connected.', 'connected', 10_000);
  });

  it('follows the poller into reconnecting, then error on the backoff schedule, when the server dies', async () => {
    await server.kill();
    await waitForState(viz.page, 'reconnecting', 3 * INTERVAL + 2000);
    await waitForColour('poller.reconnecting.', 'reconnecting', 2 * INTERVAL);
    expect(await field(viz.page, 'errorCount')).toMatch(/^[12]$/);
    expect(await field(viz.page, 'lastError')).toMatch(/^network/);

    // Failures 1 and 2 retry at the interval; the third goes to error and waits 10 s.
    await waitForState(viz.page, 'error.waiting', 4 * INTERVAL + 3000);
    expect(await field(viz.page, 'errorCount')).toBe('3');
    expect(await field(viz.page, 'currentDelay')).toBe('10 s');
    expect((await waitForColour('poller.error.waiting', 'error', 5000)).id).toBe('poller.error.waiting');

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

    // The header says nothing while following live pollers (this page asks no server), "Replay" while the
    // exported trace is loaded back, and nothing again back live.
    const indicator = viz.page.locator('#connection-status');
    expect(await indicator.textContent()).toBe('');
    await viz.page.getByLabel('Load trace…').setInputFiles((await download.path()) ?? '');
    await waitFor('the header to say Replay', async () =>
      (await indicator.textContent()) === 'Replay' ? true : null,
    );
    await viz.page.getByRole('button', { name: 'Back to live' }).click();
    expect(await indicator.textContent()).toBe('');
  });

  it('shows the poller connected again once the server is back', async () => {
    await server.restart();
    // The next attempt comes when the 10 s backoff ends.
    await waitForState(viz.page, 'connected', 10_000 + 5000);
    expect(await field(viz.page, 'errorCount')).toBe('0');
    expect(await field(viz.page, 'lastError')).toBe('none');
    await waitForColour('poller.connected.', 'connected', 5000);
  });

  it('shows the fetches of two open pages on the timeline, and what a picked fetch changed', async () => {
    const second = await viz.context.newPage();
    await second.goto(`${server.url}/jobs?debug=poller&status=completed`);
    await viz.page.getByRole('button', { name: 'Timeline' }).click();
    const rows = viz.page.locator('.tl-row');
    const fetchingPages = await waitFor(
      'fetches of two pages on the timeline',
      async () => {
        const pages = await rows.evaluateAll((els) =>
          els
            .filter((el) =>
              el.querySelector('.tl-fetch[data-outcome="OK"], .tl-fetch[data-outcome="NOT_MODIFIED"]'),
            )
            .map((el) => (el.getAttribute('data-poller-id') ?? '').split('/')[0]),
        );
        return new Set(pages).size >= 2 ? pages : null;
      },
      { timeoutMs: 4 * INTERVAL + 5000 },
    );
    expect(new Set(fetchingPages).size).toBeGreaterThanOrEqual(2);
    // The first page's row also shows the outage: failed fetches and the error band.
    expect(await rows.first().locator('.tl-fetch[data-outcome="FAILURE"]').count()).toBeGreaterThanOrEqual(3);
    expect(await rows.first().locator('.tl-band[data-state="error"]').count()).toBe(1);

    // A fetch tick picked (the ticks move as time passes, so the click is dispatched, not aimed).
    await rows.first().locator('.tl-tick--fetch').last().dispatchEvent('click');
    const diff = viz.page.getByRole('region', { name: 'What the event changed' });
    await diff.waitFor({ timeout: 5000 });
    expect(await diff.locator('[data-change="changed"]').count()).toBeGreaterThan(0);
    expect(await diff.locator('[data-key="lastUpdatedAt"]').getAttribute('data-change')).toBe('changed');

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await viz.page.screenshot({ path: join(SCREENSHOT_DIR, 'statechart-timeline.png') });
    await second.close({ runBeforeUnload: false });
    await viz.page.getByRole('button', { name: 'State chart' }).click();
  });

  it('fits the chart to a phone’s frame too', async () => {
    await viz.page.setViewportSize({ width: 390, height: 844 });
    const frame = viz.page.locator('.sc-chart-frame');
    await frame.scrollIntoViewIfNeeded();
    await viz.page.getByRole('button', { name: 'Fit' }).click();
    const box = await frame.boundingBox();
    const drawing = await viz.page.locator('.chart-content').boundingBox();
    if (!box || !drawing) throw new Error('the chart or its frame has no box');
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(drawing.x).toBeGreaterThanOrEqual(box.x - 1);
    // Kept out of the README: on a phone the host page's navigation leaves the chart a narrow column.
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    await viz.page.screenshot({ path: join(ARTIFACT_DIR, 'statechart-phone.png') });
    await viz.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('marks the poller gone when its page goes away, and reports no page errors', async () => {
    await dashboard.close({ runBeforeUnload: false });
    const button = viz.page
      .getByRole('button', { name: /Job list/ })
      .filter({ hasNotText: 'status=completed' });
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
