import { describe, expect, it } from 'vitest';
import { layoutPasses, summarizePasses, traceRendering, type RenderingTraceEvent } from './traceRendering.ts';

const MAIN = { pid: 1, tid: 10 };
const thread = (pid: number, tid: number): RenderingTraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name: 'CrRendererMain' },
});
/** A complete event on the main thread; `start`/`ms` in ms, CPU time = wall time. */
const event = (name: string, start: number, ms: number, extra: Partial<RenderingTraceEvent> = {}) =>
  ({
    name,
    ph: 'X',
    ...MAIN,
    ts: start * 1000,
    dur: ms * 1000,
    tts: start * 1000,
    tdur: ms * 1000,
    ...extra,
  }) as RenderingTraceEvent;
const layout = (start: number, ms: number, root = '#document', dirtyObjects = 3) =>
  event('Layout', start, ms, {
    args: { beginData: { dirtyObjects }, endData: { layoutRoots: [{ nodeName: root }] } },
  });
const invalidation = (at: number, reason: string, nodeName = '#text') =>
  ({
    name: 'LayoutInvalidationTracking',
    ph: 'I',
    ...MAIN,
    ts: at * 1000,
    args: { data: { reason, nodeName } },
  }) as RenderingTraceEvent;
const mark = (name: string, at: number) => ({ name, ph: 'R', ...MAIN, ts: at * 1000 }) as RenderingTraceEvent;

describe('traceRendering', () => {
  it('sums style, layout and paint of the page main thread, nested paints once', () => {
    const events = [
      thread(MAIN.pid, MAIN.tid),
      event('UpdateLayoutTree', 0, 1),
      layout(1, 2),
      event('PrePaint', 3, 1),
      event('Paint', 4, 3),
      event('Paint', 4.5, 1),
      event('Layerize', 7, 0.5),
      { ...layout(0, 9), pid: 2, tid: 20 },
    ];
    expect(traceRendering(events)).toEqual({
      styleMs: 1,
      layoutMs: 2,
      paintMs: 4.5,
      layouts: 1,
      dirtyObjects: 3,
      styleRecalcs: 1,
    });
  });
});

describe('layoutPasses', () => {
  it('names what caused each pass, and which passes are a poll frame', () => {
    const events = [
      thread(MAIN.pid, MAIN.tid),
      invalidation(1, 'Text changed'),
      layout(2, 1, 'SPAN'),
      mark('jobs-dashboard:update', 10),
      invalidation(10, 'Added to layout', "TR class='jobs-row'"),
      invalidation(10, 'Text changed'),
      layout(12, 2),
      invalidation(20, 'Style changed', "SPAN class='vpo-progress__fill'"),
      layout(21, 1),
      mark('bench:fetch', 1000),
      invalidation(1100, 'Text changed'),
      layout(1101, 1),
      layout(2000, 1),
    ];
    const passes = layoutPasses(events);
    expect(passes.map((p) => [p.cause, p.afterUpdate, p.roots[0]])).toEqual([
      ['text', false, 'SPAN'],
      ['nodes', true, '#document'],
      ['style', false, '#document'],
      ['text', true, '#document'],
      ['other', false, '#document'],
    ]);
    const summary = summarizePasses(passes);
    expect(summary).toMatchObject({
      total: 5,
      byCause: { text: 2, nodes: 1, style: 1, other: 1 },
      pollFrames: 2,
      between: 3,
      betweenFromRoot: 2,
    });
    expect(summary.betweenReasons).toContainEqual(["Style changed @ SPAN class='vpo-progress__fill'", 1]);
  });
});
