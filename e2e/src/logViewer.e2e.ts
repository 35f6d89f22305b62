/**
 * The job log viewer in Chromium on a real scan of 2,100 files (three of them dangling links, which the scan
 * reports as errors): search finds a file name that is off screen and scrolls it into view, `#L1500` on load
 * shows that line, Download saves the log file byte for byte, and the scan's errors are listed. Screenshots at
 * desktop and phone widths.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLogLine } from '@vpo-live/vpo-api';
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
const FILES = 2100;
const BROKEN = ['broken-a.mkv', 'broken-b.mkv', 'broken-c.mkv'];
let server: LiveServer;
let browser: Browser;
let mediaDir: string;
let jobId: string;
const pages: WatchedPage[] = [];

function makeLibrary(root: string): string {
  for (let i = 0; i < FILES; i++) {
    const folder = join(root, `show-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `episode-${String(i).padStart(4, '0')}.mkv`), `frame data ${i}\n`);
  }
  for (const name of BROKEN) symlinkSync(join(root, 'nowhere', name), join(root, 'show-20', name));
  return root;
}

const logBytes = () => readFileSync(join(server.dataDir, 'logs', `${jobId}.log`));
const status = (page: Page) => page.getAttribute('.vpo-badge', 'data-status');

/** Whether the row of `line` is drawn inside the log's visible box (and, `onScreen`, inside the window). */
const rowInView = (page: Page, line: number, onScreen = false) =>
  page.evaluate(
    ([n, screen]) => {
      const log = document.querySelector('[role="log"]');
      const row = log?.querySelector(`[data-line="${n}"]`);
      if (!log || !row) return false;
      const box = log.getBoundingClientRect();
      const at = row.getBoundingClientRect();
      const inLog = at.top >= box.top && at.bottom <= box.bottom;
      return inLog && (!screen || (at.top >= 0 && at.bottom <= window.innerHeight));
    },
    [line, onScreen] as const,
  );

async function openJob(hash = '', width = 1280): Promise<WatchedPage> {
  const watched = await openPage(browser, { viewport: { width, height: 1000 } });
  pages.push(watched);
  await watched.page.goto(`${server.url}/jobs/${jobId}${hash}`);
  return watched;
}

beforeAll(async () => {
  ensureBuilt('jobDetail');
  mediaDir = makeLibrary(mkdtempSync(join(tmpdir(), 'vpo-live-log-')));
  server = await startLiveServer({ pollingInterval: INTERVAL, args: ['--log-interval', String(INTERVAL)] });
  browser = await launchBrowser();
  const { stdout } = await server.cli(['scan', mediaDir, '--pace-ms', '2']);
  jobId = stdout.trim();
}, 240_000);

afterAll(async () => {
  for (const watched of pages) await watched.close().catch(() => undefined);
  await browser?.close();
  await server?.dispose();
  if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
});

/**
 * With wrapping on: nothing scrolls sideways, and every drawn row is as tall as its wrapped text — not
 * shorter (clipped), not taller (a blank band under it).
 */
const wrappedRows = (page: Page) =>
  page.evaluate(() => {
    const log = document.querySelector('[role="log"]') as HTMLElement;
    const rows = Array.from(log.querySelectorAll<HTMLElement>('.job-log__row'));
    const textLines = (row: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(row.querySelector('.job-log__text') ?? row);
      return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
    };
    const rowLines = (row: HTMLElement) => Math.round(row.clientHeight / 18);
    return {
      sideways: log.scrollWidth - log.clientWidth,
      clipped: rows.filter((row) => row.scrollHeight > row.clientHeight + 1).length,
      loose: rows.filter((row) => rowLines(row) > Math.max(1, textLines(row))).length,
      tall: rows.filter((row) => row.clientHeight > 20).length,
    };
  });

