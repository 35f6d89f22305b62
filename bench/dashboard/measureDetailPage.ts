import { chromium, type Browser, type Page } from 'playwright-core';
import { DETAIL_JOB_ID, startDetailServer, type DetailServer } from './detailServer.ts';
import { idleRun, traced, tracedPoll, POLL_TRACE, type IdleRun, type PollCost } from './measureRendering.ts';
import { traceScriptingMs, WORKER_THREAD, type TraceEvent } from './traceScripting.ts';

/** What the job detail page costs: per poll (several kinds) and idle. */
export interface DetailRun {
  /** A Refresh (job and log) that finds 5 more files processed and 3 new log lines. */
  progress: PollCost[];
  /** A Refresh (job and log) that finds nothing new, answered 304 twice (our server sends ETags). */
  notModified: PollCost[];
  /** The same from a server without ETags: the same job and log page again, in full. */
  unchanged: PollCost[];
  /** Script of each job poll the page's own 2 s timer made while nothing changed (answered 304). */
  timerPolls: number[];
  /** The same polls' script on the page's fetch worker thread (the request, off the main thread). */
  timerPollsWorker: number[];
  /** The same from a server without ETags (200, the same job again). */
  timerPolls200: number[];
  /**
   * The floor: the same request made by a bare `fetch()` with `If-None-Match`, its 304 read with `text()` — no
   * engine, no validation, no UI — measured the same way.
   */
  bareFetch: number[];
  /**
   * The floor with the request off the main thread: a timer posts it to a worker (`page/floorWorker.js`) that
   * fetches it with `If-None-Match` and posts back the status — no engine, no validation, no UI.
   */
  bareWorker: number[];
  /** 10 s while the job progresses and its log grows, polled by the page itself (job and log every 2 s). */
  idle: IdleRun;
  /** 10 s of the same page once nothing changes any more (its polls answered 304). */
  still: IdleRun;
}

interface DetailWindow {
  __bench: { watchFetches(): void; pollDone(): Promise<boolean> };
}

const FETCH_MARK = 'bench:fetch';
/** A poll's script: from just before its request starts (the timer that fires it) until it is applied. */
const POLL_WINDOW_MS: [number, number] = [5, 80];

async function open(browser: Browser, server: DetailServer, query = ''): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}/detail.html${query}`);
  await page.waitForSelector('.job-log__row');
  await page.evaluate(() => (window as unknown as DetailWindow).__bench.watchFetches());
  return page;
}

/**
 * Script per timer-driven poll in a trace: around each request mark (the page's only requests are its job's),
 * on the main thread or (`thread`) another one.
 */
function scriptPerRequest(events: TraceEvent[], thread?: string): number[] {
  const marks = events.filter((e) => e.name === FETCH_MARK).map((e) => e.ts);
  return marks.map((at) =>
    traceScriptingMs(events, 'thread', at + POLL_WINDOW_MS[1] * 1000, at - POLL_WINDOW_MS[0] * 1000, thread),
  );
}

/**
 * The job detail page (the plain ES-module build in `distDir`) in its own headless Chromium, same settings as
 * the dashboard's: a running scan job with its log followed. Polls are clicks on Refresh (job and log) on a page
 * whose timers are 60 s, then the page's own 2 s timer.
 */
export async function measureDetailPage(
  distDir: string,
  { warmup, polls }: { warmup: number; polls: number },
): Promise<DetailRun> {
  const server = await startDetailServer(distDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  try {
    const clicked = await open(browser, server);
    const poll = () => clicked.evaluate(() => (window as unknown as DetailWindow).__bench.pollDone());
    const measure = async (progress: boolean, etags: boolean): Promise<PollCost[]> => {
      server.progress(progress);
      server.etags(etags);
      for (let i = 0; i < warmup; i++) await poll();
      const costs: PollCost[] = [];
      for (let i = 0; i < polls; i++) costs.push(await tracedPoll(browser, clicked, poll));
      return costs;
    };
    const progress = await measure(true, true);
    const notModified = await measure(false, true);
    const unchanged = await measure(false, false);
    server.etags(true);
    const bare = await traced(browser, clicked, POLL_TRACE, () =>
      clicked.evaluate(
        async ({ url, count }) => {
          const etag = (await fetch(url)).headers.get('etag') ?? '';
          for (let i = 0; i < count; i++) {
            const response = await fetch(url, { headers: { 'If-None-Match': etag }, cache: 'no-store' });
            await response.text();
            await new Promise((resolve) => setTimeout(resolve, 150));
          }
        },
        { url: `/api/jobs/${DETAIL_JOB_ID}`, count: polls },
      ),
    );
    const viaWorker = await traced(browser, clicked, POLL_TRACE, () =>
      clicked.evaluate(
        async ({ url, count }) => {
          const worker = new Worker('/page/floorWorker.js');
          let etag = '';
          for (let id = 0; id <= count; id++) {
            const headers = etag ? { 'If-None-Match': etag } : {};
            const answer = await new Promise<{ etag: string | null }>((resolve) => {
              worker.onmessage = ({ data }) => resolve(data);
              worker.postMessage({ id, url: new URL(url, location.href).href, headers });
            });
            etag = answer.etag ?? etag;
            await new Promise((resolve) => setTimeout(resolve, 150));
          }
          worker.terminate();
        },
        { url: `/api/jobs/${DETAIL_JOB_ID}`, count: polls },
      ),
    );
    // The first request only learnt the ETag.
    const bareFetch = scriptPerRequest(bare).slice(1);
    const bareWorker = scriptPerRequest(viaWorker).slice(1);
    await clicked.context().close();

    // The page's own job polls (every 2 s; the log every 60 s), nothing new.
    const timed = await open(browser, server, '?interval=2000&log=60000');
    const timerScript = async (etags: boolean) => {
      server.etags(etags);
      await timed.waitForTimeout(4000);
      const events = await traced(browser, timed, POLL_TRACE, () => timed.waitForTimeout(polls * 1000));
      return { main: scriptPerRequest(events), worker: scriptPerRequest(events, WORKER_THREAD) };
    };
    const { main: timerPolls, worker: timerPollsWorker } = await timerScript(true);
    const { main: timerPolls200 } = await timerScript(false);
    await timed.context().close();

    // The page polling by itself, job and log every 2 s, first while the job progresses, then once it does not.
    server.etags(true);
    server.progress(true);
    const live = await open(browser, server, '?interval=2000&log=2000');
    const idle = await idleRun(browser, live, 10, null);
    server.progress(false);
    await live.waitForTimeout(4000);
    const still = await idleRun(browser, live, 10, null);
    return {
      progress,
      notModified,
      unchanged,
      timerPolls,
      timerPollsWorker,
      timerPolls200,
      bareFetch,
      bareWorker,
      idle,
      still,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
