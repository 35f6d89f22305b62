/**
 * Job actions in Chromium against the real server: cancel a running paced scan from its detail page (it stops
 * and its log ends with the cancelled footer), retry it (it runs again and the page follows), bulk-cancel
 * queued jobs from the dashboard, and a page of another origin that tries to cancel is refused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchBrowser,
  openPage,
  startLiveServer,
  startStaticSite,
  waitFor,
  type LiveServer,
} from './harness/index.ts';

let server: LiveServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  ensureBuilt('jobDetail');
  // One job at a time, so the jobs enqueued behind a long one stay queued.
  server = await startLiveServer({ args: ['--concurrency', '1', '--demo-failure-rate', '0'] });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

interface JobBody {
  status: string;
}
const jobOf = async (id: string): Promise<JobBody> =>
  (await (await fetch(`${server.url}/api/jobs/${id}`)).json()) as JobBody;
const logOf = async (id: string): Promise<string[]> =>
  ((await (await fetch(`${server.url}/api/jobs/${id}/logs?limit=1000`)).json()) as { lines: string[] }).lines;

/** A folder of small files for a scan paced at `paceMs` per file, so it runs long enough to act on. */
function mediaFolder(files: number): string {
  const dir = join(server.dataDir, 'media-actions');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i += 1) writeFileSync(join(dir, `clip-${i}.mkv`), `frame ${i}`);
  return dir;
}

const confirmAction = async (page: Page, label: string) => {
  await page.getByRole('button', { name: label, exact: true }).click();
  const question = page.getByRole('group', { name: /\?/ });
  await question.getByRole('button').first().click();
};

