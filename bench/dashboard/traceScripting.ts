/** A Chrome trace event (the fields this module reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread-clock start and duration (CPU time of the thread), when the trace has them. */
  tts?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The benchmark's own page helpers (mutation counting, User Timing observer): not the renderer's work. */
const HARNESS_URL = '/page/measure.js';

/** Events in which the renderer's main thread runs JavaScript. */
const SCRIPT_EVENTS = new Set([
  'EventDispatch',
  'RunMicrotasks',
  'FunctionCall',
  'TimerFire',
  'EvaluateScript',
  'FireAnimationFrame',
  'v8.callFunction',
  'v8.run',
]);
/** Browser work that JavaScript can trigger synchronously; DevTools counts it as Rendering, not Scripting. */
const RENDERING_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);

type Interval = [number, number];

function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const overlap = (a: Interval[], b: Interval[]): number => {
  let total = 0;
  for (const [s1, e1] of a)
    for (const [s2, e2] of b) total += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return total;
};

/**
 * Main-thread scripting time in a trace, in ms: the thread (CPU) time covered by JavaScript events (event
 * handlers, microtasks, callbacks, timers) on the page's renderer main thread, minus style and layout forced
 * inside them — DevTools' "Scripting". Callbacks of the benchmark's own helpers (measure.js) are left out.
 * Uses the renderer whose main thread ran the most script.
 */
export function traceScriptingMs(events: TraceEvent[]): number {
  const mains = events.filter(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  let best = 0;
  for (const main of mains) {
    const on = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
    const span = (names: Set<string>) =>
      union(
        on
          .filter((event) => names.has(event.name) && !event.args?.data?.url?.endsWith(HARNESS_URL))
          .map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)]),
      );
    const script = span(SCRIPT_EVENTS);
    const total =
      script.reduce((sum, [start, end]) => sum + end - start, 0) - overlap(script, span(RENDERING_EVENTS));
    best = Math.max(best, total / 1000);
  }
  return best;
}
