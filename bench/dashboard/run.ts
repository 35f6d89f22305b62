/**
 * Dashboard benchmark (`cd bench && npm run bench:dashboard`): in Chromium, a 100-row page where every poll
 * changes 5 jobs and adds 1. Measures DOM mutations and scripting time per poll for the live dashboard (the
 * built federation remote) and, in the same run, for a naive full re-render of the same rows (innerHTML of the
 * whole tbody); plus the remote's gzip size. Writes bench/results/dashboard.md.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBenchJobs, type BenchJobs } from './benchJobs.ts';
import { startBenchServer } from './benchServer.ts';
import { measureRemote, type SizeReport } from './bundleSize.ts';
import { breakdown, type CpuProfile } from './profileBreakdown.ts';
import { traceScriptingMs, type TraceEvent } from './traceScripting.ts';

const APP_ROOT = fileURLToPath(new URL('../../apps/jobs-dashboard', import.meta.url));
const RESULTS = fileURLToPath(new URL('../results/dashboard.md', import.meta.url));
const WARMUP = 5;
const POLLS = 30;
const ROWS = 100;

interface MutationSample {
  mutations: number;
  records: number;
}

/**
 * Runs polls on a page: `trigger` starts one (in the page), then we wait for the new row. Mutations are
 * counted in a first pass; the second pass traces each poll (no observer attached) for scripting time and
 * collects the dashboard's own User Timing measure of its store update and DOM writes.
 */
async function runPolls(browser: Browser, page: Page, jobs: () => BenchJobs, trigger: string, root: string) {
  const poll = async (id: string) =>
    page.evaluate(
      ([code, rowId]) => {
        (0, eval)(code);
        return (window as unknown as Bench).__bench.rowShown(rowId);
      },
      [trigger, id] as const,
    );
  await page.evaluate((selector) => (window as unknown as Bench).__bench.observe(selector), root);
  const mutationSamples: MutationSample[] = [];
  for (let i = 0; i < WARMUP + POLLS; i += 1) {
    await page.evaluate(() => (window as unknown as Bench).__bench.take());
    await poll(jobs().step());
    const counted = await page.evaluate(() => (window as unknown as Bench).__bench.take());
    if (i >= WARMUP) mutationSamples.push(counted);
  }
  await page.evaluate(() => (window as unknown as Bench).__bench.observe('head'));
  await page.evaluate(() => (window as unknown as Bench).__bench.updates());
  const samples: number[] = [];
  for (let i = 0; i < POLLS; i += 1) {
    const id = jobs().step();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute'] });
    await poll(id);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    samples.push(traceScriptingMs(trace.traceEvents));
  }
  const updates = await page.evaluate(() => (window as unknown as Bench).__bench.updates());
  // Third pass: where the script time goes, from a sampling CPU profile (its overhead inflates every part).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < POLLS; i += 1) await poll(jobs().step());
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  const sources = [...breakdown([profile]).entries()].map(([source, total]) => ({
    source,
    ms: total / POLLS,
  }));
  return { mutationSamples, samples, updates, sources };
}

interface Bench {
  __bench: {
    observe(selector: string): void;
    take(): { mutations: number; records: number };
    rowShown(id: string): Promise<boolean>;
    /** Durations (ms) of the dashboard's update measures since the last call. */
    updates(): number[];
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const min = (values: number[]) => Math.min(...values);
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'vpo-bench-dashboard-'));
  console.log('building the remote…');
  const size: SizeReport = await measureRemote(APP_ROOT, outDir);
  const css = readdirSync(join(outDir, 'assets')).find((file) => file.endsWith('.css'));
  if (!css) throw new Error('the build emitted no stylesheet');

  let jobs = createBenchJobs(ROWS);
  const server = await startBenchServer(() => jobs, outDir, join(outDir, 'assets', css));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();

    console.log('measuring the live dashboard…');
    await page.goto(`${server.url}/dashboard.html?limit=${ROWS}`);
    await page.waitForSelector(`tbody tr[data-job-id]:nth-child(${ROWS})`);
    const live = await runPolls(
      browser,
      page,
      () => jobs,
      "document.querySelector('.vpo-refresh').click()",
      '#jobs-dashboard-root',
    );

    console.log('measuring the naive re-render…');
    jobs = createBenchJobs(ROWS);
    await page.goto(`${server.url}/naive.html`);
    await page.evaluate(() => (window as unknown as { naivePoll(): Promise<void> }).naivePoll());
    const naive = await runPolls(browser, page, () => jobs, 'naivePoll()', '#naive');

    const version = browser.version();
    await writeResults({ size, live, naive, chromium: version });
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

type Run = Awaited<ReturnType<typeof runPolls>>;

