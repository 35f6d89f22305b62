/**
 * What an operator watching one job gets beyond the fields, in Chromium against the real server: a desktop
 * notification when the watched job fails while the tab is hidden, the time left on a paced scan measured
 * against the real end, and screenshots of the page at phone and desktop width, light and dark
 * (docs/screenshots/ under `npm run screenshots`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  ensureBuilt,
  installVisibilityControl,
  launchBrowser,
  setPageHidden,
  startLiveServer,
  waitFor,
  type LiveServer,
} from './harness/index.ts';

let server: LiveServer;
let browser: Browser;
let media: string;

/** A library of `count` small files. */
function makeLibrary(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'vpo-live-eta-'));
  for (let i = 0; i < count; i++) {
    const folder = join(root, `Season ${Math.floor(i / 100) + 1}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `Episode ${String(i).padStart(3, '0')}.mkv`), `frames ${i}`);
  }
  return root;
}

beforeAll(async () => {
  ensureBuilt('jobDetail');
  server = await startLiveServer({ pollingInterval: 2000, args: ['--concurrency', '3'] });
  media = makeLibrary(300);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  if (media) rmSync(media, { recursive: true, force: true });
});

const idOf = (stdout: string) => {
  const id = stdout.trim();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
};

describe('job detail for the operator', () => {
  it('shows a desktop notification when the watched job fails while the tab is hidden', async () => {
    const context = await browser.newContext({ permissions: ['notifications'] });
    try {
      const page = await context.newPage();
      await installVisibilityControl(page);
      // Every notification the page makes, recorded before the browser shows it.
      await page.addInitScript(() => {
        const Real = window.Notification;
        const made: { title: string; body: string }[] = [];
        (window as unknown as { __notifications: typeof made }).__notifications = made;
        class Watched extends Real {
          constructor(title: string, options?: NotificationOptions) {
            made.push({ title, body: options?.body ?? '' });
            super(title, options);
          }
          static override get permission() {
            return Real.permission;
          }
          static override requestPermission = Real.requestPermission.bind(Real);
        }
        window.Notification = Watched as typeof Notification;
      });
      const id = idOf(
        (await server.cli(['enqueue', 'move', '/media/doomed.mkv', '--fail', '--duration-ms', '12000']))
          .stdout,
      );
      await page.goto(`${server.url}/jobs/${id}`);
      const button = page.getByRole('button', { name: /Notify me/ });
      await button.click();
      await waitFor('notifications on', async () => (await button.getAttribute('aria-pressed')) === 'true');
      expect(await page.evaluate(() => localStorage.getItem('vpo-live:notify-finished'))).toBe('on');

      await setPageHidden(page, true);
      const made = await waitFor(
        'a notification',
        async () => {
          const list = await page.evaluate(
            () =>
              (window as unknown as { __notifications: { title: string; body: string }[] }).__notifications,
          );
          return list.length > 0 ? list : null;
        },
        { timeoutMs: 45_000, intervalMs: 250 },
      );
      expect(made).toHaveLength(1);
      expect(made[0]?.title).toBe(`Job failed · move ${id.slice(0, 8)}`);
      await setPageHidden(page, false);
      await waitFor('the page shows the failure', async () =>
        (await page.locator('.vpo-badge').textContent())?.includes('Failed'),
      );
    } finally {
      await context.close();
    }
  }, 90_000);

  it('shows time left on a paced scan, close to the real end at about half way', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      const id = idOf((await server.cli(['scan', media, '--pace-ms', '150'])).stdout);
      await page.goto(`${server.url}/jobs/${id}`);
      const reading = await waitFor(
        'an estimate at about half way',
        async () => {
          const eta = page.getByTestId('eta');
          if ((await eta.count()) === 0) return null;
          const percent = Number(await page.getAttribute('[role="progressbar"]', 'aria-valuenow'));
          if (percent < 45) return null;
          return {
            at: Date.now(),
            percent,
            text: (await eta.textContent()) ?? '',
            seconds: Number(await eta.getAttribute('data-seconds')),
          };
        },
        { timeoutMs: 90_000, intervalMs: 200 },
      );
      const job = await waitFor(
        'the scan to end',
        async () => {
          const answer = (await (await fetch(`${server.url}/api/jobs/${id}`)).json()) as {
            status: string;
            completed_at: string | null;
          };
          return answer.status === 'completed' && answer.completed_at ? answer : null;
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
      const trueRemaining = (Date.parse(job.completed_at!) - reading.at) / 1000;
      const shown = Number(
        /about (?:(\d+) min )?(?:(\d+) s)? ?left/
          .exec(reading.text)
          ?.slice(1)
          .reduce((total, part, index) => total + (part ? Number(part) * (index === 0 ? 60 : 1) : 0), 0),
      );
      const measurement = {
        percent: reading.percent,
        text: reading.text,
        estimateSeconds: reading.seconds,
        shownSeconds: shown,
        trueRemainingSeconds: Math.round(trueRemaining * 10) / 10,
        error: Math.round((Math.abs(reading.seconds - trueRemaining) / trueRemaining) * 1000) / 10,
      };
      console.log(`ETA measurement: ${JSON.stringify(measurement)}`);
      expect(reading.percent).toBeLessThanOrEqual(60);
      expect(Math.abs(reading.seconds - trueRemaining)).toBeLessThanOrEqual(0.25 * trueRemaining);
      expect(Math.abs(shown - trueRemaining)).toBeLessThanOrEqual(0.25 * trueRemaining);
    } finally {
      await context.close();
    }
  }, 200_000);

  it('is drawn at phone and desktop width, light and dark', async () => {
    const id = idOf((await server.cli(['scan', media, '--pace-ms', '400'])).stdout);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      for (const width of [390, 1366]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}/jobs/${id}`);
          await waitFor(
            'the running scan with its estimate',
            async () => (await page.getByTestId('eta').count()) > 0,
            {
              timeoutMs: 60_000,
              intervalMs: 250,
            },
          );
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
            true,
          );
          const name = `job-detail-running-${width === 390 ? 'phone' : 'desktop'}-${theme}.png`;
          await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: width === 390 });
          if (width === 1366 && theme === 'light') {
            await page.keyboard.press('?');
            await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
            await page.screenshot({ path: join(SCREENSHOT_DIR, 'job-detail-shortcuts.png') });
            await page.keyboard.press('Escape');
            expect(await page.getByRole('dialog').count()).toBe(0);
          }
        } finally {
          await context.close();
        }
      }
    }
  }, 240_000);

  it('says when the server cannot be reached, counts down to the next try, and retries on the button', async () => {
    const id = idOf((await server.cli(['scan', media, '--pace-ms', '400'])).stdout);
    const context = await browser.newContext({ viewport: { width: 1366, height: 700 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/jobs/${id}`);
      await page.locator('.job-detail__title').waitFor();
      await server.kill();
      const banner = page.getByTestId('unreachable-banner');
      await waitFor(
        'the banner with a countdown',
        async () => /^Cannot reach the server — next try in \d+ s/.test((await banner.textContent()) ?? ''),
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'job-detail-unreachable.png') });
      await server.restart();
      await page.getByRole('button', { name: 'Retry' }).click();
      await waitFor(
        'the banner gone',
        async () => (await page.getByRole('button', { name: 'Retry' }).count()) === 0,
        {
          timeoutMs: 15_000,
        },
      );
    } finally {
      await context.close();
    }
  }, 90_000);
});
