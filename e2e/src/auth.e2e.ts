/**
 * VPO's Basic auth in Chromium: a page whose stored credentials stop working (the server's token changed)
 * meets VPO's 401 with a Basic challenge on every poll. The browser would hold each poll on a login prompt;
 * the page must instead say the server wants a login, offer to log in, and keep what it showed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launchBrowser, startLiveServer, waitFor, type LiveServer } from './harness/index.ts';

let server: LiveServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt('jobDetail');
  server = await startLiveServer({ args: ['--auth-token', 'first-token'] });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('a login that stops working', () => {
  it('is said and offered, never left hanging on a prompt, and the job stays on screen', async () => {
    const made = await server.cli(['enqueue', 'transcode', '/media/auth.mkv', '--duration-ms', '3600000']);
    const id = made.stdout.trim();
    // The operator logged in: the browser answers the server's challenges with these credentials.
    const context = await browser.newContext({
      httpCredentials: { username: 'operator', password: 'first-token' },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/jobs/${id}`);
      await waitFor('the job live', async () => (await page.textContent('#connection-status')) === 'Live', {
        timeoutMs: 15_000,
      });
      await waitFor('the job running', async () =>
        /Running/.test((await page.textContent('.vpo-badge')) ?? ''),
      );

      // The token changes, and the browser is left to answer the challenge itself: it asks the user, and a
      // request with credentials waits on that prompt.
      await context.setHTTPCredentials(null);
      await server.kill();
      await server.restart(['--auth-token', 'second-token']);
      const restartedAt = Date.now();
      const alert = await waitFor(
        'the page to say the server wants a login',
        async () => {
          const text = (await page.textContent('[role="alert"]').catch(() => null)) ?? '';
          return /wants a login/.test(text) ? text : null;
        },
        { timeoutMs: 20_000 },
      );
      expect(alert).toMatch(/Not authorised/);
      console.log(`login wanted said ${Date.now() - restartedAt} ms after the token changed`);
      expect(await page.getByRole('button', { name: 'Log in' }).count()).toBe(1);
      // What the page showed is kept, and it says it stopped rather than "Reconnecting".
      expect(await page.textContent('.vpo-badge')).toMatch(/Running/);
      expect(await page.textContent('#connection-status')).not.toMatch(/Reconnecting|Offline/);
    } finally {
      await context.close();
    }
  }, 90_000);
});
