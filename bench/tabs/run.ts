/**
 * Tabs benchmark: N tabs of the Jobs dashboard (`/jobs`, one view) in Chromium against the real server, for 1,
 * 4 and 8 tabs, shared (the tabs of one browser profile: one poller per browser) and not shared (each tab its
 * own profile, so each polls alone). Measures the job-list requests a minute the server receives and the
 * main-thread time each tab spends per poll interval. Writes bench/results/tabs.md.
 *
 *   cd bench && npm run bench:tabs
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { openDatabase, parseServerConfig, seedJobs, startServer } from '@vpo-live/server';
import { createRandom, STATUS_MIXES } from '@vpo-live/vpo-api/fixtures';
import { launchChromium } from '../launchChromium.ts';
import { median } from '../stats.ts';

const INTERVAL_MS = 2000;
const WARM_MS = 3 * INTERVAL_MS;
const WINDOW_MS = 30_000;
const TAB_COUNTS = [1, 4, 8] as const;
const RESULT = fileURLToPath(new URL('../results/tabs.md', import.meta.url));

interface Row {
  tabs: number;
  shared: boolean;
  requestsPerMinute: number;
  /** Main-thread time per tab per poll interval, ms (median over the tabs). */
  taskPerPollMs: number;
}

const taskSeconds = async (cdp: CDPSession): Promise<number> =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;

async function measure(browser: Browser, url: string, tabs: number, shared: boolean): Promise<Row> {
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  let requests = 0;
  let counting = false;
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (request) => {
      if (counting && /\/api\/jobs(\?|$)/.test(request.url())) requests += 1;
    });
    contexts.push(context);
    return context;
  };
  const sharedContext = shared ? await newContext() : undefined;
  for (let i = 0; i < tabs; i += 1) {
    const context = sharedContext ?? (await newContext());
    const page = await context.newPage();
    await page.goto(`${url}/jobs`);
    await page.waitForSelector('#jobs-dashboard-root table');
    pages.push(page);
  }
  const sessions = await Promise.all(pages.map((page) => page.context().newCDPSession(page)));
  await Promise.all(sessions.map((cdp) => cdp.send('Performance.enable')));
  await new Promise((resolve) => setTimeout(resolve, WARM_MS));
  const before = await Promise.all(sessions.map(taskSeconds));
  counting = true;
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
  counting = false;
  const after = await Promise.all(sessions.map(taskSeconds));
  const polls = WINDOW_MS / INTERVAL_MS;
  const perTab = after.map((end, i) => ((end - (before[i] ?? 0)) * 1000) / polls);
  await Promise.all(contexts.map((context) => context.close()));
  return { tabs, shared, requestsPerMinute: (requests * 60_000) / WINDOW_MS, taskPerPollMs: median(perTab) };
}

const dir = mkdtempSync(join(tmpdir(), 'vpo-live-bench-tabs-'));
const dbPath = join(dir, 'vpo-live.db');
const db = openDatabase(dbPath);
seedJobs(db, {
  count: 200,
  random: createRandom(16),
  now: Date.now(),
  days: 7,
  statuses: STATUS_MIXES.history,
});
db.close();
const server = await startServer(
  parseServerConfig({
    port: 0,
    dbPath,
    logLevel: 'silent',
    rateLimitPerMinute: 0,
    polling: { interval: INTERVAL_MS },
  }),
);
const browser = await launchChromium();
const rows: Row[] = [];
try {
  for (const tabs of TAB_COUNTS) {
    for (const shared of [true, false]) {
      const row = await measure(browser, server.url, tabs, shared);
      rows.push(row);
      console.log(
        `${tabs} tab(s), ${shared ? 'shared' : 'alone '}: ${row.requestsPerMinute.toFixed(1)} requests/min, ` +
          `${row.taskPerPollMs.toFixed(2)} ms main thread per tab per poll`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const one = rows.find((r) => r.tabs === 1 && r.shared)?.requestsPerMinute ?? Number.NaN;
const line = (r: Row) =>
  `| ${r.tabs} | ${r.shared ? 'shared' : 'each alone'} | ${r.requestsPerMinute.toFixed(1)} | ` +
  `${(r.requestsPerMinute / one).toFixed(2)} × | ${r.taskPerPollMs.toFixed(2)} |`;
const worstShared = Math.max(...rows.filter((r) => r.shared).map((r) => r.requestsPerMinute / one));
writeFileSync(
  RESULT,
  `# Tabs: one poller per browser

\`cd bench && npm run bench:tabs\` — ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]?.toFixed(2)}.

N tabs of \`/jobs\` (one view, 200 jobs, ${INTERVAL_MS / 1000} s polling) in Chromium against the real server.
"shared": the tabs of one browser profile (one leader fetches, the others take its answers); "each alone": each
tab in its own profile, polling on its own. Requests are the job-list requests sent in a ${WINDOW_MS / 1000} s
window after ${WARM_MS / 1000} s of warm-up; main-thread time is Chromium's TaskDuration per tab, per poll
interval (median over the tabs).

| tabs | mode | job-list requests / min | vs one tab | main thread per tab per poll (ms) |
| ---: | --- | ---: | ---: | ---: |
${rows.map(line).join('\n')}

Target: shared requests for N tabs of one resource ≤ 1.1 × one tab's — worst here **${worstShared.toFixed(2)} ×**
(${worstShared <= 1.1 ? 'met' : 'not met'}).
`,
);
console.log(`wrote ${RESULT}`);