describe('job actions from the pages', () => {
  it('cancels a running scan from its page (it stops, its log says so), then retries it', async () => {
    const folder = mediaFolder(400);
    const id = (await server.cli(['scan', folder, '--pace-ms', '200'])).stdout.trim();
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(`${server.url}/jobs/${id}`);
      await waitFor('the scan running', async () => (await jobOf(id)).status === 'running', {
        timeoutMs: 20_000,
      });
      await waitFor(
        'the Cancel button',
        async () => (await page.getByRole('button', { name: 'Cancel job' }).count()) === 1,
      );

      await confirmAction(page, 'Cancel job');
      const confirmedAt = Date.now();
      await waitFor(
        'the log to end with the cancelled footer',
        async () => (await logOf(id)).some((line) => line.includes('JOB END: CANCELLED')),
        { timeoutMs: 10_000 },
      );
      const stoppedMs = Date.now() - confirmedAt;
      console.log(`cancelled scan stopped and wrote its footer ${stoppedMs} ms after the confirming click`);
      expect((await jobOf(id)).status).toBe('cancelled');
      await waitFor('the page to show Cancelled', async () =>
        /Cancelled/.test((await page.textContent('.job-detail__title .vpo-badge')) ?? ''),
      );

      // The finished job's page asks for the job again right after the retry — not after a tab-sharing
      // patience (2 s interval + 1 s) spent waiting for a leader that a finished job never has.
      const asked = page.waitForRequest((request) => request.url().endsWith(`/api/jobs/${id}`), {
        timeout: 20_000,
      });
      await confirmAction(page, 'Retry');
      const retriedAt = Date.now();
      await asked;
      const askedMs = Date.now() - retriedAt;
      console.log(`the page asked for the retried job ${askedMs} ms after the confirming click`);
      expect(askedMs).toBeLessThan(1500);
      await waitFor(
        'the page to follow the job running again',
        async () => /Running/.test((await page.textContent('.job-detail__title .vpo-badge')) ?? ''),
        { timeoutMs: 20_000 },
      );
      expect(watched.pageErrors).toEqual([]);
      // Leave the queue free for the next test.
      await server.cli(['jobs', 'cancel', id]);
    } finally {
      await watched.close();
    }
  }, 90_000);

  it('deletes a finished job from its page, which then says so and links back to the list', async () => {
    const id = (
      await server.cli(['enqueue', 'transcode', '/media/to-delete.mkv', '--duration-ms', '0'])
    ).stdout.trim();
    await waitFor('the job to finish', async () => (await jobOf(id)).status === 'completed', {
      timeoutMs: 20_000,
    });
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(`${server.url}/jobs/${id}`);
      await confirmAction(page, 'Delete');
      await page.getByRole('heading', { name: 'Job deleted' }).waitFor({ timeout: 10_000 });
      expect(await page.getByRole('alert').textContent()).toContain(`transcode job ${id.slice(0, 8)}`);
      expect(await page.getByRole('link', { name: 'Back to jobs' }).getAttribute('href')).toBe('/jobs');
      expect((await fetch(`${server.url}/api/jobs/${id}`)).status).toBe(404);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await watched.close();
    }
  }, 60_000);

  it('bulk-cancels five queued jobs from the dashboard, with a summary', async () => {
    const blocker = (
      await server.cli(['enqueue', 'transcode', '/media/blocker.mkv', '--duration-ms', '3600000'])
    ).stdout.trim();
    await waitFor('the blocker running', async () => (await jobOf(blocker)).status === 'running', {
      timeoutMs: 20_000,
    });
    const queued: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      queued.push((await server.cli(['enqueue', 'transcode', `/media/queued-${i}.mkv`])).stdout.trim());
    }
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(`${server.url}/jobs?status=queued`);
      await waitFor('the five queued rows', async () => (await page.locator('tr.jobs-row').count()) === 5, {
        timeoutMs: 15_000,
      });
      await page.getByRole('checkbox', { name: 'Select all jobs on this page' }).check();
      await confirmAction(page, 'Cancel 5 jobs');
      await waitFor('the summary', async () => (await page.getByText('Cancelled 5 jobs.').count()) === 1, {
        timeoutMs: 15_000,
      });
      for (const id of queued) expect((await jobOf(id)).status, id).toBe('cancelled');
      expect((await jobOf(blocker)).status).toBe('running');
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await watched.close();
      await server.cli(['jobs', 'cancel', blocker]);
    }
  }, 90_000);

  it('refuses a page of another origin that tries to cancel, and the job keeps running', async () => {
    const id = (
      await server.cli(['enqueue', 'transcode', '/media/victim.mkv', '--duration-ms', '3600000'])
    ).stdout.trim();
    await waitFor('the victim running', async () => (await jobOf(id)).status === 'running', {
      timeoutMs: 20_000,
    });
    // The operator has the server's pages open in this browser: it holds the CSRF cookie.
    const context = await browser.newContext();
    const site = await startStaticSite({
      '/': {
        body: `<!doctype html><title>elsewhere</title>
<form id="f" method="post" action="${server.url}/api/jobs/${id}/cancel"></form>`,
      },
    });
    try {
      const own = await context.newPage();
      await own.goto(`${server.url}/jobs/${id}`);
      const foreign = await context.newPage();
      await foreign.goto(site.url);
      const answers = await foreign.evaluate(async (url) => {
        const statuses: (number | string)[] = [];
        for (const init of [
          { method: 'POST', credentials: 'include' as const },
          { method: 'POST', credentials: 'include' as const, headers: { 'X-CSRF-Token': 'guessed' } },
          { method: 'DELETE', credentials: 'include' as const },
        ]) {
          try {
            statuses.push((await fetch(url, init)).status);
          } catch (error) {
            statuses.push(String(error));
          }
        }
        return statuses;
      }, `${server.url}/api/jobs/${id}/cancel`);
      // Either the browser blocks the request (CORS preflight) or the server refuses it; it never succeeds.
      expect(
        answers.every((answer) => answer !== 200 && answer !== 204),
        String(answers),
      ).toBe(true);
      const navigation = foreign.waitForNavigation();
      await foreign.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
      await navigation;
      expect(await foreign.textContent('body')).toMatch(/"code":"CSRF_ERROR"/);
      expect((await jobOf(id)).status).toBe('running');
    } finally {
      await context.close();
      await site.close();
      await server.cli(['jobs', 'cancel', id]);
    }
  }, 90_000);
});
