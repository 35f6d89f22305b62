/**
 * Log tail benchmark: the built job detail remote in Chromium, tailing a 1,000,000-line log, then receiving
 * 1,000 lines per poll. Measures the JS heap after the load, frame times during the polls (several rounds, as
 * the machine is shared) and during a scroll sweep, main-thread task lengths, the search (a rare term, a
 * regular expression and a term on every line: time to "n of m", frames meanwhile, memory while a million
 * matches are held, frames while 1,000 lines per poll arrive with the search on), and checks the on-screen
 * model line by line. Writes bench/results/log-tail.md.
 *
 *   cd bench && npm run bench:log-tail
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../launchChromium.ts';
import { benchLine } from './benchLine.ts';
import { startBenchServer, type BenchServer } from './benchServer.ts';
import { startMainThreadTrace } from './mainThreadTrace.ts';
import {
  checkModel,
  clearSearch,
  searchFor,
  searchStatus,
  shownLineCount,
  startFrameProbe,
  stopFrameProbe,
  sweepScroll,
  type SearchProbe,
} from './pageProbes.ts';
import type { BenchResult, PollRound } from './benchResult.ts';
import { formatReport } from './formatReport.ts';
import { frameStats } from './frameStats.ts';
import { previousTotalHeap } from './previousTotalHeap.ts';

const INITIAL_LINES = Number(process.env.LOG_TAIL_LINES ?? 1_000_000);
const LINES_PER_POLL = 1000;
const POLLS = 10;
const ROUNDS = 3;
const TRACED_POLLS = 5;
const INTERVAL_MS = 2000;
const BASELINE_MS = 6000;
const APP = fileURLToPath(new URL('../../apps/job-detail/', import.meta.url));
const DIST = fileURLToPath(new URL('../../apps/job-detail/dist/', import.meta.url));
const RESULT = fileURLToPath(new URL('../results/log-tail.md', import.meta.url));
/** In every line of the synthetic log (`benchLine`), and in exactly one. */
const COMMON_TERM = 'scanned';
const RARE_TERM = `episode-${INITIAL_LINES - 1}.mkv`;
const REGEX_TERM = 'show-(12|34)/episode-\\d+7\\.mkv$';
const SEARCH_REPEATS = 3;

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const taskSeconds = async (cdp: CDPSession): Promise<number> =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;

/** Lets `polls` polls find `LINES_PER_POLL` new lines each and waits until the page shows `expected` lines. */
async function growAndWait(page: Page, server: BenchServer, polls: number, expected: number): Promise<void> {
  server.growOnPoll(LINES_PER_POLL, polls);
  await waitUntil(
    'the new lines on screen',
    async () => (await page.evaluate(shownLineCount)) >= expected,
    120_000,
  );
  // Let the frame that shows the last batch be drawn.
  await page.waitForTimeout(500);
}

if (!existsSync(`${DIST}mount.js`)) {
  console.log('building apps/job-detail (plain ES-module build)…');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.module.config.ts'], {
    cwd: APP,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('build of apps/job-detail failed');
}

