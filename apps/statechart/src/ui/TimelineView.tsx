import { For, Index, Show, createMemo, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import { SafeText } from '@vpo-live/ui';
import type { Timeline, TimelineRow } from '../timeline/buildTimeline.ts';
import { axisMarks, fitTime, panTime, zoomTimeAt, type TimeView } from '../timeline/timeAxis.ts';
import { wheelFactor } from '../view/chartView.ts';
import { describeEventType, describeResource, formatClock, formatDuration } from './format.ts';

export interface TimelineViewProps {
  timeline: Timeline;
  /** The selected event, if any. */
  selected: { pollerId: string; seq: number } | null;
  onSelect: (pollerId: string, seq: number) => void;
}

/** Geometry of one row (px): state bands, fetches, event ticks, then the role strip. */
const ROW = { height: 46, band: [3, 14], fetch: [19, 10], tick: [31, 9], role: [42, 3] } as const;
const AXIS_HEIGHT = 20;
const KEY_PAN = 80;

const clockOf = (at: number, step: number) => {
  const text = formatClock(at);
  return step < 1000 ? text.slice(3) : text.slice(0, 8);
};

/**
 * Every poller of every open page on one time axis, a row each: its states as bands in the connection
 * indicator's colours (the same classes), each request as a bar from sent to answered (green when the server
 * answered, red when not; hatched when a follower took it from the leader's request), each event as a tick
 * that selects it, and its role among tabs under the row (leader solid, follower dashed) with ⇄ at each
 * hand-over. Zoomed by wheel, + / − and the buttons, panned by drag and the arrow keys; Fit shows everything.
 */
export function TimelineView(props: TimelineViewProps): JSX.Element {
  const [width, setWidth] = createSignal(800);
  const [view, setView] = createSignal<TimeView | null>(null);
  let frame: HTMLDivElement | undefined;
  // Until the reader zooms or pans, the view keeps fitting everything recorded, growing as time passes.
  const shown = createMemo(() => view() ?? fitTime(props.timeline.start, props.timeline.end, width()));
  const x = (at: number) => (at - shown().start) / shown().msPerPx;
  const w = (start: number, end: number) => Math.max(1.5, (end - start) / shown().msPerPx);
  const height = () => AXIS_HEIGHT + props.timeline.rows.length * ROW.height;
  const moveTo = (next: (v: TimeView) => TimeView) => setView(next(shown()));

  onMount(() => {
    if (!frame) return;
    const el = frame;
    const measure = () => setWidth(Math.max(200, el.clientWidth));
    measure();
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = el.getBoundingClientRect();
      moveTo((v) => zoomTimeAt(v, 1 / wheelFactor(-event.deltaY), event.clientX - box.left));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    onCleanup(() => el.removeEventListener('wheel', onWheel));
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(measure);
      observer.observe(el);
      onCleanup(() => observer.disconnect());
    }
  });

  const zoomCentre = (factor: number) => {
    const centre = width() / 2;
    moveTo((v) => zoomTimeAt(v, factor, centre));
  };
  let dragFrom: number | null = null;
  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => zoomCentre(1.5),
      '=': () => zoomCentre(1.5),
      '-': () => zoomCentre(1 / 1.5),
      '0': () => setView(null),
      ArrowLeft: () => moveTo((v) => panTime(v, KEY_PAN)),
      ArrowRight: () => moveTo((v) => panTime(v, -KEY_PAN)),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  const isSelected = (row: TimelineRow, seq: number) =>
    props.selected?.pollerId === row.pollerId && props.selected.seq === seq;

  return (
    <div class="sc-timeline">
      <div class="sc-chart-tools" role="group" aria-label="Timeline view">
        <button type="button" onClick={() => setView(null)}>
          Fit
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => zoomCentre(1 / 1.5)}>
          −
        </button>
        <output class="sc-zoom" aria-label="Time per 100 px">
          {formatDuration(shown().msPerPx * 100)} / 100 px
        </output>
        <button type="button" aria-label="Zoom in" onClick={() => zoomCentre(1.5)}>
          +
        </button>
        <span class="sc-tl-legend">
          <span class="sc-tl-key sc-tl-key--ok">answered</span>
          <span class="sc-tl-key sc-tl-key--fail">no answer</span>
          <span class="sc-tl-key sc-tl-key--shared">from the leader</span>
        </span>
      </div>
      <Show
        when={props.timeline.rows.length > 0}
        fallback={<p class="sc-empty">No poller steps recorded yet.</p>}
      >
        <div class="sc-tl-grid">
          <ol class="sc-tl-labels" aria-label="Pollers">
            <For each={props.timeline.rows}>
              {(row) => (
                <li class="sc-tl-label" data-poller-id={row.pollerId}>
                  <strong>{describeResource(row.resource).label}</strong>
                  <span class="sc-tl-page" title={row.page}>
                    <SafeText text={row.page} />
                  </span>
                </li>
              )}
            </For>
          </ol>
          <div
            class="sc-tl-frame"
            ref={frame}
            tabindex="0"
            aria-label="Timeline: drag or arrow keys to pan, wheel or + and − to zoom, 0 to fit"
            onKeyDown={onKeyDown}
            onPointerDown={(event) => {
              if ((event.target as Element).closest('.tl-tick')) return;
              dragFrom = event.clientX;
              frame?.setPointerCapture?.(event.pointerId);
            }}
            onPointerMove={(event) => {
              if (dragFrom === null) return;
              const dx = event.clientX - dragFrom;
              dragFrom = event.clientX;
              moveTo((v) => panTime(v, dx));
            }}
            onPointerUp={() => (dragFrom = null)}
            onPointerCancel={() => (dragFrom = null)}
          >
            <svg
              class="sc-tl-svg"
              width={width()}
              height={height()}
              role="img"
              aria-label="Timeline of every poller"
            >
              <g class="tl-axis">
                <For each={axisMarks(shown(), width())}>
                  {(mark) => (
                    <g>
                      <line x1={mark.x} x2={mark.x} y1={AXIS_HEIGHT - 4} y2={height()} />
                      <text x={mark.x + 3} y={12}>
                        {clockOf(mark.at, mark.step)}
                      </text>
                    </g>
                  )}
                </For>
              </g>
              <Index each={props.timeline.rows}>
                {(row, index) => {
                  const top = () => AXIS_HEIGHT + index * ROW.height;
                  return (
                    <g class="tl-row" data-poller-id={row().pollerId}>
                      <Index each={row().bands}>
                        {(band) => (
                          <g class={`tl-band connection-status--${band().kind}`} data-state={band().state}>
                            <rect
                              x={x(band().start)}
                              y={top() + ROW.band[0]}
                              width={w(band().start, band().end)}
                              height={ROW.band[1]}
                            >
                              <title>
                                {band().path} · {formatClock(band().start)} for{' '}
                                {formatDuration(band().end - band().start)}
                              </title>
                            </rect>
                            <Show when={w(band().start, band().end) > band().state.length * 7 + 6}>
                              <text x={Math.max(x(band().start), 0) + 3} y={top() + ROW.band[0] + 11}>
                                {band().state}
                              </text>
                            </Show>
                          </g>
                        )}
                      </Index>
                      <Index each={row().fetches}>
                        {(fetch) => (
                          <g
                            class="tl-fetch"
                            classList={{
                              'tl-fetch--ok': fetch().ok,
                              'tl-fetch--fail': !fetch().ok,
                              'tl-fetch--shared': fetch().shared,
                            }}
                            data-outcome={fetch().outcome}
                          >
                            <rect
                              x={x(fetch().start)}
                              y={top() + ROW.fetch[0]}
                              width={w(fetch().start, fetch().end)}
                              height={ROW.fetch[1]}
                            >
                              <title>
                                {fetch().outcome} in {formatDuration(fetch().latencyMs)}
                                {fetch().shared ? ' (the leader’s request)' : ''}
                              </title>
                            </rect>
                            <Show when={w(fetch().start, fetch().end) > 70}>
                              <text x={x(fetch().start) + 3} y={top() + ROW.fetch[0] + 9}>
                                {fetch().outcome} {formatDuration(fetch().latencyMs)}
                              </text>
                            </Show>
                          </g>
                        )}
                      </Index>
                      <Index each={row().roles.filter((role) => role.role !== 'alone')}>
                        {(role) => (
                          <rect
                            class={`tl-role tl-role--${role().role}`}
                            x={x(role().start)}
                            y={top() + ROW.role[0]}
                            width={w(role().start, role().end)}
                            height={ROW.role[1]}
                          >
                            <title>{role().role}</title>
                          </rect>
                        )}
                      </Index>
                      <Index each={row().handOvers}>
                        {(handOver) => (
                          <text class="tl-handover" x={x(handOver().at) - 5} y={top() + ROW.tick[0] + 8}>
                            ⇄
                            <title>{`${handOver().from} → ${handOver().to} at ${formatClock(handOver().at)}`}</title>
                          </text>
                        )}
                      </Index>
                      <Index each={row().ticks}>
                        {(tick) => (
                          <g
                            class="tl-tick"
                            classList={{
                              'is-selected': isSelected(row(), tick().seq),
                              'tl-tick--fetch': tick().type.startsWith('FETCH.'),
                            }}
                            data-seq={tick().seq}
                            onClick={() => props.onSelect(row().pollerId, tick().seq)}
                          >
                            <line
                              x1={x(tick().at)}
                              x2={x(tick().at)}
                              y1={top() + ROW.tick[0]}
                              y2={top() + ROW.tick[0] + ROW.tick[1]}
                            />
                            <rect
                              class="tl-hit"
                              x={x(tick().at) - 3}
                              y={top() + ROW.tick[0]}
                              width="6"
                              height={ROW.tick[1]}
                            >
                              <title>
                                {describeEventType(tick().type)} at {formatClock(tick().at)}
                              </title>
                            </rect>
                          </g>
                        )}
                      </Index>
                    </g>
                  );
                }}
              </Index>
            </svg>
          </div>
        </div>
      </Show>
    </div>
  );
}
