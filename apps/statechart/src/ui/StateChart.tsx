import { For, Index, Show, createUniqueId, type JSX } from 'solid-js';
import { CHART_FONT } from '../graph/measureText.ts';
import type { Point, PositionedChart, PositionedEdge, PositionedState } from '../graph/positionedChart.ts';
import { STATE_BOX } from '../graph/toElkGraph.ts';

export interface StateChartProps {
  chart: PositionedChart;
  /** Ids of the active states (root included). */
  activeIds: ReadonlySet<string>;
  /** Ids of the transitions taken by the shown step. */
  takenIds: ReadonlySet<string>;
  /** 1 = actual size. */
  zoom: number;
  /** One sentence for screen readers: what is current. */
  description: string;
}

const path = (points: readonly Point[]): string =>
  points.length === 0 ? '' : `M${points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' L')}`;

/**
 * The machine drawn as SVG from its positioned model: nested state boxes (the initial dot and arrow in each
 * compound state, a double border for final states), and one arrow per source/target pair labelled with
 * each transition (event, guard, `after <delay>`, `always`). The current state is marked by a thick border,
 * a `▶` before its name and `data-active`; transitions just taken are bold and solid-headed. Geometry is in
 * SVG attributes only (the CSP allows no style attributes); looks come from statechart.css.
 */
export function StateChart(props: StateChartProps): JSX.Element {
  const id = createUniqueId();
  const arrow = `chart-arrow-${id}`;
  const arrowTaken = `chart-arrow-taken-${id}`;
  const isActive = (state: PositionedState) => props.activeIds.has(state.id);
  const isCurrentLeaf = (state: PositionedState) =>
    isActive(state) && !props.chart.states.some((s) => s.parentId === state.id && props.activeIds.has(s.id));
  const edgeTaken = (edge: PositionedEdge) => edge.transitionIds.some((t) => props.takenIds.has(t));

  return (
    <svg
      class="chart-svg"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${props.chart.width} ${props.chart.height}`}
      width={Math.round(props.chart.width * props.zoom)}
      height={Math.round(props.chart.height * props.zoom)}
      role="img"
      aria-labelledby={`chart-title-${id} chart-desc-${id}`}
    >
      <title id={`chart-title-${id}`}>State chart of the {props.chart.machineId} machine</title>
      <desc id={`chart-desc-${id}`}>{props.description}</desc>
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path class="chart-arrowhead" d="M0,0 L10,5 L0,10 z" />
        </marker>
        <marker
          id={arrowTaken}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="10"
          markerHeight="10"
          orient="auto"
        >
          <path class="chart-arrowhead chart-arrowhead--taken" d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>

      <g class="chart-states">
        <For each={props.chart.states}>
          {(state) => (
            <g
              class={`chart-state chart-state--${state.type}`}
              classList={{
                'chart-state--root': state.parentId === null,
                'is-active': isActive(state),
                'is-current': isCurrentLeaf(state),
              }}
              data-state-id={state.id}
              data-active={isActive(state) ? 'true' : undefined}
            >
              <rect x={state.x} y={state.y} width={state.width} height={state.height} rx="6" />
              <Show when={state.type === 'final'}>
                <rect
                  class="chart-state-inner"
                  x={state.x + 4}
                  y={state.y + 4}
                  width={state.width - 8}
                  height={state.height - 8}
                  rx="4"
                />
              </Show>
              <text class="chart-state-title" x={state.x + STATE_BOX.paddingX} y={state.y + 19}>
                {isCurrentLeaf(state) ? `▶ ${state.key}` : state.key}
              </text>
              <Show when={state.detail}>
                {(detail) => (
                  <text
                    class="chart-state-detail"
                    x={state.x + STATE_BOX.paddingX}
                    y={state.y + 19 + CHART_FONT.lineHeight}
                  >
                    {detail()}
                  </text>
                )}
              </Show>
            </g>
          )}
        </For>
      </g>

      <g class="chart-initials">
        <For each={props.chart.initials}>
          {(initial) => (
            <g class="chart-initial" data-initial-of={initial.parentId}>
              <circle cx={initial.cx} cy={initial.cy} r={initial.r / 2 + 1} />
              <path d={path(initial.points)} marker-end={`url(#${arrow})`} />
            </g>
          )}
        </For>
      </g>

      <g class="chart-edges">
        <For each={props.chart.edges}>
          {(edge) => (
            <path
              class="chart-edge"
              classList={{ 'is-taken': edgeTaken(edge), 'chart-edge--loop': edge.sourceId === edge.targetId }}
              data-edge-id={edge.id}
              d={path(edge.points)}
              marker-end={`url(#${edgeTaken(edge) ? arrowTaken : arrow})`}
            />
          )}
        </For>
      </g>

      <g class="chart-labels">
        <For each={props.chart.edges}>
          {(edge) => (
            <Show when={edge.label}>
              {(label) => (
                <g class="chart-label" classList={{ 'is-taken': edgeTaken(edge) }} data-label-of={edge.id}>
                  <rect x={label().x} y={label().y} width={label().width} height={label().height} rx="3" />
                  <text x={label().x + 4} y={label().y - 2}>
                    <Index each={label().lines}>
                      {(line) => (
                        <tspan
                          x={label().x + 4}
                          dy={CHART_FONT.lineHeight}
                          data-transition-id={line().transitionId}
                          classList={{ 'is-taken': props.takenIds.has(line().transitionId) }}
                        >
                          {line().text}
                        </tspan>
                      )}
                    </Index>
                  </text>
                </g>
              )}
            </Show>
          )}
        </For>
      </g>
    </svg>
  );
}
