import { For, Index, Show, createMemo, createUniqueId, type JSX } from 'solid-js';
import type { ChartLine } from '../graph/chartModelTypes.ts';
import { CHART_FONT, lineRows } from '../graph/measureText.ts';
import type { Point, PositionedChart, PositionedEdge, PositionedState } from '../graph/positionedChart.ts';
import { STATE_BOX } from '../graph/toElkGraph.ts';
import type { ChartView } from '../view/chartView.ts';
import { stateKind } from '../view/stateKind.ts';

export interface StateChartProps {
  chart: PositionedChart;
  /** Ids of the active states (root included). */
  activeIds: ReadonlySet<string>;
  /** Ids of the transitions to highlight as just taken. */
  takenIds: ReadonlySet<string>;
  /** Where the chart sits in the frame. */
  view: ChartView;
  /** One sentence for screen readers: what is current. */
  description: string;
}

const path = (points: readonly Point[]): string =>
  points.length === 0 ? '' : `M${points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' L')}`;

/** Baseline of a state's first text line, below its top border (of a folded state's child box). */
const TITLE_BASELINE = 16;
const CHIP_BASELINE = 14;

/** Transition lines as the rows they are drawn in (a long line breaks before its guard, see lineRows). */
const rowsOf = (lines: readonly ChartLine[]) =>
  lines.flatMap((line) => lineRows(line.text).map((text) => ({ text, transitionIds: line.transitionIds })));

/**
 * The machine drawn as SVG from its positioned model: nested state boxes (the initial dot and arrow in each
 * compound state, a double border for final states), the transitions that stay in a state listed inside it,
 * junction dots, and one arrow per source/target pair labelled with each transition (event, guard,
 * `after <delay>`, `always`). Active states take the connection indicator's class of their kind
 * (`connection-status--error`…), so their colour is the indicator's; the current one is also filled, bold,
 * underlined and marked `▶` (not by colour alone). Geometry is in SVG attributes only (the CSP allows no style
 * attributes); looks come from statechart.css.
 */
export function StateChart(props: StateChartProps): JSX.Element {
  const id = createUniqueId();
  const arrow = `chart-arrow-${id}`;
  const arrowTaken = `chart-arrow-taken-${id}`;
  const byId = createMemo(() => new Map(props.chart.states.map((state) => [state.id, state])));
  const isActive = (state: PositionedState) => props.activeIds.has(state.id);
  const isCurrentLeaf = (state: PositionedState) =>
    isActive(state) && !props.chart.states.some((s) => s.parentId === state.id && props.activeIds.has(s.id));
  const kindClass = (state: PositionedState) => {
    const kind = isActive(state) ? stateKind(state, byId()) : null;
    return kind ? ` connection-status--${kind}` : '';
  };
  const lineTaken = (transitionIds: readonly string[]) => transitionIds.some((t) => props.takenIds.has(t));
  const edgeTaken = (edge: PositionedEdge) => lineTaken(edge.transitionIds);

  return (
    <svg
      class="chart-svg"
      xmlns="http://www.w3.org/2000/svg"
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
          markerWidth="7"
          markerHeight="7"
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
      <g
        class="chart-content"
        transform={`translate(${props.view.x.toFixed(2)} ${props.view.y.toFixed(2)}) scale(${props.view.scale.toFixed(4)})`}
      >
        <rect class="chart-bounds" x="0" y="0" width={props.chart.width} height={props.chart.height} />
        <g class="chart-states">
          <For each={props.chart.states}>
            {(state) => (
              <g
                class={`chart-state chart-state--${state.type}${kindClass(state)}`}
                classList={{
                  'chart-state--root': state.parentId === null,
                  'chart-state--chip': state.chip,
                  'is-active': isActive(state),
                  'is-current': isCurrentLeaf(state),
                  'is-taken': lineTaken(state.hiddenTransitionIds),
                }}
                data-state-id={state.id}
                data-active={isActive(state) ? 'true' : undefined}
                data-kind={isActive(state) ? (stateKind(state, byId()) ?? undefined) : undefined}
              >
                <rect
                  class="chart-state-box"
                  x={state.x}
                  y={state.y}
                  width={state.width}
                  height={state.height}
                  rx="6"
                />
                <Show when={state.type === 'final'}>
                  <rect
                    class="chart-state-inner"
                    x={state.x + 3}
                    y={state.y + 3}
                    width={state.width - 6}
                    height={state.height - 6}
                    rx="4"
                  />
                </Show>
                <text
                  class="chart-state-title"
                  x={state.x + (state.chip ? STATE_BOX.chipPaddingX : STATE_BOX.paddingX)}
                  y={state.y + (state.chip ? CHIP_BASELINE : TITLE_BASELINE)}
                >
                  {isCurrentLeaf(state) ? `▶ ${state.key}` : state.key}
                </text>
                <Show when={state.detail}>
                  {(detail) => (
                    <text
                      class="chart-state-detail"
                      x={state.x + STATE_BOX.paddingX}
                      y={state.y + TITLE_BASELINE + CHART_FONT.lineHeight}
                    >
                      {detail()}
                    </text>
                  )}
                </Show>
                <Index each={rowsOf(state.inner)}>
                  {(line, index) => (
                    <text
                      class="chart-state-inner-line"
                      classList={{ 'is-taken': lineTaken(line().transitionIds) }}
                      data-transition-ids={line().transitionIds.join(' ')}
                      x={state.x + STATE_BOX.paddingX}
                      y={
                        state.y +
                        TITLE_BASELINE +
                        CHART_FONT.lineHeight * (index + 1 + (state.detail ? 1 : 0))
                      }
                    >
                      {line().text}
                    </text>
                  )}
                </Index>
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
                classList={{ 'is-taken': edgeTaken(edge) }}
                data-edge-id={edge.id}
                d={path(edge.points)}
                marker-end={`url(#${edgeTaken(edge) ? arrowTaken : arrow})`}
              />
            )}
          </For>
        </g>

        <g class="chart-junctions">
          <For each={props.chart.junctions}>
            {(junction) => (
              <circle
                class="chart-junction"
                data-junction-id={junction.id}
                cx={junction.cx}
                cy={junction.cy}
                r={junction.r}
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
                    <text x={label().x + 3} y={label().y - 2}>
                      <Index each={rowsOf(label().lines)}>
                        {(line) => (
                          <tspan
                            x={label().x + 3}
                            dy={CHART_FONT.lineHeight}
                            data-transition-ids={line().transitionIds.join(' ')}
                            classList={{ 'is-taken': lineTaken(line().transitionIds) }}
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
      </g>
    </svg>
  );
}
