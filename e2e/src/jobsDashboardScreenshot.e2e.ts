/**
 * Documents the dashboard: a screenshot of vpo-live's /jobs page with running, queued, completed and failed
 * jobs, written as dashboard.png to SCREENSHOT_DIR (docs/screenshots/ under `npm run screenshots`), and the
 * same page at phone, tablet and desktop widths in light and dark (dashboard-<width>-<theme>.png).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  ensureBuilt,
  launchBrowser,
  openPage,
  startLiveServer,
  waitFor,
  type LiveServer,
} from './harness/index.ts';
import { dashboardView, openDashboard } from './dashboardPage.ts';

let server: LiveServer;
let browser: Browser;
let media: string;

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  server = await startLiveServer({ pollingInterval: 2000, args: ['--concurrency', '3'] });
  media = mkdtempSync(join(tmpdir(), 'vpo-live-shot-'));
  for (let i = 0; i < 400; i += 1) {
    const folder = join(media, 'Northern Lights', `Season ${Math.floor(i / 100) + 1}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `Episode ${String(i).padStart(3, '0')}.mkv`), `frames ${i}`);
  }
  await server.cli(['seed', '--jobs', '24', '--no-active', '--seed', '12', '--days', '2']);
  await server.cli([
    'enqueue',
    'move',
    '/media/library/Blue Horizon (2019).mkv',
    '--fail',
    '--duration-ms',
    '300',
  ]);
  await server.cli([
    'enqueue',
    'transcode',
    '/media/library/City of Glass/City of Glass.mkv',
    '--duration-ms',
    '600000',
  ]);
  await server.cli(['scan', media, '--pace-ms', '400']);
  await server.cli(['enqueue', 'apply', '/media/library/A Quiet Harbor.mkv', '--duration-ms', '600000']);
  await server.cli(['enqueue', 'prune', '/media/library', '--duration-ms', '60000']);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  if (media) rmSync(media, { recursive: true, force: true });
});

describe('dashboard screenshot', () => {
  it('shows running, queued, completed and failed jobs', async () => {
    const watched = await openPage(browser, { viewport: { width: 1360, height: 900 } });
    const { page } = watched;
    await page.goto(`${server.url}/jobs`);
    await openDashboard(page);
    await waitFor(
      'running jobs with progress next to finished ones',
      async () => {
        const statuses = new Set((await dashboardView(page)).rows.map((row) => row.status));
        const progressing = await page.$$eval('tbody [role="progressbar"][aria-valuenow]', (bars) =>
          bars.some(
            (bar) =>
              Number(bar.getAttribute('aria-valuenow')) > 0 &&
              Number(bar.getAttribute('aria-valuenow')) < 100,
          ),
        );
        return (
          ['running', 'queued', 'completed', 'failed'].every((status) => statuses.has(status)) && progressing
        );
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard.png') });
    expect(watched.pageErrors).toEqual([]);
    await watched.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`at phone, tablet and desktop widths, ${theme}`, async () => {
      for (const width of [390, 768, 1366]) {
        // The theme the browser asks for (prefers-color-scheme), as an operator's system setting would.
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        try {
          const page = await context.newPage();
          await openDashboard(page, `${server.url}/jobs`);
          await waitFor(
            'rows with progress',
            () =>
              page.evaluate(
                () =>
                  document.querySelectorAll('tbody tr[data-job-id]').length > 10 &&
                  document.querySelector('tbody [role="progressbar"][aria-valuenow]') !== null,
              ),
            { timeoutMs: 30_000, intervalMs: 250 },
          );
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          await page.screenshot({ path: join(SCREENSHOT_DIR, `dashboard-${width}-${theme}.png`) });
        } finally {
          await context.close();
        }
      }
    }, 90_000);
  }
});