const server = await startBenchServer({ dist: DIST, initialLines: INITIAL_LINES, interval: INTERVAL_MS });
const browser = await launchChromium(['--enable-precise-memory-info']);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // tsx keeps function names with an `__name` helper; probes serialized into the page need it to exist there.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const cdp = await context.newCDPSession(page);

  console.log(`loading a ${INITIAL_LINES.toLocaleString('en-US')}-line log…`);
  const loadStart = Date.now();
  await page.goto(server.url);
  await waitUntil(
    'the whole log on screen',
    async () => (await page.evaluate(shownLineCount)) >= INITIAL_LINES,
    600_000,
  );
  const loadSeconds = (Date.now() - loadStart) / 1000;
  const loadRequests = server.logRequests();
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const pageHeap = await page.evaluate(
    () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  console.log(`loaded in ${loadSeconds.toFixed(1)} s; JS heap ${(heap.usedSize / 2 ** 20).toFixed(1)} MiB`);

  // Baseline: the same page polling a log that does not grow (and the probe itself).
  console.log('baseline (log not growing)…');
  await cdp.send('Performance.enable');
  await page.evaluate(startFrameProbe);
  const baselineStart = Date.now();
  const baselineTask = await taskSeconds(cdp);
  await page.waitForTimeout(BASELINE_MS);
  const baselineRate = ((await taskSeconds(cdp)) - baselineTask) / ((Date.now() - baselineStart) / 1000);
  const idle = frameStats(await page.evaluate(stopFrameProbe));

  let expected = INITIAL_LINES;
  /** `ROUNDS` rounds of `POLLS` polls with the frame probe running. */
  const pollRounds = async (label: string): Promise<PollRound[]> => {
    const measured: PollRound[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`${label} round ${round}: ${POLLS} polls of ${LINES_PER_POLL} lines…`);
      await page.evaluate(startFrameProbe);
      const start = Date.now();
      const startTask = await taskSeconds(cdp);
      expected += LINES_PER_POLL * POLLS;
      await growAndWait(page, server, POLLS, expected);
      const frames = frameStats(await page.evaluate(stopFrameProbe));
      const seconds = (Date.now() - start) / 1000;
      const busy = (await taskSeconds(cdp)) - startTask;
      measured.push({ frames, seconds, busyMsPerSecond: (busy * 1000) / seconds });
    }
    return measured;
  };
  const rounds = await pollRounds('plain');

  // Task lengths come from a trace of a few more polls, kept apart so tracing cannot disturb the frames above.
  console.log(`${TRACED_POLLS} traced polls…`);
  const trace = await startMainThreadTrace(cdp);
  expected += LINES_PER_POLL * TRACED_POLLS;
  await growAndWait(page, server, TRACED_POLLS, expected);
  const tasks = await trace.stop();

  console.log('scroll sweep…');
  await page.evaluate(startFrameProbe);
  await page.evaluate(sweepScroll, 240);
  const scroll = frameStats(await page.evaluate(stopFrameProbe));

  // Search: each term typed a few times (the machine is shared; the median counts), the common one last, so
  // its million matches are held while memory is measured and while a round of polls arrives.
  console.log('search…');
  const searches: SearchProbe[] = [];
  const typeSearch = async (text: string, regex: boolean) => {
    await page.evaluate(clearSearch);
    await page.getByRole('checkbox', { name: 'Regex' }).setChecked(regex);
    await page.evaluate(clearSearch);
    return page.evaluate(searchFor, text);
  };
  for (let i = 0; i < SEARCH_REPEATS; i++) searches.push(await typeSearch(RARE_TERM, false));
  for (let i = 0; i < SEARCH_REPEATS; i++) searches.push(await typeSearch(REGEX_TERM, true));
  for (let i = 0; i < SEARCH_REPEATS; i++) searches.push(await typeSearch(COMMON_TERM, false));
  await cdp.send('HeapProfiler.collectGarbage');
  const heapSearching = await cdp.send('Runtime.getHeapUsage');
  const searchingRounds = await pollRounds(`"${COMMON_TERM}" searched,`);
  const statusAfterPolls = await page.evaluate(searchStatus);

  const model = await page.evaluate(checkModel, { generator: benchLine.toString(), expected });
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfter = await cdp.send('Runtime.getHeapUsage');

  const result: BenchResult = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    node: process.version,
    initialLines: INITIAL_LINES,
    linesPerPoll: LINES_PER_POLL,
    polls: POLLS,
    intervalMs: INTERVAL_MS,
    loadSeconds,
    loadRequests,
    heap,
    pageHeap,
    heapAfter,
    idle,
    baselineBusyMsPerSecond: baselineRate * 1000,
    rounds,
    tasks,
    tracedPolls: TRACED_POLLS,
    scroll,
    model,
    expected,
    loadAverage: loadavg(),
    pageErrors: errors,
    search: {
      probes: searches,
      common: COMMON_TERM,
      rare: RARE_TERM,
      regex: REGEX_TERM,
      heap: heapSearching,
      rounds: searchingRounds,
      statusAfterPolls,
      previousTotalHeap: previousTotalHeap(RESULT),
    },
  };
  mkdirSync(fileURLToPath(new URL('../results/', import.meta.url)), { recursive: true });
  writeFileSync(RESULT, formatReport(result));
  console.log(formatReport(result));
  if (model.mismatches > 0 || model.length !== expected) process.exitCode = 1;
  if (!statusAfterPolls.endsWith(` of ${expected.toLocaleString('en-US')}`)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
