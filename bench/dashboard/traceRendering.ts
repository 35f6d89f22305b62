import type { TraceEvent } from './traceScripting.ts';

/** A trace event with the fields the rendering analysis reads (Layout's begin/end data, invalidation data). */
export interface RenderingTraceEvent extends TraceEvent {
  args?: TraceEvent['args'] & {
    beginData?: { dirtyObjects?: number; totalObjects?: number };
    endData?: { layoutRoots?: { nodeName?: string }[] };
    data?: { url?: string; reason?: string; nodeName?: string };
  };
}

/** Main-thread rendering work in a trace, DevTools' "Rendering" and "Painting" (thread clock, ms). */
export interface RenderingCost {
  /** Style recalculation (`UpdateLayoutTree`). */
  styleMs: number;
  /** Layout (`Layout`). */
  layoutMs: number;
  /** Pre-paint, paint and layerization on the main thread (`PrePaint`, `Paint`, `Layerize`). */
  paintMs: number;
  /** Layout passes, and how many layout objects they visited as dirty in all. */
  layouts: number;
  dirtyObjects: number;
  /** Style recalculations that ran. */
  styleRecalcs: number;
}

const PAINT_EVENTS = new Set(['PrePaint', 'Paint', 'Layerize']);

type Interval = [number, number];