async function writeResults({
  size,
  live,
  naive,
  chromium: version,
}: {
  size: SizeReport;
  live: Run;
  naive: Run;
  chromium: string;
}) {
  const liveMutations = median(live.mutationSamples.map((s) => s.mutations));
  const naiveMutations = median(naive.mutationSamples.map((s) => s.mutations));
  const liveScript = live.samples;
  const naiveScript = naive.samples;
  const ratio = naiveMutations / Math.max(1, liveMutations);
  const pass = (ok: boolean) => (ok ? '✅' : '❌');
  const ownSources = Object.entries(size.own)
    .sort((a, b) => b[1] - a[1])
    .map(([source, bytes]) => `${source} ${kb(bytes)}`)
    .join(', ');
  const row = (name: string, run: Run, script: number[]) =>
    `| ${name} | ${median(run.mutationSamples.map((s) => s.mutations))} | ${median(run.mutationSamples.map((s) => s.records))} | ${ms(median(script))} | ${ms(p95(script))} | ${ms(min(run.updates))} | ${ms(median(run.updates))} |`;
  const text = `# Dashboard benchmark

Command: \`cd bench && npm run bench:dashboard\` (bench/dashboard/run.ts)

- Date: ${new Date().toISOString()}
- Node: ${process.version}
- Chromium: ${version} (headless, /usr/bin/chromium)
- CPU: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}; load average during the run ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min) — other work on the machine inflates every time below

## Per poll: ${ROWS}-row page, each poll changes 5 jobs and adds 1 (the oldest row drops off)

${POLLS} measured polls after ${WARMUP} warm-up polls, for each renderer in the same run and on the same
data sequence. The live dashboard is the built federation remote, mounted through \`remoteEntry.js\`; a
poll is started with its Refresh button. The naive renderer fetches the same JSON and rebuilds the whole
\`<tbody>\` with \`innerHTML\` (VPO's original approach; bar widths left out, which only flatters it).

A DOM mutation is one attribute or text change, or one node inserted or removed *counting its
descendants*. **Scripting** is main-thread JavaScript time from a Chrome trace of each poll (the thread's
CPU time inside event handlers, microtasks and callbacks; style and layout forced inside them left out, as
DevTools does), from the click until the new row is on screen: fetch handling, JSON parsing, validation,
the polling engine, the store update and DOM writes. **Update** is the renderer's own User Timing measure
(\`jobs-dashboard:update\`): for the dashboard the keyed store update plus the DOM writes it causes, for the
naive renderer the HTML string plus \`innerHTML\`.

| renderer | DOM mutations (median) | mutation records | scripting median | scripting p95 | update min | update median |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('live dashboard', live, liveScript)}
${row('naive innerHTML', naive, naiveScript)}

Where the live dashboard's script time goes (sampling CPU profile of ${POLLS} more polls, 100 µs; ms per
poll, profiler overhead included):

| source | ms per poll | share |
| --- | ---: | ---: |
${live.sources
  .sort((a, b) => b.ms - a.ms)
  .map(
    (s) =>
      `| ${s.source} | ${s.ms.toFixed(2)} | ${((100 * s.ms) / live.sources.reduce((t, x) => t + x.ms, 0)).toFixed(0)}% |`,
  )
  .join('\n')}

- Mutation ratio (naive ÷ live): **${ratio.toFixed(1)}×** fewer DOM mutations — target ≥ 10× ${pass(ratio >= 10)}
- Live scripting per poll: **${ms(median(liveScript))}** median — target ≤ 1 ms ${pass(median(liveScript) <= 1)}
  (of which the dashboard's own store update and DOM writes: ${ms(median(live.updates))} median, ${ms(min(live.updates))} at best)

## Remote size (gzip, level 9)

| part | gzip |
| --- | ---: |
| own code (app + libs + bundled packages) | ${kb(size.gzip.own)} |
| shared singletons (solid-js, xstate, rxjs) | ${kb(size.gzip.shared)} |
| federation runtime and glue | ${kb(size.gzip.federation)} |
| stylesheet | ${kb(size.css)} |

Own code by source: ${ownSources}.
Mixed chunks are split by each module's share of the chunk's rendered code.

- Own code: **${kb(size.gzip.own)}** — target ≤ 30 kB ${pass(size.gzip.own <= 30 * 1024)}

<details><summary>Files</summary>

| file | bytes | gzip |
| --- | ---: | ---: |
${size.files
  .sort((a, b) => b.gzip - a.gzip)
  .map((file) => `| ${file.file} | ${file.bytes} | ${file.gzip} |`)
  .join('\n')}

</details>
`;
  writeFileSync(RESULTS, text);
  console.log(text);
}

await main();
