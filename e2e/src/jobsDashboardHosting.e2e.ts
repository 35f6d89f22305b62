/**
 * The Jobs dashboard hosted the way VPO will host it: a server-rendered page on another origin (no bundler,
 * strict CSP, VPO's `<body data-polling-*>` and header indicator) that loads the federation container from
 * vpo-live's `/mfe/` over CORS; and, with the job-detail remote on the same page, one shared copy of Solid.
 */
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchBrowser,
  logRequests,
  openPage,
  startLiveServer,
  startStaticSite,
  waitFor,
  type LiveServer,
  type StaticSite,
  type WatchedPage,
} from './harness/index.ts';
import { dashboardView, openDashboard } from './dashboardPage.ts';

let server: LiveServer;
let browser: Browser;
const pages: WatchedPage[] = [];
const sites: StaticSite[] = [];

beforeAll(async () => {
  ensureBuilt('jobsDashboard');
  ensureBuilt('jobDetail');
  server = await startLiveServer({ pollingInterval: 2000 });
  await server.cli(['seed', '--jobs', '40', '--no-active', '--seed', '11', '--days', '3']);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const watched of pages) await watched.close().catch(() => undefined);
  for (const site of sites) await site.close();
  await browser?.close();
  await server?.dispose();
});

/** A page like VPO's `jobs.html`: the header indicator, a mount element, and one external module script. */
function vpoPage(title: string, mounts: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - VPO</title>
<script type="module" src="/static/js/live.js"></script></head>
<body data-polling-interval="2000" data-polling-enabled="true" data-polling-log-interval="15000">
<header class="content-header"><h2>${title}</h2>
<span id="connection-status" class="connection-status connection-status--connected" role="status" aria-live="polite">Live</span>
</header>
<main>${mounts}</main>
</body></html>`;
}

/** Serves a VPO-like site on its own origin: the page, its script, and /api proxied to vpo-live. */
async function vpoSite(page: string, script: string): Promise<StaticSite> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${server.url}`,
    `style-src 'self' ${server.url}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  const site = await startStaticSite(
    {
      '/jobs': { body: page, headers: { 'content-security-policy': csp } },
      '/static/js/live.js': { body: script, contentType: 'text/javascript; charset=utf-8' },
    },
    { proxyPrefixes: ['/api/', '/health'], proxyTarget: server.url },
  );
  sites.push(site);
  return site;
}

async function open(url: string): Promise<WatchedPage> {
  const watched = await openPage(browser);
  pages.push(watched);
  await watched.page.goto(url);
  return watched;
}

describe('hosted by a VPO page on another origin', () => {
  it('mounts through the federation container over CORS, under a strict CSP, and drives the header indicator', async () => {
    const remote = `${server.url}/mfe/jobs-dashboard/remoteEntry.js`;
    const site = await vpoSite(
      vpoPage('Jobs', '<div id="jobs-dashboard-root"></div>'),
      `const container = await import(${JSON.stringify(remote)});
await container.init({});
const { mount } = (await container.get('./mount'))();
mount(document.getElementById('jobs-dashboard-root'), { apiBase: '/api' });
`,
    );
    const watched = await openPage(browser);
    pages.push(watched);
    const fromRemote = logRequests(watched.page, (url) => url.origin === server.url);
    const api = logRequests(watched.page);
    await watched.page.goto(`${site.url}/jobs`);
    await openDashboard(watched.page);
    const p = watched.page;

    const expected = (await (await fetch(`${server.url}/api/jobs`)).json()) as { jobs: { id: string }[] };
    expect((await dashboardView(p)).rows.map((row) => row.id)).toEqual(expected.jobs.map((job) => job.id));
    await waitFor(
      'the header indicator to say Live',
      async () => (await p.getAttribute('#connection-status', 'data-state')) === 'connected',
    );
    expect(await p.textContent('#connection-status')).toBe('Live');
    expect(await p.$$('#jobs-dashboard-root [role="status"]')).toHaveLength(0);

    // Code and stylesheet from the remote's origin (relative URLs resolved against it), data from the page's.
    expect(
      fromRemote.requests.every((request) =>
        new URL(request.url).pathname.startsWith('/mfe/jobs-dashboard/'),
      ),
    ).toBe(true);
    expect(fromRemote.requests.some((request) => request.url.endsWith('.css'))).toBe(true);
    expect(api.requests.every((request) => request.url.startsWith(site.url))).toBe(true);
    const badgeRadius = await p.$eval('.vpo-badge', (badge) => getComputedStyle(badge).borderTopLeftRadius);
    expect(badgeRadius).toBe('999px');
    // A CSP violation shows up as a console error; a failed load as a failed response.
    expect(watched.consoleErrors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
    expect(watched.failedResponses).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });

  it('holds the rows in view when a job lands above them, also where the browser anchors scrolling itself', async () => {
    const site = await vpoSite(
      vpoPage('Jobs', '<div id="jobs-dashboard-root"></div>'),
      `const container = await import(${JSON.stringify(`${server.url}/mfe/jobs-dashboard/remoteEntry.js`)});
await container.init({});
(await container.get('./mount'))().mount(document.getElementById('jobs-dashboard-root'), { apiBase: '/api' });
`,
    );
    const watched = await openPage(browser, { viewport: { width: 1280, height: 500 } });
    pages.push(watched);
    const p = watched.page;
    await p.goto(`${site.url}/jobs`);
    await openDashboard(p);
    const anchor = `tr[data-job-id="${(await dashboardView(p)).rows[20]!.id}"]`;
    await p.$eval(anchor, (row) => row.scrollIntoView({ block: 'center' }));
    const top = await p.$eval(anchor, (row) => row.getBoundingClientRect().top);
    const id = (
      await server.cli(['enqueue', 'move', '/media/lands-on-top.mkv', '--duration-ms', '60000'])
    ).stdout.trim();
    await p.waitForSelector(`tr[data-job-id="${id}"]`, { timeout: 3000 });
    await p.waitForTimeout(300);
    expect(
      Math.abs((await p.$eval(anchor, (row) => row.getBoundingClientRect().top)) - top),
    ).toBeLessThanOrEqual(1);
  });

  it('keeps the row under the pointer in place at the top of the page, where a new job would push it down', async () => {
    const watched = await openPage(browser, { viewport: { width: 1280, height: 500 } });
    pages.push(watched);
    const p = watched.page;
    await p.goto(`${server.url}/jobs`);
    await openDashboard(p);
    const row = `tr[data-job-id="${(await dashboardView(p)).rows[2]!.id}"]`;
    const topOf = () => p.$eval(row, (el) => el.getBoundingClientRect().top);
    const landOnTop = async (name: string) => {
      const id = (
        await server.cli(['enqueue', 'move', `/media/${name}.mkv`, '--duration-ms', '60000'])
      ).stdout.trim();
      await p.waitForSelector(`tr[data-job-id="${id}"]`, { timeout: 3000 });
      await p.waitForTimeout(300);
    };
    // Untouched, a live list at the top shows the new job by pushing the rows down.
    let before = await topOf();
    await landOnTop('pushes-down');
    expect(await topOf()).toBeGreaterThan(before + 10);
    // The pointer on a row: that row stays where it is about to be clicked.
    await p.hover(row);
    before = await topOf();
    await landOnTop('held-under-pointer');
    expect(Math.abs((await topOf()) - before)).toBeLessThanOrEqual(1);
  });

  it('loads exactly one copy of Solid, XState and RxJS when the job-detail remote shares the page', async () => {
    const jobs = (await (await fetch(`${server.url}/api/jobs?limit=1`)).json()) as { jobs: { id: string }[] };
    const jobId = jobs.jobs[0]!.id;
    const site = await vpoSite(
      vpoPage(
        'Jobs',
        `<div id="jobs-dashboard-root"></div><div id="job-detail-root" data-job-id="${jobId}"></div>`,
      ),
      `// One share scope for both containers, and every container initialised before any module is taken from
// one: each then sees every provider and both pick the same copy of a shared library.
const shareScope = {};
const base = ${JSON.stringify(`${server.url}/mfe/`)};
const containers = await Promise.all(['jobs-dashboard', 'job-detail'].map((name) => import(base + name + '/remoteEntry.js')));
for (const container of containers) await container.init(shareScope);
const [dashboard, detail] = await Promise.all(containers.map(async (container) => (await container.get('./mount'))().mount));
dashboard(document.getElementById('jobs-dashboard-root'), { apiBase: '/api' });
detail(document.getElementById('job-detail-root'), { apiBase: '/api', jobId: ${JSON.stringify(jobId)} });
`,
    );
    const watched = await openPage(browser);
    pages.push(watched);
    // A text only each library's core module contains: every copy of the library brings its own.
    const markers = { solid: 'solid-proxy', xstate: 'xstate.init', rxjs: 'object unsubscribed' } as const;
    const copies: Record<keyof typeof markers, string[]> = { solid: [], xstate: [], rxjs: [] };
    const bodies: Promise<void>[] = [];
    watched.page.on('response', (response: Response) => {
      if (!response.url().endsWith('.js')) return;
      bodies.push(
        response
          .text()
          .then((text) => {
            for (const [library, marker] of Object.entries(markers) as [keyof typeof markers, string][]) {
              if (text.includes(marker)) copies[library].push(response.url());
            }
          })
          .catch(() => undefined),
      );
    });
    await watched.page.goto(`${site.url}/jobs`);
    await openDashboard(watched.page);
    await watched.page.waitForSelector('#job-detail-root h2, #job-detail-root [role="alert"]', {
      timeout: 15_000,
    });
    expect(await watched.page.textContent('#job-detail-root')).toContain(jobId.slice(0, 8));
    await Promise.all(bodies);
    expect(copies.solid).toHaveLength(1);
    expect(copies.xstate).toHaveLength(1);
    expect(copies.rxjs).toHaveLength(1);
    expect(watched.pageErrors).toEqual([]);
  });
});

describe("on vpo-live's own /jobs page", () => {
  it('mounts the plain ES-module build under the page CSP without console errors', async () => {
    const watched = await open(`${server.url}/jobs`);
    await openDashboard(watched.page);
    const expected = (await (await fetch(`${server.url}/api/jobs`)).json()) as { jobs: unknown[] };
    expect((await dashboardView(watched.page)).rows.length).toBe(expected.jobs.length);
    expect(watched.consoleErrors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
    expect(watched.failedResponses).toEqual([]);
  });
});
