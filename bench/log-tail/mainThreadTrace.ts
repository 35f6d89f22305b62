import type { CDPSession } from 'playwright-core';
import { FRAME_BUDGET } from './frameStats.ts';

/** Main-thread task durations (ms) of the page while the trace ran. */
export interface MainThreadTasks {
  count: number;
  longest: number;
  p99: number;
  /** Tasks over 16.7 ms (longer than a 60 Hz frame). */
  overFrame: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
}

/**
 * Records Chromium's `devtools.timeline` trace and, when stopped, summarizes the renderer main thread's tasks:
 * the work of each poll happens in such tasks, and a task longer than a frame delays a frame.
 */
export async function startMainThreadTrace(cdp: CDPSession): Promise<{ stop(): Promise<MainThreadTasks> }> {
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }) => void events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      // Style and layout run on the renderer's main thread only: that identifies it without metadata events.
      const main = new Set(
        events
          .filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const durations = events
        .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
        .map((e) => (e.dur ?? 0) / 1000)
        .sort((a, b) => a - b);
      return {
        count: durations.length,
        longest: durations[durations.length - 1] ?? 0,
        p99: durations[Math.floor(durations.length * 0.99)] ?? 0,
        overFrame: durations.filter((d) => d > FRAME_BUDGET).length,
      };
    },
  };
}
