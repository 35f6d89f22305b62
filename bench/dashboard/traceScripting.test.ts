import { describe, expect, it } from 'vitest';
import { traceScriptingMs, type TraceEvent } from './traceScripting.ts';

const MAIN = { pid: 1, tid: 10 };
const thread = (pid: number, tid: number): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name: 'CrRendererMain' },
});
/** A complete event on the main thread, `start`/`ms` in ms of wall time; CPU time = wall × `cpu`. */
const event = (
  name: string,
  start: number,
  ms: number,
  extra: Partial<TraceEvent> = {},
  cpu = 1,
): TraceEvent => ({
  name,
  ph: 'X',
  ...MAIN,
  ts: start * 1000,
  dur: ms * 1000,
  tts: start * 1000 * cpu,
  tdur: ms * 1000 * cpu,
  ...extra,
});
const harness = { args: { data: { url: 'http://127.0.0.1:1/page/measure.js' } } };

describe('traceScriptingMs', () => {
  it('counts the click handler and the response microtasks, minus layout forced inside them', () => {
    const events = [
      thread(MAIN.pid, MAIN.tid),
      event('EventDispatch', 0, 1),
      event('Layout', 0.5, 0.25),
      event('Paint', 2, 5),
      event('RunMicrotasks', 10, 2),
    ];
    expect(traceScriptingMs(events)).toBeCloseTo(2.75);
  });

  it("leaves out the benchmark's own callbacks, as tasks of their own and nested in the client's microtasks", () => {
    const events = [
      thread(MAIN.pid, MAIN.tid),
      event('RunMicrotasks', 10, 2),
      event('FunctionCall', 11, 0.5, harness),
      event('FunctionCall', 20, 1, harness),
    ];
    expect(traceScriptingMs(events)).toBeCloseTo(1.5);
  });

  it('measures CPU time by default and wall time on request', () => {
    const events = [thread(MAIN.pid, MAIN.tid), event('EventDispatch', 0, 2, {}, 0.5)];
    expect(traceScriptingMs(events)).toBeCloseTo(1);
    expect(traceScriptingMs(events, 'wall')).toBeCloseTo(2);
  });

  it('counts overlapping events once and reads the renderer that ran the most script', () => {
    const events = [
      thread(MAIN.pid, MAIN.tid),
      thread(2, 20),
      event('TimerFire', 0, 1),
      event('FunctionCall', 0.2, 0.5),
      { ...event('FunctionCall', 0, 0.5), pid: 2, tid: 20 },
    ];
    expect(traceScriptingMs(events)).toBeCloseTo(1);
  });

  it('leaves out events that start after the cut-off', () => {
    const events = [
      thread(MAIN.pid, MAIN.tid),
      event('EventDispatch', 0, 1),
      event('FireAnimationFrame', 30, 2),
    ];
    expect(traceScriptingMs(events, 'thread', 20_000)).toBeCloseTo(1);
    expect(traceScriptingMs(events)).toBeCloseTo(3);
  });
});
