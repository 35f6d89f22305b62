/**
 * Dashboard benchmark (`cd bench && npm run bench:dashboard`): in Chromium, a 100-row page where every poll
 * changes 5 jobs and adds 1. Measures DOM mutations and scripting time per poll for the live dashboard (the
 * built federation remote) and, in the same run and interleaved with it, for a vanilla-JS client of the same
 * page and for a naive full re-render (innerHTML of the whole tbody); plus the remote's gzip size. Builds the
 * remote itself (into a temporary folder) and writes bench/results/dashboard.md. `BENCH_DASHBOARD_ROOT` (an
 * apps/jobs-dashboard folder) and `BENCH_DASHBOARD_RESULTS` (a file) measure another build elsewhere.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { createBenchJobs, type BenchJobs } from './benchJobs.ts';
import { RENDERERS, startBenchServer, type RendererName } from './benchServer.ts';
import { measureRemote } from './bundleSize.ts';
import { formatResults } from './formatResults.ts';
import { measureDetailPage } from './measureDetailPage.ts';
import { measureRenderers, type Renderer } from './measureRenderers.ts';
import { idleRun, type IdleRun } from './measureRendering.ts';
import { firstDifference, rowsMarkup } from './rowsMarkup.ts';

// Overridable to measure another build of the dashboard (e.g. a previous commit's checkout) the same way.
const APP_ROOT =
  process.env.BENCH_DASHBOARD_ROOT ?? fileURLToPath(new URL('../../apps/jobs-dashboard', import.meta.url));
const DETAIL_ROOT = join(APP_ROOT, '..', 'job-detail');
const RESULTS =
  process.env.BENCH_DASHBOARD_RESULTS ?? fileURLToPath(new URL('../results/dashboard.md', import.meta.url));
const WARMUP = 5;
const POLLS = 30;
const ROWS = 100;
const IDLE_SECONDS = 10;
const IDLE_POLL_MS = 2000;

const ROOTS: Record<RendererName, string> = {
  live: '#jobs-dashboard-root',
  vanilla: '#vanilla',
  naive: '#naive',
};

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'vpo-bench-dashboard-'));
  console.log('building the remote…');
  const size = await measureRemote(APP_ROOT, outDir);
  const css = readdirSync(join(outDir, 'assets')).find((file) => file.endsWith('.css'));
  if (!css) throw new Error('the build emitted no stylesheet');
  console.log('building the job detail remote (plain ES module)…');
  const detailDir = join(outDir, 'job-detail');
  await build({
    root: DETAIL_ROOT,
    configFile: join(DETAIL_ROOT, 'vite.module.config.ts'),
    logLevel: 'warn',
    build: { outDir: detailDir, emptyOutDir: true },
  });

  // One copy of the same (seeded) job sequence per client.
  const jobs = new Map<RendererName, BenchJobs>(RENDERERS.map((name) => [name, createBenchJobs(ROWS)]));
  const server = await startBenchServer((name) => jobs.get(name)!, outDir, join(outDir, 'assets', css));
  // One browser per client: each page is the only, foreground tab of its browser, so each renders as a
  // real tab does. Motion is not reduced (an operator's browser does not reduce it): what a poll sets moving
  // is part of its cost, so every traced poll runs until its frames are drawn (measureRendering.ts).
  const browsers: Browser[] = [];
  try {
    const renderers: Renderer[] = [];
    for (const name of RENDERERS) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
      });
      browsers.push(browser);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/${name}.html?limit=${ROWS}`);
      await page.waitForSelector(`tbody tr[data-job-id]:nth-child(${ROWS})`);
      renderers.push({ name, browser, page, jobs: jobs.get(name)!, root: ROOTS[name] });
    }
    console.log('measuring the live dashboard, the vanilla client and the naive re-render…');
    const runs = await measureRenderers(renderers, { warmup: WARMUP, polls: POLLS });
    console.log(
      `idle pages: ${IDLE_SECONDS} s polled every ${IDLE_POLL_MS / 1000} s, then ${IDLE_SECONDS} s untouched…`,
    );
    const idle = new Map<RendererName, { polled: IdleRun; still: IdleRun }>();
    for (const r of renderers) {
      const click = () => {
        r.jobs.step();
        return r.page.evaluate(() => document.querySelector<HTMLElement>('.vpo-refresh')!.click());
      };
      const polled = await idleRun(r.browser, r.page, IDLE_SECONDS, click, IDLE_POLL_MS);
      await r.page.waitForTimeout(1000);
      idle.set(r.name, { polled, still: await idleRun(r.browser, r.page, IDLE_SECONDS, null) });
    }
    console.log('measuring the job detail page…');
    const detail = await measureDetailPage(detailDir, { warmup: WARMUP, polls: POLLS });
    // Every client has polled the same job sequence as often: the dashboard and the vanilla client must now
    // show the very same rows, or the reference would not be the same page.
    const [live, vanilla] = await Promise.all(
      (['live', 'vanilla'] as const).map((name) => rowsMarkup(renderers.find((r) => r.name === name)!.page)),
    );
    const difference = firstDifference(live!, vanilla!);
    const text = formatResults({
      size,
      runs,
      idle,
      idleSeconds: IDLE_SECONDS,
      idlePollMs: IDLE_POLL_MS,
      detail,
      chromium: browsers[0]!.version(),
      node: process.version,
      date: new Date().toISOString(),
      cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
      load: loadavg(),
      rows: ROWS,
      warmup: WARMUP,
      polls: POLLS,
    });
    // A run whose reference drew other rows is written down (to see where it stands) but fails.
    writeFileSync(
      RESULTS,
      difference
        ? `${text}\n**Invalid run: the vanilla client does not render the dashboard's rows.**\n`
        : text,
    );
    console.log(text);
    if (difference) throw new Error(`the vanilla client does not render the dashboard's rows; ${difference}`);
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