describe('the job log viewer, on a real scan', () => {
  it('lists the scan errors live, and finds an off-screen file name by search', async () => {
    const { page, pageErrors } = await openJob();
    await waitFor('the scan errors listed', async () => (await page.$$('.job-errors__item')).length === 3, {
      timeoutMs: 60_000,
    });
    for (const name of BROKEN) expect(await page.textContent('.job-errors__list')).toContain(name);
    await waitFor('the scan to complete', async () => (await status(page)) === 'completed', {
      timeoutMs: 120_000,
    });
    const lines = logBytes().toString('utf8').split('\n').slice(0, -1);
    await waitFor('every line on screen', async () => {
      const count = await page.getAttribute('[role="log"]', 'data-line-count');
      return Number(count) === lines.length;
    });

    const target = lines.findIndex((line) => line.includes('episode-0042.mkv')) + 1;
    expect(target).toBeGreaterThan(0);
    expect(await rowInView(page, target)).toBe(false);
    await page.fill('input[aria-label="Search the log"]', 'episode-0042.mkv');
    await waitFor('the match counted', async () =>
      /^1 of 1$/.test((await page.textContent('[data-testid="log-search-status"]')) ?? ''),
    );
    await waitFor('the match scrolled into view', () => rowInView(page, target));
    expect(await page.textContent(`[data-line="${target}"] .job-log__match--current`)).toBe(
      'episode-0042.mkv',
    );
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'job-log-search.png'), fullPage: true });

    // "First error" goes to the first ERROR line and selects it.
    await page.fill('input[aria-label="Search the log"]', '');
    await page.click('button:has-text("First error")');
    const firstError = lines.findIndex((line) => /\bERROR\b/.test(line)) + 1;
    await waitFor('the first error in view', () => rowInView(page, firstError));
    expect(await page.getAttribute(`[data-line="${firstError}"]`, 'data-level')).toBe('error');
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('opens #L1500 with that line in view and selected; Download saves the log file byte for byte', async () => {
    const { page, pageErrors } = await openJob('#L1500');
    // On screen, not only inside the log's box: the page scrolls to a linked line too.
    await waitFor('line 1500 in view', () => rowInView(page, 1500, true), { timeoutMs: 30_000 });
    expect(await page.getAttribute('[data-line="1500"]', 'class')).toContain('job-log__row--selected');
    await waitFor('the whole log read', async () => {
      const count = await page.getAttribute('[role="log"]', 'data-line-count');
      return Number(count) === logBytes().toString('utf8').split('\n').length - 1;
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Download")'),
    ]);
    expect(download.suggestedFilename()).toBe(`${jobId}.log`);
    const saved = join(mkdtempSync(join(tmpdir(), 'vpo-live-download-')), 'job.log');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(logBytes())).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('fits a phone: toolbar wraps, the errors list stacks', async () => {
    const { page } = await openJob('#L20-L24', 390);
    await waitFor('line 20 in view', () => rowInView(page, 20), { timeoutMs: 30_000 });
    await page.fill('input[aria-label="Search the log"]', 'show-01');
    await page.getByRole('checkbox', { name: 'Wrap lines' }).check();
    await waitFor('long lines wrapped', async () => (await wrappedRows(page)).tall > 0);
    expect(await wrappedRows(page)).toMatchObject({ sideways: 0, clipped: 0, loose: 0 });
    // Every phone width, and lines of every length from 30 to 129 characters (appended as another writer
    // would): each wrapped line gets exactly its rows — the column is measured as drawn, to the character.
    const before = logBytes().toString('utf8').split('\n').length - 1;
    const lengths = Array.from({ length: 100 }, (_, i) => 30 + i);
    appendFileSync(
      join(server.dataDir, 'logs', `${jobId}.log`),
      lengths.map((n) => `${formatLogLine(Date.now(), 'w'.repeat(n))}\n`).join(''),
    );
    const measured = await openJob(`#L${before + 1}`, 390);
    await waitFor('the appended lines on screen', () => rowInView(measured.page, before + 1), {
      timeoutMs: 30_000,
    });
    for (const width of [390, 360, 375, 412, 430]) {
      await measured.page.setViewportSize({ width, height: 1000 });
      await waitFor(`rows fitted at ${width} px`, async () => {
        const rows = await wrappedRows(measured.page);
        return rows.clipped === 0 && rows.loose === 0 && rows.tall > 10;
      });
    }
    // For looking at, not for the README: it lands in artifacts/ even when the README's screenshots are refreshed.
    mkdirSync(join(ARTIFACT_DIR, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(ARTIFACT_DIR, 'screenshots', 'job-log-phone.png'), fullPage: true });
    // Nothing of the toolbar or the errors list reaches past the page's own column.
    const overflow = await page.evaluate(() => {
      const column = document.querySelector('.job-detail')?.getBoundingClientRect().right ?? 0;
      const parts = document.querySelectorAll('.job-log__toolbar *, .job-errors *, .job-log__viewport');
      return Math.max(...Array.from(parts, (part) => part.getBoundingClientRect().right)) - column;
    });
    expect(overflow).toBeLessThanOrEqual(1);
  }, 60_000);
});