/** Sum of the union of intervals: nested events (Paint inside Paint) count once. */
function covered(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/**
 * The renderer main thread of the page: the `CrRendererMain` thread that ran the most style and layout (each
 * page of the benchmark has its own browser, but a browser also has renderers for other frames).
 */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const counts = new Map<string, number>();
  for (const event of events)
    if (event.name === 'UpdateLayoutTree' || event.name === 'Layout' || event.name === 'PrePaint') {
      const key = `${event.pid}:${event.tid}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number } | null = null;
  let most = 0;
  for (const main of mains) {
    const n = counts.get(`${main.pid}:${main.tid}`) ?? 0;
    if (n > most) [best, most] = [{ pid: main.pid, tid: main.tid }, n];
  }
  return best;
}

/** The rendering work of the page's main thread in a trace (see {@link RenderingCost}). */
export function traceRendering(events: readonly RenderingTraceEvent[]): RenderingCost {
  const cost: RenderingCost = {
    styleMs: 0,
    layoutMs: 0,
    paintMs: 0,
    layouts: 0,
    dirtyObjects: 0,
    styleRecalcs: 0,
  };
  const main = pageMainThread(events);
  if (!main) return cost;
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const span = (e: TraceEvent): Interval => [e.tts ?? e.ts, (e.tts ?? e.ts) + (e.tdur ?? e.dur ?? 0)];
  const of = (names: (name: string) => boolean) => covered(on.filter((e) => names(e.name)).map(span)) / 1000;
  cost.styleMs = of((name) => name === 'UpdateLayoutTree');
  cost.layoutMs = of((name) => name === 'Layout');
  cost.paintMs = of((name) => PAINT_EVENTS.has(name));
  for (const event of on) {
    if (event.name === 'UpdateLayoutTree') cost.styleRecalcs += 1;
    if (event.name !== 'Layout') continue;
    cost.layouts += 1;
    cost.dirtyObjects += event.args?.beginData?.dirtyObjects ?? 0;
  }
  return cost;
}

/** Why a layout pass ran, from the invalidations recorded since the previous one. */
export type LayoutCause =
  /** A text node's text changed (and nothing else). */
  | 'text'
  /** Nodes were inserted or removed (a poll's new and dropped rows), possibly with text changes. */
  | 'nodes'
  /** A style change that affects layout (a `width` transition, a class that changes geometry…). */
  | 'style'
  /** Nothing recorded: a forced layout or one the tracker does not name. */
  | 'other';

/** One layout pass of an idle trace. */
export interface LayoutPass {
  /** Wall-clock start in ms (trace clock). */
  at: number;
  cause: LayoutCause;
  /**
   * A poll's frame: a client's `jobs-dashboard:update` measure ran since the previous layout, or a `bench:poll`
   * or `bench:fetch` mark (on a page without that measure: a poll the benchmark started, a request the page
   * made) is at most `POLL_FRAME_MS` old.
   */
  afterUpdate: boolean;
  /** Layout roots: `#document` for a whole-page layout, or the contained boxes laid out alone. */
  roots: string[];
  dirtyObjects: number;
  /** `reason @ node` of each invalidation, for the report's examples. */
  reasons: string[];
}

const UPDATE_MEASURE = 'jobs-dashboard:update';
/** A poll the benchmark started, or a request the page made (marked by the harness). */
const POLL_MARKS = new Set(['bench:poll', 'bench:fetch']);
/** How long after such a mark a layout still belongs to the poll (request, response, next frame). */
export const POLL_FRAME_MS = 300;

/**
 * Every layout pass of the page's main thread, each with what invalidated it (needs the
 * `disabled-by-default-devtools.timeline.invalidationTracking` category) and whether it is a poll's frame
 * (needs `blink.user_timing`, for the clients' `jobs-dashboard:update` measures).
 */
export function layoutPasses(events: readonly RenderingTraceEvent[]): LayoutPass[] {
  const main = pageMainThread(events);
  if (!main) return [];
  const relevant = events
    .filter(
      (e) =>
        (e.pid === main.pid &&
          e.tid === main.tid &&
          (e.name === 'Layout' || e.name === 'LayoutInvalidationTracking')) ||
        e.name === UPDATE_MEASURE ||
        POLL_MARKS.has(e.name),
    )
    .sort((a, b) => a.ts - b.ts);
  const passes: LayoutPass[] = [];
  let reasons: string[] = [];
  let afterUpdate = false;
  let pollMark = -Infinity;
  for (const event of relevant) {
    if (event.name === UPDATE_MEASURE) {
      afterUpdate = true;
    } else if (POLL_MARKS.has(event.name)) {
      pollMark = event.ts;
    } else if (event.name === 'LayoutInvalidationTracking') {
      reasons.push(`${event.args?.data?.reason ?? '?'} @ ${event.args?.data?.nodeName ?? '?'}`);
    } else if (event.ph === 'X') {
      passes.push({
        at: event.ts / 1000,
        cause: causeOf(reasons),
        afterUpdate: afterUpdate || event.ts - pollMark <= POLL_FRAME_MS * 1000,
        roots: (event.args?.endData?.layoutRoots ?? []).map((root) => root.nodeName ?? '?'),
        dirtyObjects: event.args?.beginData?.dirtyObjects ?? 0,
        reasons,
      });
      reasons = [];
      afterUpdate = false;
    }
  }
  return passes;
}

function causeOf(reasons: readonly string[]): LayoutCause {
  if (reasons.length === 0) return 'other';
  if (reasons.some((r) => r.startsWith('Added to layout') || r.startsWith('Removed from layout')))
    return 'nodes';
  if (reasons.every((r) => r.startsWith('Text changed'))) return 'text';
  return 'style';
}

/** Layout passes of an idle window, counted by what caused them and whether a poll did. */
export interface PassSummary {
  total: number;
  byCause: Record<LayoutCause, number>;
  /** Passes in a poll's frame, and between polls. */
  pollFrames: number;
  between: number;
  /** Passes between polls that laid out the page from its root, not just a contained box. */
  betweenFromRoot: number;
  /** Layout objects visited as dirty, in all. */
  dirtyObjects: number;
  /** The most frequent `reason @ node` of the passes between polls, with their counts. */
  betweenReasons: [string, number][];
}

/** Summarizes {@link layoutPasses}. */
export function summarizePasses(passes: readonly LayoutPass[], top = 3): PassSummary {
  const byCause: Record<LayoutCause, number> = { text: 0, nodes: 0, style: 0, other: 0 };
  const reasons = new Map<string, number>();
  let pollFrames = 0;
  let betweenFromRoot = 0;
  let dirtyObjects = 0;
  for (const pass of passes) {
    byCause[pass.cause] += 1;
    dirtyObjects += pass.dirtyObjects;
    if (pass.afterUpdate) {
      pollFrames += 1;
      continue;
    }
    if (pass.roots.includes('#document')) betweenFromRoot += 1;
    for (const reason of new Set(pass.reasons)) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    total: passes.length,
    byCause,
    pollFrames,
    between: passes.length - pollFrames,
    betweenFromRoot,
    dirtyObjects,
    betweenReasons: [...reasons].sort((a, b) => b[1] - a[1]).slice(0, top),
  };
}
