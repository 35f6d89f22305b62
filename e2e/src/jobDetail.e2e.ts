/**
 * The Job detail page in Chromium against the real server: a real scan of ≥ 2,000 files watched live, the
 * on-screen log compared with the log file line by line, timers stopping at the end, a right-to-left override
 * and 10,000-character values drawn readably at phone and desktop widths, a job deleted while viewed, the
 * server killed and restarted mid-job, and the federated remote mounted from another origin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  REPO_ROOT,
  SCREENSHOT_DIR,
  launchBrowser,
  logRequests,
  openPage,
  sleep,
  startLiveServer,
  waitFor,
  type LiveServer,
  type WatchedPage,
} from './harness/index.ts';

const INTERVAL = 2000;
let server: LiveServer;
let browser: Browser;
let mediaDir: string;
const pages: WatchedPage[] = [];

/** A media library of `count` small files in folders of 100. */
function makeLibrary(root: string, count: number): string {
  for (let i = 0; i < count; i++) {
    const folder = join(root, `show-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `episode-${String(i).padStart(4, '0')}.mkv`), `frame data ${i}\n`.repeat(4));
  }
  return root;
}

beforeAll(async () => {
  if (!existsSync(join(DIST.jobDetail, 'mount.js')) || !existsSync(join(DIST.jobDetail, 'remoteEntry.js'))) {
    const built = spawnSync('npm', ['run', 'build', '-w', '@vpo-live/job-detail'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('building apps/job-detail failed');
  }
  mediaDir = makeLibrary(mkdtempSync(join(tmpdir(), 'vpo-live-media-')), 2100);
  server = await startLiveServer({
    pollingInterval: INTERVAL,
    args: ['--log-interval', String(INTERVAL), '--stale-after', '5', '--concurrency', '2'],
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const watched of pages) await watched.close().catch(() => undefined);
  await browser?.close();
  await server?.dispose();
  if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
});

async function scan(paceMs: number): Promise<string> {
  const { stdout } = await server.cli(['scan', mediaDir, '--pace-ms', String(paceMs)]);
  const id = stdout.trim();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

async function openJob(id: string): Promise<WatchedPage> {
  const watched = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  pages.push(watched);
  await watched.page.goto(`${server.url}/jobs/${id}`);
  return watched;
}

/** A page on its own origin that also answers `/api/*` by forwarding to the jobs server, as VPO serves both. */
async function startHostWithApi(
  apiOrigin: string,
  html: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const site = createServer((request, response) => {
    const path = request.url ?? '/';
    if (!path.startsWith('/api/')) {
      response.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    fetch(`${apiOrigin}${path}`, { headers: { 'if-none-match': request.headers['if-none-match'] ?? '' } })
      .then(async (upstream) => {
        const headers: Record<string, string> = {
          'content-type': upstream.headers.get('content-type') ?? 'text/plain',
        };
        const etag = upstream.headers.get('etag');
        if (etag) headers.etag = etag;
        response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const { port } = site.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => site.close(() => resolve())),
  };
}

const logFile = (id: string): string[] => {
  const text = readFileSync(join(server.dataDir, 'logs', `${id}.log`), 'utf8');
  return text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined);
};
const shownLog = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const log = document.querySelector('[role="log"]') as
      (Element & { logLines?: { slice(): string[] } }) | null;
    return log?.logLines?.slice() ?? [];
  });
const status = (page: Page) => page.getAttribute('.vpo-badge', 'data-status');
const number = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));

interface Sample {
  processed: number;
  percent: number;
  lines: number;
}

async function sample(page: Page): Promise<Sample> {
  const text = await page.textContent('[data-testid="progress-text"]').catch(() => null);
  const match = /Processing ([\d,]+) of ([\d,]+) files/.exec(text ?? '');
  return {
    processed: match ? number(match[1] ?? '') : -1,
    percent: Number(
      (await page.getAttribute('[role="progressbar"]', 'aria-valuenow').catch(() => null)) ?? -1,
    ),
    lines: number(await page.textContent('[data-testid="log-count"]')),
  };
}

describe('job detail, live against the real server', () => {
  it('follows a real scan of 2,100 files to the end, with a log identical to the file', async () => {
    const id = await scan(12);
    const watched = await openJob(id);
    const { page } = watched;
    await waitFor('the scan to run', async () => (await status(page)) === 'running', { timeoutMs: 30_000 });

    const samples: Sample[] = [];
    for (let i = 0; i < 4; i++) {
      samples.push(await sample(page));
      await sleep(INTERVAL * 1.5);
    }
    const first = samples[0] as Sample;
    const last = samples[samples.length - 1] as Sample;
    expect(last.processed).toBeGreaterThan(first.processed);
    expect(last.percent).toBeGreaterThan(first.percent);
    expect(last.lines).toBeGreaterThan(first.lines);
    expect(await page.textContent('[data-testid="progress-text"]')).toMatch(/of 2,100 files/);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'job-detail.png'), fullPage: true });

    await waitFor('the scan to complete', async () => (await status(page)) === 'completed', {
      timeoutMs: 90_000,
    });
    const expected = logFile(id);
    expect(expected.length).toBeGreaterThan(2100);
    await waitFor('the final lines on screen', async () => (await shownLog(page)).length >= expected.length, {
      timeoutMs: 10_000,
    });
    const shown = await shownLog(page);
    expect(shown.length).toBe(expected.length);
    expect(shown).toEqual(expected);

    // The view renders the model: the first and last rows show the file's first and last lines. (A finished
    // job offers no Follow toggle: scrolling up is what stops following.)
    expect(await page.$('label:has-text("Follow")')).toBeNull();
    await page.$eval('[role="log"]', (log) => (log.scrollTop = 0));
    await page.waitForSelector('[role="log"] [data-line="1"]');
    expect(await page.textContent('[role="log"] [data-line="1"] .job-log__text')).toBe(expected[0]);
    await page.click('button:has-text("Jump to latest")');
    const lastRow = `[role="log"] [data-line="${expected.length}"] .job-log__text`;
    await page.waitForSelector(lastRow);
    expect(await page.textContent(lastRow)).toBe(expected[expected.length - 1]);

    // Every timer stopped: nothing is requested for three intervals.
    const api = logRequests(page, (url) => url.pathname.startsWith('/api/'));
    await sleep(INTERVAL * 3 + 500);
    expect(api.requests).toEqual([]);
    expect(await page.textContent('[data-testid="progress-text"]')).toBe('Processed 2,100 of 2,100 files');
    expect(await page.getAttribute('[role="progressbar"]', 'aria-valuenow')).toBe('100');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'job-detail-completed.png'), fullPage: true });
    expect(watched.pageErrors).toEqual([]);
  }, 180_000);

  it('shows a right-to-left override and a 10,000-character path and error readably, at 390 and 1280 px', async () => {
    const RLO = '\u202E';
    const path = `/media/library/${'Very Long Folder Name/'.repeat(470)}holiday-report${RLO}gnp.exe`;
    // A failing apply job: its error message quotes the path, its log the policy name.
    const id = (
      await server.cli([
        'enqueue',
        'apply',
        path,
        '--fail',
        '--duration-ms',
        '0',
        '--policy',
        `strict${RLO}eliforp`,
      ])
    ).stdout.trim();
    for (const width of [390, 1280]) {
      const watched = await openPage(browser, { viewport: { width, height: 900 } });
      pages.push(watched);
      const { page } = watched;
      await page.goto(`${server.url}/jobs/${id}`);
      await waitFor('the job to fail', async () => (await status(page)) === 'failed', { timeoutMs: 20_000 });
      await page.waitForSelector('[role="log"] .vpo-bidi-mark');

      // Every control is a visible marker, nowhere a live one: not in text, not in a title.
      const drawn = await page.evaluate(() => {
        const root = document.querySelector('.job-detail') as HTMLElement;
        const titles = [...root.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '');
        return { text: root.innerText, titles };
      });
      const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
      expect(bidi.test(drawn.text)).toBe(false);
      expect(drawn.titles.some((title) => bidi.test(title))).toBe(false);
      expect(drawn.text).toContain('holiday-report⟨U+202E⟩gnp.exe');
      expect(drawn.text).toContain('strict⟨U+202E⟩eliforp');

      // Drawn left to right: the marker sits after "report" and before "gnp.exe", on screen as in the text
      // (each either further right on the same line, or on a later line where the text wraps).
      const follows = await page.$eval('[data-field="file_path"] .vpo-bidi-mark', (mark) => {
        const rects = (node: Node | null) => {
          const range = document.createRange();
          range.selectNodeContents(node as Node);
          return [...range.getClientRects()];
        };
        const after = (a: DOMRect, b: DOMRect) =>
          b.top >= a.bottom - 1 || (b.top < a.bottom && b.left >= a.right - 1);
        const box = mark.getBoundingClientRect();
        return [
          after(rects(mark.previousSibling).at(-1) as DOMRect, box),
          after(box, rects(mark.nextSibling)[0] as DOMRect),
        ];
      });
      expect(follows).toEqual([true, true]);

      // Cut, with the whole value a toggle away: the page stays readable (it was 12,789 px tall).
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      expect(await height()).toBeLessThan(4000);
      const showError = page.getByRole('button', { name: 'Show all error message' });
      expect(await showError.getAttribute('aria-expanded')).toBe('false');
      await showError.click();
      expect(
        await page.getByRole('button', { name: 'Show less error message' }).getAttribute('aria-expanded'),
      ).toBe('true');
      expect(await page.textContent('.job-detail__error .vpo-cut__value')).toContain(
        'holiday-report⟨U+202E⟩gnp.exe',
      );
      expect(await height()).toBeLessThan(4500);

      // The log stays exact: the line model holds the file's lines, controls included.
      expect(await shownLog(page)).toEqual(logFile(id));
      expect(watched.pageErrors).toEqual([]);
      expect(watched.dialogs).toEqual([]);
    }
  }, 90_000);

  it('says the job no longer exists when it is deleted while viewed, and stops polling', async () => {
    const id = await scan(20);
    const watched = await openJob(id);
    const { page } = watched;
    await waitFor('the scan to run', async () => (await status(page)) === 'running', { timeoutMs: 30_000 });
    // Deleted under the page while it runs (VPO's own delete_job does that; ours needs --force).
    await server.cli(['jobs', 'delete', id, '--force']);
    await page.getByText('This job no longer exists').waitFor({ timeout: INTERVAL * 2 + 3000 });
    expect(await page.getAttribute('a:has-text("Back to jobs")', 'href')).toBe('/jobs');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'job-detail-gone.png') });

    const api = logRequests(page, (url) => url.pathname.startsWith('/api/'));
    await sleep(INTERVAL * 3 + 500);
    expect(api.requests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  }, 90_000);

  it('recovers when the server is killed and restarted mid-job, and the log is still exact', async () => {
    const id = await scan(15);
    const watched = await openJob(id);
    const { page } = watched;
    await waitFor('log lines', async () => (await sample(page)).lines > 50, { timeoutMs: 30_000 });

    await server.kill();
    await waitFor(
      'the page to notice the server is gone',
      async () => /Reconnecting|Offline/.test((await page.textContent('#connection-status')) ?? ''),
      { timeoutMs: 15_000 },
    );
    await server.restart();

    await waitFor('the job to complete after the restart', async () => (await status(page)) === 'completed', {
      timeoutMs: 150_000,
      intervalMs: 500,
    });
    expect(await page.textContent('#connection-status')).not.toMatch(/Reconnecting|Offline/);
    const expected = logFile(id);
    await waitFor('the final lines on screen', async () => (await shownLog(page)).length >= expected.length, {
      timeoutMs: 10_000,
    });
    expect(await shownLog(page)).toEqual(expected);
    expect(watched.pageErrors).toEqual([]);
  }, 240_000);

  it('mounts the federated remote from another origin into a VPO-like page', async () => {
    const id = await scan(0);
    // The host page and its API share one origin, as on VPO; the remote comes from the vpo-live server.
    const remote = `${server.url}/mfe/job-detail/remoteEntry.js`;
    const host = await startHostWithApi(
      server.url,
      `<!doctype html><html><head><meta charset="utf-8"><title>VPO</title></head>
<body data-polling-interval="2000" data-polling-log-interval="2000">
<div id="job-detail-root" data-job-id="${id}"></div>
<script type="module">
const container = await import(${JSON.stringify(remote)});
await container.init({});
const { mount } = (await container.get('./mount'))();
mount(document.getElementById('job-detail-root'), { apiBase: '/api' });
</script></body></html>`,
    );
    try {
      const watched = await openPage(browser);
      pages.push(watched);
      const remoteRequests = logRequests(watched.page, (url) => url.origin === server.url);
      await watched.page.goto(host.url);
      await waitFor(
        'the job to show as completed',
        async () => (await status(watched.page)) === 'completed',
        {
          timeoutMs: 60_000,
        },
      );
      expect(await watched.page.textContent('h2')).toContain(id.slice(0, 8));
      // The code and the stylesheet came from the remote's origin; the data from the page's own API.
      expect(remoteRequests.requests.some((r) => r.url.endsWith('/remoteEntry.js'))).toBe(true);
      expect(remoteRequests.requests.every((r) => new URL(r.url).pathname.startsWith('/mfe/'))).toBe(true);
      const css = await watched.page.$eval(
        'link[rel="stylesheet"]',
        (link) => (link as HTMLLinkElement).href,
      );
      expect(css.startsWith(`${server.url}/mfe/job-detail/`)).toBe(true);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await host.close();
    }
  }, 90_000);
});
