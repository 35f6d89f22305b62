import type { Browser, Page } from 'playwright-core';
import { layoutPasses, traceRendering, type LayoutPass, type RenderingCost } from './traceRendering.ts';
import { traceScriptingMs, WORKER_THREAD, type TraceEvent } from './traceScripting.ts';

/** Time left after a poll for what it set going: a 0.4 s CSS transition, a delayed busy state, a frame or two. */
export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 700);

/** Script, style, layout and paint, and the harness's `bench:poll-done` mark (User Timing). */
export const POLL_TRACE = ['devtools.timeline', 'v8.execute', 'blink.user_timing'];
/** The same, plus what invalidated each layout (its cause). */
const WITH_CAUSES = [...POLL_TRACE, 'disabled-by-default-devtools.timeline.invalidationTracking'];

/** When (trace clock, µs) the harness saw the poll over (the new row on screen): later script is not the poll's. */
export function pollDoneAt(events: readonly TraceEvent[]): number {
  const mark = events.find((event) => event.name === 'bench:poll-done');
  if (!mark) throw new Error('the trace has no bench:poll-done mark');
  return mark.ts;
}

/** Traces `run` on `page` and returns the trace's events. */
export async function traced(
  browser: Browser,
  page: Page,
  categories: string[],
  run: () => Promise<unknown>,
): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories });
  await run();
  return (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** What one traced poll cost the page's main thread. */
export interface PollCost {
  /** Script until the poll was over, CPU (thread clock) and wall time, ms. */
  scripting: number;
  scriptingWall: number;
  /** Script on the page's fetch worker's thread until then (its requests, off the main thread), CPU ms. */
  workerScripting: number;
  /** Style, layout and paint of every frame the poll caused, until `SETTLE_MS` after it was over. */
  rendering: RenderingCost;
}

/**
 * One poll, traced from its start until `SETTLE_MS` after it was over (`poll` resolves then, and the harness
 * marks it), so every frame the poll causes is in the trace (a transition's frames included) while script is
 * counted only until the mark.
 */
export async function tracedPoll(
  browser: Browser,
  page: Page,
  poll: () => Promise<unknown>,
): Promise<PollCost> {
  const events = await traced(browser, page, POLL_TRACE, async () => {
    await poll();
    await page.waitForTimeout(SETTLE_MS);
  });
  const until = pollDoneAt(events);
  return {
    scripting: traceScriptingMs(events, 'thread', until),
    scriptingWall: traceScriptingMs(events, 'wall', until),
    workerScripting: traceScriptingMs(events, 'thread', until, -Infinity, WORKER_THREAD),
    rendering: traceRendering(events),
  };
}

/** What an idle page did in a window of time. */
export interface IdleRun {
  seconds: number;
  polls: number;
  passes: LayoutPass[];
  cost: RenderingCost;
  /** Main-thread script in the whole window (CPU ms), the benchmark's helpers left out. */
  scriptMs: number;
}

/**
 * An idle page for `seconds`: nobody touches it, and every `pollEveryMs` (when given) `poll` starts a poll that
 * brings new data (jobs progressing), as the page's own timer would. Traced with the invalidation tracker, so
 * each layout pass says what caused it; times are inflated a little by the tracker.
 */
export async function idleRun(
  browser: Browser,
  page: Page,
  seconds: number,
  poll: (() => Promise<unknown>) | null,
  pollEveryMs = 2000,
): Promise<IdleRun> {
  let polls = 0;
  const events = await traced(browser, page, WITH_CAUSES, async () => {
    const end = Date.now() + seconds * 1000;
    if (!poll) return page.waitForTimeout(seconds * 1000);
    for (let next = Date.now() + pollEveryMs / 2; next < end; next += pollEveryMs) {
      await page.waitForTimeout(Math.max(0, next - Date.now()));
      await poll();
      polls += 1;
    }
    await page.waitForTimeout(Math.max(0, end - Date.now()));
  });
  return {
    seconds,
    polls,
    passes: layoutPasses(events),
    cost: traceRendering(events),
    scriptMs: traceScriptingMs(events),
  };
}
