/** A Chrome trace event (the fields this module reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread-clock start and duration (the thread's CPU time), when the trace has them. */
  tts?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The benchmark's own page helpers (mutation counting, User Timing observer): not the renderer's work. */
const HARNESS_URL = '/page/measure.js';

/** The renderer's main thread, and a page's dedicated worker (its fetch worker), as traces name them. */
export const MAIN_THREAD = 'CrRendererMain';
export const WORKER_THREAD = 'DedicatedWorker thread';

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

const isHarness = (event: TraceEvent) => event.args?.data?.url?.endsWith(HARNESS_URL) === true;

/**
 * Main-thread scripting time in a trace, in ms: the time covered by JavaScript events (event handlers,
 * microtasks, callbacks, timers) on the page's renderer main thread, minus style and layout forced inside
 * them — DevTools' "Scripting" — and minus the benchmark's own helpers (measure.js), whether they run as
 * their own task or nested inside another one (a MutationObserver callback inside the renderer's microtasks).
 *
 * `thread` (default) measures with the events' thread clock: the main thread's CPU time, which time spent
 * descheduled on a busy machine does not inflate. `wall` uses their wall-clock spans. (With several pages in
 * one browser the thread clock was seen to under-report a response's microtasks by 10×; the benchmark gives
 * each page its own browser, where it agrees with the work done.) Uses the renderer whose main thread ran the
 * most script. `until` and `from` (trace clock, µs) leave out events that start later or earlier: what a trace
 * recorded before the poll started or after it was over. `thread` names another thread to measure the same way
 * (`WORKER_THREAD`: what the page's fetch worker ran, off its main thread).
 */
export function traceScriptingMs(
  events: TraceEvent[],
  clock: 'thread' | 'wall' = 'thread',
  until = Infinity,
  from = -Infinity,
  thread: string = MAIN_THREAD,
): number {
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === thread);
  let best = 0;
  for (const main of mains) {
    const on = events.filter(
      (event) =>
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ph === 'X' &&
        event.ts < until &&
        event.ts >= from,
    );
    const interval = (event: TraceEvent): Interval =>
      clock === 'thread'
        ? [event.tts ?? 0, (event.tts ?? 0) + (event.tdur ?? 0)]
        : [event.ts, event.ts + (event.dur ?? 0)];
    const script = union(
      on.filter((event) => SCRIPT_EVENTS.has(event.name) && !isHarness(event)).map(interval),
    );
    const excluded = union(
      on
        .filter(
          (event) => RENDERING_EVENTS.has(event.name) || (SCRIPT_EVENTS.has(event.name) && isHarness(event)),
        )
        .map(interval),
    );
    const total = script.reduce((sum, [start, end]) => sum + end - start, 0) - overlap(script, excluded);
    best = Math.max(best, total / 1000);
  }
  return best;
}
