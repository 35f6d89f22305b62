/**
 * A server that rate-limits the dashboard in Chromium: a 429 with Retry-After is the server asking to slow
 * down, not an outage. The indicator says "Slowed down" with a countdown to the next try, never "Offline",
 * and the page sends nothing until the time the server named.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchBrowser,
  logRequests,
  openPage,
  startLiveServer,
  waitFor,
  type LiveServer,
} from './harness/index.ts';

// Four requests a minute: the page's first load and a few polls, then 429s for the rest of the minute.
const LIMIT_PER_MINUTE = 4;

let server: LiveServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  server = await startLiveServer({ args: ['--rate-limit', String(LIMIT_PER_MINUTE)] });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('a rate-limited dashboard', () => {
  it('says "Slowed down" with a countdown, never "Offline", and waits as long as the server asked', async () => {
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      const lists = logRequests(page);
      const rateLimited: number[] = [];
      page.on('response', (response) => {
        if (response.status() === 429) rateLimited.push(Date.now());
      });
      await page.goto(`${server.url}/jobs`);
      const indicator = page.locator('#connection-status');

      const first = await waitFor(
        'the indicator to say it slowed down',
        async () => {
          const text = (await indicator.textContent()) ?? '';
          const seconds = /^Slowed down — next try in (\d+) s$/.exec(text)?.[1];
          return seconds === undefined ? null : Number(seconds);
        },
        { timeoutMs: 30_000 },
      );
      expect(await indicator.getAttribute('data-state')).toBe('throttled');
      // The countdown is not part of what the live region announces.
      expect(await indicator.locator('[aria-hidden="true"]').textContent()).toMatch(/next try in/);

      // Watch for a few seconds: the countdown goes down, the state never reads Offline, and no list request
      // goes out before the Retry-After the server sent (a window of up to a minute).
      const seen = new Set<string>();
      const counts: number[] = [];
      const watchUntil = Date.now() + 4_000;
      while (Date.now() < watchUntil) {
        const text = (await indicator.textContent()) ?? '';
        seen.add(text.replace(/\d+ s$/, 'N s'));
        const seconds = /next try in (\d+) s$/.exec(text)?.[1];
        if (seconds !== undefined) counts.push(Number(seconds));
        await page.waitForTimeout(250);
      }
      expect(
        [...seen].some((text) => /Offline|Reconnecting/.test(text)),
        [...seen].join(' | '),
      ).toBe(false);
      expect(Math.min(...counts)).toBeLessThan(first);
      const firstThrottle = rateLimited[0]!;
      expect(lists.since(firstThrottle + 500), 'list requests while asked to wait').toEqual([]);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await watched.close();
    }
  }, 90_000);
});
