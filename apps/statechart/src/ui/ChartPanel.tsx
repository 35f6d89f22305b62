import { createEffect, createSignal, on, type JSX } from 'solid-js';
import type { PositionedChart } from '../graph/positionedChart.ts';
import { StateChart } from './StateChart.tsx';

export interface ChartPanelProps {
  chart: PositionedChart;
  activeIds: ReadonlySet<string>;
  takenIds: ReadonlySet<string>;
  description: string;
  /** Changes whenever the shown step changes (scrolls the current state into view when following). */
  stepKey: string;
}

const ZOOMS = [0.4, 0.5, 0.6, 0.75, 0.9, 1, 1.25, 1.5] as const;
const DEFAULT_ZOOM_INDEX = 3;

/** The chart in a scrollable frame, with zoom buttons and "follow the current state". */
export function ChartPanel(props: ChartPanelProps): JSX.Element {
  const [zoomIndex, setZoomIndex] = createSignal<number>(DEFAULT_ZOOM_INDEX);
  const [follow, setFollow] = createSignal(true);
  let frame: HTMLDivElement | undefined;
  const zoom = () => ZOOMS[zoomIndex()] ?? 1;

  // Centre the innermost active state in the frame, from the model's geometry: scrolling the frame only
  // (scrollIntoView would also scroll the page under the reader).
  createEffect(
    on([() => props.stepKey, follow, zoomIndex], () => {
      if (!follow() || !frame) return;
      const active = props.chart.states.filter((state) => props.activeIds.has(state.id));
      const leaf = active.reduce<(typeof active)[number] | undefined>(
        (deepest, state) => (!deepest || state.depth > deepest.depth ? state : deepest),
        undefined,
      );
      if (!leaf || typeof frame.scrollTo !== 'function') return;
      frame.scrollTo({
        left: Math.max(0, (leaf.x + leaf.width / 2) * zoom() - frame.clientWidth / 2),
        top: Math.max(0, (leaf.y + leaf.height / 2) * zoom() - frame.clientHeight / 2),
      });
    }),
  );

  return (
    <div class="sc-chart-panel">
      <div class="sc-chart-tools" role="group" aria-label="Chart view">
        <button
          type="button"
          onClick={() => setZoomIndex((i) => Math.max(0, i - 1))}
          disabled={zoomIndex() === 0}
        >
          Zoom out
        </button>
        <output class="sc-zoom" aria-live="polite">
          {Math.round(zoom() * 100)}%
        </output>
        <button
          type="button"
          onClick={() => setZoomIndex((i) => Math.min(ZOOMS.length - 1, i + 1))}
          disabled={zoomIndex() === ZOOMS.length - 1}
        >
          Zoom in
        </button>
        <label class="sc-follow">
          <input
            type="checkbox"
            checked={follow()}
            onChange={(event) => setFollow(event.currentTarget.checked)}
          />
          Follow the current state
        </label>
      </div>
      <div class="sc-chart-frame" ref={frame} tabindex="0" aria-label="State chart (scrollable)">
        <StateChart
          chart={props.chart}
          activeIds={props.activeIds}
          takenIds={props.takenIds}
          zoom={zoom()}
          description={props.description}
        />
      </div>
    </div>
  );
}
