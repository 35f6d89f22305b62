/**
 * The Jobs dashboard as operators move through it in Chromium, on the real server: pagination controls above
 * and below the table, a row click that opens the job and a browser back that returns to the same place,
 * j/k and Enter, and the card layout on a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchBrowser,
  openPage,
  startLiveServer,
  waitFor,
  type LiveServer,
  type WatchedPage,
} from './harness/index.ts';
import { dashboardView, openDashboard } from './dashboardPage.ts';

let server: LiveServer;
let browser: Browser;
const pages: WatchedPage[] = [];

async function page(viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const watched = await openPage(browser, { viewport });
  pages.push(watched);
  return watched;
}

const below = (p: Page) => p.getByRole('navigation', { name: 'Pages, below the table' });
const above = (p: Page) => p.getByRole('navigation', { name: 'Pages, above the table' });

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  server = await startLiveServer({ pollingInterval: 2000, args: ['--concurrency', '2'] });
  await server.cli(['seed', '--jobs', '140', '--no-active', '--seed', '18', '--days', '5']);
  await server.cli([
    'enqueue',
    'transcode',
    '/media/library/Northern Lights/Season 2/Northern Lights - S02E07 - The Long Night of the Aurora.mkv',
    '--duration-ms',
    '600000',
  ]);
  await server.cli(['enqueue', 'apply', '/media/library/A Quiet Harbor.mkv', '--duration-ms', '600000']);
  await server.cli(['enqueue', 'prune', '/media/library', '--duration-ms', '600000']);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const watched of pages) await watched.close().catch(() => undefined);
  await browser?.close();
  await server?.dispose();
});

describe('dashboard navigation', () => {
  it('pages with first/previous/next/last, a page field and a page size, from above and below', async () => {
    const { page: p, pageErrors } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    expect(await above(p).getByRole('spinbutton', { name: 'Page' }).inputValue()).toBe('1');
    await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await below(p).getByRole('button', { name: 'Last page' }).click();
    await p.waitForURL(/offset=100/);
    // The new page is read from its top.
    await waitFor('the controls above the table in view', () =>
      p.evaluate(() => {
        const top = document.querySelector('.jobs-pagination--above')!.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight;
      }),
    );
    await p.waitForFunction(() =>
      document.querySelector('.jobs-pagination__info')?.textContent?.startsWith('Showing 101–143 of 143'),
    );
    await above(p).getByRole('button', { name: 'First page' }).click();
    await p.waitForURL((url) => !url.search.includes('offset'));
    const field = above(p).getByRole('spinbutton', { name: 'Page' });
    await field.fill('2');
    await field.press('Enter');
    await p.waitForURL(/offset=50/);
    await below(p).getByRole('combobox', { name: 'Rows per page' }).selectOption('25');
    await p.waitForURL(/limit=25&offset=50/);
    await waitFor('25 rows', async () => (await dashboardView(p)).rows.length === 25);
    expect(pageErrors).toEqual([]);
  });

  it('opens a job from anywhere on its row, and back returns to the same place in the list', async () => {
    const { page: p, pageErrors } = await page({ width: 1280, height: 700 });
    await openDashboard(p, `${server.url}/jobs?limit=100`);
    await waitFor('100 rows', async () => (await dashboardView(p)).rows.length === 100);
    const row = p.locator('tbody tr[data-job-id]').nth(40);
    await row.scrollIntoViewIfNeeded();
    await p.evaluate(() => window.scrollBy(0, 37));
    const id = await row.getAttribute('data-job-id');
    const scrolled = await p.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    await row.locator('.jobs-cell--type').click();
    await p.waitForURL(new RegExp(`/jobs/${id}$`));
    await p.waitForSelector('.job-detail__title', { timeout: 15_000 });
    await p.goBack();
    await p.waitForURL(/\/jobs\?limit=100$/);
    await waitFor(
      'the list back where it was',
      async () => Math.abs((await p.evaluate(() => window.scrollY)) - scrolled) <= 2,
    );
    expect(pageErrors).toEqual([]);
  });

  it('moves through the rows with j/k and opens the focused one with Enter', async () => {
    const { page: p, pageErrors } = await page();
    await openDashboard(p, `${server.url}/jobs`);
    await waitFor('rows', async () => (await dashboardView(p)).rows.length > 3);
    await p.keyboard.press('j');
    await p.keyboard.press('j');
    await p.keyboard.press('j');
    await p.keyboard.press('k');
    const id = await p.evaluate(
      () => document.activeElement?.closest<HTMLElement>('tr[data-job-id]')?.dataset.jobId ?? null,
    );
    expect(id).toBe((await dashboardView(p)).rows[1]!.id);
    // The row shows the focus, and its whole path (wrapped, not cut).
    expect(
      await p.evaluate(() => {
        const row = document.activeElement!.closest('tr')!;
        const path = row.querySelector('.jobs-path');
        return [getComputedStyle(row).outlineStyle, path ? getComputedStyle(path).display : 'block'];
      }),
    ).toEqual(['solid', 'block']);
    await p.keyboard.press('?');
    await p.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await p.keyboard.press('Escape');
    await p.getByRole('dialog').waitFor({ state: 'detached' });
    await p.keyboard.press('Enter');
    await p.waitForURL(new RegExp(`/jobs/${id}$`));
    // Back: the focus is on that row again, so j/k go on from where the operator was.
    await p.goBack();
    const focused = () =>
      p.evaluate(
        () => document.activeElement?.closest<HTMLElement>('tr[data-job-id]')?.dataset.jobId ?? null,
      );
    await waitFor('the opened row focused again', async () => (await focused()) === id);
    await p.keyboard.press('j');
    expect(await focused()).toBe((await dashboardView(p)).rows[2]!.id);
    expect(pageErrors).toEqual([]);
  });

  it('keeps ID, status and progress in view on a phone, with nothing to scroll sideways', async () => {
    for (const width of [360, 390]) {
      const { page: p } = await page({ width, height: 800 });
      await openDashboard(p, `${server.url}/jobs?status=running`);
      await waitFor('running jobs', async () => (await dashboardView(p)).rows.length > 0);
      const report = await p.evaluate(() => {
        const inView = (el: Element | null) => {
          if (!el) return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;
        };
        const row = document.querySelector('tbody tr[data-job-id]')!;
        return {
          id: inView(row.querySelector('.jobs-cell--id a')),
          status: inView(row.querySelector('.vpo-badge')),
          progress: inView(row.querySelector('[role="progressbar"]')),
          sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      });
      expect(report).toEqual({ id: true, status: true, progress: true, sideways: false });
    }
  });
});
