import { Show, createEffect, createSignal, on, onCleanup, onMount, type JSX } from 'solid-js';
import type { PositionedChart } from '../graph/positionedChart.ts';
import {
  fitView,
  panBy,
  revealBox,
  wheelFactor,
  zoomAt,
  type ChartView,
  type Size,
} from '../view/chartView.ts';
import { StateChart } from './StateChart.tsx';

export interface ChartPanelProps {
  chart: PositionedChart;
  activeIds: ReadonlySet<string>;
  takenIds: ReadonlySet<string>;
  description: string;
  /** Changes whenever the shown step changes (reveals the current state when following). */
  stepKey: string;
  /** How long the transitions just taken stay highlighted (ms); `null` keeps them (a replay's step). */
  takenForMs?: number | null;
  /** Whether compound states are drawn folded (one box, children in a row); the button switches it. */
  folded?: boolean;
  onFoldedChange?: (folded: boolean) => void;
  /** Shown at the start of the tools' row (the section's heading): one row less above the chart. */
  heading?: JSX.Element;
}

/** Pan step of the arrow keys (px), and zoom step of + / − and the buttons. */
const KEY_PAN = 60;
const KEY_ZOOM = 1.25;

/**
 * The chart in a frame: fitted to it on load, on "Fit" and on `0`; zoomed by wheel, pinch (two pointers or
 * a trackpad's ctrl-wheel) around the pointer, by + / − and the buttons around the centre; panned by drag
 * and the arrow keys. "Follow the current state" pans the least that brings it into view.
 */
export function ChartPanel(props: ChartPanelProps): JSX.Element {
  const [view, setView] = createSignal<ChartView>({ scale: 1, x: 0, y: 0 });
  const [follow, setFollow] = createSignal(true);
  const [taken, setTaken] = createSignal<ReadonlySet<string>>(new Set());
  let frame: HTMLDivElement | undefined;
  /** Whether the reader zoomed or panned: a resized frame refits only a chart nobody moved. */
  let moved = false;
  const frameSize = (): Size => ({ width: frame?.clientWidth ?? 0, height: frame?.clientHeight ?? 0 });
  const fit = () => {
    const size = frameSize();
    if (size.width > 0 && size.height > 0) setView(fitView(props.chart, size));
  };
  const zoomCentre = (factor: number) => {
    const size = frameSize();
    setView((v) => zoomAt(v, factor, size.width / 2, size.height / 2));
  };

  onMount(() => {
    fit();
    if (!frame) return;
    const el = frame;
    const local = (event: { clientX: number; clientY: number }) => {
      const box = el.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    };
    // Not passive: the wheel zooms the chart instead of scrolling the page.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const at = local(event);
      const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
      setView((v) => zoomAt(v, wheelFactor(event.ctrlKey ? delta * 4 : delta), at.x, at.y));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    onCleanup(() => el.removeEventListener('wheel', onWheel));
    // A frame that changes size (window resize, phone rotation) before the reader moved the chart refits.
    if (typeof ResizeObserver === 'function') {
      let last = frameSize();
      const observer = new ResizeObserver(() => {
        const size = frameSize();
        if (size.width === last.width && size.height === last.height) return;
        last = size;
        if (!moved) fit();
      });
      observer.observe(el);
      onCleanup(() => observer.disconnect());
    }
  });

  const pointers = new Map<number, { x: number; y: number }>();
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !frame) return;
    frame.setPointerCapture?.(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };
  const onPointerMove = (event: PointerEvent) => {
    const previous = pointers.get(event.pointerId);
    if (!previous || !frame) return;
    const current = { x: event.clientX, y: event.clientY };
    const others = [...pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
    const other = others[0];
    moved = true;
    if (other) {
      // Pinch: scale by the change of distance between the two fingers, around their midpoint.
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(current.x - other.x, current.y - other.y);
      const box = frame.getBoundingClientRect();
      if (before > 0) {
        setView((v) =>
          zoomAt(
            v,
            after / before,
            (current.x + other.x) / 2 - box.left,
            (current.y + other.y) / 2 - box.top,
          ),
        );
      }
    } else {
      setView((v) => panBy(v, current.x - previous.x, current.y - previous.y));
    }
    pointers.set(event.pointerId, current);
  };
  const onPointerEnd = (event: PointerEvent) => pointers.delete(event.pointerId);

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      '+': () => zoomCentre(KEY_ZOOM),
      '=': () => zoomCentre(KEY_ZOOM),
      '-': () => zoomCentre(1 / KEY_ZOOM),
      '0': fit,
      ArrowLeft: () => setView((v) => panBy(v, KEY_PAN, 0)),
      ArrowRight: () => setView((v) => panBy(v, -KEY_PAN, 0)),
      ArrowUp: () => setView((v) => panBy(v, 0, KEY_PAN)),
      ArrowDown: () => setView((v) => panBy(v, 0, -KEY_PAN)),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    if (event.key !== '0') moved = true;
    action();
  };

  // A new layout (folded or unfolded) is fitted afresh.
  createEffect(
    on(
      () => props.chart,
      () => {
        moved = false;
        fit();
      },
      { defer: true },
    ),
  );

  // The transitions just taken: highlighted, then (live) faded out after a moment.
  createEffect(
    on([() => props.stepKey, () => props.takenIds], ([, ids]) => {
      setTaken(ids);
      const ms = props.takenForMs;
      if (ms === null || ms === undefined || ids.size === 0) return;
      const timer = setTimeout(() => setTaken(new Set<string>()), ms);
      onCleanup(() => clearTimeout(timer));
    }),
  );

  // Keep the innermost active state in view while following.
  createEffect(
    on([() => props.stepKey, follow], () => {
      if (!follow()) return;
      const active = props.chart.states.filter((state) => props.activeIds.has(state.id));
      const leaf = active.reduce<(typeof active)[number] | undefined>(
        (deepest, state) => (!deepest || state.depth > deepest.depth ? state : deepest),
        undefined,
      );
      const size = frameSize();
      if (leaf && size.width > 0) setView((v) => revealBox(v, leaf, size));
    }),
  );

  return (
    <div class="sc-chart-panel">
      <div class="sc-chart-tools">
        {props.heading}
        <div class="sc-chart-buttons" role="group" aria-label="Chart view">
          <button type="button" onClick={() => ((moved = false), fit())}>
            Fit
          </button>
          <button
            type="button"
            onClick={() => ((moved = true), zoomCentre(1 / KEY_ZOOM))}
            aria-label="Zoom out"
          >
            −
          </button>
          <output class="sc-zoom" aria-live="polite" aria-label="Zoom">
            {Math.round(view().scale * 100)}%
          </output>
          <button type="button" onClick={() => ((moved = true), zoomCentre(KEY_ZOOM))} aria-label="Zoom in">
            +
          </button>
          <Show when={props.onFoldedChange}>
            {(onChange) => (
              <button type="button" aria-pressed={!props.folded} onClick={() => onChange()(!props.folded)}>
                Show substates
              </button>
            )}
          </Show>
          <label class="sc-follow">
            <input
              type="checkbox"
              checked={follow()}
              onChange={(event) => setFollow(event.currentTarget.checked)}
            />
            Follow the current state
          </label>
        </div>
      </div>
      <div
        class="sc-chart-frame"
        ref={frame}
        tabindex="0"
        aria-label="State chart: drag or arrow keys to pan, wheel or + and − to zoom, 0 to fit"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onKeyDown={onKeyDown}
      >
        <StateChart
          chart={props.chart}
          activeIds={props.activeIds}
          takenIds={taken()}
          view={view()}
          description={props.description}
        />
      </div>
    </div>
  );
}
